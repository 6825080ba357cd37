#pragma once

#include <strata/common/Result.h>
#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/model/Schema.h>
#include <strata/sql/Dialect.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Strata {

class MigrationGraph;

// A migration that could not be replayed: the schema stops before it.
struct ReplayFailure
{
    QString package;
    QString migration; // its id
    ResultError error; // the database's (or the interpreter's) message, at the statement
};

// The schema a set of migrations produces, held in core's model (sql/CatalogSchema.h says how):
// what generation, diffs, docs and tests of packages read as "what the migrations make".
struct MigratedSchema
{
    DialectKind dialect = DialectKind::SQLite;
    QList<Table> tables;            // in creation order
    QHash<QString, QString> owners; // table -> the package whose migration created it (or renamed it last)
    QStringList notRepresented;     // what the model cannot hold, one translated line each
    // PostgreSQL without a server: the statements the interpreter did not follow (a function, a
    // DO block), each by kind and location; the schema is what the others make.
    QList<NotFollowedStatement> notFollowed;
    // PostgreSQL without a server: each table's constraints by the names PostgreSQL gave them (a
    // renamed table keeps them). Empty otherwise: the generator then assumes PostgreSQL's defaults.
    QHash<QString, QList<PostgresConstraint>> constraints;
    // SQLite: the CREATE TRIGGER statements on each table (by its lower-case name), in creation
    // order, for the generator's rebuild to make again.
    QHash<QString, QStringList> triggers;
    // PostgreSQL without a server: the enum types (CREATE TYPE ... AS ENUM), their values by name.
    QMap<QString, QStringList> enumTypes;
    std::optional<ReplayFailure> failure;
    // After a failure: the packages with migrations that were not replayed (the failing one's included).
    QSet<QString> notReplayed;
    int migrationsReplayed = 0;

    // The tables `package`'s own migrations created, in creation order.
    QList<Table> tablesOf(const QString &package) const;
};

// The schema the migrations of `packages` (every package when empty) and of everything they
// depend on produce, in the migration graph's order:
// - SQLite: replayed on an in-memory database and read back from its catalog;
// - PostgreSQL: their DDL interpreted (diff/PostgresDdlInterpreter), without any server; or, with
//   `scratchDatabaseUrl`, replayed on a database created on that server for the purpose and
//   dropped afterwards.
// A failing migration stops the replay (`failure`); the schema is the one before it.
Result<MigratedSchema> migratedSchema(const MigrationGraph &graph, DialectKind dialect,
                                      const QStringList &packages = {}, const QString &scratchDatabaseUrl = {});

// The same for exactly these nodes of the graph, in this order (which must respect the graph): a
// database's applied migrations, say.
Result<MigratedSchema> migratedSchemaOf(const MigrationGraph &graph, DialectKind dialect, const QList<int> &order,
                                        const QString &scratchDatabaseUrl = {});

// The reference the SQLite replay must equal, for its tests and strata-diff-bench only: the same
// migrations replayed one by one on a single in-memory database, the catalog read back whole.
// Quadratic (SQLite scans its whole schema at every DDL statement: minutes at 10,000 migrations),
// which is why migratedSchema() replays in segments (diff/SqliteSegmentedReplay.h).
Result<MigratedSchema> migratedSqliteSchemaOnOneDatabase(const MigrationGraph &graph,
                                                         const QStringList &packages = {});

// The graph's nodes that the migrations of `packages` need (theirs and their ancestors'), in the
// graph's order; every node when `packages` is empty.
QList<int> replayOrder(const MigrationGraph &graph, const QStringList &packages);

} // namespace Strata
