#pragma once

#include <strata/model/Schema.h>
#include <strata/sql/CatalogReader.h>
#include <strata/sql/Dialect.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Strata {

// One way a schema differs from the declared one. The same kinds whether the other side is what a
// package's migrations produce or what a live database holds.
struct SchemaDifference
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
        Check,
        EnumValues,
    };
    Kind kind;
    QString table;
    QString object;   // the column, index or constraint concerned; empty for the table itself
    QString expected; // the declared value ("" when the declared schema has none of it)
    QString actual;   // the other side's value ("" when it has none)
    QString message;  // translated, names the objects and both values

    bool operator==(const SchemaDifference &) const = default;
};

// "missing-table", "column-type", ...: the kind's name in JSON and in docs.
QString differenceKindName(SchemaDifference::Kind kind);

struct SchemaComparisonOptions
{
    bool reportExtraTables = true; // tables on the other side that the declared schema lacks
    QStringList ignoredTables;     // Strata's own bookkeeping tables, for example
    // Where a foreign key that names no column finds its target's key, when the compared lists are
    // one package's tables and the target is another's: each side's whole schema. Unset: the
    // compared lists themselves.
    std::function<const Table *(const QString &)> declaredLookup;
    std::function<const Table *(const QString &)> actualLookup;
    // PostgreSQL: the enum types (CREATE TYPE ... AS ENUM) of the other side, their values by name.
    // A declared enum (text with a CHECK) that has one of them is reported as that one difference.
    QMap<QString, QStringList> actualEnumTypes;
};

// Compares the declared *effective* tables with another schema held in the model (read back from a
// catalog, or produced by migrations: see sql/CatalogSchema.h for the conventions) as the dialect
// sees them: every table, column, type (as the dialect renders it), nullability, default (by
// meaning), primary key, foreign key (target and actions), unique constraint, index, check, the
// values of an enum, and comments where the dialect keeps them. Empty: the schemas match.
QList<SchemaDifference> compareSchemas(const QList<Table> &declared, const QList<Table> &actual,
                                       const Dialect &dialect, const SchemaComparisonOptions &options = {});

// compareSchemas() with a live database's catalog (schemaFromCatalog).
QList<SchemaDifference> compareCatalog(const QList<Table> &declared, const QList<CatalogTable> &actual,
                                       const Dialect &dialect, const SchemaComparisonOptions &options = {});

// The type a column of `type` has in the catalog of `dialect`: SQLite keeps the declared
// spelling; PostgreSQL reports format_type() ("character varying(40)", "timestamp with time zone").
QString catalogTypeName(const ColumnType &type, const Dialect &dialect);

} // namespace Strata
