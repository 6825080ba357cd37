#pragma once

#include <strata/common/Result.h>
#include <strata/migration/History.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/sql/StatementSplitter.h>

#include <QList>
#include <QString>

namespace Strata {

// The state of one migration against one database, as `strata status` shows it.
enum class MigrationState {
    Applied,  // ran, and its file is unchanged
    Pending,  // not run yet
    Modified, // ran, but its up section changed afterwards
    Missing,  // ran, but the project no longer has it
};
QString migrationStateName(MigrationState state); // "applied", ... (machine output)

struct MigrationStatus
{
    QString package;
    QString id;
    MigrationState state = MigrationState::Pending;
    QString file;             // empty for Missing and C++ migrations
    QString recordedChecksum; // from the history
    QString currentChecksum;  // from the file
    std::optional<AppliedMigration> applied;
};

// Every migration of the project and every history row, in run order (missing ones last).
QList<MigrationStatus> migrationStatus(const MigrationGraph &graph, const QList<AppliedMigration> &history);

enum class PlanDirection { Up, Down };

// What a statement would destroy, and how much of it the database holds now.
struct DestructiveChange
{
    enum class Kind { DropTable, DropColumn, DropIndex, Truncate, NarrowingTypeChange, Other };
    Kind kind = Kind::Other;
    QString table;
    QString column;
    QString description;  // translated, e.g. "drops table deals"
    qint64 affected = -1; // rows of a table, or non-null values of a column; -1 = unknown
};

struct PlannedStatement
{
    SqlStatement statement;
    int fileLine = 1;     // the statement's first line in the migration file
    std::optional<DestructiveChange> destructive;
};

struct PlannedMigration
{
    MigrationNode node;
    PlanDirection direction = PlanDirection::Up;
    QList<PlannedStatement> statements; // empty for callable steps
    // The runner turns SQLite's foreign keys off around this migration's transaction and checks them
    // before it commits ("-- strata:foreign-keys off"; never on PostgreSQL or without a transaction).
    bool foreignKeysOff = false;
    bool isDestructive() const;
};

struct Plan
{
    PlanDirection direction = PlanDirection::Up;
    QList<PlannedMigration> migrations;
    bool hasDestructive() const;
};

// Builds plans from a graph and a database's history. Changes nothing.
class Planner
{
public:
    Planner(const MigrationGraph &graph, DialectKind dialect) : m_graph(graph), m_dialect(dialect) {}

    // A refusal's error says why (translated); a refused plan runs nothing.
    // Pending migrations in graph order; with `target` ("package" or "package:id") only the target
    // and what it depends on. Refuses while an applied migration is modified or missing.
    Result<Plan> up(const QList<AppliedMigration> &history, const QString &target = {}) const;
    // The last `steps` applied migrations, newest first. Refuses when one has no down section, or
    // when an applied migration outside the set depends on one inside it.
    Result<Plan> downSteps(const QList<AppliedMigration> &history, int steps) const;
    // Every migration applied after package:id (which stays applied); with an empty target, all.
    Result<Plan> downTo(const QList<AppliedMigration> &history, const QString &target) const;

    // Splits a step and marks its destructive statements (without counting rows: see estimate).
    QList<PlannedStatement> statementsOf(const MigrationStep &step) const;

private:
    Result<Plan> down(const QList<AppliedMigration> &history, const QList<int> &nodes) const;
    // Refuses while an applied migration is modified or missing.
    Result<> refuseChanged(const QList<AppliedMigration> &history) const;
    // Whether the runner turns foreign keys off around `migration` on this database.
    bool foreignKeysOff(const Migration &migration) const;

    const MigrationGraph &m_graph;
    DialectKind m_dialect;
};

// Recognises statements that destroy data: DROP TABLE, DROP INDEX, TRUNCATE, ALTER TABLE ...
// DROP COLUMN, and type changes that may narrow a column.
std::optional<DestructiveChange> classifyDestructive(const QString &statement, DialectKind dialect);

} // namespace Strata
