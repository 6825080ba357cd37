#include "TestSupport.h"

#include "graph/ClusterItem.h"
#include "graph/GraphBuilder.h"
#include <strata/layout/GraphLayout.h>
#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <dlfcn.h>

using namespace Strata;
using namespace Strata::Ui;

// Graphviz measures a text label through textspan_size(), which hands it to its text layout plugin
// (pango and fontconfig). This definition takes the place of libgvc's own for the whole test
// program (the dynamic linker binds libgvc's calls to the executable's symbol first), counts the
// call and passes it on. The layouts must never get here: they give Graphviz sizes, not text.
namespace {
struct GraphvizPoint // Graphviz's pointf
{
    double x;
    double y;
};
std::atomic<int> textMeasures{0};
} // namespace

extern "C" GraphvizPoint textspan_size(void *context, void *span)
{
    ++textMeasures;
    using Measure = GraphvizPoint (*)(void *, void *);
    static const auto graphviz = reinterpret_cast<Measure>(dlsym(RTLD_NEXT, "textspan_size"));
    return graphviz(context, span);
}

namespace {

// The tables of the examples, grouped by package, with the title sizes the scene asks for.
LayoutRequest tablesRequest(const Registry &registry)
{
    const GraphData graph = GraphBuilder::tables(registry, ColumnDensity::KeysOnly);
    LayoutRequest request;
    for (const GraphNode &node : graph.nodes)
        request.nodes.append({node.id, node.size, graph.clusterOf.value(node.id)});
    for (const GraphEdge &edge : graph.edges)
        request.edges.append({edge.from, edge.to});
    for (auto it = graph.clusterLabels.cbegin(); it != graph.clusterLabels.cend(); ++it)
        request.clusterTitles.insert(it.key(), ClusterItem::titleSize(it.key()));
    return request;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void graphvizMeasuresNoText()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        const LayoutRequest request = tablesRequest(registry);
        QCOMPARE(request.clusterTitles.size(), 5);
        textMeasures = 0;
        // Twice: a text measure in a second layout is where Graphviz 2.42's pango plugin read a
        // font name that the first layout's context had freed.
        for (int round = 0; round < 2; ++round) {
            const LayoutResult result = GraphLayout::run(request);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.clusters.size(), 5);
            QCOMPARE(result.positions.size(), request.nodes.size());
        }
        QCOMPARE(textMeasures.load(), 0);
    }

    void clusterTitleGetsItsRoom_data()
    {
        QTest::addColumn<QSizeF>("title");
        QTest::newRow("wide title") << QSizeF(400, 24);
        QTest::newRow("tall title") << QSizeF(60, 90);
        QTest::newRow("fractional size") << QSizeF(150.4, 20.2);
    }

    // The room Graphviz leaves for a title is the size the scene measured: as wide, and above the
    // cluster's nodes (where ClusterItem draws its title band).
    void clusterTitleGetsItsRoom()
    {
        QFETCH(QSizeF, title);
        LayoutRequest request;
        request.nodes.append({QStringLiteral("a"), QSizeF(80, 30), QStringLiteral("pkg")});
        request.nodes.append({QStringLiteral("b"), QSizeF(80, 30), QStringLiteral("pkg")});
        request.nodes.append({QStringLiteral("outside"), QSizeF(80, 30), QString()});
        request.edges.append({QStringLiteral("a"), QStringLiteral("b")});
        request.edges.append({QStringLiteral("b"), QStringLiteral("outside")});
        request.clusterTitles.insert(QStringLiteral("pkg"), title);
        const LayoutResult result = GraphLayout::run(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QRectF cluster = result.clusters.value(QStringLiteral("pkg"));
        QVERIFY(cluster.width() >= title.width());
        qreal nodesTop = 1e9;
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")})
            nodesTop = qMin(nodesTop, result.positions.value(id).y() - 15);
        QVERIFY2(nodesTop - cluster.top() >= title.height(),
                 qPrintable(QStringLiteral("%1 above the nodes").arg(nodesTop - cluster.top())));

        // Without a title the cluster is only as wide as its nodes and their margin.
        request.clusterTitles.clear();
        const LayoutResult untitled = GraphLayout::run(request);
        QVERIFY2(untitled.ok(), qPrintable(untitled.error));
        QVERIFY(untitled.clusters.value(QStringLiteral("pkg")).height() < cluster.height());
    }
};

QTEST_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
