#include "MainWindow.h"

#include "editor/EditorArea.h"
#include "diff/DriftTracker.h"
#include <strata/diff/RenameHints.h>
#include "diff/SchemaDiffTracker.h"
#include "docs/ExportDocumentationDialog.h"
#include "migrations/DatabaseActions.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include "project/Selection.h"
#include "settings/PreferencesDialog.h"
#include "settings/WorkbenchSettings.h"
#include "project/DiagnosticTarget.h"
#include "project/ProjectSession.h"
#include "project/RecentProjects.h"
#include <strata/registry/Registry.h>
#include <strata/reload/ReloadSummary.h>
#include "style/Icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Strata::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_session(new ProjectSession(this)),
      m_recent(new RecentProjects(this)),
      m_packageModel(new PackageTreeModel(m_session->registry(), this)),
      m_problemsModel(new ProblemsModel(m_session->registry(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_selection = new Selection(this);
    createDocks();
    m_schemaDiff = new SchemaDiffTracker(m_session->registry(), this);
    m_database = new DatabaseActions(m_session->registry(), m_packageModel, m_problemsModel, m_selection, m_schemaDiff,
                                     this);

    m_pages = new QStackedWidget(this);
    m_pages->setAccessibleName(tr("Main area"));
    m_welcome = new WelcomePage(m_pages);
    m_workSplitter = new QSplitter(Qt::Vertical, m_pages);
    m_workSplitter->setChildrenCollapsible(false);
    m_summary = new SummaryPage(m_workSplitter);
    m_editor = new EditorArea(m_workSplitter);
    m_workSplitter->addWidget(m_summary);
    m_workSplitter->addWidget(m_editor);
    m_workSplitter->setStretchFactor(0, 2);
    m_workSplitter->setStretchFactor(1, 3);
    m_editor->hide();
    m_loadingPage = new QWidget(m_pages);
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    loadingLayout->addWidget(m_loadingLabel);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_workSplitter);
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_session, &ProjectSession::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_session, &ProjectSession::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_session, &ProjectSession::loaded, this, &MainWindow::onLoaded);
    connect(m_session, &ProjectSession::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_session, &ProjectSession::reloaded, this, &MainWindow::onReloaded);
    connect(m_session, &ProjectSession::pollingStarted, this, &MainWindow::onPollingStarted);
    connect(m_session->registry(), &Registry::diagnosticsChanged, this, &MainWindow::updateStatus);
    connect(m_recent, &RecentProjects::changed, this, &MainWindow::updateRecentMenu);

    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openProject);
    connect(m_selection, &Selection::changed, this, &MainWindow::showTarget);
    auto *packages = panel<PackagesPanel>(PanelId::Packages);
    auto *problems = panel<ProblemsPanel>(PanelId::Problems);
    connect(problems, &ProblemsPanel::problemChosen, this, [this](const Diagnostic &diagnostic) {
        const SelectionTarget target = selectionTargetOf(*m_session->registry(), diagnostic);
        if (!target.isEmpty())
            m_selection->select(target);
    });
    connect(packages, &PackagesPanel::openLocation, this, &MainWindow::showLocation);
    connect(problems, &ProblemsPanel::openLocation, this, &MainWindow::showLocation);
    connect(m_summary, &SummaryPage::navigate, this, &MainWindow::navigateTo);
    connect(m_summary, &SummaryPage::openLocation, this, &MainWindow::showLocation);
    connect(this, &MainWindow::openLocationRequested, this, &MainWindow::openInEditor);
    connect(m_database, &DatabaseActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_schemaDiff, &SchemaDiffTracker::diffChanged, this, &MainWindow::onSchemaDiffChanged);
    connect(m_database->driftTracker(), &DriftTracker::driftChanged, this, &MainWindow::onDriftChanged);
    connect(m_database, &DatabaseActions::openFileRequested, this,
            [this](const QString &path) { openInEditor(path, 1, 1); });
    connect(packages, &PackagesPanel::contextMenuRequested, this, [this](QMenu *menu, const SelectionTarget &target) {
        if (m_session->isOpen() && !target.package.isEmpty())
            m_database->addPackageActions(menu, target.package);
    });

    // The editor marks what validation found in the files it shows; saving needs nothing more, the
    // project's watcher reloads the package and the findings come back here.
    Registry *registry = m_session->registry();
    const auto feedDiagnostics = [this, registry] { m_editor->setDiagnostics(registry->diagnostics()); };
    connect(registry, &Registry::diagnosticsChanged, m_editor, feedDiagnostics);
    connect(registry, &Registry::reset, m_editor, feedDiagnostics);
    connect(m_editor, &EditorArea::countChanged, this, &MainWindow::updateEditorShown);
    connect(m_editor, &EditorArea::fileSaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(QDir(m_session->root()).relativeFilePath(path))),
                                 4000);
    });

    updateRecentMenu();
    updateStatus();
    updateTitle();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    const PanelContext context{this, m_session->registry(), m_selection, m_packageModel, m_problemsModel};
    for (const PanelDescription &description : workbenchPanels()) {
        QDockWidget *dock = description.create(context);
        dock->setObjectName(description.objectName);
        addDockWidget(description.area, dock);
        if (description.closedAtStart)
            dock->hide();
        m_docks.append({description, dock});
    }
    // The left dock runs the full height; the problems list spans only the central area.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
}

