#pragma once

#include "panels/WorkbenchPanels.h"

#include <QDockWidget>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace Strata {
struct ReloadSummary;
}

namespace Strata::Ui {

class DatabaseActions;
class SchemaDiffTracker;
class EditorArea;
class PackageTreeModel;
class ProblemsModel;
class ProjectSession;
class Selection;
struct SelectionTarget;
class RecentProjects;
class SummaryPage;
class WelcomePage;

// The workbench window: the Packages dock on the left, the Problems and Log docks below, the Graph
// dock on the right, and in the middle the welcome page (no project) or the details of what is
// selected above the editor of the files that are open.
// It only assembles: loading and hot reload live in ProjectSession (over the core's
// ProjectReloader), data in the models, each dock in its panel, made from its description
// (workbenchPanels()). What is selected lives in one Selection that every view follows and reports to.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` when given, else the most recent project, else shows the welcome page.
    void openInitialProject(const QString &path);
    void openProject(const QString &path);

    ProjectSession *session() const { return m_session; }

    SchemaDiffTracker *schemaDiffTracker() const { return m_schemaDiff; }
    // The window's one selection: views call select() and follow changed().
    Selection *selection() const { return m_selection; }
    // The dock of `id`.
    QDockWidget *dock(PanelId id) const;
    // The panel of `id` as a T: the dock itself (PackagesPanel, ProblemsPanel, LogPanel) or the
    // widget it holds (GraphPanel); null when it is neither.
    template<typename T>
    T *panel(PanelId id) const
    {
        QDockWidget *dock = this->dock(id);
        if (auto *panel = qobject_cast<T *>(dock))
            return panel;
        return dock ? qobject_cast<T *>(dock->widget()) : nullptr;
    }
    // Shown in the status bar while the file watcher polls (the system's watch limit was reached).
    QLabel *pollingIndicator() const { return m_pollingIndicator; }
    WelcomePage *welcomePage() const { return m_welcome; }
    SummaryPage *summaryPage() const { return m_summary; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    EditorArea *editorArea() const { return m_editor; }
    DatabaseActions *databaseActions() const { return m_database; }
    QWidget *currentPage() const;
    // "7 packages, 24 tables, 0 errors, 2 warnings"
    QString statusSummary() const;

Q_SIGNALS:
    // Someone asked to see a file at a position (a problem, a table); the editor will answer it.
    void openLocationRequested(const QString &file, int line, int column);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreSettings();
    void applyDefaultLayout();
    void scheduleDefaultLayout();
    void saveSettings() const;

    void chooseProject();
    void closeProject();
    void updateRecentMenu();
    void updateStatus();
    void updateTitle();
    void showTarget(const SelectionTarget &target);
    void onSchemaDiffChanged();
    void listSettledRenames();
    void onDriftChanged();
    bool targetExists(const SelectionTarget &target) const;
    void showLocation(const QString &file, int line, int column);
    void navigateTo(const QStringList &target);
    void about();
    void showPreferences();
    void exportDocumentation();
    void openInEditor(const QString &file, int line, int column);
    void updateEditorShown();
    void showWelcome();
    void setDocksShown(bool shown);

    void onLoadStarted(const QString &root);
    void onLoadProgress(int loaded, int total);
    void onLoaded(const QString &root);
    void onLoadFailed(const QString &root, const QString &message);
    void onReloaded(const Strata::ReloadSummary &summary);
    void onPollingStarted(const QString &message);

    // A dock of the window and what it was made from.
    struct Dock
    {
        PanelDescription description;
        QDockWidget *widget;
    };

    ProjectSession *m_session;
    RecentProjects *m_recent;
    PackageTreeModel *m_packageModel;
    ProblemsModel *m_problemsModel;
    Selection *m_selection;
    QList<Dock> m_docks; // in the order of workbenchPanels()
    DatabaseActions *m_database;
    SchemaDiffTracker *m_schemaDiff;

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QWidget *m_loadingPage;
    QLabel *m_loadingLabel;
    QSplitter *m_workSplitter; // the details above, the editor below (hidden while no file is open)
    SummaryPage *m_summary;
    EditorArea *m_editor;

    QLabel *m_statusSummary;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_pollingIndicator;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportDocsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    // The docks are hidden while the welcome page shows; whether to bring them back afterwards.
    bool m_docksHiddenForWelcome = false;
    bool m_defaultLayoutPending = false; // no saved layout: size the docks when first shown
};

} // namespace Strata::Ui
