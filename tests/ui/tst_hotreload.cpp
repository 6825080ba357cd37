// Hot reload in the window: a copy of examples/ is edited on disk the ways editors do it (rewritten
// in place, and written to a temporary file renamed over the original), and the packages tree,
// the problems list, the graph and the status bar must follow, with the selection, the tree's
// current row and its scroll position kept. Everything waits with QTRY_*, never fixed sleeps.

#include "MainWindow.h"
#include "diff/SchemaDiffTracker.h"
#include "TestSupport.h"
#include "graph/GraphData.h"
#include "graph/GraphPanel.h"
#include "graph/GraphScene.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "pages/SummaryPage.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include "project/ProjectSession.h"
#include "project/Selection.h"
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace Strata;
using namespace Strata::Ui;

namespace {

constexpr int Timeout = 20000;
const QString Crm = QStringLiteral("@acme/crm");

// Rewrites the file in place: same inode, truncated and written again.
bool writeInPlace(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

// What many editors do: write a new file beside it, then rename it over the original.
bool writeByRename(const QString &path, const QByteArray &content)
{
    const QString temporary = path + QStringLiteral(".tmp~");
    if (!Test::writeFile(temporary, content))
        return false;
    return std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

// crm's database.json with one more table, "forecasts", whose column has an unknown type (an error).
QByteArray withForecasts(QByteArray text)
{
    const qsizetype tables = text.indexOf("\"tables\"");
    const qsizetype open = text.indexOf('[', tables);
    text.insert(open + 1, "\n    { \"name\": \"forecasts\", \"columns\": [\n"
                          "      { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true },\n"
                          "      { \"name\": \"amount\", \"type\": \"moneyy\" } ] },");
    return text;
}

bool hasProblem(const ProblemsModel *model, const QString &code, const QString &package)
{
    for (const Diagnostic &d : model->diagnostics()) {
        if (d.code == code && d.package == package)
            return true;
    }
    return false;
}

bool graphHas(const MainWindow &window, const QString &table)
{
    const GraphScene *scene = window.panel<GraphPanel>(PanelId::Graph)->scene();
    return !scene->isLayoutPending() && scene->graph().indexOf(GraphIds::table(table)) >= 0;
}

} // namespace

class TestHotReload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_crmFile;
    QByteArray m_crmOriginal;

    // Opens the copy of examples/ and waits until the tree and the graph show it.
    void openAndSettle(MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        window.openProject(m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), Timeout);
        const PackageTreeModel *tree = window.panel<PackagesPanel>(PanelId::Packages)->model();
        QTRY_VERIFY_WITH_TIMEOUT(tree->findItem(Crm, QStringLiteral("deals")).isValid(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(graphHas(window, QStringLiteral("deals")), Timeout);
        // Short debounce: the test waits for events, not for time.
        window.session()->reloader()->watcher().setDebounce(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_hotreload"));
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::copyTree(Test::examplesDir(), m_dir.path()));
        m_crmFile = m_dir.path() + QStringLiteral("/packages/crm/database.json");
        m_crmOriginal = Test::readFile(m_crmFile);
        QVERIFY(!m_crmOriginal.isEmpty());
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(Test::writeFile(m_crmFile, m_crmOriginal));
    }

    void editedInPlaceUpdatesEveryView()
    {
        MainWindow window;
        openAndSettle(window);
        auto *packages = window.panel<PackagesPanel>(PanelId::Packages);
        ProblemsModel *problems = window.panel<ProblemsPanel>(PanelId::Problems)->model();
        auto *graph = window.panel<GraphPanel>(PanelId::Graph);
        QVERIFY(!hasProblem(problems, QStringLiteral("unknown-type"), Crm));
        const int problemsBefore = problems->rowCount();

        // Select a table, and scroll the tree so that keeping the position means something.
        window.selection()->select(SelectionTarget::ofTable(Crm, QStringLiteral("deals")));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("deals"));
        QTreeView *tree = packages->view();
        tree->expandAll();
        QScrollBar *scroll = tree->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum() / 2);
        const int scrolled = scroll->value();
        // Merged in place, not reset: the row of deals is the same row (it may move).
        const QPersistentModelIndex dealsRow = packages->findTarget(SelectionTarget::ofTable(Crm, QStringLiteral("deals")));
        const bool dealsExpanded = tree->isExpanded(tree->model()->index(0, 0)); // a package row
        QSignalSpy reloaded(window.session(), &ProjectSession::reloaded);

        QVERIFY(writeInPlace(m_crmFile, withForecasts(m_crmOriginal)));

        // The tree merges the new table in; the problems list and the graph have it.
        QTRY_VERIFY_WITH_TIMEOUT(packages->model()->findItem(Crm, QStringLiteral("forecasts")).isValid(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() > problemsBefore, Timeout);
        QVERIFY(std::any_of(problems->diagnostics().cbegin(), problems->diagnostics().cend(),
                            [](const Diagnostic &d) { return d.package == Crm && d.message.contains(QLatin1String("moneyy")); }));
        QTRY_VERIFY_WITH_TIMEOUT(graphHas(window, QStringLiteral("forecasts")), Timeout);
        QVERIFY(!reloaded.isEmpty());
        // No full load: views were updated in place.
        QVERIFY(!window.session()->isLoading());

        // The status bar says what changed.
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("@acme/crm")) && message.contains(QLatin1String("forecasts")),
                 qPrintable(message));

