#pragma once

// What the migration end-to-end tests share: small projects written into a temporary folder (one
// package or two, migrations given as text), running `strata` either to completion or in the
// background while the test watches its output line by line, and reading JSON output.
//
// Slow statements: the race, lock and kill tests need migrations that take a while. PostgreSQL has
// pg_sleep; SQLite has no sleep, so its slow statement is a recursive CTE that counts, which costs
// CPU but writes nothing (the writer keeps a RESERVED lock only, readers go on reading). Where a
// test must be able to stop and later finish the same migration, the duration comes from a row of
// a table (strata_test_knobs) that an earlier migration creates and the test may update: the
// migration file never changes, so its checksum stays the same.

#include "TestSupport.h"

#include <strata/migration/DatabaseMessage.h>
#include <strata/migration/Connection.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationRunner.h>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <memory>

namespace Strata::Test::Migrate {

inline QString cliPath()
{
    return QStringLiteral(STRATA_CLI_PATH);
}

inline QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// Parses `bytes` as one JSON object; on failure returns an empty object and says why in *error.
inline QJsonObject parseObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString() + QStringLiteral(" at offset ") + QString::number(parseError.offset)
            + QStringLiteral(" in:\n") + QString::fromUtf8(bytes);
        return {};
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object:\n") + QString::fromUtf8(bytes);
        return {};
    }
    error->clear();
    return doc.object();
}

inline int countOf(const QByteArray &haystack, const QByteArray &needle)
{
    return int(haystack.count(needle));
}

// --- projects -------------------------------------------------------------------------------------

struct MigrationText
{
    QString fileName; // e.g. "001_base.sql"
    QString content;
};

// A migration file from its sections (the down section is left out when empty).
inline QString migrationFile(const QString &up, const QString &down = {}, const QString &header = {})
{
    QString text = header.isEmpty() ? QString() : header + QLatin1Char('\n');
    text += QStringLiteral("-- strata:up\n") + up;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    if (!down.isEmpty()) {
        text += QStringLiteral("\n-- strata:down\n") + down;
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text;
}

// Writes packages/<folder>/database.json (no tables: these projects test the runner, not the
// schema) and its migrations. `dependencies` are package names, each required at ^1.0.0.
inline bool writePackage(const QString &root, const QString &folder, const QString &name,
                         const QStringList &dependencies, const QList<MigrationText> &migrations)
{
    QString deps;
    for (const QString &dependency : dependencies)
        deps += (deps.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("\"%1\": \"^1.0.0\"").arg(dependency);
    const QString databaseJson = QStringLiteral("{\n  \"packageName\": \"%1\",\n  \"version\": \"1.0.0\",\n"
                                                "  \"dependencies\": {%2},\n  \"tables\": []\n}\n")
                                     .arg(name, deps);
    const QString dir = root + QStringLiteral("/packages/") + folder;
    if (!writeFile(dir + QStringLiteral("/database.json"), databaseJson.toUtf8()))
        return false;
    QDir().mkpath(dir + QStringLiteral("/migrations"));
    for (const MigrationText &migration : migrations) {
        if (!writeFile(dir + QStringLiteral("/migrations/") + migration.fileName, migration.content.toUtf8()))
            return false;
    }
    return true;
}

// strata.json for a project of packages/*, in `dialect` ("sqlite" or "postgresql").
inline bool writeProjectFile(const QString &root, const QString &dialect)
{
    return writeFile(root + QStringLiteral("/strata.json"),
                     QStringLiteral("{\n  \"packages\": [\"packages/*\"],\n  \"dialect\": \"%1\"\n}\n")
                         .arg(dialect)
                         .toUtf8());
}

// A statement that takes a while and changes nothing. SQLite: a recursive count of `iterations`
// rows (about 150 ms per million on the test machines); PostgreSQL: pg_sleep.
inline QString slowSqlite(const QString &iterations)
{
    return QStringLiteral("SELECT count(*) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                          "WHERE n < %1) SELECT n FROM c)")
        .arg(iterations);
}

// --- database inspection ---------------------------------------------------------------------------

// One connection for the test's own queries, removed when it goes.
class Db
{
public:
    // `url`: a postgresql:// URL or an SQLite file path.
    explicit Db(const QString &url)
    {
        static int counter = 0;
        m_name = QStringLiteral("migrate-test-%1").arg(++counter);
        if (url.startsWith(QStringLiteral("postgres")))
            m_db = openPostgres(url, m_name);
        else
            m_db = openSqlite(url, m_name);
    }
    ~Db()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString openError() const { return m_db.lastError().text(); }
    QSqlDatabase &database() { return m_db; }

    // The first column of the first row, or an invalid QVariant (and *error) on failure.
    QVariant scalar(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return {};
        }
        if (!query.next())
            return {};
        return query.value(0);
    }
    qint64 count(const QString &sql) { return scalar(sql).toLongLong(); }
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery query(m_db);
        if (query.exec(sql)) {
            while (query.next())
                values.append(query.value(0).toString());
        }
        return values;
    }
    bool hasTable(const QString &table)
    {
        return m_db.tables().contains(table);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// --- a strata process running in the background ---------------------------------------------------

// Runs `strata` without waiting; the test reads its stdout line by line against a deadline (never
// a fixed sleep) and keeps everything it read for the failure message.
class CliProcess
{
public:
    CliProcess() { m_process.setProcessChannelMode(QProcess::SeparateChannels); }
    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QStringList &arguments, const QString &workingDir = {})
    {
        if (!workingDir.isEmpty())
            m_process.setWorkingDirectory(workingDir);
        m_timer.start();
        m_process.start(cliPath(), arguments);
    }
    bool waitForStarted() { return m_process.waitForStarted(10000); }
    QProcess &process() { return m_process; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }

    // Reads stdout until a complete line matches `predicate`; returns that line, or a null string
    // when the deadline passes or the process ends without one.
    QString waitForLine(const std::function<bool(const QString &)> &predicate, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            while (true) {
                const qsizetype newline = m_pending.indexOf('\n');
                if (newline < 0)
                    break;
                const QString line = QString::fromUtf8(m_pending.left(newline));
                m_pending.remove(0, newline + 1);
                m_lines.append(line);
                if (predicate(line))
                    return line;
            }
            if (deadline.hasExpired())
                return {};
            if (m_process.state() == QProcess::NotRunning) {
                const QByteArray rest = m_process.readAllStandardOutput();
                if (rest.isEmpty())
                    return {};
                m_pending += rest;
                continue;
            }
            m_process.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(deadline.remainingTime(), 200))));
            m_pending += m_process.readAllStandardOutput();
            m_err += m_process.readAllStandardError();
        }
    }
    QString waitForLineContaining(const QString &text, int timeoutMs)
    {
        return waitForLine([&](const QString &line) { return line.contains(text); }, timeoutMs);
    }

    // Waits for the end; returns the result with every byte of output (also what was read before).
    CliResult finish(int timeoutMs = 120000)
    {
        CliResult result;
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            result.err = "timed out; ";
        }
        m_pending += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        result.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        result.out = m_lines.join(QLatin1Char('\n')).toUtf8() + (m_lines.isEmpty() ? "" : "\n") + m_pending;
        result.err += m_err;
        return result;
    }
    QString transcript()
    {
        m_pending += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return QStringLiteral("--- stdout\n%1\n%2\n--- stderr\n%3")
            .arg(m_lines.join(QLatin1Char('\n')), QString::fromUtf8(m_pending), QString::fromUtf8(m_err));
    }

