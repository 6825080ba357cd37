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
        const QString root = dir.path() + QStringLiteral("/examples");
        if (!copyTree(examplesDir(), root))
            return {};
        QDir(root + QStringLiteral("/.strata")).removeRecursively(); // a stray local database
        return root;
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

    // Two runners on one SQLite file, a few times over (each time a new file).
    void concurrentRunners()
    {
        QTemporaryDir dir;
        const Target probe = sqliteTarget(dir.path());
        QVERIFY(writeRaceProject(dir.path(), probe, 200));
        int overlapped = 0;
        for (int round = 0; round < 4; ++round) {
            const Target target = sqliteTarget(dir.path(), QStringLiteral("sqlite:race-%1.db").arg(round));
            int skipped = 0;
            Migrate::concurrentRunners(dir.path(), target, &skipped);
            if (QTest::currentTestFailed()) {
                qWarning("failed in round %d", round);
                return;
            }
            overlapped += skipped > 0 ? 1 : 0;
        }
        // Each runner plans before it takes the write lock, so a runner that lost the race skips
        // what the other applied meanwhile; if that never happened, the race was not run.
        QVERIFY2(overlapped > 0, "the two runners never overlapped: make the migrations slower");
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
