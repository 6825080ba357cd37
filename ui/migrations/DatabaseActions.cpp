#include "migrations/DatabaseActions.h"

#include "diff/DriftTracker.h"
#include "diff/GenerateMigrationDialog.h"
#include "diff/SchemaDiffTracker.h"
#include "migrations/ConnectionDialog.h"
#include "migrations/MigrationConnection.h"
#include "migrations/MigrationStatusTracker.h"
#include "migrations/RunDialog.h"
#include "migrations/SqlPreviewDialog.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "project/Selection.h"
#include "testing/PackageTestRunner.h"

#include <QAction>
#include <QDir>
#include <QMenu>

namespace Strata::Ui {

DatabaseActions::DatabaseActions(Registry *registry, PackageTreeModel *packages, ProblemsModel *problems,
                                 Selection *selection, SchemaDiffTracker *schemaDiff, QWidget *window)
    : QObject(window),
      m_registry(registry),
      m_packages(packages),
      m_problems(problems),
      m_selection(selection),
      m_window(window),
      m_connection(new MigrationConnection(this)),
      m_status(new MigrationStatusTracker(registry, m_connection, this)),
      m_schemaDiff(schemaDiff),
      m_drift(new DriftTracker(registry, m_connection, m_status, this)),
      m_tests(new PackageTestRunner(registry, problems, window))
{
    m_connect = new QAction(tr("&Connect…"), this);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_connect->setStatusTip(tr("Choose the database that migrations run against"));
    connect(m_connect, &QAction::triggered, this, &DatabaseActions::showConnectionDialog);

    m_preview = new QAction(tr("&Preview SQL…"), this);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_preview->setStatusTip(tr("Show the DDL of the declared schema and the pending migrations"));
    connect(m_preview, &QAction::triggered, this, &DatabaseActions::showPreview);

    m_run = new QAction(tr("&Run Migrations…"), this);
    m_run->setShortcut(QKeySequence(Qt::Key_F9));
    m_run->setStatusTip(tr("Apply the pending migrations to the connected database"));
    connect(m_run, &QAction::triggered, this, [this] { showRunDialog(false); });

    m_rollback = new QAction(tr("Roll &Back…"), this);
    m_rollback->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_rollback->setStatusTip(tr("Undo applied migrations on the connected database"));
    connect(m_rollback, &QAction::triggered, this, [this] { showRunDialog(true); });

    m_generate = new QAction(tr("&Generate Migration…"), this);
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_generate, &QAction::triggered, this, [this] { showGenerateDialog(generationTargets()); });
    connect(m_schemaDiff, &SchemaDiffTracker::diffChanged, this, &DatabaseActions::updateGenerateAction);
    connect(m_selection, &Selection::changed, this, &DatabaseActions::updateGenerateAction);

    m_testAll = new QAction(tr("&Test All Packages"), this);
    m_testAll->setStatusTip(tr("Migrate each package into a scratch database, compare it with its declaration, roll "
                               "it back and migrate it again (as strata test does)"));
    connect(m_testAll, &QAction::triggered, this, [this] { m_tests->start({}); });
    connect(m_tests, &PackageTestRunner::message, this, &DatabaseActions::message);
    connect(m_tests, &PackageTestRunner::runningChanged, this, [this](bool running) { m_testAll->setEnabled(m_projectOpen && !running); });

    m_refresh = new QAction(tr("Refresh Migration &Status"), this);
    // F5 reloads the project; Shift+F5 reads the database's history again.
    m_refresh->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, m_status, &MigrationStatusTracker::refresh);

    connect(m_status, &MigrationStatusTracker::statusChanged, this, [this] {
        m_packages->setMigrationStatus(m_status->hasStatus() ? m_status->statuses() : QList<MigrationStatus>{});
        Q_EMIT message(m_status->summary(), 5000);
    });
    setProjectOpen(false);
}

QMenu *DatabaseActions::menu()
{
    if (!m_menu) {
        m_menu = new QMenu(tr("&Database"), m_window);
        m_menu->addAction(m_connect);
        m_menu->addAction(m_refresh);
        m_menu->addSeparator();
        m_menu->addAction(m_preview);
        m_menu->addAction(m_generate);
        m_menu->addAction(m_testAll);
        m_menu->addSeparator();
        m_menu->addAction(m_run);
        m_menu->addAction(m_rollback);
    }
    return m_menu;
}

