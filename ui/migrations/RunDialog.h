#pragma once

#include <strata/migration/MigrationRunner.h>
#include "migrations/PlanScript.h"
#include <strata/registry/MigrationGraph.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class MigrationConnection;
class MigrationStatusTracker;
class ProblemsModel;
class SqlView;

// Runs migrations (or rolls them back) on the connected database: the plan first, as SQL, then a
// confirmation (a second one when the plan destroys data), then progress migration by migration
// with a log of statements and timings, cancellable between migrations. The run happens on the
// runner's worker thread (MigrationRunner::start). A failure is shown with package, migration,
// statement, line, SQL and the database's message, and handed to the ProblemsModel.
//
// The flow is a public step API so that tests drive it without modal loops: preparePlan(), then
// start() (which asks the confirm function), then the runFinished signal.
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Planning, Preview, Running, Finished };
    enum class Confirmation { Run, Destructive };
    // Asked before running; `text` says what will happen. Return true to go on.
    using ConfirmFunction = std::function<bool(Confirmation confirmation, const QString &text)>;
    static constexpr DiagnosticCode FailureCode = DiagnosticCode::MigrationFailed;

    RunDialog(Registry *registry, MigrationConnection *connection, PlanDirection direction, QWidget *parent = nullptr);
    ~RunDialog() override;

    void setProblemsModel(ProblemsModel *problems) { m_problems = problems; }
    // Refreshed after every run.
    void setStatusTracker(MigrationStatusTracker *tracker) { m_tracker = tracker; }
    // Replaces the message boxes (tests, scripted use).
    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }

    PlanDirection direction() const { return m_direction; }
    // Rollback: the last `steps` applied migrations (default 1), or everything applied after
    // `target` ("package:id", which stays applied; empty: everything). Re-plans.
    void setRollbackSteps(int steps);
    void setRollbackTarget(const QString &target);

    // Reads the history and plans on a worker thread; planReady() follows. Called on show too.
    void preparePlan();
    Stage stage() const { return m_stage; }
    const Plan &plan() const { return m_plan; }
    const PlanScript &previewScript() const { return m_script; }
    QString planError() const { return m_planError; }

    // Asks for confirmation and starts the run; false when there is nothing to run or the user
    // said no. runFinished() follows a true.
    bool start();
    // Stops before the next migration; the one running finishes first.
    void cancelRun();

    MigrationRunner *runner() { return &m_runner; }
    const std::optional<RunResult> &result() const { return m_result; }
    QString failureText() const;
    QString logText() const;
    QProgressBar *progressBar() const { return m_progress; }
    SqlView *preview() const { return m_preview; }

Q_SIGNALS:
    void planReady();
    void runFinished(const Strata::RunResult &result);

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    struct Planned
    {
        Plan plan;
        QString error; // why nothing can run; empty when `plan` is one
        QList<AppliedMigration> history;
    };
    RunRequest request() const;
    void onPlanned();
    void onMigrationStarted(int index, int total, const QString &package, const QString &id);
    void onStatementFinished(int index, const StatementReport &statement);
    void onMigrationFinished(int index, const MigrationReport &report);
    void onFinished(const RunResult &result);
    void reportFailure(const MigrationFailure &failure, const RunResult &result);
    bool confirm(Confirmation confirmation, const QString &text);
    void setStage(Stage stage);
    void log(const QString &line);

    QPointer<Registry> m_registry;
    QPointer<MigrationConnection> m_connection;
    QPointer<ProblemsModel> m_problems;
    QPointer<MigrationStatusTracker> m_tracker;
    ConfirmFunction m_confirm;
    PlanDirection m_direction;
    int m_steps = 1;
    std::optional<QString> m_target; // set: roll back to it instead of by steps
    Stage m_stage = Stage::Planning;
    MigrationGraph m_graph;
    Plan m_plan;
    QString m_planError; // why nothing can run (translated); empty when m_plan can
    PlanScript m_script;
    QFutureWatcher<Planned> m_planWatcher;
    bool m_planAgain = false;
    MigrationRunner m_runner;
    std::optional<RunResult> m_result;
    bool m_prepared = false;

    QLabel *m_title;
    QWidget *m_rollbackBox = nullptr;
    QRadioButton *m_byStepsButton = nullptr;
    QRadioButton *m_toTargetButton = nullptr;
    QSpinBox *m_stepsBox = nullptr;
    QComboBox *m_targetBox = nullptr;
    QLabel *m_summary;
    QStackedWidget *m_pages;
    SqlView *m_preview;
    QLabel *m_current;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_failure;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

} // namespace Strata::Ui
