#pragma once

#include <strata/testing/PackageTestResult.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QProgressDialog;
class QWidget;

namespace Strata {
class PackageTester;
class Registry;
}

namespace Strata::Ui {

class ProblemsModel;

// "Test Package" and "Test All Packages": the checks of `strata test` (core's PackageTester: each
// package migrated into a scratch database of its own, compared with its declaration, rolled back and
// migrated again) run off the GUI thread, with a progress dialog that can cancel between two runs.
// Each failure becomes a finding in the Problems list at its place (package-test-failed), so that
// choosing it selects its table or opens its migration, and a summary goes to the status bar.
class PackageTestRunner : public QObject
{
    Q_OBJECT

public:
    PackageTestRunner(Registry *registry, ProblemsModel *problems, QWidget *window);
    ~PackageTestRunner() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Tests `packages` (empty: every package, in dependency order). Ignored while a run is going on.
    void start(const QStringList &packages);

Q_SIGNALS:
    void runningChanged(bool running);
    void message(const QString &text, int timeoutMs);
    void finished(const Strata::PackageTestRun &run);

private:
    void onFinished();
    void onProgress(int index, int total, const QString &package);

    Registry *m_registry;
    ProblemsModel *m_problems;
    QWidget *m_window;
    std::shared_ptr<PackageTester> m_tester;
    QFutureWatcher<PackageTestRun> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QStringList m_packages; // what the running test covers
};

} // namespace Strata::Ui
