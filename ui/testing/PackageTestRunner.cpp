#include "testing/PackageTestRunner.h"

#include "models/ProblemsModel.h"

#include <strata/common/DiagnosticCodes.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/registry/Registry.h>
#include <strata/testing/PackageTester.h>

#include <QProgressDialog>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Strata::Ui {

namespace {

const QString FindingCode = diagnosticCodeString(DiagnosticCode::PackageTestFailed);

} // namespace

PackageTestRunner::PackageTestRunner(Registry *registry, ProblemsModel *problems, QWidget *window)
    : QObject(window), m_registry(registry), m_problems(problems), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<PackageTestRun>::finished, this, &PackageTestRunner::onFinished);
}

PackageTestRunner::~PackageTestRunner()
{
    // The worker holds the tester; stop it between two runs and wait, so nothing outlives the window.
    if (m_tester)
        m_tester->cancel();
    m_watcher.waitForFinished();
}

void PackageTestRunner::start(const QStringList &packages)
{
    if (isRunning() || m_registry->isEmpty())
        return;
    PackageTestOptions options;
    options.server.dialect = m_registry->project().dialect;
    // As `strata test` without --database: SQLite files, or the server of the project's PostgreSQL database.
    if (options.server.dialect == DialectKind::PostgreSQL) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(m_registry->project().databaseUrl(), m_registry->project().root);
        if (!url || url->dialect != DialectKind::PostgreSQL) {
            Q_EMIT message(tr("Cannot test the packages: the project names no PostgreSQL server (\"database\" in "
                              "strata.json)"),
                           10000);
            return;
        }
        url->resolvePassword();
        options.server = *url;
    }
    m_packages = packages.isEmpty() ? m_registry->packageNames() : packages;
    m_tester = std::make_shared<PackageTester>(*m_registry, options); // copies what it reads: safe on the worker

    m_progress = new QProgressDialog(tr("Testing the packages…"), tr("Cancel"), 0, int(m_packages.size()), m_window);
    m_progress->setWindowTitle(m_packages.size() == 1 ? tr("Test Package") : tr("Test All Packages"));
    m_progress->setObjectName(QStringLiteral("packageTestProgress"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    const std::weak_ptr<PackageTester> weak = m_tester;
    connect(m_progress, &QProgressDialog::canceled, this, [weak] {
        if (const std::shared_ptr<PackageTester> tester = weak.lock())
            tester->cancel();
    });
    m_tester->setProgress([this](int index, int total, const QString &package) {
        QMetaObject::invokeMethod(this, [this, index, total, package] { onProgress(index, total, package); },
                                  Qt::QueuedConnection);
    });
    const std::shared_ptr<PackageTester> tester = m_tester;
    const QStringList names = packages;
    m_watcher.setFuture(QtConcurrent::run([tester, names] { return tester->run(names); }));
    Q_EMIT runningChanged(true);
}

void PackageTestRunner::onProgress(int index, int total, const QString &package)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(index);
    m_progress->setLabelText(tr("Testing %1 (%2 of %3)…").arg(package).arg(index + 1).arg(total));
}

void PackageTestRunner::onFinished()
{
    const PackageTestRun run = m_watcher.result();
    m_tester.reset();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    // The packages tested now lose their earlier findings; the others keep theirs.
    const QStringList tested = m_packages;
    m_problems->removeRuntimeDiagnostics(
        [&](const Diagnostic &d) { return d.code == FindingCode && tested.contains(d.package); });
    int failed = 0;
    for (const PackageTestResult &result : run.packages) {
        if (!result.passed())
            ++failed;
        // The same difference found again after the round trip (schema-again) is listed once.
        QSet<QString> listed;
        for (const PackageTestStep &step : result.steps) {
            if (step.outcome != PackageTestOutcome::Failed)
                continue;
            for (const PackageTestMessage &text : step.messages) {
                const QString key = u"%1:%2:%3:%4"_s.arg(text.location.file).arg(text.location.line).arg(text.location.column).arg(text.text);
                if (listed.contains(key))
                    continue;
                listed.insert(key);
                m_problems->addRuntimeDiagnostic(makeError(
                    DiagnosticCode::PackageTestFailed,
                    tr("%1: %2").arg(packageTestStepTitle(step.kind), text.text), text.location,
                    tr("Run `strata test %1` for the whole report; fix the migration or the declaration it names")
                        .arg(result.package),
                    result.package));
            }
        }
    }
    const int total = int(run.packages.size());
    QString summary;
    if (!run.error.isEmpty())
        summary = tr("Cannot test the packages: %1").arg(run.error);
    else if (run.cancelled)
        summary = tr("Testing cancelled after %n package(s)", nullptr, total);
    else if (failed == 0)
        summary = tr("%n package(s) tested: all passed", nullptr, total);
    else
        summary = tr("%n package(s) tested: %1 failed (see Problems)", nullptr, total).arg(failed);
    Q_EMIT message(summary, 15000);
    Q_EMIT runningChanged(false);
    Q_EMIT finished(run);
}

} // namespace Strata::Ui
