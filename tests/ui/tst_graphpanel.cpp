#include "TestSupport.h"

#include "graph/EdgeItem.h"
#include "graph/GraphData.h"
#include "graph/GraphLayoutJob.h"
#include "graph/GraphNodeListModel.h"
#include "graph/GraphPanel.h"
#include "graph/GraphScene.h"
#include "graph/GraphSplitter.h"
#include "graph/GraphToolBar.h"
#include "graph/GraphView.h"
#include "graph/NamedViews.h"
#include "graph/NodeItem.h"
#include <strata/loading/PackageScanner.h>
#include "project/Selection.h"
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QLineF>
#include <QListView>
#include <QSettings>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;

namespace {

// Waits until the panel's graph is laid out and shown.
bool settle(GraphPanel &panel)
{
    QCoreApplication::processEvents();
    if (panel.scene()->isLayoutPending()) {
        QSignalSpy applied(panel.scene(), &GraphScene::layoutApplied);
        if (!applied.wait(60000))
            return false;
    }
    QCoreApplication::processEvents();
    return !panel.scene()->isLayoutPending();
}

QString table(const char *name)
{
    return GraphIds::table(QString::fromLatin1(name));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a)); // as Theme's dark palette
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestGraphPanel : public QObject
{
    Q_OBJECT

private:
    Registry m_registry;
    QTemporaryDir m_dir; // a copy of the examples: named views are written into it

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(Test::copyTree(Test::examplesDir(), m_dir.path()));
        QCOMPARE(discoverAndRegister(m_dir.path(), m_registry), 5);
    }

    void nodeListModel()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QAbstractItemModelTester tester(panel.nodeListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(panel));
        GraphNodeListModel *model = panel.nodeListModel();
        QCOMPARE(model->rowCount(), 22);
        const int users = model->rowOf(table("users"));
        QVERIFY(users >= 0);
        const QString spoken = model->index(users).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("users")) && spoken.contains(QStringLiteral("@acme/core")), qPrintable(spoken));
        QVERIFY(!panel.view()->accessibleName().isEmpty());
        QVERIFY(!panel.nodeList()->accessibleName().isEmpty());

        panel.setGraphKind(GraphKind::Packages);
        QVERIFY(settle(panel));
        QCOMPARE(model->rowCount(), 5);
        panel.setGraphKind(GraphKind::Tables);
        QVERIFY(settle(panel));
        QCOMPARE(model->rowCount(), 22);
    }

    void selectionSyncsBothWays()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(settle(panel));
        QSignalSpy changed(&selection, &Selection::changed);

        // Window -> graph and list (no echo back)
        selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/crm"), QStringLiteral("deals")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.scene()->selectedNodeId(), table("deals"));
        QCOMPARE(panel.nodeListModel()->idAt(panel.nodeList()->currentIndex().row()), table("deals"));
        // A column selects its table.
        selection.select(SelectionTarget::ofColumn(QStringLiteral("@acme/core"), QStringLiteral("users"), QStringLiteral("email")));
        QCOMPARE(panel.scene()->selectedNodeId(), table("users"));
        QCOMPARE(changed.size(), 2);

        // Graph click -> window
        NodeItem *invoices = panel.scene()->nodeItem(table("invoices"));
        QVERIFY(invoices);
        panel.view()->centerOn(invoices);
        const QPoint at = panel.view()->mapFromScene(invoices->pos());
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selection.current(), SelectionTarget::ofTable(QStringLiteral("@acme/billing"), QStringLiteral("invoices")));
        QCOMPARE(panel.nodeListModel()->idAt(panel.nodeList()->currentIndex().row()), table("invoices"));

        // List -> graph and window
        panel.nodeList()->setCurrentIndex(panel.nodeListModel()->index(panel.nodeListModel()->rowOf(table("plans"))));
        QCOMPARE(panel.scene()->selectedNodeId(), table("plans"));
        QCOMPARE(selection.current().table, QStringLiteral("plans"));

        // Keyboard: arrows move to a neighbour, Tab walks the list order.
        panel.view()->setFocus();
        // (plans is referenced, not referencing: the layout puts it right of its neighbours)
        const QString fromPlans = panel.view()->neighbourInDirection(table("plans"), Qt::Key_Left);
        QVERIFY(!fromPlans.isEmpty());
        QTest::keyClick(panel.view(), Qt::Key_Left);
        QCOMPARE(panel.scene()->selectedNodeId(), fromPlans);
        QCOMPARE(GraphIds::table(selection.current().table), fromPlans);
        const QStringList order = panel.scene()->filteredNodeIds();
        QTest::keyClick(panel.view(), Qt::Key_Tab);
        QCOMPARE(panel.scene()->selectedNodeId(), order.at(order.indexOf(fromPlans) + 1));

        // Package graph: a package selection selects its node.
        panel.setGraphKind(GraphKind::Packages);
        QVERIFY(settle(panel));
        selection.select(SelectionTarget::ofPackage(QStringLiteral("@acme/crm")));
        QCOMPARE(panel.scene()->selectedNodeId(), GraphIds::package(QStringLiteral("@acme/crm")));
    }

    void nodeListSplitter()
    {
        QSettings().remove(QStringLiteral("graph"));
        Selection selection;
        {
            GraphPanel panel(m_registry, selection);
            panel.resize(460, 600);
            panel.show();
            QVERIFY(settle(panel));
            // Narrow by default: the drawing gets about three quarters of the dock.
            QVERIFY(panel.isNodeListShown());
            QVERIFY(panel.toolBars().listAction->isChecked());
            const int total = panel.splitter()->width();
            QVERIFY2(qAbs(panel.nodeList()->width() - total / 4) <= 12,
                     qPrintable(QStringLiteral("list %1 of %2").arg(panel.nodeList()->width()).arg(total)));
            QVERIFY(panel.view()->width() >= total * 2 / 3);

            // The user drags the handle: the new share is remembered.
            const int list = total / 3;
            panel.splitter()->setSizes({total - list, list});
            Q_EMIT panel.splitter()->splitterMoved(total - list, 1);
            QVERIFY(qAbs(QSettings().value(QStringLiteral("graph/nodeListFraction")).toDouble() - 1.0 / 3) < 0.02);

            // The toolbar toggle hides the list and the drawing takes the whole width.
            panel.toolBars().listAction->trigger();
            QVERIFY(!panel.isNodeListShown());
            QCoreApplication::processEvents();
            QVERIFY(panel.view()->width() >= total - panel.splitter()->handleWidth());
            QCOMPARE(QSettings().value(QStringLiteral("graph/nodeListShown")).toBool(), false);
        }
        {
            // Another session: still hidden; shown again at the remembered share.
            GraphPanel panel(m_registry, selection);
            panel.resize(460, 600);
            panel.show();
            QVERIFY(settle(panel));
            QVERIFY(!panel.isNodeListShown());
            QVERIFY(!panel.toolBars().listAction->isChecked());
            panel.setNodeListShown(true);
            QCoreApplication::processEvents();
            QVERIFY(panel.nodeList()->isVisible());
            QVERIFY(panel.toolBars().listAction->isChecked());
            QVERIFY(qAbs(panel.nodeList()->width() - panel.splitter()->width() / 3) <= 12);
            // Dragged shut: the same as turning it off.
            panel.splitter()->setSizes({panel.splitter()->width(), 0});
            Q_EMIT panel.splitter()->splitterMoved(panel.splitter()->width(), 1);
            QVERIFY(!panel.isNodeListShown());
            QVERIFY(!panel.toolBars().listAction->isChecked());
        }
        QSettings().remove(QStringLiteral("graph"));
    }

    void toolBarsFitNarrowDock()
    {
        // In a dock 460 px wide no control hides behind a toolbar's overflow button.
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(460, 600);
        panel.show();
        QVERIFY(settle(panel));
        panel.setPathMode(true);
        QCoreApplication::processEvents();
        const GraphToolBars &bars = panel.toolBars();
        for (QToolBar *bar : {bars.mainBar, bars.viewBar, bars.modeBar, bars.pathBar}) {
            QVERIFY(bar->isVisible());
            for (QAction *action : bar->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                QWidget *widget = bar->widgetForAction(action);
                const QString name = action->text().isEmpty() && widget ? widget->accessibleName() : action->text();
                QVERIFY2(widget && widget->isVisible(), qPrintable(bar->windowTitle() + QStringLiteral(": ") + name));
            }
        }
        panel.setPathMode(false);
        QVERIFY(!bars.pathBar->isVisible());
    }

    void largeProjectOpensOnPackages()
    {
        // More tables than GraphPanel::LargeProjectTables, registered in code: a table layout would
        // take long, so the panel opens on the package graph.
        Registry registry;
        const int packages = 4;
        const int perPackage = GraphPanel::LargeProjectTables / packages + 10;
        for (int p = 0; p < packages; ++p) {
            QList<Table> tables;
            for (int t = 0; t < perPackage; ++t) {
                tables.append(createTable(QStringLiteral("t%1_%2").arg(p).arg(t),
                                          {column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey()}));
            }
            PackageRegistration registration;
            registration.packageName = QStringLiteral("@big/p%1").arg(p);
            registration.version = QStringLiteral("1.0.0");
            registration.schema = createSchema(tables);
            if (p > 0)
                registration.dependencies = {QStringLiteral("@big/p%1").arg(p - 1)};
            registry.registerDatabase(registration);
        }
        QCOMPARE(registry.packages().size(), packages);

        Selection selection;
        GraphPanel panel(registry, selection);
        QCOMPARE(panel.graphKind(), GraphKind::Packages);
        QCOMPARE(panel.scene()->pendingGraph().kind, GraphKind::Packages);
        QVERIFY(settle(panel));
        QCOMPARE(panel.nodeListModel()->rowCount(), packages);
        QVERIFY(!panel.toolBars().densityBox->isEnabled());

        // A change to the project keeps the package graph...
        PackageRegistration extra;
        extra.packageName = QStringLiteral("@big/extra");
        extra.version = QStringLiteral("1.0.0");
        extra.schema = createSchema({createTable(QStringLiteral("extra"), {column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey()})});
        registry.registerDatabase(extra);
        QVERIFY(settle(panel));
        QCOMPARE(panel.graphKind(), GraphKind::Packages);
        QCOMPARE(panel.nodeListModel()->rowCount(), packages + 1);

        // ...and so does the user's explicit choice of the table graph, over later changes.
        panel.setGraphKind(GraphKind::Tables);
        QCOMPARE(panel.scene()->pendingGraph().kind, GraphKind::Tables);
        registry.removePackage(QStringLiteral("@big/extra"));
        QCoreApplication::processEvents();
        QCOMPARE(panel.graphKind(), GraphKind::Tables);
        QCOMPARE(panel.scene()->pendingGraph().kind, GraphKind::Tables);
        panel.scene()->layoutJob().cancel(); // no need to wait for 1,600 tables

        // A small project still opens on its tables.
        GraphPanel small(m_registry, selection);
        QCOMPARE(small.graphKind(), GraphKind::Tables);
    }

    void reloadOfSameShapeUpdatesInPlace()
    {
        // A registry of its own: this test changes a package.
        Registry registry;
        QCOMPARE(discoverAndRegister(m_dir.path(), registry), 5);
        Selection selection;
        GraphPanel panel(registry, selection);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(settle(panel));
        selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/crm"), QStringLiteral("deals")));
        panel.setSearchText(QStringLiteral("invoice"));
        panel.setPath(table("payments"), table("plans"));
        const QStringList path = panel.currentPath();
        QCOMPARE(path.size(), 4);
        GraphScene *scene = panel.scene();
        NodeItem *deals = scene->nodeItem(table("deals"));
        NodeItem *invoices = scene->nodeItem(table("invoices"));
        const QHash<QString, QPointF> places = scene->positions();
        const int choices = panel.toolBars().pathFrom->count();
        QSignalSpy choicesRemoved(panel.toolBars().pathFrom->model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy started(&scene->layoutJob(), &GraphLayoutJob::started);
        QSignalSpy shown(scene, &GraphScene::graphChanged);

        // deals.owner_id now names a column users does not have: a new error on deals, and its
        // arrow to users turns red. Same tables, same links: no layout, the items are updated.
        PackageDefinition crm = *registry.package(QStringLiteral("@acme/crm"));
        bool edited = false;
        for (Table &t : crm.tables) {
            for (Column &c : t.columns) {
                if (t.name == QStringLiteral("deals") && c.name == QStringLiteral("owner_id")) {
                    c.references.column = QStringLiteral("no_such_column");
                    edited = true;
                }
            }
        }
        QVERIFY(edited);
        registry.addOrReplace(crm);
        QVERIFY(shown.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(started.size(), 0);
        QCOMPARE(scene->nodeItem(table("deals")), deals);
        QCOMPARE(scene->nodeItem(table("invoices")), invoices);
        QCOMPARE(scene->positions(), places);
        QVERIFY(deals->node().errors > 0);
        QCOMPARE(deals->node().state(), NodeState::Errors);
        bool red = false;
        for (EdgeItem *edge : scene->edgeItems()) {
            if (edge->from() == deals && edge->to() == scene->nodeItem(table("users")))
                red = edge->edge().broken;
        }
        QVERIFY(red);
        // Selection, search hits, the path and the node list are as they were; the path boxes were
        // not filled again (the names did not change).
        QCOMPARE(scene->selectedNodeId(), table("deals"));
        QVERIFY(invoices->isMatch());
        QVERIFY(!deals->isMatch());
        QCOMPARE(panel.currentPath(), path);
        QCOMPARE(scene->filteredNodeIds().size(), 4);
        QCOMPARE(panel.toolBars().pathFrom->count(), choices);
        QCOMPARE(panel.toolBars().pathFrom->currentData().toString(), table("payments"));
        QCOMPARE(choicesRemoved.size(), 0);
        // The node list (all nodes again once the path is off) shows the new state, deals current.
        panel.setPathMode(false);
        const int row = panel.nodeListModel()->rowOf(table("deals"));
        QVERIFY(row >= 0);
        QCOMPARE(panel.nodeListModel()->index(row).data(GraphNodeListModel::StateRole).toInt(), int(NodeState::Errors));
        QCOMPARE(panel.nodeList()->currentIndex().row(), row);
        panel.setPath(table("payments"), table("plans"));

        // A new table is another shape: laid out again, and offered in the path boxes.
        Table extra = crm.tables.first();
        extra.name = QStringLiteral("deal_tags");
        crm.tables.append(extra);
        registry.addOrReplace(crm);
        QVERIFY(settle(panel));
        QCOMPARE(started.size(), 1);
        QCOMPARE(panel.toolBars().pathFrom->count(), choices + 1);
        QVERIFY(panel.toolBars().pathFrom->findData(table("deal_tags")) >= 0);
        QCOMPARE(panel.toolBars().pathFrom->currentData().toString(), table("payments"));
        QCOMPARE(panel.currentPath(), path);
    }

    void packageGraphFitsWithoutScrollBars()
    {
        // Five packages in a wide window: once fitted, the whole graph is in sight with nothing to
        // scroll, also after the (taller, wider) table graph was shown.
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(1400, 900);
        panel.show();
        QVERIFY(settle(panel));
        QCOMPARE(panel.graphKind(), GraphKind::Tables);
        panel.setGraphKind(GraphKind::Packages);
        QVERIFY(settle(panel));
        panel.fit();
        QCoreApplication::processEvents();
        QCOMPARE(panel.view()->zoom(), 1.0);
        QVERIFY(!panel.view()->horizontalScrollBar()->isVisible());
        QVERIFY(!panel.view()->verticalScrollBar()->isVisible());
        const QRectF items = panel.scene()->itemsBoundingRect();
        QVERIFY(panel.scene()->sceneRect().contains(items));
        QVERIFY(panel.scene()->sceneRect().width() < items.width() + 100);
    }

    void selectionScrollsToNode()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(460, 600);
        panel.show();
        QVERIFY(settle(panel));
        QTRY_VERIFY(panel.view()->zoom() < 1.0); // fitted once shown
        GraphView *view = panel.view();
        // Zoomed in on one table, as a user reading the graph would be.
        const QString start = table("plans");
        view->setZoom(1.0, panel.scene()->nodeItem(start)->pos());
        view->centerOn(panel.scene()->nodeItem(start)->pos());
        auto visible = [view] { return view->mapToScene(view->viewport()->rect()).boundingRect(); };
        const QRectF before = visible();
        const int layouts = panel.scene()->layoutsApplied();

        // The table farthest from the one in view, certainly out of sight.
        const NodeItem *far = nullptr;
        for (NodeItem *item : panel.scene()->nodeItems()) {
            if (!far || QLineF(item->pos(), before.center()).length() > QLineF(far->pos(), before.center()).length())
                far = item;
        }
        QVERIFY(far && !before.intersects(far->sceneRect()));
        selection.select(SelectionTarget::ofTable(far->node().package, far->node().name));
        QCOMPARE(panel.scene()->selectedNodeId(), far->id());
        const QRectF after = visible();
        QVERIFY(after != before);
        QVERIFY2(after.contains(far->pos()), qPrintable(far->id()));
        QCOMPARE(view->zoom(), 1.0);
        QCOMPARE(panel.scene()->layoutsApplied(), layouts);
        QVERIFY(!panel.scene()->isLayoutPending());

        // Already in sight: nothing moves.
        selection.select(SelectionTarget::ofColumn(far->node().package, far->node().name, QStringLiteral("id")));
        QCOMPARE(visible(), after);

    }

    void selectionDuringLayoutIsRevealed()
    {
        // A table added on disk and picked in the tree while the graph lays the change out: it is not
        // in the drawn graph yet, so the graph scrolls to it once the layout is in (at the same zoom).
        Registry registry;
        auto registerTables = [&registry](int count, bool withNew) {
            QList<Table> tables;
            for (int t = 0; t < count; ++t)
                tables.append(createTable(QStringLiteral("wide_%1").arg(t, 3, 10, QLatin1Char('0')),
                                          {column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey()}));
            if (withNew)
                tables.append(createTable(QStringLiteral("added"), {column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey()}));
            PackageRegistration registration;
            registration.packageName = QStringLiteral("@wide/all");
            registration.version = QStringLiteral("1.0.0");
            registration.schema = createSchema(tables);
            registry.registerDatabase(registration);
        };
        registerTables(40, false);

        Selection selection;
        GraphPanel panel(registry, selection);
        panel.resize(460, 600);
        panel.show();
        QVERIFY(settle(panel));
        QTRY_VERIFY(panel.view()->zoom() < 1.0); // fitted once
        GraphView *view = panel.view();
        const QPointF first = panel.scene()->nodeItem(GraphIds::table(QStringLiteral("wide_000")))->pos();
        view->setZoom(1.0, first);
        view->centerOn(first);
        auto visible = [view] { return view->mapToScene(view->viewport()->rect()).boundingRect(); };
        const QRectF before = visible();

        registerTables(40, true);
        QCoreApplication::processEvents(); // the panel's coalesced refresh
        QVERIFY(panel.scene()->isLayoutPending());
        selection.select(SelectionTarget::ofTable(QStringLiteral("@wide/all"), QStringLiteral("added")));
        QVERIFY(settle(panel));
        const NodeItem *item = panel.scene()->nodeItem(table("added"));
        QVERIFY(item);
        QCOMPARE(panel.scene()->selectedNodeId(), item->id());
        QVERIFY2(!before.contains(item->pos()), "the new table was in sight anyway: the test shows nothing");
        QTRY_VERIFY(visible().contains(item->pos()));
        QCOMPARE(view->zoom(), 1.0);
    }

    void focusMode()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/billing"), QStringLiteral("invoices")));
        panel.setFocusDepth(1);
        panel.setFocusMode(true);
        const QStringList filtered = panel.scene()->filteredNodeIds();
        const QSet<QString> shown(filtered.cbegin(), filtered.cend());
        const QSet<QString> oneLink{table("invoices"), table("subscriptions"), table("invoice_lines"), table("payments"),
                                    table("workspaces")};
        QCOMPARE(shown, oneLink);
        QCOMPARE(panel.nodeListModel()->rowCount(), oneLink.size());
        // The others are dimmed, not hidden, until "hide others".
        QVERIFY(panel.scene()->nodeItem(table("deals"))->isVisible());
        QVERIFY(panel.scene()->nodeItem(table("deals"))->opacity() < 1.0);
        panel.setHideOthers(true);
        QVERIFY(!panel.scene()->nodeItem(table("deals"))->isVisible());

        panel.expandFocus();
        QCOMPARE(panel.focusDepth(), 2);
        const QStringList two = panel.scene()->filteredNodeIds();
        QVERIFY(two.contains(table("plans")));  // invoices -> subscriptions -> plans
        QVERIFY(two.contains(table("deals")));  // invoices -> workspaces <- deals
        QVERIFY(two.size() > oneLink.size());
        panel.setFocusMode(false);
        QCOMPARE(panel.scene()->filteredNodeIds().size(), 22);
    }

    void pathBetweenTables()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        panel.setPath(table("payments"), table("plans"));
        QCOMPARE(panel.currentPath(),
                 (QStringList{table("payments"), table("invoices"), table("subscriptions"), table("plans")}));
        QCOMPARE(panel.scene()->filteredNodeIds().size(), 4);
        // Either direction of the keys: comments -> users <- companies (owner_id)
        panel.setPath(table("comments"), table("companies"));
        QCOMPARE(panel.currentPath(), (QStringList{table("comments"), table("users"), table("companies")}));
        int emphasized = 0;
        for (QGraphicsItem *item : panel.scene()->items()) {
            if (auto *node = dynamic_cast<NodeItem *>(item))
                emphasized += node->opacity() == 1.0;
        }
        QCOMPARE(emphasized, 3);
        panel.setPathMode(false);
        QVERIFY(panel.currentPath().isEmpty());
        QCOMPARE(panel.scene()->filteredNodeIds().size(), 22);
    }

    void searchJumps()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        panel.setSearchText(QStringLiteral("invoice"));
        QVERIFY(panel.scene()->nodeItem(table("invoices"))->isMatch());
        QVERIFY(panel.scene()->nodeItem(table("invoice_lines"))->isMatch());
        QVERIFY(!panel.scene()->nodeItem(table("users"))->isMatch());
        panel.setSearchText(QStringLiteral("Users"));
        QCOMPARE(panel.jumpToSearch(), table("users"));
        QCOMPARE(selection.current().table, QStringLiteral("users"));
    }

    void namedViews()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        panel.setPath(table("payments"), table("plans"));
        panel.scene()->nodeItem(table("plans"))->setPos(QPointF(-500, -500)); // arranged by hand
        QVERIFY(panel.saveNamedView(QStringLiteral("Billing chain")));
        const QList<NamedView> saved = NamedViews::load(m_dir.path());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().tables.size(), 4);
        QCOMPARE(saved.first().tables.value(QStringLiteral("plans")), QPointF(-500, -500));

        // Another panel (another session) reads it back.
        GraphPanel other(m_registry, selection);
        QVERIFY(settle(other));
        QCOMPARE(other.namedViews().size(), 1);
        other.applyNamedView(QStringLiteral("Billing chain"));
        QCOMPARE(other.scene()->filteredNodeIds().size(), 4);
        QCOMPARE(other.scene()->nodeItem(table("plans"))->pos(), QPointF(-500, -500));
        QVERIFY(!other.scene()->nodeItem(table("users"))->isVisible());
        other.applyNamedView({});
        QCOMPARE(other.scene()->filteredNodeIds().size(), 22);
        other.deleteNamedView(QStringLiteral("Billing chain"));
        QVERIFY(NamedViews::load(m_dir.path()).isEmpty());
    }

    void exportsPngAndSvg()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(settle(panel));
        QTemporaryDir out;
        QString error;
        const QString png = out.filePath(QStringLiteral("graph.png"));
        QVERIFY2(panel.exportImage(png, GraphPanel::ExportScope::WholeDiagram, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        // Uncropped: the whole diagram at 2x.
        QVERIFY(image.width() >= int(panel.scene()->itemsBoundingRect().width() * 2) - 2);
        const QString svg = out.filePath(QStringLiteral("graph.svg"));
        QVERIFY2(panel.exportImage(svg, GraphPanel::ExportScope::WholeDiagram, &error), qPrintable(error));
        const QByteArray text = Test::readFile(svg);
        for (const char *name : {"invoices", "users", "deal_stages", "audit_events", "task_assignees"})
            QVERIFY2(text.contains(name), name);
        const QString visible = out.filePath(QStringLiteral("visible.png"));
        QVERIFY(panel.exportImage(visible, GraphPanel::ExportScope::VisibleView, &error));
        QVERIFY(!QImage(visible).isNull());
    }

    void screenshot()
    {
        // What a user sees, in the light and the dark palette: /tmp/graph-panel.png and -dark.png.
        for (const bool dark : {false, true}) {
            Selection selection;
            GraphPanel panel(m_registry, selection);
            if (dark)
                panel.setPalette(darkPalette());
            panel.setDensity(ColumnDensity::AllColumns);
            panel.resize(1280, 800);
            panel.show();
            QVERIFY(settle(panel));
            selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/crm"), QStringLiteral("deals")));
            panel.setSearchText(QStringLiteral("invoice"));
            panel.fit();
            QCoreApplication::processEvents();
            const QString stem = dark ? QStringLiteral("/tmp/graph-panel-dark") : QStringLiteral("/tmp/graph-panel");
            QVERIFY(panel.grab().save(stem + QStringLiteral("-fit.png")));
            // At 1:1 around the selection, as after clicking a table: labels must read.
            panel.view()->setZoom(1.0, panel.scene()->nodeItem(table("deals"))->pos());
            panel.view()->centreOn(table("deals"));
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(stem + QStringLiteral(".png")));
        }
        // In a dock of the window's default size, where the toolbars and the list must fit.
        for (const bool dark : {false, true}) {
            Selection selection;
            GraphPanel panel(m_registry, selection);
            if (dark)
                panel.setPalette(darkPalette());
            panel.resize(460, 600);
            panel.show();
            QVERIFY(settle(panel));
            QTRY_VERIFY(panel.view()->zoom() < 1.0);
            selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/crm"), QStringLiteral("deals")));
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(dark ? QStringLiteral("/tmp/graph-panel-460-dark.png") : QStringLiteral("/tmp/graph-panel-460.png")));
            panel.view()->setZoom(1.0, panel.scene()->nodeItem(table("deals"))->pos());
            panel.view()->centerOn(panel.scene()->nodeItem(table("deals"))->pos());
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(dark ? QStringLiteral("/tmp/graph-panel-460-1to1-dark.png") : QStringLiteral("/tmp/graph-panel-460-1to1.png")));
            if (dark)
                continue;
            // Path mode brings its row of two ends; the package graph.
            panel.setPath(table("payments"), table("plans"));
            panel.fit();
            QCoreApplication::processEvents();
            QVERIFY(panel.toolBars().pathBar->isVisible());
            QVERIFY(panel.grab().save(QStringLiteral("/tmp/graph-panel-460-path.png")));
            panel.setPathMode(false);
            QVERIFY(!panel.toolBars().pathBar->isVisible());
            panel.setGraphKind(GraphKind::Packages);
            QVERIFY(settle(panel));
            QTRY_VERIFY(panel.view()->zoom() <= 1.0);
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(QStringLiteral("/tmp/graph-panel-460-packages.png")));
        }
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.setGraphKind(GraphKind::Packages);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(settle(panel));
        panel.fit();
        QVERIFY(panel.grab().save(QStringLiteral("/tmp/graph-panel-packages.png")));
    }
};

QTEST_MAIN(TestGraphPanel)
#include "tst_graphpanel.moc"