private:
    QProcess m_process;
    QElapsedTimer m_timer;
    QByteArray m_pending;
    QByteArray m_err;
    QStringList m_lines;
};

// Polls `condition` until it holds or `timeoutMs` passes (for the database's own clock: a killed
// session's locks go when the server notices, not when the test asks).
inline bool pollUntil(const std::function<bool()> &condition, int timeoutMs, int intervalMs = 50)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(intervalMs);
    }
    return true;
}


// --- where the migrations go ------------------------------------------------------------------------

// One database under test, as the CLI and as the test see it.
struct Target
{
    bool postgres = false;
    QString databaseArg; // passed as --database; empty: the project's default (.strata/strata.db)
    QString inspectUrl;  // the test's own view: an SQLite file, or a postgresql:// URL
    QString secret;      // a password that is in databaseArg and must never be printed

    QString dialect() const { return postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }
};

// Every output that contained a target's password; a test's cleanup() fails when this is not empty.
inline QStringList &leaks()
{
    static QStringList list;
    return list;
}

inline void checkNoSecret(const Target &target, const QByteArray &bytes, const QString &what)
{
    if (!target.secret.isEmpty() && bytes.contains(target.secret.toUtf8()))
        leaks().append(what + QStringLiteral(":\n") + QString::fromUtf8(bytes));
}

inline QStringList strataArguments(const Target &target, const QString &root, const QStringList &command, bool json)
{
    QStringList arguments{QStringLiteral("-C"), root};
    if (json)
        arguments << QStringLiteral("--format") << QStringLiteral("json");
    arguments << command;
    if (!target.databaseArg.isEmpty())
        arguments << QStringLiteral("--database") << target.databaseArg;
    return arguments;
}

// Runs `strata -C root [--format json] COMMAND... [--database URL]` to the end.
inline CliResult strata(const Target &target, const QString &root, const QStringList &command, bool json = false,
                        int timeoutMs = 120000)
{
    const CliResult result = runCli(strataArguments(target, root, command, json), {}, timeoutMs);
    checkNoSecret(target, result.out, command.join(QLatin1Char(' ')) + QStringLiteral(" (stdout)"));
    checkNoSecret(target, result.err, command.join(QLatin1Char(' ')) + QStringLiteral(" (stderr)"));
    return result;
}

inline void startStrata(CliProcess &process, const Target &target, const QString &root, const QStringList &command,
                        bool json = false)
{
    process.start(strataArguments(target, root, command, json));
}

inline CliResult finishStrata(CliProcess &process, const Target &target, const QString &what, int timeoutMs = 120000)
{
    const CliResult result = process.finish(timeoutMs);
    checkNoSecret(target, result.out, what + QStringLiteral(" (stdout)"));
    checkNoSecret(target, result.err, what + QStringLiteral(" (stderr)"));
    return result;
}

// A statement that takes about `ms` milliseconds (more on a loaded machine) and changes nothing.
inline QString slowStatement(const Target &target, int ms)
{
    if (target.postgres)
        return QStringLiteral("SELECT pg_sleep(%1)").arg(ms / 1000.0);
    return slowSqlite(QString::number(qint64(ms) * 7000));
}

// Tables and history: what "the database as it was" means in the failure tests.
inline QStringList snapshot(const Target &target)
{
    Db db(target.inspectUrl);
    QStringList lines;
    if (target.postgres)
        lines = db.column(QStringLiteral("SELECT table_name || '.' || column_name || ' ' || data_type FROM "
                                         "information_schema.columns WHERE table_schema = 'public' ORDER BY 1"));
    else
        lines = db.column(QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                                         "ORDER BY type, name"));
    lines += db.column(QStringLiteral("SELECT package || ':' || migration_id || ' ' || checksum FROM strata_migrations "
                                      "ORDER BY ordinal"));
    return lines;
}

inline QStringList historyIds(const Target &target)
{
    Db db(target.inspectUrl);
    return db.column(QStringLiteral("SELECT package || ':' || migration_id FROM strata_migrations ORDER BY ordinal"));
}

// --- fixture projects ---------------------------------------------------------------------------------

// @fail/base: 001_first works; 002_broken fails at its third statement (file line 6) after two that
// succeed; 003_after would work.
inline bool writeFailingProject(const QString &root, const Target &target)
{
    return writeProjectFile(root, target.dialect())
        && writePackage(root, QStringLiteral("base"), QStringLiteral("@fail/base"), {},
                        {{QStringLiteral("001_first.sql"),
                          migrationFile(QStringLiteral("CREATE TABLE first_table (id INTEGER PRIMARY KEY);\n"),
                                        QStringLiteral("DROP TABLE first_table;\n"))},
                         {QStringLiteral("002_broken.sql"),
                          QStringLiteral("-- Fails at statement 3, line 6, after two statements that work.\n"
                                         "-- strata:up\n"
                                         "CREATE TABLE broken_before (id INTEGER PRIMARY KEY);\n"
                                         "INSERT INTO broken_before (id) VALUES (1);\n"
                                         "\n"
                                         "INSERT INTO no_such_table (id)\n"
                                         "    VALUES (1);\n"
                                         "CREATE TABLE broken_after (id INTEGER PRIMARY KEY);\n"
                                         "\n"
                                         "-- strata:down\n"
                                         "DROP TABLE broken_after;\n"
                                         "DROP TABLE broken_before;\n")},
                         {QStringLiteral("003_after.sql"),
                          migrationFile(QStringLiteral("CREATE TABLE third_table (id INTEGER PRIMARY KEY);\n"))}});
}

// @race/base (3 migrations) and @race/app (2, depends on base). Every migration fails when run a
// second time: CREATE TABLE without IF NOT EXISTS, and a row for the unique key of race_log.
inline QStringList raceMigrationNames()
{
    return {QStringLiteral("@race/base:001_one"), QStringLiteral("@race/base:002_two"),
            QStringLiteral("@race/base:003_three"), QStringLiteral("@race/app:001_four"),
            QStringLiteral("@race/app:002_five")};
}

inline QString raceMigration(const Target &target, int number, const QString &name, int slowMs)
{
    QString up;
    if (number == 1)
        up += QStringLiteral("CREATE TABLE race_log (migration VARCHAR(100) NOT NULL PRIMARY KEY);\n");
    up += QStringLiteral("CREATE TABLE race_t%1 (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL UNIQUE);\n"
                         "INSERT INTO race_t%1 (id, label) VALUES (1, 'once');\n")
              .arg(number);
    up += slowStatement(target, slowMs) + QStringLiteral(";\n");
    up += QStringLiteral("INSERT INTO race_log (migration) VALUES ('%1');\n").arg(name);
    return migrationFile(up, QStringLiteral("DROP TABLE race_t%1;\n").arg(number));
}

inline bool writeRaceProject(const QString &root, const Target &target, int slowMs)
{
    const QStringList names = raceMigrationNames();
    return writeProjectFile(root, target.dialect())
        && writePackage(root, QStringLiteral("base"), QStringLiteral("@race/base"), {},
                        {{QStringLiteral("001_one.sql"), raceMigration(target, 1, names.at(0), slowMs)},
                         {QStringLiteral("002_two.sql"), raceMigration(target, 2, names.at(1), slowMs)},
                         {QStringLiteral("003_three.sql"), raceMigration(target, 3, names.at(2), slowMs)}})
        && writePackage(root, QStringLiteral("app"), QStringLiteral("@race/app"), {QStringLiteral("@race/base")},
                        {{QStringLiteral("001_four.sql"), raceMigration(target, 4, names.at(3), slowMs)},
                         {QStringLiteral("002_five.sql"), raceMigration(target, 5, names.at(4), slowMs)}});
}