QDockWidget *MainWindow::dock(PanelId id) const
{
    for (const Dock &dock : m_docks) {
        if (dock.description.id == id)
            return dock.widget;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(Icons::package(), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a folder that holds packages"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setStatusTip(tr("Read every package of the project again"));
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, m_session, &ProjectSession::reload);

    m_exportDocsAction = new QAction(tr("Export &Documentation…"), this);
    m_exportDocsAction->setStatusTip(tr("Write the project's documentation as an HTML site or Markdown pages"));
    m_exportDocsAction->setEnabled(false);
    connect(m_exportDocsAction, &QAction::triggered, this, &MainWindow::exportDocumentation);

    m_closeAction = new QAction(tr("&Close Project"), this);
    // Ctrl+W closes the current file (the editor's action); the project takes Ctrl+Shift+W.
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_closeAction->setEnabled(false);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    // QKeySequence::Preferences is empty on Linux desktops; Ctrl+, is what editors there use.
    m_preferencesAction->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Recent &Projects"));
    file->addAction(m_reloadAction);
    file->addAction(m_exportDocsAction);
    file->addSeparator();
    file->addAction(m_editor->saveAction());
    file->addAction(m_editor->closeAction());
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const Dock &dock : std::as_const(m_docks)) {
        QAction *toggle = dock.widget->toggleViewAction();
        toggle->setText(dock.description.menuText);
        toggle->setShortcut(dock.description.shortcut);
        view->addAction(toggle);
    }

    menuBar()->addMenu(m_database->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Strata Workbench"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_statusSummary = new QLabel(this);
    m_statusSummary->setAccessibleName(tr("Project summary"));
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(statusBar()->fontMetrics().height() + 4);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progressLabel->hide();
    m_progress->hide();
    // Says, for as long as it lasts, that changes on disk are noticed by polling (within a second).
    m_pollingIndicator = new QLabel(this);
    m_pollingIndicator->setText(tr("Polling for changes"));
    m_pollingIndicator->setAccessibleName(tr("File watching by polling"));
    m_pollingIndicator->hide();
    statusBar()->addPermanentWidget(m_pollingIndicator);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusSummary);
}

void MainWindow::restoreSettings()
{
    const WorkbenchSettings &settings = workbenchSettings();
    if (!restoreGeometry(settings.windowGeometry.value())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
    }
    // Without a saved layout the docks get their shares once the window has its real size.
    m_defaultLayoutPending = !restoreState(settings.windowState.value());
    m_workSplitter->restoreState(settings.workSplitterState.value());
}

