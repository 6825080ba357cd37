#include "UiTestProject.h"

#include "MainWindow.h"
#include "editor/EditorArea.h"
#include "editor/SourceEditor.h"
#include "graph/GraphPanel.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "models/SummaryTableModel.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "panels/LogPanel.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include "project/ProjectSession.h"
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Strata;
using namespace Strata::Ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void emptyStartShowsTheWelcomePage()
    {
        MainWindow window;
        window.openInitialProject({});
        window.show();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.welcomePage()));
        QCOMPARE(window.panel<PackagesPanel>(PanelId::Packages)->model()->rowCount(), 0);
    }

    // The docks, their order, names (saveState and restoreState key on them), titles and areas,
    // and the View menu that toggles them with Alt+1, 2, 3 and 5.
    void docksAndTheViewMenu()
    {
        MainWindow window;
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
        QStringList names, titles;
        for (const QDockWidget *dock : docks) {
            names.append(dock->objectName());
            titles.append(dock->windowTitle());
        }
        QCOMPARE(names, QStringList({QStringLiteral("packagesDock"), QStringLiteral("problemsDock"),
                                     QStringLiteral("graphDock"), QStringLiteral("logDock")}));
        QCOMPARE(titles, QStringList({QStringLiteral("Packages"), QStringLiteral("Problems"), QStringLiteral("Graph"),
                                      QStringLiteral("Log")}));
        // Found by their ids, as the panel they are or hold.
        const QList<PanelId> ids{PanelId::Packages, PanelId::Problems, PanelId::Graph, PanelId::Log};
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(window.dock(ids.at(i)), docks.at(i));
        QCOMPARE(static_cast<QDockWidget *>(window.panel<PackagesPanel>(PanelId::Packages)), docks.at(0));
        QCOMPARE(static_cast<QDockWidget *>(window.panel<ProblemsPanel>(PanelId::Problems)), docks.at(1));
        QCOMPARE(static_cast<QWidget *>(window.panel<GraphPanel>(PanelId::Graph)), docks.at(2)->widget());
        QVERIFY(docks.at(2)->widget() != nullptr);
        QCOMPARE(static_cast<QDockWidget *>(window.panel<LogPanel>(PanelId::Log)), docks.at(3));
        QCOMPARE(window.panel<GraphPanel>(PanelId::Packages), nullptr);
        QCOMPARE(window.dockWidgetArea(docks.at(0)), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(docks.at(1)), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(docks.at(2)), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(docks.at(3)), Qt::BottomDockWidgetArea);
        QCOMPARE(window.corner(Qt::BottomLeftCorner), Qt::LeftDockWidgetArea);
        QVERIFY(!docks.at(0)->isHidden() && !docks.at(1)->isHidden() && !docks.at(2)->isHidden());
        QVERIFY(docks.at(3)->isHidden()); // the log is closed until asked for

        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                     QStringLiteral("&Database"), QStringLiteral("&Help")}));
        const QList<QAction *> view = window.menuBar()->actions().at(2)->menu()->actions();
        QCOMPARE(view.size(), 4);
        const QStringList texts{QStringLiteral("&Packages"), QStringLiteral("P&roblems"), QStringLiteral("&Graph"),
                                QStringLiteral("&Log")};
        const QList<QKeySequence> shortcuts{QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
                                            QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_5)};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(view.at(i), docks.at(i)->toggleViewAction());
            QCOMPARE(view.at(i)->text(), texts.at(i));
            QCOMPARE(view.at(i)->shortcuts(), QList<QKeySequence>{shortcuts.at(i)});
        }

        // Around the welcome page the three open docks are hidden; the log is left as it is.
        window.openInitialProject({});
        window.show();
        QVERIFY(docks.at(0)->isHidden() && docks.at(1)->isHidden() && docks.at(2)->isHidden());
        QVERIFY(docks.at(3)->isHidden());
    }

    void opensTheExamples()
    {
        MainWindow window;
        window.show();
        window.openProject(Test::examplesDir());
        QTRY_VERIFY(!window.session()->isLoading());
        const int packages = int(window.session()->registry()->packages().size());
        QVERIFY(packages > 0);
        auto *tree = window.panel<PackagesPanel>(PanelId::Packages);
        QTRY_COMPARE(tree->model()->rowCount(), packages);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.summaryPage()));
        QCOMPARE(window.summaryPage()->listModel()->rowCount(), packages); // the project's packages
        // (English plurals come from strata_en.qm, which only the application loads.)
        QVERIFY(window.statusSummary().startsWith(QString::number(packages) + QLatin1Char(' ')));
        QVERIFY(window.windowTitle().contains(QLatin1String("examples")));

        // Selecting a table shows its columns.
        const QString package = window.session()->registry()->packages().constLast().name;
        const QList<Table> tables = window.session()->registry()->effectiveTables(package);
        QVERIFY(!tables.isEmpty());
        tree->selectItem(package, tables.first().name);
        QCOMPARE(window.summaryPage()->title(), tables.first().name);
        QCOMPARE(window.summaryPage()->listModel()->rowCount(), int(tables.first().columns.size()));

        // The next start reopens it.
        window.close();
        MainWindow again;
        again.openInitialProject({});
        QTRY_COMPARE(again.panel<PackagesPanel>(PanelId::Packages)->model()->rowCount(), packages);
    }

    void reloadKeepsTheSelection()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        MainWindow window;
        window.show();
        window.openProject(dir.path());
        auto *tree = window.panel<PackagesPanel>(PanelId::Packages);
        QTRY_COMPARE(tree->model()->rowCount(), 3);
        tree->selectItem(QStringLiteral("tags"), QStringLiteral("tags"));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("tags"));

        QVERIFY(Test::writeFile(dir.path() + QStringLiteral("/more/database.json"),
                                Test::uiTestPackage("more", "    { \"name\": \"more\", \"columns\": [ "
                                                            "{ \"name\": \"id\", \"type\": \"serial\", \"primaryKey\": true } ] }")));
        window.session()->reload();
        // The package appears from the reload asked for, or from the watcher's own one before it
        // (whichever comes first; a `loaded` signal may be the first load's, still on its way).
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 20000);
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("tags"));
    }

    void defaultLayoutLeavesThePageRoom()
    {
        // No saved layout: at 1280x800 with the graph open, the page, the tree, the graph and the
        // problems each get a usable share. The grab is for a person to look at.
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openProject(Test::examplesDir());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 20000);
        QDockWidget *graph = window.dock(PanelId::Graph);
        auto *tree = window.panel<PackagesPanel>(PanelId::Packages);
        QVERIFY(graph->isVisible());
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        tree->selectItem(QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        QTest::qWait(0);
        const QWidget *page = window.centralWidget();
        QVERIFY2(page->width() >= 480, qPrintable(QString::number(page->width())));
        QVERIFY2(page->height() >= 400, qPrintable(QString::number(page->height())));
        QVERIFY(graph->width() >= 320);
        QVERIFY(tree->width() >= 240);
        QVERIFY(window.dock(PanelId::Problems)->height() >= 150);
        window.grab().save(QStringLiteral("/tmp/strata-mainwindow-default.png"));

        // A saved layout wins over the default.
        window.resizeDocks({graph}, {600}, Qt::Horizontal);
        QTest::qWait(200); // the dock layout settles over a few events
        window.close(); // saves the layout as it is now
        // Read after the close, so that it is the width saved however far the layout had settled.
        const int graphWidth = graph->width();
        QVERIFY2(graphWidth > 400, qPrintable(QString::number(graphWidth)));
        MainWindow again;
        again.show();
        QTRY_COMPARE(again.dock(PanelId::Graph)->width(), graphWidth);
    }

    // The way users fix a problem: double-click it, the editor opens at its line and column with
    // the finding marked, they correct it and save, and the project reloads without the problem.
    void aProblemOpensTheEditorAndSavingFixesIt()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openProject(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 20000);
        auto *problems = window.panel<ProblemsPanel>(PanelId::Problems);
        QTRY_VERIFY(problems->model()->rowCount() > 0);

        QTableView *view = problems->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const Strata::Diagnostic *d = problems->diagnosticAt(view->model()->index(r, 0));
            if (d && d->message.contains(QLatin1String("txet")))
                row = r;
        }
        QVERIFY(row >= 0);
        const Strata::Diagnostic problem = *problems->diagnosticAt(view->model()->index(row, 0));
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QVERIFY(!window.editorArea()->isVisible()); // no file open yet: the details take the page
        // A real double-click is a press, a release, then the double-click event.
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);

        Strata::Ui::SourceEditor *editor = window.editorArea()->currentEditor();
        QVERIFY(editor);
        QVERIFY(window.editorArea()->isVisible());
        QCOMPARE(QFileInfo(editor->filePath()).canonicalFilePath(), QFileInfo(problem.location.file).canonicalFilePath());
        int line = -1, column = -1;
        editor->getCursorPosition(&line, &column);
        QCOMPARE(line + 1, problem.location.line);
        QCOMPARE(column + 1, problem.location.column);
        QVERIFY(editor->markersAtLine(line) != 0); // the finding is marked on its line

        // Fix the type in the editor and save: the watcher reloads the package, the problem goes.
        const QString text = editor->text();
        QVERIFY(text.contains(QLatin1String("\"txet\"")));
        editor->setText(QString(text).replace(QLatin1String("\"txet\""), QLatin1String("\"text\"")));
        QVERIFY(window.editorArea()->saveCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(!std::any_of(window.session()->registry()->diagnostics().cbegin(),
                                              window.session()->registry()->diagnostics().cend(),
                                              [](const Strata::Diagnostic &d) { return d.message.contains(QLatin1String("txet")); }),
                                 10000);
        QTRY_VERIFY(editor->markersAtLine(line) == 0);
    }

    void aMissingFolderIsReported()
    {
        MainWindow window;
        window.openProject(QStringLiteral("/nonexistent/strata/project"));
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.welcomePage()));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("/nonexistent/strata/project")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
