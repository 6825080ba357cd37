#include "migrations/RunDialog.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/MigrationQueries.h>
#include <strata/migration/RunText.h>
#include "migrations/MigrationConnection.h"
#include "migrations/MigrationStatusTracker.h"
#include "migrations/SqlView.h"
#include "models/ProblemsModel.h"
#include <strata/registry/Registry.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

namespace {

QString firstLine(const QString &sql)
{
    const QString line = sql.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > 90 ? line.left(87) + QStringLiteral("...") : line;
}

} // namespace

RunDialog::RunDialog(Registry *registry, MigrationConnection *connection, PlanDirection direction, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_connection(connection), m_direction(direction),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_preview(new SqlView(this)), m_current(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_log(new QPlainTextEdit(this)), m_failure(new QLabel(this))
{
    const bool up = direction == PlanDirection::Up;
    setWindowTitle(up ? tr("Run Migrations") : tr("Roll Back Migrations"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setText((up ? tr("Apply the pending migrations to %1") : tr("Roll back migrations on %1"))
                         .arg(connection ? connection->display() : QString()));
    m_title->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);

    if (!up) {
        m_rollbackBox = new QWidget(this);
        auto *row = new QHBoxLayout(m_rollbackBox);
        row->setContentsMargins(0, 0, 0, 0);
        m_byStepsButton = new QRadioButton(tr("The &last"), m_rollbackBox);
        m_stepsBox = new QSpinBox(m_rollbackBox);
        m_stepsBox->setRange(1, 100000);
        m_stepsBox->setValue(m_steps);
        m_stepsBox->setAccessibleName(tr("Number of migrations to roll back"));
        auto *stepsLabel = new QLabel(tr("applied migration(s)"), m_rollbackBox);
        m_toTargetButton = new QRadioButton(tr("&Everything applied after"), m_rollbackBox);
        m_targetBox = new QComboBox(m_rollbackBox);
        m_targetBox->setAccessibleName(tr("Migration that stays applied"));
        m_targetBox->setMinimumContentsLength(28);
        m_byStepsButton->setChecked(true);
        row->addWidget(m_byStepsButton);
        row->addWidget(m_stepsBox);
        row->addWidget(stepsLabel);
        row->addSpacing(16);
        row->addWidget(m_toTargetButton);
        row->addWidget(m_targetBox, 1);
        layout->addWidget(m_rollbackBox);
        connect(m_stepsBox, &QSpinBox::valueChanged, this, [this](int steps) {
            m_byStepsButton->setChecked(true);
            setRollbackSteps(steps);
        });
        connect(m_byStepsButton, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                setRollbackSteps(m_stepsBox->value());
        });
        const auto toTarget = [this] {
            if (m_toTargetButton->isChecked() && m_targetBox->currentIndex() >= 0)
                setRollbackTarget(m_targetBox->currentData().toString());
        };
        connect(m_toTargetButton, &QRadioButton::toggled, this, toTarget);
        connect(m_targetBox, &QComboBox::activated, this, [this, toTarget] {
            m_toTargetButton->setChecked(true);
            toTarget();
        });
    }

    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *progressPage = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_current);
    progressLayout->addWidget(m_progress);
    m_progress->setAccessibleName(tr("Migrations done"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Run log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    progressLayout->addWidget(m_log, 1);
    m_pages->addWidget(m_preview);
    m_pages->addWidget(progressPage);
    layout->addWidget(m_pages, 1);

    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #c0392b; border-radius: 3px; padding: 6px; }"));
    m_failure->setAccessibleName(tr("Failure"));
    m_failure->hide();
    layout->addWidget(m_failure);

    auto *buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(up ? tr("&Run") : tr("&Roll Back"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(tr("&Cancel Run"), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_runButton->setDefault(true);
    layout->addWidget(buttons);
    connect(m_runButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &RunDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &RunDialog::reject);

    connect(&m_planWatcher, &QFutureWatcher<Planned>::finished, this, &RunDialog::onPlanned);
    connect(&m_runner, &MigrationRunner::migrationStarted, this, &RunDialog::onMigrationStarted);
    connect(&m_runner, &MigrationRunner::statementFinished, this, &RunDialog::onStatementFinished);
    connect(&m_runner, &MigrationRunner::migrationFinished, this, &RunDialog::onMigrationFinished);
    connect(&m_runner, &MigrationRunner::finished, this, &RunDialog::onFinished);
    connect(&m_runner, &MigrationRunner::planned, this, [this](const Plan &plan) {
        int statements = 0;
        for (const PlannedMigration &migration : plan.migrations)
            statements += int(migration.statements.size());
        if (plan.migrations.size() != m_plan.migrations.size() || statements != m_script.statements.size())
            log(tr("The database changed since the preview: running %n migration(s) as planned now.", nullptr,
                   int(plan.migrations.size())));
    });
    resize(880, 640);
    setStage(Stage::Planning);
}

RunDialog::~RunDialog()
{
    m_planWatcher.waitForFinished();
}

void RunDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_prepared)
        preparePlan();
}

void RunDialog::reject()
{
    // Closing while the runner works would leave the user without its outcome.
    if (m_stage == Stage::Running) {
        cancelRun();
        return;
    }
    QDialog::reject();
}

void RunDialog::setRollbackSteps(int steps)
{
    m_steps = qMax(1, steps);
    m_target.reset();
    if (m_stepsBox && m_stepsBox->value() != m_steps) {
        const QSignalBlocker blocker(m_stepsBox);
        m_stepsBox->setValue(m_steps);
    }
    if (m_prepared)
        preparePlan();
}

void RunDialog::setRollbackTarget(const QString &target)
{
    m_target = target;
    if (m_toTargetButton && !m_toTargetButton->isChecked()) {
        const QSignalBlocker blocker(m_toTargetButton);
        m_toTargetButton->setChecked(true);
    }
    if (m_prepared)
        preparePlan();
}

RunRequest RunDialog::request() const
{
    RunRequest request;
    if (m_connection)
        request.url = m_connection->url();
    request.direction = m_direction;
    if (m_direction == PlanDirection::Down) {
        if (m_target)
            request.target = *m_target;
        else
            request.steps = m_steps;
    }
    request.lockTimeoutSeconds = 30;
    return request;
}

void RunDialog::preparePlan()
{
    m_prepared = true;
    if (m_stage == Stage::Running)
        return;
    if (m_planWatcher.isRunning()) {
        m_planAgain = true;
        return;
    }
    setStage(Stage::Planning);
    m_failure->hide();
    const QString unusable = !m_connection ? tr("No database is connected.") : m_connection->error();
    if (!m_registry || !unusable.isEmpty()) {
        m_planWatcher.setFuture(QtConcurrent::run([unusable] {
            Planned planned;
            planned.error = unusable;
            return planned;
        }));
        return;
    }
    m_summary->setText(tr("Reading the migration history…"));
    m_graph = MigrationGraph::build(*m_registry);
    const MigrationGraph graph = m_graph;
    const RunRequest runRequest = request();
    m_planWatcher.setFuture(QtConcurrent::run([graph, runRequest] {
        Planned planned;
        planned.plan.direction = runRequest.direction;
        // Looking must not create the default SQLite file; running will.
        const Result<QList<AppliedMigration>> history = readMigrationHistory(runRequest.url, HistoryReadOptions{false});
        if (!history) {
            planned.error = history.errorMessage();
            return planned;
        }
        planned.history = *history;
        Result<Plan> plan = planRequest(graph, runRequest, HistoryReadOptions{false});
        if (plan)
            planned.plan = std::move(plan).value();
        else
            planned.error = plan.errorMessage();
        return planned;
    }));
}

void RunDialog::onPlanned()
{
    if (m_planAgain) {
        m_planAgain = false;
        preparePlan();
        return;
    }
    const Planned planned = m_planWatcher.result();
    m_plan = planned.plan;
    m_planError = planned.error;
    m_script = m_planError.isEmpty() ? planScript(m_plan, m_registry ? m_registry->project().root : QString()) : PlanScript();
    m_preview->setScript(m_script);

    if (m_targetBox) {
        // Newest first: the natural reading for "back to".
        const QString current = m_target.value_or(QString());
        const QSignalBlocker blocker(m_targetBox);
        m_targetBox->clear();
        QList<AppliedMigration> rows = planned.history;
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.ordinal > b.ordinal; });
        for (const AppliedMigration &row : std::as_const(rows)) {
            const QString name = row.package + QLatin1Char(':') + row.id;
            m_targetBox->addItem(name, name);
        }
        m_targetBox->addItem(tr("(nothing: roll back everything)"), QString());
        const int index = m_target ? m_targetBox->findData(current) : -1;
        m_targetBox->setCurrentIndex(index < 0 ? 0 : index);
        m_stepsBox->setMaximum(qMax(1, int(rows.size())));
    }

    const bool up = m_direction == PlanDirection::Up;
    if (!m_planError.isEmpty()) {
        m_summary->setText(tr("<b>Nothing can run:</b> %1").arg(m_planError.toHtmlEscaped()));
    } else if (m_plan.migrations.isEmpty()) {
        m_summary->setText(up ? tr("Nothing to do: every migration is applied.") : tr("Nothing to roll back."));
    } else {
        QString text = (up ? tr("%n migration(s) will run", nullptr, int(m_plan.migrations.size()))
                           : tr("%n migration(s) will be rolled back", nullptr, int(m_plan.migrations.size())))
                           .toHtmlEscaped()
            + QStringLiteral(", ") + tr("%n statement(s)", nullptr, int(m_script.statements.size())).toHtmlEscaped();
        if (const int destructive = m_script.destructiveCount())
            text += QStringLiteral(" — <b style=\"color:#c0392b\">")
                + tr("%n destructive statement(s), highlighted below", nullptr, destructive).toHtmlEscaped()
                + QStringLiteral("</b>");
        m_summary->setText(text + QLatin1Char('.'));
    }
    setStage(Stage::Preview);
    Q_EMIT planReady();
}

bool RunDialog::confirm(Confirmation confirmation, const QString &text)
{
    if (m_confirm)
        return m_confirm(confirmation, text);
    if (confirmation == Confirmation::Destructive) {
        QMessageBox box(QMessageBox::Warning, tr("Destructive Statements"), text, QMessageBox::NoButton, this);
        QPushButton *go = box.addButton(tr("Destroy the Data and Run"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    }
    return QMessageBox::question(this, windowTitle(), text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool RunDialog::start()
{
    if (m_stage != Stage::Preview || !m_planError.isEmpty() || m_plan.migrations.isEmpty() || m_runner.isRunning())
        return false;
    const bool up = m_direction == PlanDirection::Up;
    const QString database = m_connection ? m_connection->display() : QString();
    const QString question = up ? tr("Apply %n migration(s) to %1?", nullptr, int(m_plan.migrations.size())).arg(database)
                                : tr("Roll back %n migration(s) on %1?", nullptr, int(m_plan.migrations.size())).arg(database);
    if (!confirm(Confirmation::Run, question))
        return false;
    if (m_script.destructiveCount() > 0) {
        QStringList lines;
        for (const PlanScript::Statement &statement : m_script.statements) {
            if (statement.destructive)
                lines.append(QStringLiteral("• %1:%2 — %3")
                                 .arg(statement.package, statement.migration,
                                      describeDestructiveChange(*statement.destructive)));
        }
        const QString warning =
            tr("The plan has %n destructive statement(s); the data they remove cannot be recovered:", nullptr,
               int(lines.size()))
            + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
            + tr("Run them on %1?").arg(database);
        if (!confirm(Confirmation::Destructive, warning))
            return false;
    }

    m_result.reset();
    m_log->clear();
    m_failure->hide();
    m_progress->setRange(0, int(m_plan.migrations.size()));
    m_progress->setValue(0);
    m_current->setText(tr("Starting…"));
    log(tr("%1 on %2").arg(up ? tr("Migrating") : tr("Rolling back"), database));
    setStage(Stage::Running);
    m_runner.start(m_graph, request());
    return true;
}

void RunDialog::cancelRun()
{
    if (m_stage != Stage::Running)
        return;
    m_runner.cancel();
    m_cancelButton->setEnabled(false);
    m_current->setText(tr("Cancelling after the current migration…"));
    log(tr("Cancel requested: stopping after the current migration."));
}

void RunDialog::onMigrationStarted(int index, int total, const QString &package, const QString &id)
{
    m_progress->setRange(0, total);
    m_progress->setValue(index);
    m_current->setText(tr("Migration %1 of %2: %3:%4").arg(index + 1).arg(total).arg(package, id));
    log(QStringLiteral("%1:%2").arg(package, id));
}

void RunDialog::onStatementFinished(int, const StatementReport &statement)
{
    log(QStringLiteral("  %1  ").arg(statement.number, 3) + tr("line %1").arg(statement.fileLine, -4)
        + QStringLiteral("  %1  ").arg(firstLine(statement.sql)) + tr("%1 ms").arg(statement.elapsedMs));
}

void RunDialog::onMigrationFinished(int index, const MigrationReport &report)
{
    m_progress->setValue(index + 1);
    if (report.alreadyDone)
        log(QStringLiteral("  ") + tr("already done by another runner"));
    else if (report.notExecuted)
        log(QStringLiteral("  ") + tr("not executed"));
    else
        log(QStringLiteral("  ") + tr("done in %1 ms").arg(report.elapsedMs));
    // A migration that now ran makes an earlier failure of it history.
    if (m_problems && index >= 0 && index < m_plan.migrations.size()) {
        const QString file = m_plan.migrations.at(index).node.migration.file;
        const QString package = report.package;
        m_problems->removeRuntimeDiagnostics([&](const Diagnostic &d) {
            return d.hasCode(FailureCode) && d.package == package && d.location.file == file;
        });
    }
}

void RunDialog::onFinished(const RunResult &result)
{
    m_result = result;
    const bool up = m_direction == PlanDirection::Up;
    int done = 0;
    qint64 total = 0;
    for (const MigrationReport &report : result.migrations) {
        done += report.alreadyDone || report.notExecuted ? 0 : 1;
        total += report.elapsedMs;
    }
    if (result.error) {
        m_current->setText(tr("The run could not start."));
        log(result.errorMessage());
        m_failure->setText(result.errorMessage().toHtmlEscaped());
        m_failure->show();
    } else if (result.failure) {
        done -= 1; // the failed one is in the list, and left no trace (or only its own statements)
        m_current->setText(tr("Failed at %1:%2.").arg(result.failure->package, result.failure->id));
        reportFailure(*result.failure, result);
    } else if (result.cancelled) {
        m_current->setText(tr("Cancelled after %n migration(s).", nullptr, done));
        log(m_current->text());
    } else {
        m_current->setText(up ? tr("Applied %n migration(s) in %1 ms.", nullptr, done).arg(total)
                              : tr("Rolled back %n migration(s) in %1 ms.", nullptr, done).arg(total));
        log(m_current->text());
    }
    setStage(Stage::Finished);
    if (m_tracker)
        m_tracker->refresh();
    Q_EMIT runFinished(result);
}

void RunDialog::reportFailure(const MigrationFailure &failure, const RunResult &result)
{
    const QString root = m_registry ? m_registry->project().root : QString();
    bool transactional = true;
    for (const PlannedMigration &planned : result.plan.migrations) {
        if (planned.node.package == failure.package && planned.node.migration.id == failure.id)
            transactional = !planned.node.migration.noTransaction;
    }
    const QString aftermath = transactional
        ? tr("The failed migration left no trace; the migrations before it stay %1.")
              .arg(m_direction == PlanDirection::Up ? tr("applied") : tr("rolled back"))
        : tr("The migration ran without a transaction: its statements before the failing one stay.");
    log(describeMigrationFailure(failure, root));
    // An object the migration creates exists already: say what to do about it, as `strata migrate` does.
    const QString help = migrationFailureHelp(failure);
    if (!help.isEmpty())
        log(help);

    const QString where = relativePath(failure.file, root);
    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Migration %1:%2 failed.").arg(failure.package, failure.id).toHtmlEscaped());
    if (failure.statementNumber > 0)
        html += tr("Statement %1, line %2 of %3").arg(failure.statementNumber).arg(failure.fileLine).arg(where.toHtmlEscaped())
            + QStringLiteral("<pre>%1</pre>").arg(failure.statement.trimmed().toHtmlEscaped());
    html += tr("The database says: %1").arg(failure.databaseError.toHtmlEscaped()) + QStringLiteral("<br>")
        + aftermath.toHtmlEscaped();
    if (!help.isEmpty())
        html += QStringLiteral("<br>") + help.toHtmlEscaped();
    m_failure->setText(html);
    m_failure->show();

    if (m_problems) {
        // One entry per migration: a new failure of it replaces the old one.
        m_problems->removeRuntimeDiagnostics([&](const Diagnostic &d) {
            return d.hasCode(FailureCode) && d.package == failure.package && d.location.file == failure.file;
        });
        const QString message = failure.statementNumber > 0
            ? tr("Migration %1 failed at statement %2: %3").arg(failure.id).arg(failure.statementNumber).arg(failure.databaseError)
            : tr("Migration %1 failed: %2").arg(failure.id, failure.databaseError);
        m_problems->addRuntimeDiagnostic(makeError(FailureCode, message,
                                                   SourceLocation{failure.file, failure.fileLine, failure.fileLine > 0 ? 1 : 0},
                                                   aftermath + QLatin1Char(' ')
                                                       + (help.isEmpty() ? tr("Fix it and run the migrations again.") : help),
                                                   failure.package));
    }
}

void RunDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool running = stage == Stage::Running;
    m_runButton->setEnabled(stage == Stage::Preview && m_planError.isEmpty() && !m_plan.migrations.isEmpty());
    m_runButton->setVisible(stage == Stage::Planning || stage == Stage::Preview);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_closeButton->setEnabled(!running);
    if (m_rollbackBox)
        m_rollbackBox->setEnabled(stage == Stage::Preview);
    m_pages->setCurrentIndex(stage == Stage::Running || stage == Stage::Finished ? 1 : 0);
}

void RunDialog::log(const QString &line)
{
    m_log->appendPlainText(line);
}

QString RunDialog::failureText() const
{
    return m_failure->isVisible() || !m_failure->isHidden() ? m_failure->text() : QString();
}

QString RunDialog::logText() const
{
    return m_log->toPlainText();
}

} // namespace Strata::Ui
