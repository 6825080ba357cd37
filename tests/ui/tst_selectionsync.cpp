// The window's one selection: the packages tree, the graph and the problems list report to it and
// follow it, without echoes (one change per user action), and the central page shows it.

#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestProject.h"
#include "graph/GraphData.h"
#include "graph/GraphNodeListModel.h"
#include "graph/GraphPanel.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "pages/SummaryPage.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include "project/ProjectSession.h"
#include "project/Selection.h"
#include <strata/registry/Registry.h>

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Strata;
using namespace Strata::Ui;

namespace {

constexpr int Timeout = 20000;
const QString Crm = QStringLiteral("@acme/crm");
const QString Billing = QStringLiteral("@acme/billing");

bool graphReady(const MainWindow &window, const QString &id)
{
    const GraphScene *scene = window.panel<GraphPanel>(PanelId::Graph)->scene();
    return !scene->isLayoutPending() && scene->nodeItem(id) != nullptr;
}

} // namespace

class TestSelectionSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_selectionsync"));
    }

    void init() { QSettings().clear(); }

    void treeAndGraphBothWays()
    {
        QTemporaryDir dir;
        QVERIFY(Test::copyTree(Test::examplesDir(), dir.path()));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openProject(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(graphReady(window, GraphIds::table(QStringLiteral("invoices"))), Timeout);
        auto *packagesPanel = window.panel<PackagesPanel>(PanelId::Packages);
        auto *graphPanel = window.panel<GraphPanel>(PanelId::Graph);
        QSignalSpy changed(window.selection(), &Selection::changed);

        // Tree -> selection, graph and page.
        packagesPanel->selectItem(Crm, QStringLiteral("deals"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(window.selection()->current(), SelectionTarget::ofTable(Crm, QStringLiteral("deals")));
        QCOMPARE(graphPanel->scene()->selectedNodeId(), GraphIds::table(QStringLiteral("deals")));
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("deals"));

        // A column row selects the column; the graph shows its table.
        const QModelIndex column = packagesPanel->findTarget(
            SelectionTarget::ofColumn(Crm, QStringLiteral("deals"), QStringLiteral("title")));
        QCOMPARE(column.data(PackageTreeModel::KindRole).toInt(), int(PackageTreeModel::Kind::Column));
        packagesPanel->reveal(SelectionTarget::ofPackage(Crm)); // (reveal alone reports nothing)
        QCOMPARE(changed.size(), 1);
        QTreeView *tree = packagesPanel->view();
        const QModelIndex proxyColumn = packagesPanel->findTarget(
            SelectionTarget::ofColumn(Crm, QStringLiteral("deals"), QStringLiteral("title")));
        QVERIFY(proxyColumn.isValid());
        tree->setCurrentIndex(static_cast<const QAbstractProxyModel *>(tree->model())->mapFromSource(proxyColumn));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(window.selection()->current(), SelectionTarget::ofColumn(Crm, QStringLiteral("deals"), QStringLiteral("title")));
        QCOMPARE(graphPanel->scene()->selectedNodeId(), GraphIds::table(QStringLiteral("deals")));

        // Graph click -> selection, tree (revealed) and page.
        GraphView *view = graphPanel->view();
        NodeItem *invoices = graphPanel->scene()->nodeItem(GraphIds::table(QStringLiteral("invoices")));
        QVERIFY(invoices);
        view->centerOn(invoices);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(invoices->pos()));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(window.selection()->current(), SelectionTarget::ofTable(Billing, QStringLiteral("invoices")));
        QCOMPARE(packagesPanel->currentTarget(), SelectionTarget::ofTable(Billing, QStringLiteral("invoices")));
        const QModelIndex current = tree->currentIndex();
        QVERIFY(tree->isExpanded(current.parent()));
        QVERIFY(tree->visualRect(current).intersects(tree->viewport()->rect())); // scrolled to it
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("invoices"));

        // The graph's node list reports too.
        GraphNodeListModel *nodes = graphPanel->nodeListModel();
        graphPanel->nodeList()->setCurrentIndex(nodes->index(nodes->rowOf(GraphIds::table(QStringLiteral("companies")))));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(packagesPanel->currentTarget(), SelectionTarget::ofTable(Crm, QStringLiteral("companies")));

        // A package chosen in the graph selects the package row; the page shows the package.
        graphPanel->setGraphKind(GraphKind::Packages);
        QTRY_VERIFY_WITH_TIMEOUT(graphReady(window, GraphIds::package(Billing)), Timeout);
        const int before = changed.size();
        graphPanel->nodeList()->setCurrentIndex(nodes->index(nodes->rowOf(GraphIds::package(Billing))));
        QCOMPARE(changed.size(), before + 1);
        QCOMPARE(packagesPanel->currentTarget(), SelectionTarget::ofPackage(Billing));
        QCOMPARE(window.summaryPage()->title(), Billing);

        // The summary page's rows lead further in, through the selection.
        window.selection()->select(SelectionTarget::ofPackage(Crm));
        QCOMPARE(packagesPanel->currentTarget(), SelectionTarget::ofPackage(Crm));
    }

    void aProblemSelectsItsTable()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openProject(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), Timeout);
        ProblemsPanel *problems = window.panel<ProblemsPanel>(PanelId::Problems);
        QTRY_VERIFY(problems->model()->rowCount() > 0);

        QTableView *view = problems->view();
        // "body" in notes has the unknown type "txet": the finding lies inside the table.
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const Diagnostic *d = problems->diagnosticAt(view->model()->index(r, 0));
            if (d && d->package == QLatin1String("notes") && d->message.contains(QLatin1String("txet")))
                row = r;
        }
        QVERIFY(row >= 0);
        QSignalSpy changed(window.selection(), &Selection::changed);
        view->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(window.selection()->current(), SelectionTarget::ofTable(QStringLiteral("notes"), QStringLiteral("notes")));
        QCOMPARE(window.panel<PackagesPanel>(PanelId::Packages)->currentTarget(), window.selection()->current());
        QCOMPARE(window.summaryPage()->title(), QStringLiteral("notes"));
    }

    void problemsFilterByPackageAndCode()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        QVERIFY(Test::writeFile(dir.path() + QStringLiteral("/tags/database.json"),
                                Test::uiTestPackage("tags", "    { \"name\": \"tags\", \"columns\": [\n"
                                                            "      { \"name\": \"id\", \"type\": \"serial\", \"primaryKey\": true },\n"
                                                            "      { \"name\": \"label\", \"type\": \"strnig\" } ] }")));
        MainWindow window;
        window.show();
        window.openProject(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), Timeout);
        ProblemsPanel *problems = window.panel<ProblemsPanel>(PanelId::Problems);
        QAbstractItemModel *shown = problems->view()->model();
        const int all = shown->rowCount();
        QVERIFY(all >= 2);

        auto everyRow = [&](auto predicate) {
            for (int r = 0; r < shown->rowCount(); ++r) {
                if (!predicate(*problems->diagnosticAt(shown->index(r, 0))))
                    return false;
            }
            return true;
        };
        QVERIFY(problems->packageFilter()->findData(QStringLiteral("tags")) > 0);
        problems->setPackageFilter(QStringLiteral("tags"));
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
        QVERIFY(everyRow([](const Diagnostic &d) { return d.package == QLatin1String("tags"); }));
        QCOMPARE(problems->packageFilter()->currentData().toString(), QStringLiteral("tags"));

        const QString code = problems->diagnosticAt(shown->index(0, 0))->code;
        problems->setPackageFilter({});
        QCOMPARE(shown->rowCount(), all);
        problems->setCodeFilter(code);
        QVERIFY(shown->rowCount() >= 2); // notes and tags have the same finding
        QVERIFY(everyRow([&code](const Diagnostic &d) { return d.code == code; }));
        problems->setCodeFilter({});
        QCOMPARE(shown->rowCount(), all);
    }
};

QTEST_MAIN(TestSelectionSync)
#include "tst_selectionsync.moc"
