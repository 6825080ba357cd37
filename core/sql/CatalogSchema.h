#pragma once

#include <strata/model/Schema.h>
#include <strata/sql/CatalogReader.h>

#include <QList>
#include <QStringList>

namespace Strata {

// A catalog read back into core's model, so that a live database, the replay of migrations and the
// declared schema are values of one type that one comparison reads. The conventions (shared with
// diff/'s PostgreSQL interpreter, which must produce equal values for an equal schema):
// - a type is portable when the native type renders back from exactly one portable type (SQLite:
//   the spelling as written, since its affinity follows the words; PostgreSQL: format_type()'s
//   canonical form), else dialect-specific with the catalog's spelling; PostgreSQL integer/bigint
//   columns defaulting to nextval(...) are serial/bigserial without a default;
// - defaults are ColumnDefault::Kind::Sql with the catalog's text;
// - the primary key is table-level (Table::primaryKey), UNIQUE constraints are Table::uniques, an
//   index is an Index (always named), checks are CheckConstraint{name, the text inside CHECK (...)};
// - single-column foreign keys are Column::references with actions in lower case (empty for NO
//   ACTION).
struct CatalogSchema
{
    QList<Table> tables;
    // What the model cannot hold, one translated line each (a composite foreign key, a partial
    // or expression index): listed by whoever shows a comparison, never dropped silently.
    QStringList notRepresented;
};

CatalogSchema schemaFromCatalog(const QList<CatalogTable> &catalog, DialectKind dialect);

// The model's type for a column of native type `native` (see the conventions above).
ColumnType columnTypeFromCatalog(const QString &native, DialectKind dialect);

} // namespace Strata