void MainWindow::applyDefaultLayout()
{
    // Each dock with a default extent gets it: the side docks their widths, the bottom ones their
    // heights, one resizeDocks call for each (the layout shares out each direction at once).
    QList<QDockWidget *> sideDocks, bottomDocks;
    QList<int> widths, heights;
    for (const Dock &dock : std::as_const(m_docks)) {
        if (!dock.description.defaultExtent)
            continue;
        const int extent = dock.description.defaultExtent(size());
        if (dock.description.area == Qt::BottomDockWidgetArea) {
            bottomDocks.append(dock.widget);
            heights.append(extent);
        } else {
            sideDocks.append(dock.widget);
            widths.append(extent);
        }
    }
    resizeDocks(sideDocks, widths, Qt::Horizontal);
    resizeDocks(bottomDocks, heights, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    scheduleDefaultLayout();
}

void MainWindow::scheduleDefaultLayout()
{
    // Once the window is shown with its docks: only then does the layout know their final sizes.
    if (!m_defaultLayoutPending || !isVisible() || m_docksHiddenForWelcome)
        return;
    m_defaultLayoutPending = false;
    QTimer::singleShot(0, this, &MainWindow::applyDefaultLayout);
}

void MainWindow::saveSettings() const
{
    WorkbenchSettings &settings = workbenchSettings();
    settings.windowGeometry.setValue(saveGeometry());
    settings.windowState.setValue(saveState());
    settings.workSplitterState.setValue(m_workSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeSaveAll()) {
        event->ignore();
        return;
    }
    setDocksShown(true); // hidden only for the welcome page: not the user's choice to remember
    saveSettings();
    event->accept();
}

void MainWindow::openInitialProject(const QString &path)
{
    if (!path.isEmpty()) {
        openProject(path);
        return;
    }
    const QStringList recent = m_recent->paths();
    if (!recent.isEmpty() && QFileInfo(recent.first()).isDir())
        openProject(recent.first());
    else
        showWelcome();
}

void MainWindow::openProject(const QString &path)
{
    m_welcome->setError({});
    const bool sameProject = m_session->isOpen() && QDir::cleanPath(QDir(path).absolutePath()) == m_session->root();
    if (!sameProject) {
        if (!m_editor->closeAll())
            return; // the user kept a modified file open
        m_database->projectClosed();
        m_selection->clear();
        m_pollingIndicator->hide();
    }
    m_session->open(path);
}

void MainWindow::chooseProject()
{
    const QString start = m_session->isOpen() ? m_session->root() : workbenchSettings().lastFolder.value();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project"), start);
    if (folder.isEmpty())
        return;
    workbenchSettings().lastFolder.setValue(QFileInfo(folder).absolutePath());
    openProject(folder);
}

void MainWindow::closeProject()
{
    if (!m_editor->closeAll())
        return;
    m_database->projectClosed();
    m_session->close();
    m_selection->clear();
    m_pollingIndicator->hide();
    m_reloadAction->setEnabled(false);
    m_closeAction->setEnabled(false);
    m_exportDocsAction->setEnabled(false);
    showWelcome();
    updateTitle();
    updateStatus();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // &1 .. &9 as accelerators for the first nine.
        const QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path))
                                    : QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(Icons::folder(), label);
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentProjects::clear);
    clear->setEnabled(!paths.isEmpty());
    m_welcome->setRecentProjects(paths);
}

QString MainWindow::statusSummary() const
{
    const Registry &registry = *m_session->registry();
    int tables = 0;
    for (const PackageDefinition &package : registry.packages())
        tables += int(package.tables.size());
    const Diagnostics &diagnostics = registry.diagnostics();
    return tr("%n package(s)", nullptr, int(registry.packages().size())) + QStringLiteral(", ")
        + tr("%n table(s)", nullptr, tables) + QStringLiteral(", ")
        + tr("%n error(s)", nullptr, countErrors(diagnostics)) + QStringLiteral(", ")
        + tr("%n warning(s)", nullptr, countWarnings(diagnostics));
}

void MainWindow::updateStatus()
{
    m_statusSummary->setText(m_session->isOpen() ? statusSummary() : QString());
}

void MainWindow::updateTitle()
{
    if (m_session->isOpen())
        setWindowTitle(tr("%1 — Strata Workbench").arg(QDir(m_session->root()).dirName()));
    else
        setWindowTitle(tr("Strata Workbench"));
    setWindowFilePath(m_session->root());
}

QWidget *MainWindow::currentPage() const
{
    // The details page stands above the editor; it is the page that follows the selection.
    QWidget *page = m_pages->currentWidget();
    return page == m_workSplitter ? m_summary : page;
}

void MainWindow::showTarget(const SelectionTarget &target)
{
    if (!m_session->isOpen() || (m_session->isLoading() && m_pages->currentWidget() != m_workSplitter))
        return; // shown once the project is in
    const Registry &registry = *m_session->registry();
    switch (target.kind) {
    case SelectionTarget::Kind::None:
        m_summary->showProject(registry);
        break;
    case SelectionTarget::Kind::Package:
        m_summary->showPackage(registry, target.package);
        break;
    case SelectionTarget::Kind::Table:
    case SelectionTarget::Kind::Column:
        m_summary->showTable(registry, target.package, target.table);
        break;
    case SelectionTarget::Kind::Migration:
        m_summary->showMigration(registry, target.package, target.migration);
        break;
    }
    m_pages->setCurrentWidget(m_workSplitter);
}

