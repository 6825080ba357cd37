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

class DriftTracker;
class GenerateMigrationDialog;
class MigrationConnection;
class MigrationStatusTracker;
class SchemaDiffTracker;
class PackageTestRunner;
class PackageTreeModel;
class ProblemsModel;
class Selection;

// The window's Database menu: the connection, the migration status shown in the package tree, the
// SQL preview, "Generate Migration..." and the run and rollback dialogs. Owns the connection, the
// status tracker and the drift tracker, so the window only puts the menu in its menu bar.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(Registry *registry, PackageTreeModel *packages, ProblemsModel *problems, Selection *selection,
                    SchemaDiffTracker *schemaDiff, QWidget *window);

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
    QAction *generateAction() const { return m_generate; }
    QAction *testAllAction() const { return m_testAll; }
    PackageTestRunner *testRunner() const { return m_tests; }
    DriftTracker *driftTracker() const { return m_drift; }

    // The packages "Generate Migration..." of the Database menu is for: the selected package when
    // it has schema changes, else every package that has (empty when none has).
    QStringList generationTargets() const;
    // Opens the Generate Migration dialog for `packages` (empty: every package with changes) and
    // returns it (it deletes itself when closed).
    GenerateMigrationDialog *showGenerateDialog(const QStringList &packages);
    // Adds the actions on `package` to a context menu of the package tree.
    void addPackageActions(QMenu *menu, const QString &package);

Q_SIGNALS:
    // A short message for the status bar ("12 applied, 3 pending on sqlite:.strata/strata.db").
    void message(const QString &text, int timeoutMs);
    // A file was written (a generated migration) and should open in the editor.
    void openFileRequested(const QString &path);

private:
    void showConnectionDialog();
    void showPreview();
    void showRunDialog(bool rollback);
    QString selectedPackage() const;
    void updateGenerateAction();

    Registry *m_registry;
    PackageTreeModel *m_packages;
    ProblemsModel *m_problems;
    Selection *m_selection;
    QWidget *m_window;
    MigrationConnection *m_connection;
    MigrationStatusTracker *m_status;
    SchemaDiffTracker *m_schemaDiff;
    DriftTracker *m_drift;
    bool m_projectOpen = false;
    QMenu *m_menu = nullptr;
    QAction *m_connect;
    QAction *m_preview;
    QAction *m_run;
    QAction *m_rollback;
    QAction *m_refresh;
    QAction *m_generate;
    QAction *m_testAll;
    PackageTestRunner *m_tests;
};

} // namespace Strata::Ui
