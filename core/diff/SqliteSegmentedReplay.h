#pragma once

#include <strata/common/Result.h>
#include <strata/diff/MigratedSchema.h>
#include <strata/sql/CatalogReader.h>

#include <QList>

namespace Strata {

class MigrationGraph;

// The SQLite replay, linear in the size of the project. SQLite scans its whole schema at every
// CREATE, ALTER and DROP, so replaying 10,000 migrations on one database takes minutes (each of
// 30,000 statements reads a schema that grows to 30,000 objects). Instead each run of consecutive
// migrations of one package (a segment) replays on an in-memory database of its own, seeded with
// only the objects its statements can reach: the tables they name, those tables' indexes and
// triggers, the triggers and views on other tables that name them, what those triggers and views
// name in turn, and, when a segment renames, the tables whose foreign keys follow the rename. A
// renamed table keeps its place in the creation order. A table named only as a foreign key's
// target is not seeded (the replay runs with foreign keys off). What the segment leaves replaces
// what it was seeded with. tests/core/tst_migratedschema compares the result with
// replaySqliteOnOneDatabase()'s.
// Returns the catalog of every table the replay leaves, in creation order; `schema` gets the
// owners, the failure and what was not replayed, as MigrationReplay records them.
Result<QList<CatalogTable>> replaySqliteInSegments(const MigrationGraph &graph, const QList<int> &order,
                                                   MigratedSchema &schema);

// The same migrations replayed one by one on a single in-memory database (statements run the same
// way, foreign keys off as in the segments), every table read back: the reference that
// replaySqliteInSegments() must equal (migratedSqliteSchemaOnOneDatabase()).
Result<QList<CatalogTable>> replaySqliteOnOneDatabase(const MigrationGraph &graph, const QList<int> &order,
                                                      MigratedSchema &schema);

} // namespace Strata
