#pragma once

#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>

#include <QList>
#include <QString>

#include <optional>

namespace Strata {

// What the CLI's status and plan commands and the workbench both ask of a database, read-only.
// Each call opens a connection of its own on the calling thread, so it may run on a worker thread.

// Why `url` cannot take the project's migrations (they are written for `projectDialect`), or an
// empty string when it can. Translated; callers add how to choose another database.
QString checkMigrationDialect(const DatabaseUrl &url, DialectKind projectDialect);

struct HistoryReadOptions
{
    // A SQLite file that does not exist yet reads as an empty history instead of being created
    // (the workbench must not create the database by looking at it).
    bool createMissingFile = true;
};

// Every row of strata_migrations on `url` (an absent table reads as none), or why the database
// cannot be opened or read (translated).
Result<QList<AppliedMigration>> readMigrationHistory(const DatabaseUrl &url, const HistoryReadOptions &options = {});

// The plan `request` (direction, target, steps; dryRun and lock are ignored) would run now, with
// what its destructive statements would destroy estimated; or why not (cannot connect, cannot read
// the history, or the planner refuses).
Result<Plan> planRequest(const MigrationGraph &graph, const RunRequest &request, const HistoryReadOptions &options = {});

} // namespace Strata
