#pragma once

#include <strata/sql/Dialect.h>

namespace Strata {

// PostgreSQL 12+: native types for every portable type, COMMENT ON, and foreign keys that must
// point at existing tables (cycles are added with ALTER TABLE afterwards).
class PostgresDialect final : public Dialect
{
public:
    DialectKind kind() const override { return DialectKind::PostgreSQL; }
    QString typeName(const ColumnType &type) const override;
    QString quoteIdentifier(const QString &identifier) const override;
    QString defaultExpression(const Column &column) const override;
    QStringList reservedWords() const override;
    bool isReservedWord(const QString &word) const override;
};

} // namespace Strata
