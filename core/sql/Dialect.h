#pragma once

#include <strata/model/ColumnType.h>
#include <strata/model/DialectKind.h>
#include <strata/model/Schema.h>

#include <QString>
#include <QStringList>

#include <memory>

namespace Strata {

// How one SQL dialect spells types, identifiers, literals and DDL. The renderer asks the dialect;
// nothing else in Strata knows dialect differences.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual DialectKind kind() const = 0;
    QString name() const { return dialectName(kind()); }

    // The native type a portable type renders to (documented in docs/package-format.md).
    virtual QString typeName(const ColumnType &type) const = 0;
    virtual QString quoteIdentifier(const QString &identifier) const = 0;
    virtual QString quoteString(const QString &value) const;
    // The SQL of a column default, or an empty string when it has none.
    virtual QString defaultExpression(const Column &column) const = 0;

    // Words this dialect does not accept as bare table, column or index names (lower case);
    // quoteIdentifier() quotes them, and validation warns about them.
    virtual QStringList reservedWords() const = 0;
    // Case-insensitive.
    virtual bool isReservedWord(const QString &word) const;

    static std::unique_ptr<Dialect> create(DialectKind kind);
};

} // namespace Strata