// @lock/base: 001_hold holds the runner's lock for about `holdMs` inside its transaction, after
// statement 1 (so "  1  line" in the output means: the lock is held now).
// With `writeRows` (SQLite), an insert of that many rows comes first: the transaction spills into
// the file and holds an EXCLUSIVE lock, so other connections cannot even read. The slow statement
// then keeps it for `holdMs` whatever the disk's speed (the insert alone took under the waiter's
// one-second timeout on a fast machine, and the waiter then found nothing left to do).
inline bool writeLockProject(const QString &root, const Target &target, int holdMs, int writeRows = 0)
{
    const QString slow = writeRows > 0
        ? QStringLiteral("CREATE TABLE lock_big (n INTEGER NOT NULL, pad BLOB);\n"
                         "INSERT INTO lock_big (n, pad) WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                         "WHERE n < %1) SELECT n, randomblob(8) FROM c;\n%2")
              .arg(writeRows)
              .arg(slowStatement(target, holdMs))
        : slowStatement(target, holdMs);
    return writeProjectFile(root, target.dialect())
        && writePackage(root, QStringLiteral("base"), QStringLiteral("@lock/base"), {},
                        {{QStringLiteral("001_hold.sql"),
                          migrationFile(QStringLiteral("CREATE TABLE lock_hold (id INTEGER PRIMARY KEY);\n%1;\n"
                                                       "INSERT INTO lock_hold (id) VALUES (1);\n")
                                            .arg(slow))}});
}

// @kill/base: 001_knobs makes strata_test_knobs; 002_long runs two statements that leave traces
// (kill_marker and its row), creates kill_big, then runs its long statement 4, then statement 5.
// The long statement: PostgreSQL sleeps `sleep` seconds; SQLite inserts `rows` rows into kill_big
// (a write-heavy statement: the transaction spills pages into the file and leaves a hot journal).
inline bool writeKillProject(const QString &root, const Target &target)
{
    const QString knobs = target.postgres ? QStringLiteral("'sleep', 30") : QStringLiteral("'rows', 2000000");
    const QString longStatement = target.postgres
        ? QStringLiteral("SELECT pg_sleep((SELECT value FROM strata_test_knobs WHERE name = 'sleep'))")
        : QStringLiteral("INSERT INTO kill_big (n, pad) WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                         "WHERE n < (SELECT value FROM strata_test_knobs WHERE name = 'rows')) "
                         "SELECT n, randomblob(16) FROM c");
    return writeProjectFile(root, target.dialect())
        && writePackage(root, QStringLiteral("base"), QStringLiteral("@kill/base"), {},
                        {{QStringLiteral("001_knobs.sql"),
                          migrationFile(QStringLiteral("CREATE TABLE strata_test_knobs (name VARCHAR(20) NOT NULL "
                                                       "PRIMARY KEY, value INTEGER NOT NULL);\n"
                                                       "INSERT INTO strata_test_knobs (name, value) VALUES (%1);\n")
                                            .arg(knobs))},
                         {QStringLiteral("002_long.sql"),
                          migrationFile(QStringLiteral("CREATE TABLE kill_marker (id INTEGER PRIMARY KEY);\n"
                                                       "INSERT INTO kill_marker (id) VALUES (1);\n"
                                                       "CREATE TABLE kill_big (n BIGINT NOT NULL, pad %1);\n"
                                                       "%2;\n"
                                                       "CREATE TABLE kill_after (id INTEGER PRIMARY KEY);\n")
                                            .arg(target.postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"),
                                                 longStatement))}});
}

// --- scenarios, the same for SQLite and PostgreSQL ----------------------------------------------------
// Each is a Qt Test body: it stops at the first failed check (callers need nothing more).

#define STRATA_CHECK_RUN(result, expectedExit)                                                                   \
    QVERIFY2((result).exitCode == (expectedExit), qPrintable(describe(result)))

// The examples' packages, in the order their migrations run.
inline int examplesPackageRank(const QString &package)
{
    if (package == u"@acme/core")
        return 0;
    if (package == u"@acme/projects")
        return 2;
    return 1; // audit, billing, crm: after core, before projects (which depends on crm)
}

// The plan as text: "PACKAGE:ID  (FILE)" then "  N  line L  SQL" (and "! destructive: ..." notes).
struct TextPlanMigration
{
    QString name;
    QString file;
    QList<QPair<int, int>> statements; // number, line
    QStringList destructive;
};

inline QList<TextPlanMigration> parseTextPlan(const QByteArray &out)
{
    static const QRegularExpression header(QStringLiteral("^(@\\S+:\\S+)  \\((\\S+)\\)"));
    static const QRegularExpression statement(QStringLiteral("^\\s+(\\d+)  line (\\d+)\\s+\\S"));
    static const QRegularExpression destructive(QStringLiteral("^\\s+! destructive: (.+)$"));
    QList<TextPlanMigration> plan;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        QRegularExpressionMatch m = header.match(line);
        if (m.hasMatch()) {
            plan.append({m.captured(1), m.captured(2), {}, {}});
            continue;
        }
        if (plan.isEmpty())
            continue;
        m = statement.match(line);
        if (m.hasMatch()) {
            plan.last().statements.append({m.captured(1).toInt(), m.captured(2).toInt()});
            continue;
        }
        m = destructive.match(line);
        if (m.hasMatch())
            plan.last().destructive.append(m.captured(1));
    }
    return plan;
}

// Checks one JSON plan: fields, order, and that every statement's line is where it stands in its file.
inline void checkJsonPlan(const QJsonObject &plan, const QString &root, const QString &direction, int expected)
{
    QCOMPARE(plan.value(QStringLiteral("direction")).toString(), direction);
    QVERIFY(plan.value(QStringLiteral("database")).isString());
    const QJsonArray migrations = plan.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(migrations.size(), expected);
    QString previousPackage;
    QString previousId;
    int previousRank = direction == u"up" ? -1 : 3;
    for (const QJsonValue &value : migrations) {
        const QJsonObject migration = value.toObject();
        for (const char *key : {"package", "id", "file", "transaction", "destructive", "statements"})
            QVERIFY2(migration.contains(QLatin1String(key)), key);
        const QString package = migration.value(QStringLiteral("package")).toString();
        const QString id = migration.value(QStringLiteral("id")).toString();
        const int rank = examplesPackageRank(package);
        if (direction == u"up") {
            QVERIFY2(rank >= previousRank, qPrintable(package + QLatin1Char(':') + id));
            if (package == previousPackage)
                QVERIFY2(id > previousId, qPrintable(package + QLatin1Char(':') + id));
        } else {
            QVERIFY2(rank <= previousRank, qPrintable(package + QLatin1Char(':') + id));
            if (package == previousPackage)
                QVERIFY2(id < previousId, qPrintable(package + QLatin1Char(':') + id));
        }
        previousRank = rank;
        previousPackage = package;
        previousId = id;

        const QString file = migration.value(QStringLiteral("file")).toString();
        QVERIFY2(file.startsWith(QStringLiteral("packages/")) && file.endsWith(id + QStringLiteral(".sql")),
                 qPrintable(file));
        const QStringList fileLines = QString::fromUtf8(readFile(root + QLatin1Char('/') + file)).split(QLatin1Char('\n'));
        QVERIFY2(fileLines.size() > 2, qPrintable(file));
        const QJsonArray statements = migration.value(QStringLiteral("statements")).toArray();
        QVERIFY2(!statements.isEmpty(), qPrintable(id));
        bool anyDestructive = false;
        for (int i = 0; i < statements.size(); ++i) {
            const QJsonObject statement = statements.at(i).toObject();
            QCOMPARE(statement.value(QStringLiteral("number")).toInt(), i + 1);
            const int line = statement.value(QStringLiteral("line")).toInt();
            const QString firstLine = statement.value(QStringLiteral("sql")).toString().section(QLatin1Char('\n'), 0, 0).trimmed();
            QVERIFY2(line >= 1 && line <= fileLines.size(), qPrintable(file + QLatin1Char(':') + QString::number(line)));
            QVERIFY2(fileLines.at(line - 1).contains(firstLine),
                     qPrintable(QStringLiteral("%1:%2 is \"%3\", not the start of \"%4\"")
                                    .arg(file)
                                    .arg(line)
                                    .arg(fileLines.at(line - 1), firstLine)));
            if (statement.contains(QStringLiteral("destructive"))) {
                anyDestructive = true;
                const QJsonObject d = statement.value(QStringLiteral("destructive")).toObject();
                for (const char *key : {"kind", "table", "column", "description", "affected"})
                    QVERIFY2(d.contains(QLatin1String(key)), key);
                QVERIFY(!d.value(QStringLiteral("description")).toString().isEmpty());
            }
        }
        QCOMPARE(migration.value(QStringLiteral("destructive")).toBool(), anyDestructive);
    }
}

