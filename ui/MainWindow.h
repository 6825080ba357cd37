#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
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
class EditorArea;
class GraphPanel;
class LogModel;
class LogPanel;
class PackagesPanel;
class PackageTreeModel;
class ProblemsModel;
class ProblemsPanel;
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
// ProjectReloader), data in the models, each dock in its panel. What is selected lives in one
// Selection that every view follows and reports to.
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
    // The window's one selection: views call select() and follow changed().
    Selection *selection() const { return m_selection; }
    PackageTreeModel *packageModel() const { return m_packageModel; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    PackagesPanel *packagesPanel() const { return m_packagesPanel; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QDockWidget *graphDock() const { return m_graphDock; }
    GraphPanel *graphPanel() const { return m_graphPanel; }
    // Shown in the status bar while the file watcher polls (the system's watch limit was reached).
    QLabel *pollingIndicator() const { return m_pollingIndicator; }
    WelcomePage *welcomePage() const { return m_welcome; }
    SummaryPage *summaryPage() const { return m_summary; }
    EditorArea *editorArea() const { return m_editor; }
    LogPanel *logPanel() const { return m_logPanel; }
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
    bool targetExists(const SelectionTarget &target) const;
    void showLocation(const QString &file, int line, int column);
    void navigateTo(const QStringList &target);
    void about();
    void showPreferences();
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

    ProjectSession *m_session;
    RecentProjects *m_recent;
    PackageTreeModel *m_packageModel;
    ProblemsModel *m_problemsModel;
    PackagesPanel *m_packagesPanel;
    ProblemsPanel *m_problemsPanel;
    Selection *m_selection;
    QDockWidget *m_graphDock; // the dependency and table graph
    GraphPanel *m_graphPanel;

    LogModel *m_logModel;
    LogPanel *m_logPanel;
    DatabaseActions *m_database;

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
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    // The docks are hidden while the welcome page shows; whether to bring them back afterwards.
    bool m_docksHiddenForWelcome = false;
    bool m_defaultLayoutPending = false; // no saved layout: size the docks when first shown
};

} // namespace Strata::Ui
