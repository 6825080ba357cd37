#include "migrations/SqlPreviewDialog.h"

#include <strata/migration/MigrationQueries.h>
#include "migrations/MigrationConnection.h"
#include "migrations/SqlView.h"
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

SqlPreviewDialog::SqlPreviewDialog(Registry *registry, MigrationConnection *connection, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_connection(connection), m_modeBox(new QComboBox(this)),
      m_packageBox(new QComboBox(this)), m_dialectBox(new QComboBox(this)), m_summary(new QLabel(this)),
      m_view(new SqlView(this))
{
    setWindowTitle(tr("Preview SQL"));
    if (registry)
        m_dialect = registry->project().dialect;

    m_modeBox->addItem(tr("Declared schema (DDL)"), int(Mode::Schema));
    m_modeBox->addItem(tr("Pending migrations"), int(Mode::PendingMigrations));
    m_modeBox->setAccessibleName(tr("What to show"));
    m_packageBox->setAccessibleName(tr("Package"));
    m_packageBox->setMinimumContentsLength(18);
    m_dialectBox->addItem(tr("SQLite"), int(DialectKind::SQLite));
    m_dialectBox->addItem(tr("PostgreSQL"), int(DialectKind::PostgreSQL));
    m_dialectBox->setAccessibleName(tr("Dialect"));
    m_dialectBox->setCurrentIndex(m_dialectBox->findData(int(m_dialect)));
    fillPackages();

    auto *choices = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_modeBox);
    auto *packageLabel = new QLabel(tr("&Package:"), this);
    packageLabel->setBuddy(m_packageBox);
    auto *dialectLabel = new QLabel(tr("&Dialect:"), this);
    dialectLabel->setBuddy(m_dialectBox);
    choices->addWidget(showLabel);
    choices->addWidget(m_modeBox);
    choices->addSpacing(12);
    choices->addWidget(packageLabel);
    choices->addWidget(m_packageBox, 1);
    choices->addSpacing(12);
    choices->addWidget(dialectLabel);
    choices->addWidget(m_dialectBox);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save &As…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &SqlPreviewDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &SqlPreviewDialog::saveAs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(860, 620);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(m_modeBox->currentData().toInt())); });
    connect(m_packageBox, &QComboBox::currentIndexChanged, this,
            [this] { setPackage(m_packageBox->currentData().toString()); });
    connect(m_dialectBox, &QComboBox::currentIndexChanged, this,
            [this] { setDialect(DialectKind(m_dialectBox->currentData().toInt())); });
    connect(&m_planWatcher, &QFutureWatcher<Planned>::finished, this, &SqlPreviewDialog::showPlan);
    rebuild();
}

SqlPreviewDialog::~SqlPreviewDialog()
{
    m_planWatcher.waitForFinished();
}

void SqlPreviewDialog::fillPackages()
{
    const QSignalBlocker blocker(m_packageBox);
    m_packageBox->clear();
    m_packageBox->addItem(tr("Whole project"), QString());
    if (m_registry) {
        for (const QString &name : m_registry->packageNames())
            m_packageBox->addItem(name, name);
    }
    const int index = m_packageBox->findData(m_package);
    m_packageBox->setCurrentIndex(index < 0 ? 0 : index);
}

void SqlPreviewDialog::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    const QSignalBlocker blocker(m_modeBox);
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    rebuild();
}

void SqlPreviewDialog::setPackage(const QString &package)
{
    if (package == m_package)
        return;
    m_package = package;
    fillPackages();
    rebuild();
}

void SqlPreviewDialog::setDialect(DialectKind dialect)
{
    if (dialect == m_dialect)
        return;
    m_dialect = dialect;
    const QSignalBlocker blocker(m_dialectBox);
    m_dialectBox->setCurrentIndex(m_dialectBox->findData(int(dialect)));
    rebuild();
}