void DatabaseActions::setProjectOpen(bool open)
{
    m_projectOpen = open;
    for (QAction *action : {m_connect, m_preview, m_run, m_rollback, m_refresh})
        action->setEnabled(open);
    m_testAll->setEnabled(open && !m_tests->isRunning());
    updateGenerateAction();
}

void DatabaseActions::projectClosed()
{
    m_problems->clearRuntimeDiagnostics();
    m_packages->setMigrationStatus({});
    m_drift->clear();
    setProjectOpen(false);
}

void DatabaseActions::showConnectionDialog()
{
    ConnectionDialog dialog(m_connection, m_window);
    dialog.exec();
}

QString DatabaseActions::selectedPackage() const
{
    return m_selection->current().package;
}

QStringList DatabaseActions::generationTargets() const
{
    if (!m_projectOpen || !m_schemaDiff->hasResult())
        return {};
    const QString selected = selectedPackage();
    if (!selected.isEmpty() && !m_schemaDiff->differencesOf(selected).isEmpty())
        return {selected};
    return m_schemaDiff->packagesWithChanges();
}

// Enabled when there is something to generate; the status tip says for what, or why not.
void DatabaseActions::updateGenerateAction()
{
    const QStringList targets = generationTargets();
    m_generate->setEnabled(!targets.isEmpty());
    QString tip;
    if (!m_projectOpen)
        tip = tr("Write a migration for the schema changes of a package");
    else if (!m_schemaDiff->hasResult())
        tip = m_schemaDiff->error().isEmpty()
            ? tr("Comparing the declared schema with what the migrations produce…")
            : tr("The migrations could not be compared: %1").arg(m_schemaDiff->error());
    else if (targets.isEmpty())
        tip = tr("No package has schema changes: every database.json matches what its migrations produce");
    else if (targets.size() == 1)
        tip = tr("Write a migration for the schema changes of %1").arg(targets.constFirst());
    else
        tip = tr("Write a migration for each of the %n package(s) with schema changes", nullptr, int(targets.size()));
    m_generate->setStatusTip(tip);
    m_generate->setToolTip(tip);
}

GenerateMigrationDialog *DatabaseActions::showGenerateDialog(const QStringList &packages)
{
    auto *dialog = new GenerateMigrationDialog(m_registry, m_schemaDiff, packages, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateMigrationDialog::fileWritten, this, [this](const QString &path) {
        // The project's watcher reads the new file in; here it only opens for the user to see.
        Q_EMIT openFileRequested(path);
        Q_EMIT message(tr("Wrote %1").arg(QDir::toNativeSeparators(
                           QDir(m_registry->project().root).relativeFilePath(path))),
                       5000);
    });
    dialog->open();
    return dialog;
}

void DatabaseActions::addPackageActions(QMenu *menu, const QString &package)
{
    QAction *generate = menu->addAction(tr("&Generate Migration…"));
    const bool changed = m_projectOpen && m_schemaDiff->hasResult() && !m_schemaDiff->differencesOf(package).isEmpty();
    generate->setEnabled(changed);
    const QString tip = changed ? tr("Write a migration for the schema changes of %1").arg(package)
        : m_schemaDiff->hasResult() ? tr("%1 has no schema changes: its database.json matches what its migrations produce").arg(package)
                                    : tr("Comparing the declared schema with what the migrations produce…");
    generate->setStatusTip(tip);
    generate->setToolTip(tip);
    connect(generate, &QAction::triggered, this, [this, package] { showGenerateDialog({package}); });

    QAction *test = menu->addAction(tr("&Test Package"));
    test->setEnabled(m_projectOpen && !m_tests->isRunning());
    test->setStatusTip(tr("Migrate %1 into a scratch database, compare it with its declaration, roll it back and "
                          "migrate it again").arg(package));
    connect(test, &QAction::triggered, this, [this, package] { m_tests->start({package}); });
}

void DatabaseActions::showPreview()
{
    auto *dialog = new SqlPreviewDialog(m_registry, m_connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The package the user is looking at; the dialog switches to the whole project in one click.
    dialog->setPackage(selectedPackage());
    dialog->show();
}

void DatabaseActions::showRunDialog(bool rollback)
{
    auto *dialog = new RunDialog(m_registry, m_connection, rollback ? PlanDirection::Down : PlanDirection::Up, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProblemsModel(m_problems);
    dialog->setStatusTracker(m_status);
    dialog->open();
}

} // namespace Strata::Ui
