#include "TestSupport.h"

#include "graph/EdgeItem.h"
#include "graph/GraphBuilder.h"
#include "graph/GraphLayoutJob.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Strata;
using namespace Strata::Ui;

namespace {

// Shows `data` and waits for its layout (when one is needed).
bool showAndWait(GraphScene &scene, const GraphData &data)
{
    QSignalSpy shown(&scene, &GraphScene::graphChanged);
    scene.setGraph(data);
    return !shown.isEmpty() || shown.wait(60000);
}

PackageDefinition packageOf(const Registry &registry, const QString &name)
{
    return *registry.package(name);
}

} // namespace

class TestGraphScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void layoutRunsOffTheGuiThread()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphLayoutJob job;
        QSignalSpy finished(&job, &GraphLayoutJob::finished);
        LayoutRequest request;
        const GraphData graph = GraphBuilder::tables(registry, ColumnDensity::KeysOnly);
        for (const GraphNode &node : graph.nodes)
            request.nodes.append({node.id, node.size, graph.clusterOf.value(node.id)});
        for (const GraphEdge &edge : graph.edges)
            request.edges.append({edge.from, edge.to});
        job.request(request);
        QVERIFY(finished.isEmpty()); // request() returned before the layout was done
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<LayoutResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.ranOnGuiThread);
        QCOMPARE(result.positions.size(), graph.nodes.size());
        QCOMPARE(result.edges.size(), graph.edges.size());
        QCOMPARE(result.clusters.size(), 5);
    }

    void supersededLayoutsAreDropped()
    {
        GraphLayoutJob job;
        QSignalSpy finished(&job, &GraphLayoutJob::finished);
        LayoutRequest first;
        for (int i = 0; i < 200; ++i)
            first.nodes.append({QStringLiteral("n%1").arg(i), QSizeF(80, 30), {}});
        LayoutRequest second;
        second.nodes.append({QStringLiteral("only"), QSizeF(80, 30), {}});
        job.request(first);
        job.request(second);
        QVERIFY(finished.wait(60000));
        QTest::qWait(50); // nothing else may arrive
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LayoutResult>().positions.size(), 1);
    }

    void zoomAndPanDoNotLayOut()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        QVERIFY(showAndWait(scene, GraphBuilder::packages(registry)));
        QCOMPARE(scene.layoutsApplied(), 1);
        QCOMPARE(scene.nodeItems().size(), 5);
        GraphView view(&scene);
        view.resize(600, 400);
        view.show();
        QSignalSpy started(&scene.layoutJob(), &GraphLayoutJob::started);
        const QHash<QString, QPointF> before = scene.positions();
        view.zoomIn();
        view.zoomIn();
        view.setZoom(0.5, QPointF(0, 0));
        view.fitAll();
        QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
        QTest::mouseMove(view.viewport(), QPoint(5, 5));
        QTest::qWait(20);
        QCOMPARE(started.size(), 0);
        QCOMPARE(scene.layoutsApplied(), 1);
        QCOMPARE(scene.positions(), before);
    }

    void wheelZoomsAroundTheCursor()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        QVERIFY(showAndWait(scene, GraphBuilder::tables(registry, ColumnDensity::AllColumns)));
        GraphView view(&scene);
        view.resize(500, 400);
        view.show();
        view.setZoom(0.5, scene.itemsBoundingRect().center());
        const QPoint cursor(120, 90);
        const QPointF under = view.mapToScene(cursor);
        QWheelEvent wheel(cursor, view.viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() > 0.5);
        const QPointF after = view.mapToScene(cursor);
        QVERIFY2(QLineF(under, after).length() < 2.0 / view.zoom(), "the point under the cursor stays put");
    }

    void changedColumnKeepsPositionsWithoutLayout()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        QVERIFY(showAndWait(scene, GraphBuilder::tables(registry, ColumnDensity::AllColumns)));
        const QHash<QString, QPointF> before = scene.positions();
        const int layouts = scene.layoutsApplied();
        QSignalSpy started(&scene.layoutJob(), &GraphLayoutJob::started);

        // packageChanged with one column changed (its comment and nullability: same size)
        PackageDefinition crm = packageOf(registry, QStringLiteral("@acme/crm"));
        Column &column = crm.tables[0].columns[1];
        column.comment = QStringLiteral("changed");
        column.notNull = !column.notNull;
        QSignalSpy changed(&registry, &Registry::packageChanged);
        registry.addOrReplace(crm);
        QCOMPARE(changed.size(), 1);

        QSignalSpy shown(&scene, &GraphScene::graphChanged);
        scene.setGraph(GraphBuilder::tables(registry, ColumnDensity::AllColumns));
        QCOMPARE(shown.size(), 1); // shown at once: no layout to wait for
        QVERIFY(!scene.isLayoutPending());
        QCOMPARE(started.size(), 0);
        QCOMPARE(scene.layoutsApplied(), layouts);
        QCOMPARE(scene.positions(), before);
        // The edges still follow Graphviz's splines.
        for (EdgeItem *edge : scene.edgeItems())
            QVERIFY(edge->followsRoute());
    }

    void addedTableKeepsOtherPositions()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        QVERIFY(showAndWait(scene, GraphBuilder::tables(registry, ColumnDensity::KeysOnly)));
        const QHash<QString, QPointF> before = scene.positions();
        const int layouts = scene.layoutsApplied();

        PackageDefinition crm = packageOf(registry, QStringLiteral("@acme/crm"));
        Table added = crm.tables.first(); // companies
        added.name = QStringLiteral("company_tags");
        crm.tables.append(added);
        registry.addOrReplace(crm);

        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        scene.setGraph(GraphBuilder::tables(registry, ColumnDensity::KeysOnly));
        QVERIFY(scene.isLayoutPending());
        QVERIFY(applied.wait(60000));
        QCOMPARE(scene.layoutsApplied(), layouts + 1);
        const QHash<QString, QPointF> after = scene.positions();
        QCOMPARE(after.size(), before.size() + 1);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        // The new table is placed where it overlaps no other node.
        NodeItem *fresh = scene.nodeItem(GraphIds::table(QStringLiteral("company_tags")));
        QVERIFY(fresh);
        for (NodeItem *other : scene.nodeItems()) {
            if (other != fresh)
                QVERIFY2(!fresh->sceneRect().intersects(other->sceneRect()), qPrintable(other->id()));
        }
    }

    void removedTableKeepsOtherPositions()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        QVERIFY(showAndWait(scene, GraphBuilder::tables(registry, ColumnDensity::NamesOnly)));
        const QHash<QString, QPointF> before = scene.positions();
        PackageDefinition audit = packageOf(registry, QStringLiteral("@acme/audit"));
        audit.tables.removeLast();
        registry.addOrReplace(audit);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        scene.setGraph(GraphBuilder::tables(registry, ColumnDensity::NamesOnly));
        QVERIFY(applied.wait(60000));
        const QHash<QString, QPointF> after = scene.positions();
        QCOMPARE(after.size(), before.size() - 1);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value(), before.value(it.key()));
    }

    void sameShapeUpdatesItemsInPlace()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        GraphData data = GraphBuilder::tables(registry, ColumnDensity::KeysOnly);
        QVERIFY(showAndWait(scene, data));
        const QHash<QString, QPointF> before = scene.positions();
        QHash<QString, NodeItem *> nodes;
        for (NodeItem *item : scene.nodeItems())
            nodes.insert(item->id(), item);
        const QList<EdgeItem *> edges = scene.edgeItems();
        QCOMPARE(edges.size(), data.edges.size());
        const QString selected = GraphIds::table(QStringLiteral("deals"));
        const QString hit = GraphIds::table(QStringLiteral("invoices"));
        scene.selectNode(selected);
        scene.setSearchMatches({hit});

        // What a reload that found new problems gives: two errors in a table, a broken reference.
        const qsizetype changed = data.indexOf(GraphIds::table(QStringLiteral("users")));
        QVERIFY(changed >= 0);
        QCOMPARE(data.nodes.at(changed).errors, 0);
        data.nodes[changed].errors = 2;
        qsizetype red = -1;
        for (qsizetype i = 0; i < data.edges.size() && red < 0; ++i)
            red = data.edges.at(i).broken ? -1 : i;
        QVERIFY(red >= 0);
        data.edges[red].broken = true;
        data.edges[red].label = QStringLiteral("deals.owner_id (no such column)");

        QSignalSpy shown(&scene, &GraphScene::graphChanged);
        QSignalSpy started(&scene.layoutJob(), &GraphLayoutJob::started);
        QSignalSpy selection(&scene, &GraphScene::selectedNodeChanged);
        scene.setGraph(data);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(started.size(), 0);
        QVERIFY(!scene.isLayoutPending());

        // The very same items, where they were.
        QCOMPARE(scene.nodeItems().size(), nodes.size());
        for (NodeItem *item : scene.nodeItems())
            QCOMPARE(item, nodes.value(item->id()));
        QCOMPARE(scene.edgeItems(), edges);
        QCOMPARE(scene.positions(), before);
        // ... showing the new data: the badge and its tooltip, the red arrow above the grey ones.
        NodeItem *users = scene.nodeItem(data.nodes.at(changed).id);
        QCOMPARE(users->node().errors, 2);
        QCOMPARE(users->node().state(), NodeState::Errors);
        QVERIFY2(users->toolTip().contains(QStringLiteral("2 error")), qPrintable(users->toolTip()));
        EdgeItem *broken = scene.edgeItems().at(red);
        QCOMPARE(broken->edge().from, data.edges.at(red).from);
        QVERIFY(broken->edge().broken);
        QCOMPARE(broken->zValue(), 0.5);
        QCOMPARE(broken->toolTip(), data.edges.at(red).label);
        QCOMPARE(scene.graph().edges.at(red).broken, true);
        for (EdgeItem *edge : scene.edgeItems())
            QVERIFY(edge->followsRoute()); // no end moved: every path is still the routed one
        // The selection and the search hits stay, and nothing says the selection changed.
        QCOMPARE(scene.selectedNodeId(), selected);
        QVERIFY(scene.nodeItem(hit)->isMatch());
        QVERIFY(!scene.nodeItem(selected)->isMatch());
        QCOMPARE(selection.size(), 0);

        // The same data again: nothing to redraw, the items still the same.
        scene.setGraph(data);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(scene.edgeItems(), edges);
        QCOMPARE(scene.nodeItem(selected), nodes.value(selected));
    }

    void grownNodeMovesInPlaceWithItsEdges()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        GraphData data = GraphBuilder::packages(registry);
        QVERIFY(showAndWait(scene, data));
        const QHash<QString, QPointF> before = scene.positions();
        const QString core = GraphIds::package(QStringLiteral("@acme/core"));
        NodeItem *item = scene.nodeItem(core);
        const QList<EdgeItem *> edges = scene.edgeItems();

        // A box so large that it covers its neighbours where it stands: it moves down until free.
        data.nodes[data.indexOf(core)].size += QSizeF(600, 400);
        scene.setGraph(data);
        QVERIFY(!scene.isLayoutPending());
        QCOMPARE(scene.nodeItem(core), item);
        QCOMPARE(scene.edgeItems(), edges);
        QCOMPARE(item->node().size, data.node(core)->size);
        QVERIFY(item->pos() != before.value(core));
        for (NodeItem *other : scene.nodeItems()) {
            if (other == item)
                continue;
            QCOMPARE(other->pos(), before.value(other->id()));
            QVERIFY2(!item->sceneRect().intersects(other->sceneRect()), qPrintable(other->id()));
        }
        // Its edges were drawn again to its new place; the others keep their routed splines.
        int touching = 0;
        for (EdgeItem *edge : scene.edgeItems()) {
            if (edge->from() == item || edge->to() == item) {
                ++touching;
                QVERIFY(!edge->followsRoute());
                QVERIFY(edge->boundingRect().intersects(item->sceneRect()));
            } else {
                QVERIFY(edge->followsRoute());
            }
        }
        QVERIFY(touching > 0);
    }

    void otherShapeIsLaidOutAgain()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        GraphData data = GraphBuilder::packages(registry);
        QVERIFY(showAndWait(scene, data));
        const int layouts = scene.layoutsApplied();
        const QHash<QString, QPointF> before = scene.positions();
        // A link between two packages that had none.
        GraphEdge added;
        added.from = GraphIds::package(QStringLiteral("@acme/core"));
        added.to = GraphIds::package(QStringLiteral("@acme/audit"));
        QVERIFY(!data.edges.contains(added));
        data.edges.append(added);
        QSignalSpy applied(&scene, &GraphScene::layoutApplied);
        scene.setGraph(data);
        QVERIFY(scene.isLayoutPending());
        QVERIFY(applied.wait(60000));
        QCOMPARE(scene.layoutsApplied(), layouts + 1);
        QCOMPARE(scene.edgeItems().size(), data.edges.size());
        QCOMPARE(scene.positions(), before);
        const auto drawn = std::find_if(scene.edgeItems().cbegin(), scene.edgeItems().cend(), [&](EdgeItem *edge) {
            return edge->edge().from == added.from && edge->edge().to == added.to;
        });
        QVERIFY(drawn != scene.edgeItems().cend());
    }

    void sceneRectFollowsTheItems()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        GraphScene scene;
        GraphView view(&scene);
        view.resize(800, 600);
        view.show();
        const auto margin = [&scene] { return scene.itemsBoundingRect().adjusted(-12, -12, 12, 12); };
        QVERIFY(showAndWait(scene, GraphBuilder::tables(registry, ColumnDensity::AllColumns)));
        QCOMPARE(scene.sceneRect(), margin());
        const QRectF wide = scene.sceneRect();

        // The small package graph after the wide table graph: the rect shrinks to it.
        QVERIFY(showAndWait(scene, GraphBuilder::packages(registry)));
        QCOMPARE(scene.sceneRect(), margin());
        QVERIFY(scene.sceneRect().width() < wide.width());
        QCOMPARE(view.sceneRect(), scene.sceneRect());

        // A node dragged far away grows it at once (it can be scrolled to); once the node is back,
        // the next reload (in place) shrinks it again.
        const QString core = GraphIds::package(QStringLiteral("@acme/core"));
        NodeItem *item = scene.nodeItem(core);
        const QPointF home = item->pos();
        const QRectF small = scene.sceneRect();
        item->setPos(home + QPointF(5000, 0));
        QVERIFY(scene.sceneRect().contains(item->sceneBoundingRect()));
        scene.setGraph(GraphBuilder::packages(registry));
        QCOMPARE(scene.nodeItem(core), item);
        QCOMPARE(scene.sceneRect(), margin());
        QVERIFY(scene.sceneRect().width() > small.width() + 4000);
        item->setPos(home);
        scene.setGraph(GraphBuilder::packages(registry));
        QCOMPARE(scene.nodeItem(core), item);
        QCOMPARE(scene.sceneRect(), small);
        QCOMPARE(view.sceneRect(), small);
    }

    void cycleEdgesAreRed()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        // core depends on projects: core -> projects -> core is a cycle
        PackageDefinition core = packageOf(registry, QStringLiteral("@acme/core"));
        core.dependencies.append(Dependency{QStringLiteral("@acme/projects"), {}, {}, false});
        registry.addOrReplace(core);
        QVERIFY(!registry.cycles().isEmpty());
        GraphScene scene;
        QVERIFY(showAndWait(scene, GraphBuilder::packages(registry)));
        QStringList red;
        for (EdgeItem *edge : scene.edgeItems()) {
            if (edge->edge().broken)
                red.append(edge->edge().from + QStringLiteral(" -> ") + edge->edge().to);
        }
        QVERIFY(red.contains(QStringLiteral("package:@acme/core -> package:@acme/projects")));
        QVERIFY(red.contains(QStringLiteral("package:@acme/projects -> package:@acme/core")));
        QVERIFY(!red.contains(QStringLiteral("package:@acme/billing -> package:@acme/core")));
        // Drawn red: render the scene and find the red pixels of the arrows.
        QImage image(scene.itemsBoundingRect().size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(), scene.itemsBoundingRect());
        painter.end();
        int reddish = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                reddish += c.red() > 150 && c.green() < 90 && c.blue() < 90;
            }
        QVERIFY(reddish > 20);
    }
};

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