// Checks a migrate/rollback JSON report: fields, and the migrations it names (in order).
inline void checkJsonRun(const QJsonObject &run, const QString &direction, const QStringList &expected)
{
    for (const char *key : {"database", "direction", "dryRun", "ok", "cancelled", "migrations"})
        QVERIFY2(run.contains(QLatin1String(key)), key);
    QCOMPARE(run.value(QStringLiteral("direction")).toString(), direction);
    QCOMPARE(run.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(run.value(QStringLiteral("dryRun")).toBool(), false);
    QCOMPARE(run.value(QStringLiteral("cancelled")).toBool(), false);
    QStringList names;
    for (const QJsonValue &value : run.value(QStringLiteral("migrations")).toArray()) {
        const QJsonObject migration = value.toObject();
        for (const char *key : {"package", "id", "ms", "alreadyDone", "notExecuted", "statements"})
            QVERIFY2(migration.contains(QLatin1String(key)), key);
        QCOMPARE(migration.value(QStringLiteral("alreadyDone")).toBool(), false);
        names.append(migration.value(QStringLiteral("package")).toString() + QLatin1Char(':')
                     + migration.value(QStringLiteral("id")).toString());
        const QJsonArray statements = migration.value(QStringLiteral("statements")).toArray();
        QVERIFY(!statements.isEmpty());
        for (int i = 0; i < statements.size(); ++i) {
            const QJsonObject statement = statements.at(i).toObject();
            QCOMPARE(statement.value(QStringLiteral("number")).toInt(), i + 1);
            QVERIFY(statement.value(QStringLiteral("line")).toInt() >= 1);
            QVERIFY(!statement.value(QStringLiteral("sql")).toString().isEmpty());
            QVERIFY(statement.value(QStringLiteral("ms")).toDouble() >= 0);
        }
    }
    QCOMPARE(names, expected);
}

// Status as JSON: the summary, and each migration's state by name.
inline QHash<QString, QString> statusStates(const QJsonObject &status, QHash<QString, int> *summary = nullptr)
{
    QHash<QString, QString> states;
    for (const QJsonValue &value : status.value(QStringLiteral("migrations")).toArray()) {
        const QJsonObject entry = value.toObject();
        states.insert(entry.value(QStringLiteral("package")).toString() + QLatin1Char(':')
                          + entry.value(QStringLiteral("id")).toString(),
                      entry.value(QStringLiteral("state")).toString());
    }
    if (summary) {
        const QJsonObject s = status.value(QStringLiteral("summary")).toObject();
        for (auto it = s.begin(); it != s.end(); ++it)
            summary->insert(it.key(), it.value().toInt());
    }
    return states;
}

// `strata status --format json` must parse and carry database, migrations and summary; returns it.
inline QJsonObject statusJson(const Target &target, const QString &root)
{
    const CliResult r = strata(target, root, {QStringLiteral("status")}, true);
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    QString error;
    const QJsonObject json = parseObject(r.out, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return json;
}

inline void checkSummary(const QJsonObject &status, int applied, int pending, int modified, int missing)
{
    QVERIFY2(status.contains(QStringLiteral("database")) && status.contains(QStringLiteral("migrations")),
             "status JSON lacks database or migrations");
    QHash<QString, int> summary;
    statusStates(status, &summary);
    const QString got = QStringLiteral("%1 applied, %2 pending, %3 modified, %4 missing")
                            .arg(summary.value(QStringLiteral("applied")))
                            .arg(summary.value(QStringLiteral("pending")))
                            .arg(summary.value(QStringLiteral("modified")))
                            .arg(summary.value(QStringLiteral("missing")));
    const QString want =
        QStringLiteral("%1 applied, %2 pending, %3 modified, %4 missing").arg(applied).arg(pending).arg(modified).arg(missing);
    QCOMPARE(got, want);
}

// The text of `strata migrate`/`rollback`: per migration its name, one line per statement with its
// time, "done in N ms"; returns the names in order, or fails.
inline QStringList checkTextRun(const QByteArray &out)
{
    static const QRegularExpression name(QStringLiteral("^(@\\S+:\\S+)$"));
    static const QRegularExpression statement(QStringLiteral("^\\s+\\d+  line \\d+\\s+\\S.*  \\d+ ms$"));
    static const QRegularExpression done(QStringLiteral("^  done in \\d+ ms$"));
    QStringList names;
    int statements = 0;
    bool open = false;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (name.match(line).hasMatch()) {
            if (open)
                return {QStringLiteral("! migration without 'done in': ") + names.last()};
            names.append(line);
            statements = 0;
            open = true;
        } else if (statement.match(line).hasMatch()) {
            ++statements;
        } else if (done.match(line).hasMatch()) {
            if (!open || statements == 0)
                return {QStringLiteral("! 'done in' without statements after ") + names.value(names.size() - 1)};
            open = false;
        }
    }
    if (open)
        return {QStringLiteral("! migration without 'done in': ") + names.last()};
    return names;
}

// 1. The whole life of the examples on one database, in text and JSON.
inline void examplesLifecycle(const QString &root, const Target &target)
{
    // Everything pending.
    CliResult r = strata(target, root, {QStringLiteral("status")});
    STRATA_CHECK_RUN(r, 0);
    QCOMPARE(countOf(r.out, " pending "), 12);
    QVERIFY2(r.out.contains("0 applied, 12 pending, 0 modified, 0 missing on "), r.out.constData());
    r = strata(target, root, {QStringLiteral("status"), QStringLiteral("--check")});
    STRATA_CHECK_RUN(r, 1);
    QJsonObject status = statusJson(target, root);
    checkSummary(status, 0, 12, 0, 0);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(status.value(QStringLiteral("database")).toString().startsWith(target.postgres ? u"postgresql://" : u"sqlite:"),
             true);

    // The plan, as text and as JSON, agree; in dependency order, with lines that point into the files.
    r = strata(target, root, {QStringLiteral("plan")}, true);
    STRATA_CHECK_RUN(r, 0);
    QString error;
    const QJsonObject plan = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    checkJsonPlan(plan, root, QStringLiteral("up"), 12);
    if (QTest::currentTestFailed())
        return;
    r = strata(target, root, {QStringLiteral("plan")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.startsWith("12 migrations would run on "), r.out.constData());
    const QList<TextPlanMigration> textPlan = parseTextPlan(r.out);
    const QJsonArray jsonMigrations = plan.value(QStringLiteral("migrations")).toArray();
    QCOMPARE(textPlan.size(), 12);
    QStringList planned;
    for (int i = 0; i < textPlan.size(); ++i) {
        const QJsonObject m = jsonMigrations.at(i).toObject();
        const QString name = m.value(QStringLiteral("package")).toString() + QLatin1Char(':') + m.value(QStringLiteral("id")).toString();
        planned.append(name);
        QCOMPARE(textPlan.at(i).name, name);
        QCOMPARE(textPlan.at(i).file, m.value(QStringLiteral("file")).toString());
        const QJsonArray statements = m.value(QStringLiteral("statements")).toArray();
        QCOMPARE(textPlan.at(i).statements.size(), statements.size());
        for (int s = 0; s < statements.size(); ++s) {
            QCOMPARE(textPlan.at(i).statements.at(s).first, s + 1);
            QCOMPARE(textPlan.at(i).statements.at(s).second, statements.at(s).toObject().value(QStringLiteral("line")).toInt());
        }
    }

    // A dry run changes nothing.
    r = strata(target, root, {QStringLiteral("migrate"), QStringLiteral("--dry-run")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains("Dry run passed: 12 migrations run and undone; nothing changed."), r.out.constData());
    checkSummary(statusJson(target, root), 0, 12, 0, 0);
    if (QTest::currentTestFailed())
        return;

    // Migrate core and crm (text): each migration, each statement with its time.
    r = strata(target, root, {QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("@acme/crm")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.startsWith("Migrating "), r.out.constData());
    QVERIFY2(r.out.contains(": 5 pending\n"), r.out.constData());
    const QStringList firstRun = checkTextRun(r.out);
    QCOMPARE(firstRun.size(), 5);
    for (const QString &name : firstRun)
        QVERIFY2(name.startsWith(QStringLiteral("@acme/core:")) || name.startsWith(QStringLiteral("@acme/crm:")), qPrintable(name));
    QVERIFY2(QRegularExpression(QStringLiteral("\nApplied 5 migrations in \\d+ ms.\n$")).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
    r = strata(target, root, {QStringLiteral("status"), QStringLiteral("--check")});
    STRATA_CHECK_RUN(r, 1);
    status = statusJson(target, root);
    checkSummary(status, 5, 7, 0, 0);
    if (QTest::currentTestFailed())
        return;
    for (const QJsonValue &value : status.value(QStringLiteral("migrations")).toArray()) {
        const QJsonObject entry = value.toObject();
        const bool applied = entry.value(QStringLiteral("state")).toString() == u"applied";
        QCOMPARE(entry.contains(QStringLiteral("appliedAt")), applied);
        QCOMPARE(entry.contains(QStringLiteral("executionMs")), applied);
        if (applied)
            QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("appliedAt")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(entry.value(QStringLiteral("file")).toString().startsWith(QStringLiteral("packages/")));
    }

    // The rest as JSON.
    r = strata(target, root, {QStringLiteral("migrate")}, true);
    STRATA_CHECK_RUN(r, 0);
    const QJsonObject run = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList rest;
    for (const QString &name : planned) {
        if (!firstRun.contains(name))
            rest.append(name);
    }
    checkJsonRun(run, QStringLiteral("up"), rest);
    if (QTest::currentTestFailed())
        return;

    r = strata(target, root, {QStringLiteral("status")});
    STRATA_CHECK_RUN(r, 0);
    QCOMPARE(countOf(r.out, " applied "), 12);
    QVERIFY2(r.out.contains("12 applied, 0 pending, 0 modified, 0 missing on "), r.out.constData());
    r = strata(target, root, {QStringLiteral("status"), QStringLiteral("--check")});
    STRATA_CHECK_RUN(r, 0);
    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains("Nothing to do."), r.out.constData());
    r = strata(target, root, {QStringLiteral("plan")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.startsWith("Nothing to do on "), r.out.constData());

    // Roll back one (JSON), then everything (text).
    r = strata(target, root, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}, true);
    STRATA_CHECK_RUN(r, 0);
    const QJsonObject back = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    checkJsonRun(back, QStringLiteral("down"), {planned.last()});
    if (QTest::currentTestFailed())
        return;
    r = strata(target, root, {QStringLiteral("rollback"), QStringLiteral("--all")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.startsWith("Rolling back "), r.out.constData());
    // Newest first: the order of application was core and crm, then the rest.
    QStringList reversed = (firstRun + rest).mid(0, 11);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(checkTextRun(r.out), reversed);
    QVERIFY2(QRegularExpression(QStringLiteral("\nRolled back 11 migrations in \\d+ ms.\n$")).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
    checkSummary(statusJson(target, root), 0, 12, 0, 0);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(historyIds(target), QStringList());

    // And up again; repair has nothing to do.
    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 0);
    QCOMPARE(checkTextRun(r.out), planned);
    QCOMPARE(historyIds(target), planned);
    r = strata(target, root, {QStringLiteral("repair")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.startsWith("Nothing to repair on "), r.out.constData());
    r = strata(target, root, {QStringLiteral("repair")}, true);
    STRATA_CHECK_RUN(r, 0);
    const QJsonObject repair = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(repair.value(QStringLiteral("database")).isString());
    QVERIFY(repair.value(QStringLiteral("repaired")).isArray());
    QCOMPARE(repair.value(QStringLiteral("repaired")).toArray().size(), 0);
}

// 1b. A rollback plan says how many rows each dropped table holds now.
inline void rollbackPlanCountsRows(const QString &root, const Target &target)
{
    CliResult r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 0);
    {
        Db db(target.inspectUrl);
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        for (const char *sql : {"INSERT INTO workspaces (id, slug, name) VALUES (1, 'acme', 'Acme')",
                                "INSERT INTO projects (id, workspace_id, code, name) VALUES (1, 1, 'P1', 'Launch')",
                                "INSERT INTO tasks (id, workspace_id, project_id, title) VALUES (1, 1, 1, 'a'), (2, 1, 1, 'b')",
                                "INSERT INTO comments (workspace_id, task_id, body) VALUES (1, 1, 'x'), (1, 1, 'y'), (1, 2, 'z')"}) {
            QString error;
            QVERIFY2(db.exec(QString::fromLatin1(sql), &error), qPrintable(error));
        }
    }
    r = strata(target, root, {QStringLiteral("plan"), QStringLiteral("--down"), QStringLiteral("--steps"), QStringLiteral("3")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.startsWith("3 migrations would be rolled back on "), r.out.constData());
    const QList<TextPlanMigration> plan = parseTextPlan(r.out);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).name, QStringLiteral("@acme/projects:003_task_deals"));
    QCOMPARE(plan.at(1).name, QStringLiteral("@acme/projects:002_comments"));
    QCOMPARE(plan.at(2).name, QStringLiteral("@acme/projects:001_projects_tasks"));
    QVERIFY2(plan.at(0).destructive.contains(QStringLiteral("drops column tasks.deal_id and its values (0 non-null values)")),
             r.out.constData());
    QCOMPARE(plan.at(1).destructive, QStringList{QStringLiteral("drops table comments and all its rows (3 rows)")});
    QVERIFY2(plan.at(2).destructive.contains(QStringLiteral("drops table tasks and all its rows (2 rows)")), r.out.constData());
    QVERIFY2(plan.at(2).destructive.contains(QStringLiteral("drops table projects and all its rows (1 row)")), r.out.constData());
    QVERIFY2(r.out.contains("The plan has destructive statements (marked !)."), r.out.constData());

    r = strata(target, root, {QStringLiteral("plan"), QStringLiteral("--down"), QStringLiteral("--steps"), QStringLiteral("2")}, true);
    STRATA_CHECK_RUN(r, 0);
    QString error;
    const QJsonObject json = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    checkJsonPlan(json, root, QStringLiteral("down"), 2);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject drop = json.value(QStringLiteral("migrations")).toArray().at(1).toObject()
                                 .value(QStringLiteral("statements")).toArray().at(0).toObject()
                                 .value(QStringLiteral("destructive")).toObject();
    QCOMPARE(drop.value(QStringLiteral("kind")).toString(), QStringLiteral("drop-table"));
    QCOMPARE(drop.value(QStringLiteral("table")).toString(), QStringLiteral("comments"));
    QCOMPARE(drop.value(QStringLiteral("affected")).toInt(), 3);

    // The rollback itself warns with the same count before it runs, then runs.
    r = strata(target, root, {QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("2")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains("! @acme/projects:002_comments destructive: drops table comments and all its rows (3 rows)"),
             r.out.constData());
    QCOMPARE(checkTextRun(r.out),
             (QStringList{QStringLiteral("@acme/projects:003_task_deals"), QStringLiteral("@acme/projects:002_comments")}));
    checkSummary(statusJson(target, root), 10, 2, 0, 0);
    if (QTest::currentTestFailed())
        return;
    {
        Db db(target.inspectUrl);
        QVERIFY(!db.hasTable(QStringLiteral("comments")));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM tasks")), qint64(2));
    }
    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 0);
    checkSummary(statusJson(target, root), 12, 0, 0, 0);
}

// 2. An applied migration edited, then one deleted.
inline void editedAndDeletedMigrations(const QString &root, const Target &target)
{
    CliResult r = strata(target, root, {QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("@acme/crm")});
    STRATA_CHECK_RUN(r, 0);
    const QString crm2 = QStringLiteral("@acme/crm:002_deal_close_tracking");
    const QString path = root + QStringLiteral("/packages/crm/migrations/002_deal_close_tracking.sql");
    QByteArray text = readFile(path);
    QVERIFY(text.contains("-- strata:up\n"));
    text.replace("-- strata:up\n", "-- strata:up\n-- Reviewed: closed_at stays nullable.\n");
    QVERIFY(writeFile(path, text));

    r = strata(target, root, {QStringLiteral("status")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("\n@acme/crm\\s+002_deal_close_tracking\\s+modified ")).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
    QVERIFY2(r.out.contains("4 applied, 7 pending, 1 modified, 0 missing on "), r.out.constData());
    QCOMPARE(statusStates(statusJson(target, root)).value(crm2), QStringLiteral("modified"));
    r = strata(target, root, {QStringLiteral("status"), QStringLiteral("--check")});
    STRATA_CHECK_RUN(r, 1);

    const QStringList before = snapshot(target);
    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 1);
    QVERIFY2(r.err.contains("002_deal_close_tracking.sql"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("strata repair"), qPrintable(describe(r)));
    QCOMPARE(snapshot(target), before);

    r = strata(target, root, {QStringLiteral("repair")}, true);
    STRATA_CHECK_RUN(r, 0);
    QString error;
    const QJsonObject repair = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray repaired = repair.value(QStringLiteral("repaired")).toArray();
    QCOMPARE(repaired.size(), 1);
    QCOMPARE(repaired.at(0).toObject().value(QStringLiteral("package")).toString(), QStringLiteral("@acme/crm"));
    QCOMPARE(repaired.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("002_deal_close_tracking"));
    QCOMPARE(repaired.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("checksum-updated"));
    checkSummary(statusJson(target, root), 5, 7, 0, 0);
    if (QTest::currentTestFailed())
        return;
    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains("Applied 7 migrations in "), r.out.constData());

    // Deleted after it was applied: missing; migrate refuses; repair forgets it.
    QVERIFY(QFile::remove(root + QStringLiteral("/packages/projects/migrations/003_task_deals.sql")));
    r = strata(target, root, {QStringLiteral("status")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("\n@acme/projects\\s+003_task_deals\\s+missing ")).match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
    QVERIFY2(r.out.contains("11 applied, 0 pending, 0 modified, 1 missing on "), r.out.constData());
    const QJsonObject status = statusJson(target, root);
    QCOMPARE(statusStates(status).value(QStringLiteral("@acme/projects:003_task_deals")), QStringLiteral("missing"));
    r = strata(target, root, {QStringLiteral("status"), QStringLiteral("--check")});
    STRATA_CHECK_RUN(r, 1);
    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 1);
    QVERIFY2(r.err.contains("003_task_deals") && r.err.contains("file is gone"), qPrintable(describe(r)));
    r = strata(target, root, {QStringLiteral("repair")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains("@acme/projects:003_task_deals: forgot the migration whose file is gone"), r.out.constData());
    r = strata(target, root, {QStringLiteral("status"), QStringLiteral("--check")});
    STRATA_CHECK_RUN(r, 0);
}

// 3. A migration that fails at its third statement. `databaseMessage`: the database's message as
// the error block shows it, on one line (with its SQLSTATE on PostgreSQL).
inline void failingMigration(const QString &root, const Target &target, const QString &databaseMessage)
{
    QVERIFY(writeFailingProject(root, target));
    CliResult r = strata(target, root, {QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("@fail/base:001_first")});
    STRATA_CHECK_RUN(r, 0);
    const QStringList before = snapshot(target);
    QVERIFY2(before.join(QLatin1Char('\n')).contains(QStringLiteral("first_table")), qPrintable(before.join(QLatin1Char('\n'))));

    r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 1);
    // The whole error block, and nothing else on stderr (no "strata.migrate:" log line).
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("strata: error: @fail/base:002_broken failed at statement 3 "
                            "(packages/base/migrations/002_broken.sql:6)\n"
                            "  statement:\n"
                            "    INSERT INTO no_such_table (id)\n"
                            "        VALUES (1)\n"
                            "  database: %1\n"
                            "  The failed migration left no trace.\n")
                 .arg(databaseMessage));
    // The two statements before it ran (and are reported), the third failed.
    QVERIFY2(r.out.contains("@fail/base:002_broken\n"), qPrintable(describe(r)));
    QVERIFY2(QRegularExpression(QStringLiteral("\n\\s+2  line 4 \\s+INSERT INTO broken_before")).match(QString::fromUtf8(r.out)).hasMatch(),
             qPrintable(describe(r)));
    QVERIFY2(!r.out.contains("third_table"), qPrintable(describe(r)));
    QCOMPARE(snapshot(target), before);

    r = strata(target, root, {QStringLiteral("migrate")}, true);
    STRATA_CHECK_RUN(r, 1);
    QString error;
    const QJsonObject run = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(run.value(QStringLiteral("ok")).toBool(), false);
    const QJsonObject failure = run.value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("package")).toString(), QStringLiteral("@fail/base"));
    QCOMPARE(failure.value(QStringLiteral("id")).toString(), QStringLiteral("002_broken"));
    QCOMPARE(failure.value(QStringLiteral("file")).toString(), QStringLiteral("packages/base/migrations/002_broken.sql"));
    QCOMPARE(failure.value(QStringLiteral("statement")).toInt(), 3);
    QCOMPARE(failure.value(QStringLiteral("line")).toInt(), 6);
    QVERIFY(failure.value(QStringLiteral("sql")).toString().startsWith(QStringLiteral("INSERT INTO no_such_table")));
    QCOMPARE(Strata::DatabaseMessage::parse(failure.value(QStringLiteral("error")).toString()).oneLine(), databaseMessage);
    QCOMPARE(failure.value(QStringLiteral("sqlState")).toString(), target.postgres ? QStringLiteral("42P01") : QString());
    QVERIFY(!failure.contains(QStringLiteral("help"))); // only "already exists" gets one
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("strata: error: @fail/base:002_broken failed at statement 3 "
                            "(packages/base/migrations/002_broken.sql:6)\n"
                            "  statement:\n"
                            "    INSERT INTO no_such_table (id)\n"
                            "        VALUES (1)\n"
                            "  database: %1\n"
                            "  The failed migration left no trace.\n")
                 .arg(databaseMessage));
    QCOMPARE(snapshot(target), before);
    checkSummary(statusJson(target, root), 1, 2, 0, 0);
}

