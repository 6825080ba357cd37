// The migration commands end to end on SQLite, through the real `strata` binary: status, plan,
// migrate, rollback and repair on a copy of the examples (text and JSON), edited and deleted
// migrations, a failing migration, two runners at once, a runner waiting for the lock, and a
// runner killed in the middle of a migration. The same scenarios run on PostgreSQL in
// tst_pg_cli_migrate.cpp (see MigrateTestProject.h).

#include "MigrateTestProject.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Migrate;

class TestCliMigrate : public QObject
{
    Q_OBJECT

private:
    // The project's default database, .strata/strata.db, unless `databaseArg` names another.
    static Target sqliteTarget(const QString &root, const QString &databaseArg = {})
    {
        Target target;
        target.databaseArg = databaseArg;
        target.inspectUrl = databaseArg.isEmpty() ? QString(root + QStringLiteral("/.strata/strata.db"))
                                                  : QString(root + QLatin1Char('/') + databaseArg.mid(7));
        return target;
    }

    static QString copyExamples(const QTemporaryDir &dir)
    {
        return Strata::Test::copyExamples(dir.path() + QStringLiteral("/examples"));
    }

private Q_SLOTS:
    void examplesLifecycle()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir);
        QVERIFY(!root.isEmpty());
        Migrate::examplesLifecycle(root, sqliteTarget(root));
    }

    void rollbackPlanCountsRows()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir);
        QVERIFY(!root.isEmpty());
        Migrate::rollbackPlanCountsRows(root, sqliteTarget(root));
    }

    void editedAndDeletedMigrations()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir);
        QVERIFY(!root.isEmpty());
        Migrate::editedAndDeletedMigrations(root, sqliteTarget(root));
    }

    void failingMigration()
    {
        QTemporaryDir dir;
        Migrate::failingMigration(dir.path(), sqliteTarget(dir.path()), QStringLiteral("no such table: no_such_table"));
    }

    void alreadyExists()
    {
        QTemporaryDir dir;
        Migrate::alreadyExists(dir.path(), sqliteTarget(dir.path()), QStringLiteral("table deals already exists"));
    }

    // Two runners on one SQLite file, made to collide (the scenario holds the lock until both wait).
    void concurrentRunners_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 0; round < 3; ++round)
            QTest::addRow("round %d", round) << round;
    }

    void concurrentRunners()
    {
        QFETCH(int, round);
        QTemporaryDir dir;
        QVERIFY(writeRaceProject(dir.path(), sqliteTarget(dir.path()), 50));
        Migrate::concurrentRunners(dir.path(), sqliteTarget(dir.path(), QStringLiteral("sqlite:race-%1.db").arg(round)));
    }

    void lockTimeout_data()
    {
        QTest::addColumn<int>("writeRows");
        QTest::newRow("reading holder (RESERVED lock)") << 0;
        QTest::newRow("writing holder (EXCLUSIVE lock)") << 1000000;
    }

    void lockTimeout()
    {
        QFETCH(int, writeRows);
        QTemporaryDir dir;
        const Target target = sqliteTarget(dir.path());
        QVERIFY(writeLockProject(dir.path(), target, 5000, writeRows));
        Migrate::lockTimeout(dir.path(), target);
    }

    void killedRunner()
    {
        QTemporaryDir dir;
        Migrate::killedRunner(dir.path(), sqliteTarget(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
