#include <strata/migration/MigrationRunner.h>

#include <strata/common/Logging.h>
#include <strata/migration/Connection.h>
#include <strata/migration/History.h>
#include <strata/migration/ConnectionContext.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::MigrationRunner". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigrationRunner)
};

bool isLockedError(const QString &error)
{
    return error.contains(QStringLiteral("database is locked"), Qt::CaseInsensitive)
        || error.contains(QStringLiteral("database table is locked"), Qt::CaseInsensitive);
}

// What a runner says when another one kept the database for longer than it would wait: the same
// words whether the wait was for PostgreSQL's advisory lock or SQLite's write lock.
QString lockTimeoutMessage(const Connection &connection, int timeoutSeconds)
{
    return Text::tr("another migration runner holds the lock of %1; waited %2 s (--lock-timeout)")
        .arg(connection.url().display())
        .arg(timeoutSeconds);
}

// Waits for the advisory lock, polling so that the wait can be bounded (pg_advisory_lock cannot).
Result<> acquireAdvisoryLock(Connection &connection, int timeoutSeconds)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        QSqlQuery query(connection.database());
        if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(MigrationAdvisoryLockKey)) || !query.next())
            return failure(query.lastError().text());
        if (query.value(0).toBool())
            return {};
        if (waited.elapsed() >= qint64(timeoutSeconds) * 1000)
            return failure(lockTimeoutMessage(connection, timeoutSeconds));
        QThread::msleep(100);
    }
}

Result<bool> foreignKeysEnabled(Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next())
        return failure(query.lastError().text());
    return query.value(0).toInt() != 0;
}

// Puts SQLite's foreign_keys back to what it was before a "-- strata:foreign-keys off" migration,
// once its transaction is over (committed or rolled back), on whichever way the migration ends.
class ForeignKeysOff
{
public:
    ForeignKeysOff(Connection &connection, bool wereOn) : m_connection(connection), m_wereOn(wereOn) {}
    ~ForeignKeysOff()
    {
        const Result<> restored =
            m_connection.exec(m_wereOn ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
        if (!restored) {
            qCWarning(lcMigrate) << "cannot turn foreign keys back on:" << restored.errorMessage();
            return;
        }
        // Read back rather than assumed: a PRAGMA inside a transaction left open would do nothing.
        const Result<bool> now = foreignKeysEnabled(m_connection);
        qCDebug(lcMigrate).noquote() << "foreign keys" << (now ? (*now ? "on" : "off") : "unknown") << "again";
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Connection &m_connection;
    bool m_wereOn;
};

// PRAGMA foreign_key_check over the whole database: a failure names the first violation (child table,
// its rowid, the parent table) and how many more there are.
Result<> checkForeignKeys(Connection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failure(query.lastError().text());
    if (!query.next())
        return {};
    // Columns: table, rowid (NULL for a WITHOUT ROWID table), parent, foreign key id.
    const QString table = query.value(0).toString();
    const QString rowid = query.isNull(1) ? QStringLiteral("-") : query.value(1).toString();
    const QString parent = query.value(2).toString();
    int more = 0;
    while (query.next())
        ++more;
    QString message = Text::tr("foreign key violated: row %1 of table %2 references a row of %3 that does not exist "
                               "(PRAGMA foreign_key_check)")
                          .arg(rowid, table, parent);
    if (more > 0)
        message += QLatin1Char(' ') + Text::tr("and %n more violation(s)", nullptr, more);
    return failure(message);
}

} // namespace

MigrationRunner::MigrationRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Strata::Plan>();
    qRegisterMetaType<Strata::StatementReport>();
    qRegisterMetaType<Strata::MigrationReport>();
    qRegisterMetaType<Strata::RunResult>();
}

MigrationRunner::~MigrationRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void MigrationRunner::start(const MigrationGraph &graph, const RunRequest &request)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    // A cancel() from here on is for this run, also one that comes before the thread gets going.
    m_cancelled.store(false);
    m_running.store(true);
    m_thread = QThread::create([this, graph, request] {
        const RunResult result = run(graph, request);
        Q_EMIT finished(result);
    });
    m_thread->start();
}