// The packages whose database.json moved on without a migration: marked in the tree, listed on
// their page and counted on the project's.
void MainWindow::onSchemaDiffChanged()
{
    QHash<QString, QList<SchemaDifference>> byPackage;
    QHash<QString, int> counts;
    for (const PackageDiff &package : m_schemaDiff->diff().packages) {
        if (!package.differences.isEmpty()) {
            byPackage.insert(package.package, package.differences);
            counts.insert(package.package, int(package.differences.size()));
        }
    }
    m_packageModel->setSchemaDifferences(counts);
    m_summary->setSchemaDifferences(byPackage, m_schemaDiff->hasResult());
    listSettledRenames();
    const SelectionTarget &current = m_selection->current();
    if (m_session->isOpen() && m_pages->currentWidget() == m_workSplitter
        && (current.kind == SelectionTarget::Kind::None || current.kind == SelectionTarget::Kind::Package))
        showTarget(current);
}

// The "renamedFrom" hints the migrations have carried out, in the Problems list as `strata validate`
// reports them (rename-settled): worked out from the schema the tracker has just replayed, so they
// follow the files without a replay of their own.
void MainWindow::listSettledRenames()
{
    const QString code = diagnosticCodeString(DiagnosticCode::RenameSettled);
    m_problemsModel->removeRuntimeDiagnostics([&](const Diagnostic &d) { return d.code == code; });
    const Registry &registry = *m_session->registry();
    const std::shared_ptr<const MigratedSchema> migrated = m_schemaDiff->migrated();
    if (!m_session->isOpen() || !migrated || registry.skippedCodes().contains(code)
        || registry.project().disabledCodes.contains(code))
        return;
    for (const Diagnostic &d : settledRenameHints(registry, *migrated))
        m_problemsModel->addRuntimeDiagnostic(d);
}

// The connected database's drift, listed on the project's page.
void MainWindow::onDriftChanged()
{
    const DriftTracker *drift = m_database->driftTracker();
    SummaryPage::Drift shown;
    shown.known = drift->hasResult();
    shown.database = drift->database();
    shown.error = drift->error();
    for (const PackageDiff &package : drift->diff().packages) {
        for (const SchemaDifference &d : package.differences)
            shown.differences.append({package.package, d.table, d.message});
    }
    for (const SchemaDifference &d : drift->diff().undeclared)
        shown.undeclared.append(d.table);
    m_summary->setDrift(shown);
    if (m_session->isOpen() && m_pages->currentWidget() == m_workSplitter
        && m_selection->current().kind == SelectionTarget::Kind::None)
        showTarget(m_selection->current());
}

bool MainWindow::targetExists(const SelectionTarget &target) const
{
    const Registry &registry = *m_session->registry();
    const PackageDefinition *package = registry.package(target.package);
    if (!package)
        return false;
    switch (target.kind) {
    case SelectionTarget::Kind::None:
        return false;
    case SelectionTarget::Kind::Package:
        return true;
    case SelectionTarget::Kind::Table:
        return package->table(target.table) != nullptr;
    case SelectionTarget::Kind::Column: {
        const Table *table = package->table(target.table);
        return table && std::any_of(table->columns.cbegin(), table->columns.cend(),
                                    [&target](const Column &column) { return column.name == target.column; });
    }
    case SelectionTarget::Kind::Migration:
        return std::any_of(package->migrations.cbegin(), package->migrations.cend(),
                           [&target](const Migration &migration) { return migration.id == target.migration; });
    }
    return false;
}

void MainWindow::navigateTo(const QStringList &target)
{
    if (target.size() == 1)
        m_selection->select(SelectionTarget::ofPackage(target.at(0)));
    else if (target.size() >= 2)
        m_selection->select(SelectionTarget::ofTable(target.at(0), target.at(1)));
}

