#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class MigrationConnection;
class MigrationStatusTracker;
class PackageTreeModel;
class ProblemsModel;
class Selection;

// The window's Database menu: the connection, the migration status shown in the package tree, the
// SQL preview and the run and rollback dialogs. Owns the connection and the status tracker, so the
// window only puts the menu in its menu bar.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(Registry *registry, PackageTreeModel *packages, ProblemsModel *problems, Selection *selection,
                    QWidget *window);

    // The Database menu (created once, parented to the window).
    QMenu *menu();
    void setProjectOpen(bool open);
    // Forgets the run failures and the statuses of the project that was closed.
    void projectClosed();

    MigrationConnection *connection() const { return m_connection; }
    MigrationStatusTracker *statusTracker() const { return m_status; }
    QAction *connectAction() const { return m_connect; }
    QAction *previewAction() const { return m_preview; }
    QAction *runAction() const { return m_run; }
    QAction *rollbackAction() const { return m_rollback; }
    QAction *refreshAction() const { return m_refresh; }

Q_SIGNALS:
    // A short message for the status bar ("12 applied, 3 pending on sqlite:.strata/strata.db").
    void message(const QString &text, int timeoutMs);

private:
    void showConnectionDialog();
    void showPreview();
    void showRunDialog(bool rollback);
    QString selectedPackage() const;

    Registry *m_registry;
    PackageTreeModel *m_packages;
    ProblemsModel *m_problems;
    Selection *m_selection;
    QWidget *m_window;
    MigrationConnection *m_connection;
    MigrationStatusTracker *m_status;
    QMenu *m_menu = nullptr;
    QAction *m_connect;
    QAction *m_preview;
    QAction *m_run;
    QAction *m_rollback;
    QAction *m_refresh;
};

} // namespace Strata::Ui