        // Selection, current row, expansion, scroll position and the page are kept.
        QCOMPARE(window.selection()->current(), SelectionTarget::ofTable(Crm, QStringLiteral("deals")));
        QCOMPARE(packages->currentTarget(), SelectionTarget::ofTable(Crm, QStringLiteral("deals")));
        QVERIFY(dealsRow.isValid());
        QCOMPARE(packages->findTarget(SelectionTarget::ofTable(Crm, QStringLiteral("deals"))), QModelIndex(dealsRow));
        QCOMPARE(tree->isExpanded(tree->model()->index(0, 0)), dealsExpanded);
        QCOMPARE(scroll->value(), scrolled);
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("deals"));
        QCOMPARE(graph->scene()->selectedNodeId(), GraphIds::table(QStringLiteral("deals")));

        // And back: the table goes, the problem is fixed.
        QVERIFY(writeInPlace(m_crmFile, m_crmOriginal));
        QTRY_VERIFY_WITH_TIMEOUT(!packages->model()->findItem(Crm, QStringLiteral("forecasts")).isValid(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(problems->rowCount(), problemsBefore, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(graph->scene()->graph().indexOf(GraphIds::table(QStringLiteral("forecasts"))) < 0,
                                 Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("fixed")), Timeout);
        QCOMPARE(window.selection()->current(), SelectionTarget::ofTable(Crm, QStringLiteral("deals")));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("deals"));
    }

    void savedByRenameUpdatesEveryView()
    {
        MainWindow window;
        openAndSettle(window);
        auto *packages = window.panel<PackagesPanel>(PanelId::Packages);
        ProblemsModel *problems = window.panel<ProblemsPanel>(PanelId::Problems)->model();
        auto *graph = window.panel<GraphPanel>(PanelId::Graph);
        window.selection()->select(SelectionTarget::ofTable(Crm, QStringLiteral("notes")));
        const int problemsBefore = problems->rowCount();

        QVERIFY(writeByRename(m_crmFile, withForecasts(m_crmOriginal)));
        QTRY_VERIFY_WITH_TIMEOUT(packages->model()->findItem(Crm, QStringLiteral("forecasts")).isValid(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() > problemsBefore, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(graphHas(window, QStringLiteral("forecasts")), Timeout);
        QCOMPARE(packages->currentTarget(), SelectionTarget::ofTable(Crm, QStringLiteral("notes")));

        // The replaced file is watched again: a second save by rename arrives too.
        QVERIFY(writeByRename(m_crmFile, m_crmOriginal));
        QTRY_VERIFY_WITH_TIMEOUT(!packages->model()->findItem(Crm, QStringLiteral("forecasts")).isValid(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(problems->rowCount(), problemsBefore, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(graph->scene()->graph().indexOf(GraphIds::table(QStringLiteral("forecasts"))) < 0,
                                 Timeout);
        QCOMPARE(window.selection()->current(), SelectionTarget::ofTable(Crm, QStringLiteral("notes")));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("notes"));
    }

    void aSelectedTableThatGoesAwaySelectsItsPackage()
    {
        MainWindow window;
        openAndSettle(window);
        auto *packages = window.panel<PackagesPanel>(PanelId::Packages);
        QVERIFY(writeInPlace(m_crmFile, withForecasts(m_crmOriginal)));
        QTRY_VERIFY_WITH_TIMEOUT(packages->model()->findItem(Crm, QStringLiteral("forecasts")).isValid(), Timeout);
        window.selection()->select(SelectionTarget::ofTable(Crm, QStringLiteral("forecasts")));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("forecasts"));

        QVERIFY(writeByRename(m_crmFile, m_crmOriginal));
        QTRY_COMPARE_WITH_TIMEOUT(window.selection()->current(), SelectionTarget::ofPackage(Crm), Timeout);
        QCOMPARE(packages->currentTarget(), SelectionTarget::ofPackage(Crm));
        QCOMPARE(window.summaryPage()->title(), Crm);
    }

    void fullReloadKeepsTheSelection()
    {
        MainWindow window;
        openAndSettle(window);
        auto *packages = window.panel<PackagesPanel>(PanelId::Packages);
        window.selection()->select(SelectionTarget::ofColumn(Crm, QStringLiteral("deals"), QStringLiteral("title")));
        QSignalSpy loaded(window.session(), &ProjectSession::loaded);
        window.session()->reload();
        QVERIFY(loaded.wait(Timeout));
        QCOMPARE(window.selection()->current(), SelectionTarget::ofColumn(Crm, QStringLiteral("deals"), QStringLiteral("title")));
        QCOMPARE(packages->currentTarget(), window.selection()->current());
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("deals"));
    }

    void pollingIsShown()
    {
        MainWindow window;
        openAndSettle(window);
        QVERIFY(window.pollingIndicator()->isHidden());
        // The limit of the system cannot be reached in a test: say what the watcher says then.
        const QString message = QStringLiteral("Watch limit reached: raise fs.inotify.max_user_watches");
        Q_EMIT window.session()->reloader()->watcher().pollingStarted(message);
        QVERIFY(!window.pollingIndicator()->isHidden());
        QCOMPARE(window.pollingIndicator()->toolTip(), message);
        QCOMPARE(window.statusBar()->currentMessage(), message);
        QVERIFY(window.session()->isPolling());
    }

    // A column added to database.json without a migration: the package's row and page say so once
    // the comparison with its migrations (worked out off the GUI thread) catches up, and stop
    // saying so when the change is undone.
    void schemaChangesFollowTheFiles()
    {
        MainWindow window;
        openAndSettle(window);
        SchemaDiffTracker *tracker = window.schemaDiffTracker();
        tracker->setDebounceInterval(20);
        const PackageTreeModel *tree = window.panel<PackagesPanel>(PanelId::Packages)->model();
        QTRY_VERIFY_WITH_TIMEOUT(tracker->hasResult(), Timeout);
        QCOMPARE(tracker->diff().differenceCount(), 0);
        QCOMPARE(tree->schemaDifferences(Crm), 0);

        QByteArray changed = m_crmOriginal;
        const QByteArray industry = "{ \"name\": \"industry\", \"type\": \"varchar(80)\" }";
        QVERIFY(changed.contains(industry));
        changed.replace(industry, QByteArray(industry + ",\n        { \"name\": \"notes\", \"type\": \"text\" }"));
        QVERIFY(writeInPlace(m_crmFile, changed));
        QTRY_COMPARE_WITH_TIMEOUT(tree->schemaDifferences(Crm), 1, Timeout);
        const QModelIndex row = tree->findItem(Crm);
        QVERIFY(row.siblingAtColumn(1).data().toString().contains(QStringLiteral("1 to migrate")));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 difference")));
        QCOMPARE(tree->schemaDifferences(QStringLiteral("@acme/core")), 0);

        window.panel<PackagesPanel>(PanelId::Packages)->selectItem(Crm);
        const auto pageText = [&window] {
            QStringList texts;
            for (const QLabel *label : window.summaryPage()->findChildren<QLabel *>())
                texts.append(label->text());
            return texts.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("Column companies.notes is declared but missing.")),
                                 Timeout);

        QVERIFY(writeInPlace(m_crmFile, m_crmOriginal));
        QTRY_COMPARE_WITH_TIMEOUT(tree->schemaDifferences(Crm), 0, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("database.json matches what the migrations produce")),
                                 Timeout);
    }
};

QTEST_MAIN(TestHotReload)
#include "tst_hotreload.moc"
