#pragma once

#include <strata/sql/Dialect.h>

namespace Strata {

// SQLite 3.35+: type affinities (INTEGER, TEXT, REAL, NUMERIC, BLOB), temporal values as ISO-8601
// text, DEFAULT (expr) for expressions, and foreign keys that may point forward.
class SqliteDialect final : public Dialect
{
public:
    DialectKind kind() const override { return DialectKind::SQLite; }
    QString typeName(const ColumnType &type) const override;
    QString quoteIdentifier(const QString &identifier) const override;
    QString defaultExpression(const Column &column) const override;
    QStringList reservedWords() const override;
    bool isReservedWord(const QString &word) const override;
};

} // namespace Strata
