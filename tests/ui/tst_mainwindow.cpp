#include "UiTestProject.h"

#include "MainWindow.h"
#include "models/PackageTreeModel.h"
#include "models/SummaryTableModel.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include <QDockWidget>
#include "project/ProjectSession.h"
#include "registry/Registry.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
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
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void emptyStartShowsTheWelcomePage()
    {
        MainWindow window;
        window.openInitialProject({});
        window.show();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.welcomePage()));
        QCOMPARE(window.packageModel()->rowCount(), 0);
    }

    void opensTheExamples()
    {
        MainWindow window;
        window.show();
        window.openProject(Test::examplesDir());
        QTRY_VERIFY(!window.session()->isLoading());
        const int packages = int(window.session()->registry()->packages().size());
        QVERIFY(packages > 0);
        QTRY_COMPARE(window.packageModel()->rowCount(), packages);
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.summaryPage()));
        QCOMPARE(window.summaryPage()->listModel()->rowCount(), packages); // the project's packages
        // (English plurals come from strata_en.qm, which only the application loads.)
        QVERIFY(window.statusSummary().startsWith(QString::number(packages) + QLatin1Char(' ')));
        QVERIFY(window.windowTitle().contains(QLatin1String("examples")));

        // Selecting a table shows its columns.
        const QString package = window.session()->registry()->packages().constLast().name;
        const QList<Table> tables = window.session()->registry()->effectiveTables(package);
        QVERIFY(!tables.isEmpty());
        window.packagesPanel()->selectItem(package, tables.first().name);
        QCOMPARE(window.summaryPage()->title(), tables.first().name);
        QCOMPARE(window.summaryPage()->listModel()->rowCount(), int(tables.first().columns.size()));

        // The next start reopens it.
        window.close();
        MainWindow again;
        again.openInitialProject({});
        QTRY_COMPARE(again.packageModel()->rowCount(), packages);
    }

    void reloadKeepsTheSelection()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        MainWindow window;
        window.show();
        window.openProject(dir.path());
        QTRY_COMPARE(window.packageModel()->rowCount(), 3);
        window.packagesPanel()->selectItem(QStringLiteral("tags"), QStringLiteral("tags"));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("tags"));

        QSignalSpy loaded(window.session(), &ProjectSession::loaded);
        QVERIFY(Test::writeFile(dir.path() + QStringLiteral("/more/database.json"),
                                Test::uiTestPackage("more", "    { \"name\": \"more\", \"columns\": [ "
                                                            "{ \"name\": \"id\", \"type\": \"serial\", \"primaryKey\": true } ] }")));
        window.session()->reload();
        QVERIFY(loaded.wait());
        QCOMPARE(window.packageModel()->rowCount(), 4);
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
        QVERIFY(window.graphDock()->isVisible());
        QTRY_VERIFY(window.packageModel()->rowCount() > 0);
        window.packagesPanel()->selectItem(QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        QTest::qWait(0);
        const QWidget *page = window.centralWidget();
        QVERIFY2(page->width() >= 480, qPrintable(QString::number(page->width())));
        QVERIFY2(page->height() >= 400, qPrintable(QString::number(page->height())));
        QVERIFY(window.graphDock()->width() >= 320);
        QVERIFY(window.packagesPanel()->width() >= 240);
        QVERIFY(window.problemsPanel()->height() >= 150);
        window.grab().save(QStringLiteral("/tmp/strata-mainwindow-default.png"));

        // A saved layout wins over the default.
        window.resizeDocks({window.graphDock()}, {600}, Qt::Horizontal);
        QTest::qWait(200); // the dock layout settles over a few events
        const int graphWidth = window.graphDock()->width();
        window.close();
        MainWindow again;
        again.show();
        QTRY_COMPARE(again.graphDock()->width(), graphWidth);
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