RunResult MigrationRunner::run(const MigrationGraph &graph, const RunRequest &request)
{
    // Called by start(), the flag was reset there already (m_running is set): keep a cancel() that
    // came in between.
    if (!m_running.exchange(true))
        m_cancelled.store(false);
    RunResult result;
    result.dryRun = request.dryRun;
    RunRequest effective = request;
    m_lockTimeoutSeconds = request.lockTimeoutSeconds;

    // An SQLite dry run is a real run against a copy of the database file.
    QTemporaryDir copyDir;
    if (request.dryRun && request.url.dialect == DialectKind::SQLite) {
        const QString copy = copyDir.path() + QStringLiteral("/dry-run.db");
        if (!request.url.memory && QFileInfo::exists(request.url.path)) {
            Connection source(request.url, Connection::Options{request.lockTimeoutSeconds * 1000});
            QString escaped = copy;
            escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
            const Result<> copied = source.isOpen() ? source.exec(QStringLiteral("VACUUM INTO '%1'").arg(escaped))
                                                    : Result<>(failure(source.errorText()));
            if (!copied) {
                result.error = failure(Text::tr("cannot copy %1 for the dry run: %2")
                                           .arg(request.url.display(), copied.errorMessage()));
                m_running.store(false);
                return result;
            }
        }
        effective.url.memory = false;
        effective.url.path = copy;
        effective.dryRun = false;
    }

    Connection connection(effective.url, Connection::Options{effective.lockTimeoutSeconds * 1000});
    if (!connection.isOpen()) {
        result.error = failure(connection.errorText());
        m_running.store(false);
        return result;
    }
    if (connection.dialect() == DialectKind::PostgreSQL) {
        if (Result<> locked = acquireAdvisoryLock(connection, effective.lockTimeoutSeconds); !locked) {
            result.error = locked.error();
            m_running.store(false);
            return result;
        }
        RunResult locked = runLocked(connection, graph, effective);
        // Failing to unlock is no failure of the run: the lock goes with the session anyway.
        (void)connection.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationAdvisoryLockKey));
        locked.dryRun = request.dryRun;
        result = locked;
    } else {
        result = runLocked(connection, graph, effective);
        result.dryRun = request.dryRun;
    }
    m_running.store(false);
    return result;
}

RunResult MigrationRunner::runLocked(Connection &connection, const MigrationGraph &graph, const RunRequest &request)
{
    RunResult result;
    // The history table is not made here but in the first migration's transaction (runMigration):
    // a run whose first migration fails leaves a database without it as it found it. An absent
    // table reads as no rows.
    History history(connection);
    const Result<QList<AppliedMigration>> applied = history.readAll();
    if (!applied) {
        result.error = failure(isLockedError(applied.errorMessage())
                                   ? lockTimeoutMessage(connection, request.lockTimeoutSeconds)
                                   : Text::tr("cannot read the history table strata_migrations: %1").arg(applied.errorMessage()));
        return result;
    }

    const Planner planner(graph, connection.dialect());
    Result<Plan> plan = request.direction == PlanDirection::Up ? planner.up(*applied, request.target)
        : request.steps > 0                                    ? planner.downSteps(*applied, request.steps)
                                                               : planner.downTo(*applied, request.target);
    if (!plan) {
        result.plan.direction = request.direction;
        result.error = plan.error();
        return result;
    }
    result.plan = std::move(plan).value();
    Q_EMIT planned(result.plan);

    // A PostgreSQL dry run: everything inside one transaction that is rolled back at the end.
    const bool outerTransaction = request.dryRun && connection.dialect() == DialectKind::PostgreSQL;
    if (outerTransaction) {
        if (Result<> begun = connection.exec(QStringLiteral("BEGIN")); !begun) {
            result.error = begun.error();
            return result;
        }
    }
    for (int i = 0; i < result.plan.migrations.size(); ++i) {
        if (m_cancelled.load()) {
            result.cancelled = true;
            break;
        }
        const PlannedMigration &migration = result.plan.migrations.at(i);
        if (outerTransaction && migration.node.migration.noTransaction) {
            // Statements such as CREATE INDEX CONCURRENTLY cannot run inside a transaction block.
            MigrationReport report{migration.node.package, migration.node.migration.id, migration.direction};
            report.notExecuted = true;
            result.migrations.append(report);
            Q_EMIT migrationFinished(i, report);
            continue;
        }
        if (!runMigration(connection, i, migration, outerTransaction, result))
            break;
    }
    if (outerTransaction)
        (void)connection.exec(QStringLiteral("ROLLBACK")); // a dry run's end; nothing to keep either way
    return result;
}

