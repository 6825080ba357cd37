#include "migrations/DatabaseActions.h"

#include "migrations/ConnectionDialog.h"
#include "migrations/MigrationConnection.h"
#include "migrations/MigrationStatusTracker.h"
#include "migrations/RunDialog.h"
#include "migrations/SqlPreviewDialog.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "project/Selection.h"

#include <QAction>
#include <QMenu>

namespace Strata::Ui {

DatabaseActions::DatabaseActions(Registry *registry, PackageTreeModel *packages, ProblemsModel *problems,
                                 Selection *selection, QWidget *window)
    : QObject(window),
      m_registry(registry),
      m_packages(packages),
      m_problems(problems),
      m_selection(selection),
      m_window(window),
      m_connection(new MigrationConnection(this)),
      m_status(new MigrationStatusTracker(registry, m_connection, this))
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
        m_menu->addSeparator();
        m_menu->addAction(m_run);
        m_menu->addAction(m_rollback);
    }
    return m_menu;
}

void DatabaseActions::setProjectOpen(bool open)
{
    for (QAction *action : {m_connect, m_preview, m_run, m_rollback, m_refresh})
        action->setEnabled(open);
}

void DatabaseActions::projectClosed()
{
    m_problems->clearRuntimeDiagnostics();
    m_packages->setMigrationStatus({});
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