// 3b. A database another tool made: the first migration creates a table it has already. The run
// fails with the database's message and a help line that points at diff and baseline, and leaves
// the database exactly as it was: no strata_migrations either. `databaseMessage` as in 3.
inline void alreadyExists(const QString &root, const Target &target, const QString &databaseMessage)
{
    QVERIFY(writeProjectFile(root, target.dialect()));
    QVERIFY(writePackage(root, QStringLiteral("base"), QStringLiteral("@adopt/base"), {},
                         {{QStringLiteral("001_deals.sql"),
                           migrationFile(QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY);\n"),
                                         QStringLiteral("DROP TABLE deals;\n"))}}));
    if (!target.postgres)
        QVERIFY(QDir().mkpath(QFileInfo(target.inspectUrl).absolutePath()));
    {
        Db db(target.inspectUrl);
        QString error;
        QVERIFY2(db.exec(QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY)"), &error), qPrintable(error));
    }
    const QStringList before = snapshot(target);
    QVERIFY2(!before.join(QLatin1Char('\n')).contains(QStringLiteral("strata_migrations")), qPrintable(before.join(QLatin1Char('\n'))));
    const QString block = QStringLiteral("strata: error: @adopt/base:001_deals failed at statement 1 "
                                         "(packages/base/migrations/001_deals.sql:2)\n"
                                         "  statement:\n"
                                         "    CREATE TABLE deals (id INTEGER PRIMARY KEY)\n"
                                         "  database: %1\n"
                                         "  The failed migration left no trace.\n"
                                         "  help: The database already has objects that this migration creates. If "
                                         "another tool created them, check with 'strata diff --database URL' and "
                                         "record the migrations as applied with 'strata baseline'.\n")
                              .arg(databaseMessage);

    CliResult r = strata(target, root, {QStringLiteral("migrate")});
    STRATA_CHECK_RUN(r, 1);
    QCOMPARE(QString::fromUtf8(r.err), block);
    QCOMPARE(snapshot(target), before);

    r = strata(target, root, {QStringLiteral("migrate")}, true);
    STRATA_CHECK_RUN(r, 1);
    QString error;
    const QJsonObject run = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject failure = run.value(QStringLiteral("failure")).toObject();
    QCOMPARE(Strata::DatabaseMessage::parse(failure.value(QStringLiteral("error")).toString()).oneLine(), databaseMessage);
    QCOMPARE(failure.value(QStringLiteral("sqlState")).toString(), target.postgres ? QStringLiteral("42P07") : QString());
    QVERIFY2(failure.value(QStringLiteral("help")).toString().contains(QStringLiteral("'strata baseline'")),
             qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(r.err), block);
    QCOMPARE(snapshot(target), before);
}