bool MigrationRunner::runMigration(Connection &connection, int index, const PlannedMigration &planned,
                                   bool inOuterTransaction, RunResult &result)
{
    const MigrationNode &node = planned.node;
    const bool up = planned.direction == PlanDirection::Up;
    const bool transactional = !node.migration.noTransaction && !inOuterTransaction;
    const bool sqlite = connection.dialect() == DialectKind::SQLite;
    Q_EMIT migrationStarted(index, int(result.plan.migrations.size()), node.package, node.migration.id);
    qCDebug(lcMigrate) << (up ? "migrating" : "rolling back") << node.package << node.migration.id;

    MigrationReport report{node.package, node.migration.id, planned.direction};
    QElapsedTimer total;
    total.start();
    auto fail = [&](int statementNumber, int fileLine, const QString &statement, const QString &error) {
        if (transactional)
            (void)connection.exec(QStringLiteral("ROLLBACK")); // the failure reported is the one that matters
        result.failure = MigrationFailure{node.package, node.migration.id, node.migration.file, statementNumber,
                                          fileLine, statement, error};
        report.elapsedMs = total.elapsed();
        result.migrations.append(report);
        qCWarning(lcMigrate) << "failed" << node.package << node.migration.id << error;
        return false;
    };

    // "-- strata:foreign-keys off" (SQLite): PRAGMA foreign_keys does nothing inside a transaction, so
    // it goes off before BEGIN, and back to what it was after COMMIT or ROLLBACK, on every way out.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (planned.foreignKeysOff && sqlite && transactional) {
        Result<bool> were = foreignKeysEnabled(connection);
        if (!were)
            return fail(0, 0, {}, were.errorMessage());
        foreignKeysOff.emplace(connection, *were);
        if (const Result<> off = connection.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return fail(0, 0, {}, off.errorMessage());
    }

    // SQLite: BEGIN IMMEDIATE takes the write lock now (waiting up to the busy timeout), and the
    // history is re-read under it, so two runners never apply the same migration.
    if (transactional) {
        if (const Result<> begun = connection.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
            !begun) {
            if (isLockedError(begun.errorMessage())) {
                result.error = failure(lockTimeoutMessage(connection, m_lockTimeoutSeconds));
                return false;
            }
            return fail(0, 0, {}, begun.errorMessage());
        }
    }
    History history(connection);
    const Result<bool> done = history.isApplied(node.package, node.migration.id);
    if (!done)
        return fail(0, 0, {}, done.errorMessage());
    if (*done == up) { // up and already applied, or down and already rolled back
        if (transactional)
            (void)connection.exec(QStringLiteral("ROLLBACK")); // it only read
        report.alreadyDone = true;
        result.migrations.append(report);
        Q_EMIT migrationFinished(index, report);
        return true;
    }

    const MigrationStep &step = up ? node.migration.up : node.migration.down;
    if (step.isCallable()) {
        ConnectionContext context(connection);
        if (const Result<> done = step.callable(context); !done)
            return fail(0, 0, {}, done.errorMessage().isEmpty() ? Text::tr("the migration's code reported a failure")
                                                                : done.errorMessage());
    }
    for (int s = 0; s < planned.statements.size(); ++s) {
        const PlannedStatement &statement = planned.statements.at(s);
        QElapsedTimer timer;
        timer.start();
        if (const Result<> ran = connection.exec(statement.statement.sql); !ran)
            return fail(s + 1, statement.fileLine, statement.statement.sql, ran.errorMessage());
        const StatementReport done{s + 1, statement.fileLine, statement.statement.sql, timer.elapsed()};
        report.statements.append(done);
        Q_EMIT statementFinished(index, done);
    }

    // The history table is made with the first row it gets, in that migration's transaction: a run
    // whose first migration fails leaves a database that had none without one. (A no-transaction
    // migration makes it only once its statements all ran.)
    if (up) {
        if (const Result<> made = history.ensureTable(); !made)
            return fail(0, 0, {}, Text::tr("cannot create the history table strata_migrations: %1").arg(made.errorMessage()));
    }
    const Result<> recorded = up ? history.record(AppliedMigration{node.package, node.migration.id, node.checksum,
                                                                   node.packageVersion, QDateTime::currentDateTimeUtc(),
                                                                   total.elapsed(), 0})
                                 : history.remove(node.package, node.migration.id);
    if (!recorded)
        return fail(0, 0, {}, Text::tr("cannot write the history row: %1").arg(recorded.errorMessage()));
    if (foreignKeysOff) {
        // With foreign keys off nothing checked the references while the statements ran.
        if (const Result<> checked = checkForeignKeys(connection); !checked)
            return fail(0, 0, {}, checked.errorMessage());
    }
    if (transactional) {
        if (const Result<> committed = connection.exec(QStringLiteral("COMMIT")); !committed)
            return fail(0, 0, {}, committed.errorMessage());
    }

    report.elapsedMs = total.elapsed();
    result.migrations.append(report);
    Q_EMIT migrationFinished(index, report);
    return true;
}

} // namespace Strata
