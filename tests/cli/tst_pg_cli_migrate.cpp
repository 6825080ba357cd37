// The migration commands end to end on the test suite's PostgreSQL server, through the real
// `strata` binary: the scenarios of tst_cli_migrate.cpp (MigrateTestProject.h) on a fresh database
// each, always given as a --database URL with a password, which no output may ever contain.
// The server runs with trust authentication, so any password is accepted.

#include "MigrateTestProject.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Strata::Test;
using namespace Strata::Test::Migrate;

namespace {

const QString Secret = QStringLiteral("Pw-s3cret-8841");

} // namespace

class TestPgCliMigrate : public QObject
{
    Q_OBJECT

private:
    // A new database; the CLI gets its URL with the password, the test's own connection without.
    static Target pgTarget(const QString &prefix)
    {
        QString error;
        const QString url = createPostgresDatabase(prefix, &error);
        if (url.isEmpty())
            qWarning("cannot create a PostgreSQL database: %s", qPrintable(error));
        Target target;
        target.postgres = true;
        target.inspectUrl = url;
        QUrl withPassword(url);
        withPassword.setPassword(Secret);
        target.databaseArg = withPassword.toString();
        target.secret = Secret;
        return target;
    }

    static QString copyExamples(const QTemporaryDir &dir)
    {
        return Strata::Test::copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!postgresUrl().isEmpty(), "no PostgreSQL test server: run through ctest (fixture postgres)");
    }

    void cleanup()
    {
        const QStringList found = leaks();
        leaks().clear();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the password was printed:\n") + found.join(QLatin1Char('\n'))));
    }

    void examplesLifecycle()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir);
        QVERIFY(!root.isEmpty());
        const Target target = pgTarget(QStringLiteral("cli_lifecycle"));
        QVERIFY(!target.inspectUrl.isEmpty());
        Migrate::examplesLifecycle(root, target);
        // The URL shown is the masked one.
        const CliResult r = strata(target, root, {QStringLiteral("status")});
        QVERIFY2(r.out.contains(":***@"), qPrintable(describe(r)));
    }

    void rollbackPlanCountsRows()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir);
        QVERIFY(!root.isEmpty());
        const Target target = pgTarget(QStringLiteral("cli_rows"));
        QVERIFY(!target.inspectUrl.isEmpty());
        Migrate::rollbackPlanCountsRows(root, target);
    }

    void editedAndDeletedMigrations()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir);
        QVERIFY(!root.isEmpty());
        const Target target = pgTarget(QStringLiteral("cli_edited"));
        QVERIFY(!target.inspectUrl.isEmpty());
        Migrate::editedAndDeletedMigrations(root, target);
    }

    void failingMigration()
    {
        QTemporaryDir dir;
        const Target target = pgTarget(QStringLiteral("cli_fail"));
        QVERIFY(!target.inspectUrl.isEmpty());
        Migrate::failingMigration(dir.path(), target,
                                  QStringLiteral("relation \"no_such_table\" does not exist (SQLSTATE 42P01)"));
    }

    void alreadyExists()
    {
        QTemporaryDir dir;
        const Target target = pgTarget(QStringLiteral("cli_exists"));
        QVERIFY(!target.inspectUrl.isEmpty());
        Migrate::alreadyExists(dir.path(), target, QStringLiteral("relation \"deals\" already exists (SQLSTATE 42P07)"));
    }

    void concurrentRunners()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 3; ++round) {
            const Target target = pgTarget(QStringLiteral("cli_race"));
            QVERIFY(!target.inspectUrl.isEmpty());
            if (round == 0)
                QVERIFY(writeRaceProject(dir.path(), target, 50));
            Migrate::concurrentRunners(dir.path(), target);
            if (QTest::currentTestFailed()) {
                qWarning("failed in round %d", round);
                return;
            }
        }
    }

    void lockTimeout()
    {
        QTemporaryDir dir;
        const Target target = pgTarget(QStringLiteral("cli_lock"));
        QVERIFY(!target.inspectUrl.isEmpty());
        QVERIFY(writeLockProject(dir.path(), target, 4000));
        Migrate::lockTimeout(dir.path(), target);
    }

    void killedRunner()
    {
        QTemporaryDir dir;
        const Target target = pgTarget(QStringLiteral("cli_kill"));
        QVERIFY(!target.inspectUrl.isEmpty());
        Migrate::killedRunner(dir.path(), target);
    }

    // Failures before any connection works print the URL too: masked, always.
    void passwordNeverPrinted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no server on the port") << QStringLiteral("postgresql://postgres:%1@127.0.0.1:1/nowhere") << 1;
        QTest::newRow("no such database") << QStringLiteral("{server}/strata_no_such_db") << 1;
        QTest::newRow("no host") << QStringLiteral("postgresql://postgres:%1@/nowhere") << 2;
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://root:%1@127.0.0.1/app") << 2;
        QTest::newRow("password in the query") << QStringLiteral("postgresql://postgres@127.0.0.1:1/db?password=%1") << 1;
    }

    void passwordNeverPrinted()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        if (url.startsWith(QStringLiteral("{server}"))) {
            const QUrl server(postgresUrl());
            url = QStringLiteral("postgresql://%1:%2@%3:%4%5")
                      .arg(server.userName(), Secret, server.host())
                      .arg(server.port(5432))
                      .arg(url.mid(8));
        } else {
            url = url.arg(Secret);
        }
        QVERIFY(url.contains(Secret));
        QTemporaryDir dir;
        Target target;
        target.postgres = true;
        QVERIFY(writeLockProject(dir.path(), target, 0));
        target.databaseArg = url;
        target.secret = Secret;
        for (const QString &command : {QStringLiteral("status"), QStringLiteral("plan"), QStringLiteral("migrate"),
                                       QStringLiteral("repair")}) {
            for (bool json : {false, true}) {
                const CliResult r = strata(target, dir.path(), {command}, json, 30000);
                QVERIFY2(r.exitCode == exitCode, qPrintable(command + QLatin1Char('\n') + describe(r)));
                QVERIFY2(!r.err.isEmpty(), qPrintable(describe(r)));
            }
        }
        const CliResult r = strata(target, dir.path(), {QStringLiteral("rollback"), QStringLiteral("--all")}, false, 30000);
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestPgCliMigrate)
#include "tst_pg_cli_migrate.moc"