void MainWindow::showLocation(const QString &file, int line, int column)
{
    const QString root = m_session->root();
    const QString shown = root.isEmpty() ? file : QDir(root).relativeFilePath(file);
    statusBar()->showMessage(tr("%1, line %2, column %3").arg(QDir::toNativeSeparators(shown)).arg(line).arg(column), 8000);
    Q_EMIT openLocationRequested(file, line, column);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Strata Workbench"),
                       tr("<h3>Strata Workbench %1</h3>"
                          "<p>The schema workbench for modular applications: each package declares its tables "
                          "and migrations, and Strata checks, renders and migrates them together.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::exportDocumentation()
{
    auto *dialog = new ExportDocumentationDialog(m_session->registry(), m_selection->current().package, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::openInEditor(const QString &file, int line, int column)
{
    if (!m_editor->openLocation(file, line, column))
        return; // the editor said why
    if (m_session->isOpen() && !m_session->isLoading())
        m_pages->setCurrentWidget(m_workSplitter);
}

void MainWindow::updateEditorShown()
{
    m_editor->setVisible(m_editor->count() > 0);
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentProjects(m_recent->paths());
    m_pages->setCurrentWidget(m_welcome);
    setDocksShown(false); // empty docks around the welcome page are only noise
}

void MainWindow::setDocksShown(bool shown)
{
    const bool hidden = !shown;
    if (hidden == m_docksHiddenForWelcome)
        return; // so already
    m_docksHiddenForWelcome = hidden;
    // The docks open at start; the log, opened by the user, is left as it is.
    for (const Dock &dock : std::as_const(m_docks)) {
        if (dock.description.closedAtStart)
            continue;
        if (hidden)
            dock.widget->hide();
        else
            dock.widget->show();
    }
    if (shown)
        scheduleDefaultLayout();
}

void MainWindow::onLoadStarted(const QString &root)
{
    m_reloadAction->setEnabled(false);
    m_progressLabel->setText(tr("Loading %1…").arg(QDir(root).dirName()));
    m_progressLabel->show();
    m_progress->setRange(0, 0); // busy until the folders are known
    m_progress->show();
    if (m_pages->currentWidget() != m_workSplitter) {
        m_loadingLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(root)));
        m_pages->setCurrentWidget(m_loadingPage);
    }
}

void MainWindow::onLoadProgress(int loaded, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(loaded);
    m_progressLabel->setText(tr("Loading packages… %1/%2").arg(loaded).arg(total));
}

void MainWindow::onLoaded(const QString &root)
{
    m_progress->hide();
    m_progressLabel->hide();
    m_reloadAction->setEnabled(true);
    m_closeAction->setEnabled(true);
    m_exportDocsAction->setEnabled(true);
    m_database->setProjectOpen(true);
    m_recent->add(root);
    updateTitle();
    updateStatus();

    setDocksShown(true);
    // A full reload keeps what was selected when it is still there; the tree was reset, so it
    // needs showing there again (the graph finds it by itself once it has drawn).
    SelectionTarget target = m_selection->current();
    if (!target.isEmpty() && !targetExists(target))
        target = {};
    if (target == m_selection->current())
        showTarget(target);
    else
        m_selection->select(target); // shows it
    if (!target.isEmpty())
        panel<PackagesPanel>(PanelId::Packages)->reveal(target);
    statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(root)), 4000);
}

void MainWindow::onReloaded(const ReloadSummary &summary)
{
    updateStatus();
    // The tree and the graph merged the change in place; the page shows a copy, so show the same
    // item again, or what is left of it (the package of a table that went away).
    SelectionTarget target = m_selection->current();
    if (!target.isEmpty() && !targetExists(target)) {
        target = SelectionTarget::ofPackage(target.package);
        if (!targetExists(target))
            target = {};
    }
    if (target == m_selection->current())
        showTarget(target);
    else
        m_selection->select(target);
    if (!summary.isEmpty()) {
        const QString text = summary.toText().replace(QLatin1Char('\n'), QStringLiteral(" · "));
        statusBar()->showMessage(text, 10000);
    }
}

void MainWindow::onPollingStarted(const QString &message)
{
    m_pollingIndicator->setToolTip(message);
    m_pollingIndicator->show();
    statusBar()->showMessage(message, 20000);
}

void MainWindow::onLoadFailed(const QString &root, const QString &message)
{
    m_progress->hide();
    m_progressLabel->hide();
    statusBar()->showMessage(message, 8000);
    if (!m_session->isOpen()) {
        m_welcome->setError(message);
        showWelcome();
    }
    Q_UNUSED(root);
}

} // namespace Strata::Ui
