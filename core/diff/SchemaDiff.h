#pragma once

#include <strata/diff/MigratedSchema.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/Plan.h>
#include <strata/sql/CatalogReader.h>
#include <strata/sql/SchemaComparison.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Strata {

class Registry;

// How one package's declared schema differs from the other side: what its migrations produce, or
// what a live database holds of its tables.
struct PackageDiff
{
    QString package;
    QList<SchemaDifference> differences;
    // The replay stopped at this package's migration: its differences are those of the schema
    // before it.
    std::optional<ReplayFailure> failure;
    // Some of its migrations were not replayed, because one before them (its own or a
    // dependency's) does not run: its differences are not the whole story.
    bool notReplayed = false;

    bool differs() const { return !differences.isEmpty() || failure.has_value() || notReplayed; }
};

struct SchemaDiff
{
    QList<PackageDiff> packages; // in dependency order, every package compared (also those that match)
    // Database only: tables that no package declares (listed, not an error; the history table is
    // left out).
    QList<SchemaDifference> undeclared;
    QStringList notRepresented; // what the model could not hold (sql/CatalogSchema.h)
    QList<NotFollowedStatement> notFollowed; // migrations: what the PostgreSQL interpreter did not follow

    bool differs() const;
    int differenceCount() const;
};

// The declared side, copied out of the registry so that a comparison can run on another thread
// while the registry moves on.
struct DeclaredSchema
{
    QStringList packages;                    // in dependency order
    QHash<QString, QList<Table>> tables;     // package -> its effective tables
    QStringList allPackages;                 // every package of the registry, in dependency order

    static DeclaredSchema of(const Registry &registry, const QStringList &packages = {});
};

// Each package's declared (effective) tables against the tables its own migrations create in
// `migrated` (which must hold the replay of at least those packages and their dependencies).
// `packages` empty: every package of the registry.
SchemaDiff diffWithMigrations(const Registry &registry, const MigratedSchema &migrated,
                              const QStringList &packages = {});
SchemaDiff diffWithMigrations(const DeclaredSchema &declared, const MigratedSchema &migrated);

// The declared schema against a live database's catalog: per package, its tables; then the
// tables no package declares, except `ignoredTables` (Strata's own history table).
SchemaDiff diffWithDatabase(const Registry &registry, const QList<CatalogTable> &catalog, DialectKind dialect,
                            const QStringList &ignoredTables, const QStringList &packages = {});

// The same from a copy of the declared side (`declared.packages` compared), for a worker thread.
SchemaDiff diffWithDatabase(const DeclaredSchema &declared, const QList<CatalogTable> &catalog, DialectKind dialect,
                            const QStringList &ignoredTables);

// Reads the catalog of `url` and compares it (diffWithDatabase, the history table left out), or
// says why the database cannot be read (translated).
Result<SchemaDiff> diffWithLiveDatabase(const Registry &registry, const DatabaseUrl &url,
                                        const QStringList &packages = {});
// The same from a copy of the declared side: what the workbench runs off the GUI thread.
Result<SchemaDiff> diffWithLiveDatabase(const DeclaredSchema &declared, const DatabaseUrl &url);

// The packages whose declared schema a database should hold by now: every migration of theirs and
// of their dependencies applied. A difference in another package is work still pending, not drift.
QStringList settledPackages(const Registry &registry, const QList<MigrationStatus> &statuses);

} // namespace Strata
