// The workbench's Test Package and Test All Packages (ui/testing/PackageTestRunner): the checks of
// `strata test` off the GUI thread; each failure in the Problems list at its place, where choosing it
// selects its table; a summary for the status bar; a second run replaces the package's findings.
#include "TestSupport.h"

#include "models/ProblemsModel.h"
#include "project/DiagnosticTarget.h"
#include "testing/PackageTestRunner.h"

#include <strata/common/DiagnosticCodes.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Strata;

class TestPackageTestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aPassingPackageLeavesNoFinding();
    void aFailureIsAProblemThatSelectsItsTable();
    void aSecondRunReplacesThePackagesFindings();

private:
    // Starts a run of `packages` and waits for it; returns what it reported.
    PackageTestRun runTests(const QStringList &packages, QString *message);
    Diagnostics findings() const;

    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Ui::ProblemsModel> m_problems;
    Ui::PackageTestRunner *m_runner = nullptr;
};

void TestPackageTestRunner::init()
{
    m_window = std::make_unique<QWidget>();
    m_registry = std::make_unique<Registry>();
    QVERIFY(discoverAndRegister(Test::testDataDir() + u"/pkgtest"_s, *m_registry) > 0);
    m_problems = std::make_unique<Ui::ProblemsModel>(m_registry.get());
    m_runner = new Ui::PackageTestRunner(m_registry.get(), m_problems.get(), m_window.get());
}

void TestPackageTestRunner::cleanup()
{
    m_window.reset(); // the runner with it, having waited for its worker
    m_problems.reset();
    m_registry.reset();
}

PackageTestRun TestPackageTestRunner::runTests(const QStringList &packages, QString *message)
{
    PackageTestRun result;
    QSignalSpy messages(m_runner, &Ui::PackageTestRunner::message);
    bool done = false;
    connect(m_runner, &Ui::PackageTestRunner::finished, this, [&](const PackageTestRun &run) {
        result = run;
        done = true;
    });
    m_runner->start(packages);
    if (!m_runner->isRunning())
        qWarning("the run did not start");
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qWarning("the run did not finish");
    disconnect(m_runner, &Ui::PackageTestRunner::finished, this, nullptr);
    *message = messages.isEmpty() ? QString() : messages.last().at(0).toString();
    return result;
}

Diagnostics TestPackageTestRunner::findings() const
{
    Diagnostics found;
    for (const Diagnostic &d : m_problems->runtimeDiagnostics()) {
        if (d.code == diagnosticCodeString(DiagnosticCode::PackageTestFailed))
            found.append(d);
    }
    return found;
}

void TestPackageTestRunner::aPassingPackageLeavesNoFinding()
{
    QString message;
    const PackageTestRun run = runTests({u"@t/base"_s}, &message);
    QCOMPARE(run.packages.size(), 1);
    QVERIFY(run.passed());
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(findings().size(), 0);
    QVERIFY2(message.endsWith(u" tested: all passed"_s), qPrintable(message)); // (no translator: "package(s)")
}

void TestPackageTestRunner::aFailureIsAProblemThatSelectsItsTable()
{
    QString message;
    const PackageTestRun run = runTests({u"@t/forgotten"_s}, &message);
    QCOMPARE(run.packages.size(), 1);
    QVERIFY(!run.passed());
    QVERIFY2(message.endsWith(u" tested: 1 failed (see Problems)"_s), qPrintable(message));
    const Diagnostics found = findings();
    QCOMPARE(found.size(), 1);
    const Diagnostic &d = found.constFirst();
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.package, u"@t/forgotten"_s);
    QVERIFY2(d.message.contains(u"Table tags is declared but missing"_s), qPrintable(d.message));
    QVERIFY2(d.location.file.endsWith(u"/packages/forgotten/database.json"_s), qPrintable(d.location.file));
    QCOMPARE(d.location.line, 16);
    const Ui::SelectionTarget target = Ui::selectionTargetOf(*m_registry, d);
    QCOMPARE(int(target.kind), int(Ui::SelectionTarget::Kind::Table));
    QCOMPARE(target.table, u"tags"_s);
}

void TestPackageTestRunner::aSecondRunReplacesThePackagesFindings()
{
    QString message;
    runTests({u"@t/forgotten"_s}, &message);
    QCOMPARE(findings().size(), 1);
    runTests({u"@t/forgotten"_s}, &message);
    QCOMPARE(findings().size(), 1); // not two
    runTests({u"@t/base"_s}, &message); // another package's run leaves them alone
    QCOMPARE(findings().size(), 1);
}

QTEST_MAIN(TestPackageTestRunner)
#include "tst_packagetestrunner.moc"