// 4. Two runners at once, made certain to collide: the test holds the runners' lock itself until
// both runners are waiting for it, then lets go. Every migration must be applied exactly once and
// both runners must succeed.
// - SQLite: the lock is taken per migration (BEGIN IMMEDIATE), after planning. Both runners plan
//   all five migrations while the test holds the write lock, so each migration is applied by one
//   runner and found "already done" by the other: five of each, on every run.
// - PostgreSQL: the lock (an advisory lock) is held for a whole run and planning comes after it.
//   Both runners wait on it; one applies all five, the other then plans none.
inline void concurrentRunners(const QString &root, const Target &target)
{
    Db gate(target.inspectUrl);
    QVERIFY2(gate.isOpen(), qPrintable(gate.openError()));
    QString error;
    if (target.postgres) {
        QVERIFY2(gate.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationAdvisoryLockKey), &error), qPrintable(error));
    } else {
        // The history table exists already, made by core's own code, as on a database that ran
        // migrations before: planning only reads it, and each runner writes only under the lock.
        {
            const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:") + target.inspectUrl, root);
            QVERIFY_RESULT(url);
            Connection connection(*url);
            QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
            History history(connection);
            QVERIFY_RESULT(history.ensureTable());
        }
        // RESERVED: readers (planning) go on, writers (BEGIN IMMEDIATE) wait.
        QVERIFY2(gate.exec(QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
    }

    CliProcess first;
    CliProcess second;
    startStrata(first, target, root, {QStringLiteral("migrate")});
    startStrata(second, target, root, {QStringLiteral("migrate")});
    QVERIFY(first.waitForStarted() && second.waitForStarted());
    const QString what = QStringLiteral("both runners waiting for the lock");
    if (target.postgres) {
        // Both are connected and polling for the lock (the last query of each session says so).
        QVERIFY2(pollUntil([&] {
                     return gate.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                                      "AND query LIKE 'SELECT pg_try_advisory_lock(%' AND pid <> pg_backend_pid()"))
                         >= 2;
                 }, 60000),
                 qPrintable(what + QStringLiteral(": never happened\n") + first.transcript() + second.transcript()));
    } else {
        // Both have planned every migration ("Migrating ...: 5 ..."), and wait for the write lock.
        const auto plannedAll = [](const QString &line) {
            return QRegularExpression(QStringLiteral("^Migrating .*: 5\\b")).match(line).hasMatch();
        };
        QVERIFY2(!first.waitForLine(plannedAll, 60000).isNull(), qPrintable(what + QStringLiteral("\n") + first.transcript()));
        QVERIFY2(!second.waitForLine(plannedAll, 60000).isNull(), qPrintable(what + QStringLiteral("\n") + second.transcript()));
    }
    QVERIFY2(first.process().state() == QProcess::Running && second.process().state() == QProcess::Running,
             qPrintable(QStringLiteral("a runner ended while the lock was held:\n") + first.transcript() + second.transcript()));
    if (target.postgres)
        QVERIFY2(gate.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationAdvisoryLockKey), &error), qPrintable(error));
    else
        QVERIFY2(gate.exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));

    const CliResult a = finishStrata(first, target, QStringLiteral("first runner"));
    const CliResult b = finishStrata(second, target, QStringLiteral("second runner"));
    const QString both = describe(a) + QStringLiteral("\n=== second\n") + describe(b);
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(both));
    const QRegularExpression done(QStringLiteral("(?m)^  done in \\d+ ms$"));
    const auto doneIn = [&done](const QByteArray &out) {
        int count = 0;
        for (auto it = done.globalMatch(QString::fromUtf8(out)); it.hasNext(); it.next())
            ++count;
        return count;
    };
    const int appliedByFirst = doneIn(a.out);
    const int appliedBySecond = doneIn(b.out);
    const int alreadyDone = countOf(a.out + b.out, "already done by another runner");
    qInfo("runner 1 applied %d, runner 2 applied %d, %d found already done by the other", appliedByFirst,
          appliedBySecond, alreadyDone);
    QVERIFY2(appliedByFirst + appliedBySecond == 5, qPrintable(both));
    if (target.postgres) {
        // One run after the other: one applied everything, the other planned nothing.
        QVERIFY2((appliedByFirst == 5) != (appliedBySecond == 5), qPrintable(both));
        QCOMPARE(alreadyDone, 0);
    } else {
        // Each runner went through all five: what one applied, the other found done under the lock.
        QVERIFY2(alreadyDone == 5, qPrintable(both));
    }

    Db db(target.inspectUrl);
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM strata_migrations")), qint64(5));
    QCOMPARE(db.count(QStringLiteral("SELECT count(DISTINCT package || ':' || migration_id) FROM strata_migrations")), qint64(5));
    QCOMPARE(db.count(QStringLiteral("SELECT count(DISTINCT ordinal) FROM strata_migrations")), qint64(5));
    QStringList logged = db.column(QStringLiteral("SELECT migration FROM race_log ORDER BY migration"));
    QStringList expected = raceMigrationNames();
    std::sort(expected.begin(), expected.end());
    QCOMPARE(logged, expected);
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM race_t%1").arg(i)), qint64(1));
}