void SqlPreviewDialog::rebuild()
{
    // Migrations are written in one dialect, that of the project and the database.
    m_dialectBox->setEnabled(m_mode == Mode::Schema);
    m_error.clear();
    if (!m_registry) {
        m_script = {};
        m_view->setScript(m_script);
        Q_EMIT updated();
        return;
    }
    if (m_mode == Mode::Schema) {
        const QList<Table> tables =
            m_package.isEmpty() ? m_registry->effectiveTables() : m_registry->effectiveTables(m_package);
        m_script = schemaScript(tables, m_dialect);
        m_view->setScript(m_script);
        m_summary->setText(summaryText());
        Q_EMIT updated();
        return;
    }
    if (m_planWatcher.isRunning()) {
        m_planAgain = true;
        return;
    }
    m_error = m_connection ? m_connection->error() : tr("No database is connected.");
    if (!m_error.isEmpty()) {
        m_script = {};
        m_view->setScript(m_script);
        m_summary->setText(summaryText());
        Q_EMIT updated();
        return;
    }
    m_summary->setText(tr("Reading the migration history of %1…").arg(m_connection->display()));
    RunRequest request;
    request.url = m_connection->url();
    request.direction = PlanDirection::Up;
    request.target = m_package;
    const MigrationGraph graph = MigrationGraph::build(*m_registry);
    m_planWatcher.setFuture(QtConcurrent::run([graph, request] {
        Result<Plan> plan = planRequest(graph, request, HistoryReadOptions{false});
        return plan ? Planned{std::move(plan).value(), QString()} : Planned{Plan(), plan.errorMessage()};
    }));
}

void SqlPreviewDialog::showPlan()
{
    if (m_planAgain || m_mode != Mode::PendingMigrations) {
        m_planAgain = false;
        rebuild();
        return;
    }
    const Planned planned = m_planWatcher.result();
    m_error = planned.error;
    m_script = m_error.isEmpty() ? planScript(planned.plan, m_registry ? m_registry->project().root : QString()) : PlanScript();
    m_view->setScript(m_script);
    m_summary->setText(summaryText());
    Q_EMIT updated();
}

QString SqlPreviewDialog::summaryText() const
{
    if (!m_error.isEmpty())
        return tr("<b>Cannot show the pending migrations:</b> %1").arg(m_error.toHtmlEscaped());
    QString text;
    if (m_mode == Mode::Schema) {
        text = tr("%n statement(s) that create the declared schema on an empty database", nullptr,
                  int(m_script.statements.size()));
    } else if (m_script.migrationCount == 0) {
        text = tr("Nothing pending on %1.").arg(m_connection ? m_connection->display() : QString());
    } else {
        text = tr("%n pending migration(s)", nullptr, m_script.migrationCount) + QStringLiteral(", ")
            + tr("%n statement(s)", nullptr, int(m_script.statements.size())) + QLatin1Char(' ')
            + tr("on %1").arg(m_connection ? m_connection->display() : QString());
    }
    text = text.toHtmlEscaped();
    if (const int destructive = m_script.destructiveCount())
        text += QStringLiteral(" — <b style=\"color:#c0392b\">")
            + tr("%n destructive statement(s), highlighted", nullptr, destructive) + QStringLiteral("</b>");
    return text;
}

void SqlPreviewDialog::copyToClipboard() const
{
    QApplication::clipboard()->setText(m_script.text);
}

bool SqlPreviewDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_script.text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SqlPreviewDialog::saveAs()
{
    QString name = m_package.isEmpty() ? QStringLiteral("schema") : QString(m_package).replace(QLatin1Char('/'), QLatin1Char('-'));
    name.remove(QLatin1Char('@'));
    if (m_mode == Mode::PendingMigrations)
        name += QStringLiteral("-pending");
    else
        name += QLatin1Char('-') + dialectName(m_dialect);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"), name + QStringLiteral(".sql"),
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save SQL"), tr("Cannot save %1: %2").arg(path, error));
}

} // namespace Strata::Ui
