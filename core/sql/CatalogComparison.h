#pragma once

#include "model/Schema.h"
#include "sql/CatalogReader.h"
#include "sql/Dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

// One way a live database differs from the declared schema.
struct CatalogDifference
{
    enum class Kind {
        MissingTable,
        ExtraTable,
        MissingColumn,
        ExtraColumn,
        ColumnType,
        Nullability,
        Default,
        Comment,
        PrimaryKey,
        ForeignKey,
        Unique,
        Index,
    };
    Kind kind;
    QString table;
    QString object; // the column, index or constraint concerned; empty for the table itself
    QString message; // translated, names the objects and both values
};

struct CatalogComparisonOptions
{
    bool reportExtraTables = true; // tables in the database that no package declares
    QStringList ignoredTables; // Strata's own bookkeeping tables, for example
};

// Compares the declared *effective* tables with what readCatalog() returned: every table, column,
// type (as the dialect maps it), nullability, default, primary key, foreign key (target and
// actions), unique constraint and index. An empty result means the database matches.
QList<CatalogDifference> compareCatalog(const QList<Table> &declared, const QList<CatalogTable> &actual,
                                        const Dialect &dialect, const CatalogComparisonOptions &options = {});

// The type a column of `type` has in the catalog of `dialect`: SQLite keeps the declared
// spelling; PostgreSQL reports format_type() ("character varying(40)", "timestamp with time zone").
QString catalogTypeName(const ColumnType &type, const Dialect &dialect);

// A default expression reduced for comparison: casts PostgreSQL adds ('a'::text), enclosing
// parentheses, case and spacing outside string literals.
QString normalizedDefault(const QString &expression);

} // namespace Strata
