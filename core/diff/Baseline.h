#pragma once

#include <strata/common/Result.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/sql/SchemaComparison.h>

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Strata {

class MigrationGraph;

// Adopting a database that something else created: its pending migrations recorded as applied
// without running them, but only when the database holds exactly what those migrations (with the
// ones already recorded) produce.
struct BaselineRequest
{
    DatabaseUrl url;
    QString target;            // "package[:id]": only up to it; empty: every pending migration
    bool force = false;        // record even when the database differs (the differences are reported)
    QString scratchDatabaseUrl; // PostgreSQL: replay on a scratch database instead of interpreting
    QSet<QString> projectTables; // tables the project declares or its migrations make; others are listed only
};

struct BaselineResult
{
    QList<std::pair<QString, QString>> recorded; // package, migration id: written to the history
    QList<std::pair<QString, QString>> pending;  // what would have been recorded (also when refused)
    QList<SchemaDifference> differences;         // the database against what the migrations produce
    QStringList otherTables;                     // in the database, unknown to the project (not a difference)
    bool refused = false; // the database differs and `force` was not given: nothing recorded
};

// Fails (translated) when the database cannot be read, the plan is refused (a modified migration),
// or the migrations do not replay.
Result<BaselineResult> baseline(const MigrationGraph &graph, DialectKind projectDialect, const BaselineRequest &request);

} // namespace Strata