// 5. A second runner gives up after --lock-timeout while the first holds the lock.
inline void lockTimeout(const QString &root, const Target &target)
{
    CliProcess holder;
    startStrata(holder, target, root, {QStringLiteral("migrate")});
    const QString line = holder.waitForLine(
        [](const QString &l) { return QRegularExpression(QStringLiteral("^\\s+1  line \\d+")).match(l).hasMatch(); }, 60000);
    QVERIFY2(!line.isNull(), qPrintable(holder.transcript()));

    CliProcess waiter;
    startStrata(waiter, target, root, {QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("1")});
    const CliResult r = finishStrata(waiter, target, QStringLiteral("waiting runner"), 30000);
    const qint64 waited = waiter.elapsedMs();
    QVERIFY2(holder.process().state() != QProcess::NotRunning,
             qPrintable(QStringLiteral("the first runner ended before the second gave up; nothing was tested\n")
                        + holder.transcript()));
    STRATA_CHECK_RUN(r, 1);
    QVERIFY2(r.err.contains("another migration runner holds the lock"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("--lock-timeout"), qPrintable(describe(r)));
    QVERIFY2(waited < 6000, qPrintable(QStringLiteral("gave up after %1 ms").arg(waited)));
    QVERIFY2(!r.out.contains("done in"), qPrintable(describe(r)));

    const CliResult h = finishStrata(holder, target, QStringLiteral("holding runner"));
    STRATA_CHECK_RUN(h, 0);
    Db db(target.inspectUrl);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM lock_hold")), qint64(1));
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM strata_migrations")), qint64(1));
}

// 6. A runner killed (SIGKILL) inside the long statement of 002_long: no lock stays behind, nothing
// of the killed migration remains, and the next run applies it cleanly.
inline void killedRunner(const QString &root, const Target &target)
{
    QVERIFY(writeKillProject(root, target));
    CliResult r = strata(target, root, {QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("@kill/base:001_knobs")});
    STRATA_CHECK_RUN(r, 0);
    const QStringList before = snapshot(target);
    const QString dbFile = target.inspectUrl;
    const qint64 sizeBefore = target.postgres ? 0 : QFileInfo(dbFile).size();

    CliProcess victim;
    startStrata(victim, target, root, {QStringLiteral("migrate")});
    // Statement 3 (CREATE TABLE kill_big) done: the long statement 4 starts now.
    QVERIFY2(!victim.waitForLine([](const QString &l) {
                        return QRegularExpression(QStringLiteral("^\\s+3  line \\d+\\s+CREATE TABLE kill_big")).match(l).hasMatch();
                    }, 60000).isNull(),
             qPrintable(victim.transcript()));
    // Make sure it is inside the long statement, by what the database shows rather than by time.
    if (target.postgres) {
        Db db(target.inspectUrl);
        QVERIFY2(pollUntil([&] {
                     return db.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                                    "AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()"))
                         > 0;
                 }, 20000),
                 qPrintable(victim.transcript()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND granted")), qint64(1));
    } else {
        // Pages spill into the file once the insert outgrows the page cache.
        QVERIFY2(pollUntil([&] { return QFileInfo(dbFile).size() > sizeBefore + 4 * 1024 * 1024; }, 30000, 10),
                 qPrintable(victim.transcript()));
    }
    QVERIFY2(victim.process().state() == QProcess::Running, qPrintable(victim.transcript()));
    victim.process().kill(); // SIGKILL
    QVERIFY(victim.process().waitForFinished(10000));
    QCOMPARE(victim.process().exitStatus(), QProcess::CrashExit);
    const QString transcript = victim.transcript();
    checkNoSecret(target, transcript.toUtf8(), QStringLiteral("killed runner"));
    QVERIFY2(!transcript.contains(QStringLiteral("  4  line")), qPrintable(transcript));

    if (target.postgres) {
        // The server notices the dead client (client_connection_check_interval) and ends its
        // session: the advisory lock goes with it.
        Db db(target.inspectUrl);
        QVERIFY2(pollUntil([&] {
                     return db.count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) == 0;
                 }, 15000),
                 "the killed runner's advisory lock is still held");
        QVERIFY(pollUntil([&] {
            return db.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND pid <> pg_backend_pid()")) == 0;
        }, 15000));
        QCOMPARE(snapshot(target), before);
        QString error;
        QVERIFY2(db.exec(QStringLiteral("UPDATE strata_test_knobs SET value = 0 WHERE name = 'sleep'"), &error), qPrintable(error));
    } else {
        // Killed inside its write transaction: the file has a hot journal, which the next
        // reader rolls back.
        QVERIFY2(QFileInfo::exists(dbFile + QStringLiteral("-journal")), "no journal: the kill was not inside the transaction");
    }

    // The next run: no lock to wait for, the killed migration pending and applied from scratch
    // (its CREATE TABLE kill_marker would fail if the first attempt had left the table).
    QElapsedTimer timer;
    timer.start();
    r = strata(target, root, {QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("5")});
    STRATA_CHECK_RUN(r, 0);
    QVERIFY2(r.out.contains("Migrating ") && r.out.contains(": 1 pending\n"), qPrintable(describe(r)));
    QCOMPARE(checkTextRun(r.out), QStringList{QStringLiteral("@kill/base:002_long")});
    QVERIFY2(!r.out.contains("already done"), qPrintable(describe(r)));
    Db db(target.inspectUrl);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM kill_marker")), qint64(1));
    QVERIFY(db.hasTable(QStringLiteral("kill_after")));
    QCOMPARE(historyIds(target), (QStringList{QStringLiteral("@kill/base:001_knobs"), QStringLiteral("@kill/base:002_long")}));
    if (target.postgres)
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")), qint64(0));
    else
        QVERIFY(!QFileInfo::exists(dbFile + QStringLiteral("-journal")));
}

} // namespace Strata::Test::Migrate
