// core/testing's PackageTester as the workbench will drive it: results as values, progress before
// each package, cancel between runs; fixtures whose `-- strata:after` names no migration, or that
// do not load, fail their package at the line.

#include "TestSupport.h"

#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include <strata/testing/PackageTester.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Test;

namespace {

PackageTestOptions sqlite()
{
    PackageTestOptions options;
    options.server.dialect = DialectKind::SQLite;
    return options;
}

} // namespace

class TestPackageTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesPassEveryStep()
    {
        Registry registry;
        QVERIFY(discoverAndRegister(examplesDir(), registry) == 5);
        PackageTester tester(registry, sqlite());
        QList<int> indexes;
        QStringList names;
        tester.setProgress([&](int index, int total, const QString &package) {
            QCOMPARE(total, 5);
            indexes.append(index);
            names.append(package);
        });
        const PackageTestRun run = tester.run();
        QVERIFY(run.passed());
        QCOMPARE(indexes, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(names, registry.packageNames());
        for (const PackageTestResult &result : run.packages) {
            QCOMPARE(result.steps.size(), 5);
            for (const PackageTestStep &step : result.steps)
                QVERIFY2(step.outcome == PackageTestOutcome::Passed,
                         qPrintable(result.package + QLatin1Char(' ') + packageTestStepName(step.kind)));
        }
    }

    void cancelStopsBetweenPackages()
    {
        Registry registry;
        QVERIFY(discoverAndRegister(examplesDir(), registry) == 5);
        PackageTester tester(registry, sqlite());
        tester.setProgress([&](int index, int, const QString &) {
            if (index == 1)
                tester.cancel(); // while the second package starts: its first run does not happen
        });
        const PackageTestRun run = tester.run();
        QVERIFY(run.cancelled);
        QVERIFY(!run.passed());
        QCOMPARE(run.packages.size(), 2);
        QVERIFY(run.packages.at(0).passed());
        const PackageTestResult &second = run.packages.at(1);
        for (const PackageTestStep &step : second.steps)
            QCOMPARE(step.outcome, PackageTestOutcome::Skipped);
    }

    void badFixtures_data()
    {
        QTest::addColumn<QByteArray>("fixture");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown migration") << QByteArray("-- rows\n-- strata:after 009_none\nSELECT 1;\n") << 2
                                           << QStringLiteral("no migration 009_none in package @t/base");
        QTest::newRow("does not load") << QByteArray("INSERT INTO accounts (id, name) VALUES (5, 'x');\n\n"
                                                     "INSERT INTO no_such_table VALUES (1);\n")
                                       << 3 << QStringLiteral("the fixture does not load");
    }

    void badFixtures()
    {
        QFETCH(QByteArray, fixture);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(copyTree(testDataDir() + QStringLiteral("/pkgtest"), dir.path()));
        const QString file = dir.filePath(QStringLiteral("packages/base/tests/accounts.sql"));
        QVERIFY(QFile::remove(file));
        QVERIFY(writeFile(file, fixture));
        Registry registry;
        QVERIFY(discoverAndRegister(dir.path(), registry) > 0);
        PackageTester tester(registry, sqlite());
        const PackageTestResult result = tester.test(QStringLiteral("@t/base"));
        QVERIFY(!result.passed());
        const PackageTestStep *step = result.step(PackageTestStepKind::Fixtures);
        QVERIFY(step);
        QCOMPARE(step->outcome, PackageTestOutcome::Failed);
        QCOMPARE(step->messages.size(), 1);
        QVERIFY2(step->messages.at(0).text.contains(message), qPrintable(step->messages.at(0).text));
        QCOMPARE(step->messages.at(0).location.file, file);
        QCOMPARE(step->messages.at(0).location.line, line);
    }
};

QTEST_GUILESS_MAIN(TestPackageTester)
#include "tst_packagetester.moc"
