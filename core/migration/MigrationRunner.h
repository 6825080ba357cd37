#pragma once

#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace Strata {

class Connection;

// What to run: migrate (up, optionally to a target) or roll back (steps, or to a target).
struct RunRequest
{
    DatabaseUrl url;
    PlanDirection direction = PlanDirection::Up;
    QString target;   // up: "package[:id]"; down: "package:id" (stays applied); empty: everything
    int steps = 0;    // down: the last N applied migrations (used when > 0)
    bool dryRun = false;
    int lockTimeoutSeconds = 60;
};

// The advisory lock every Strata runner holds on a PostgreSQL database while it runs ("STRATA" + 1).
// On SQLite the lock is the database's own write lock, taken per migration (BEGIN IMMEDIATE).
constexpr qint64 MigrationAdvisoryLockKey = 0x5354524154410001LL;

struct StatementReport
{
    int number = 0;   // 1-based within the migration's section
    int fileLine = 0; // in the migration file
    QString sql;
    qint64 elapsedMs = 0;
};

struct MigrationReport
{
    QString package;
    QString id;
    PlanDirection direction = PlanDirection::Up;
    qint64 elapsedMs = 0;
    bool alreadyDone = false; // another runner applied (or rolled back) it first
    bool notExecuted = false; // a dry run cannot run a no-transaction migration
    QList<StatementReport> statements;
};

// Where and why a run stopped: enough to find the statement without opening a log.
struct MigrationFailure
{
    QString package;
    QString id;
    QString file;
    int statementNumber = 0; // 1-based; 0 when the failure is not in a statement (history, callable)
    int fileLine = 0;
    QString statement;
    QString databaseError;
};

// A report of a run: what ran, and what stopped it.
struct RunResult
{
    bool cancelled = false;
    bool dryRun = false;
    // Translated; for failures outside any migration's statements (connection, lock, history, plan).
    std::optional<ResultError> error;
    std::optional<MigrationFailure> failure;
    QList<MigrationReport> migrations; // those that ran (and the failed one, last)
    Plan plan;                         // what was planned under the lock (empty when planning failed)

    bool ok() const { return !error && !failure; }
    QString errorMessage() const { return error ? error->message : QString(); }
};

// Runs plans against a database: each migration in one transaction together with its history row,
// one runner at a time per database (a PostgreSQL advisory lock; on SQLite a write transaction
// that re-reads the history), cancellable between migrations. `run` works on the calling thread
// with a connection of its own; `start` runs it on a worker thread and reports by signals.
class MigrationRunner : public QObject
{
    Q_OBJECT

public:
    explicit MigrationRunner(QObject *parent = nullptr);
    ~MigrationRunner() override;

    RunResult run(const MigrationGraph &graph, const RunRequest &request);
    // Copies the graph and runs on a new thread; `finished` reports the result (queued).
    void start(const MigrationGraph &graph, const RunRequest &request);
    bool isRunning() const { return m_running.load(); }
    // Stops before the next migration; the one running finishes (or fails) first.
    void cancel() { m_cancelled.store(true); }

Q_SIGNALS:
    void planned(const Strata::Plan &plan);
    void migrationStarted(int index, int total, const QString &package, const QString &id);
    void statementFinished(int migrationIndex, const Strata::StatementReport &statement);
    void migrationFinished(int index, const Strata::MigrationReport &report);
    void finished(const Strata::RunResult &result);

private:
    RunResult runLocked(Connection &connection, const MigrationGraph &graph, const RunRequest &request);
    bool runMigration(Connection &connection, int index, const PlannedMigration &migration, bool inOuterTransaction,
                      RunResult &result);

    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_running{false};
    int m_lockTimeoutSeconds = 60;
    QThread *m_thread = nullptr;
};

} // namespace Strata

Q_DECLARE_METATYPE(Strata::Plan)
Q_DECLARE_METATYPE(Strata::StatementReport)
Q_DECLARE_METATYPE(Strata::MigrationReport)
Q_DECLARE_METATYPE(Strata::RunResult)
