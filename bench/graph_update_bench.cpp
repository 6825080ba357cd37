// strata-graph-update-bench: the GUI-thread cost of showing a graph again after a hot reload, the
// part of issue #4's 100 ms budget that the graph panel spends. Prints one line per case.
//
//   QT_QPA_PLATFORM=offscreen strata-graph-update-bench [--packages N] [--tables N] [--runs N]
//                                                       [--shape-runs N] [--seed S] [--no-panel]
//
// For a package graph (N packages, up to four dependencies each: about 4,000 edges) and a table graph
// (N tables, 20 per package, about one and a half foreign keys each), built as GraphData directly,
// shown in a GraphScene with a real layout (waits for layoutApplied):
//  - same shape, one node's error count changed: GraphScene::setGraph() wall time, median of --runs;
//  - same shape, nothing changed (a reload that did not touch what the graph shows): the same;
//  - another shape (one edge added, then removed again): the GUI thread's CPU time from setGraph()
//    to layoutApplied (Graphviz runs on another thread and is not counted; the scene's BSP index,
//    rebuilt on a timer after a rebuild, is counted when it falls in the window, hence a wide
//    spread), median of --shape-runs;
// and for the whole panel (a GraphPanel on a Registry of N packages, package graph):
//  - GraphPanel::refresh() after one package's dependency range turned into a version conflict and
//    back (one node's error count changes), wall time, median of --runs.

#include "graph/GraphBuilder.h"
#include "graph/GraphData.h"
#include "graph/GraphPanel.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "project/Selection.h"
#include <strata/registry/Registry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <functional>

using namespace Strata;
using namespace Strata::Ui;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

QString packageName(int i)
{
    return QStringLiteral("@bench/package-%1").arg(i, 4, 10, QLatin1Char('0'));
}

// Package `i`'s dependencies: up to four distinct earlier packages (the graph stays a DAG).
QList<int> dependenciesOf(int i, QRandomGenerator &random)
{
    QList<int> targets;
    const int wanted = qMin(i, 4);
    while (targets.size() < wanted) {
        const int j = int(random.bounded(i));
        if (!targets.contains(j))
            targets.append(j);
    }
    return targets;
}

GraphData packageGraph(int count, QRandomGenerator &random)
{
    GraphData data;
    data.kind = GraphKind::Packages;
    for (int i = 0; i < count; ++i) {
        GraphNode node;
        node.kind = GraphNode::Kind::Package;
        node.name = packageName(i);
        node.id = GraphIds::package(node.name);
        node.package = node.name;
        node.detail = QStringLiteral("1.%1.0").arg(i % 7);
        node.warnings = i % 13 == 0 ? 1 : 0;
        node.size = GraphStyle::sizeOf(node);
        data.nodes.append(node);
    }
    for (int i = 1; i < count; ++i) {
        // Edges only to earlier packages (a DAG), up to four distinct dependencies each.
        for (int j : dependenciesOf(i, random)) {
            GraphEdge edge;
            edge.from = data.nodes.at(i).id;
            edge.to = data.nodes.at(j).id;
            edge.broken = random.bounded(50) == 0;
            data.edges.append(edge);
        }
    }
    return data;
}

GraphData tableGraph(int count, QRandomGenerator &random)
{
    constexpr int TablesPerPackage = 20;
    GraphData data;
    data.kind = GraphKind::Tables;
    for (int i = 0; i < count; ++i) {
        const QString package = packageName(i / TablesPerPackage);
        GraphNode node;
        node.kind = GraphNode::Kind::Table;
        node.name = QStringLiteral("table_%1").arg(i);
        node.id = GraphIds::table(node.name);
        node.package = package;
        node.columns.append({QStringLiteral("id"), QStringLiteral("bigserial"), true, false, true});
        node.columns.append({QStringLiteral("workspace_id"), QStringLiteral("bigint"), false, true, true});
        node.hiddenColumns = 4;
        data.nodes.append(node);
        data.clusterOf.insert(node.id, package);
        data.clusterLabels.insert(package, package);
    }
    for (int i = 1; i < count; ++i) {
        const int keys = int(random.bounded(4)); // 0..3, 1.5 on average
        for (int k = 0; k < keys; ++k) {
            // Mostly within the package or to an earlier one, as real schemas reference.
            const int j = random.bounded(4) == 0 ? int(random.bounded(i)) : qMax(0, i - 1 - int(random.bounded(TablesPerPackage)));
            GraphEdge edge;
            edge.from = data.nodes.at(i).id;
            edge.to = data.nodes.at(j).id;
            edge.label = QStringLiteral("ref_%1").arg(j);
            if (data.edges.contains(edge))
                continue;
            data.nodes[i].columns.append({edge.label, QStringLiteral("bigint"), false, true, false});
            data.edges.append(edge);
        }
    }
    for (GraphNode &node : data.nodes)
        node.size = GraphStyle::sizeOf(node);
    return data;
}

// Runs the event loop until `signal` of `object` arrives (or a minute passed).
template<typename Object, typename Signal>
bool waitFor(Object *object, Signal signal)
{
    QEventLoop loop;
    bool arrived = false;
    QObject::connect(object, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return arrived;
}

struct Bench
{
    QTextStream &out;
    int runs;
    int shapeRuns;

    void line(const QString &what, const QString &figure)
    {
        out << what << QStringLiteral(": ") << figure << QLatin1Char('\n');
        out.flush();
    }

    static QString ms(const QList<double> &values)
    {
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        return QStringLiteral("%1 ms median (min %2, max %3, %4 runs)")
            .arg(median(values), 0, 'f', 2)
            .arg(*low, 0, 'f', 2)
            .arg(*high, 0, 'f', 2)
            .arg(values.size());
    }

    void graph(const QString &name, GraphData data)
    {
        GraphScene scene;
        scene.setGraph(data);
        if (!waitFor(&scene, &GraphScene::layoutApplied)) {
            line(name, QStringLiteral("no layout within two minutes"));
            return;
        }
        line(name, QStringLiteral("%1 nodes, %2 edges, laid out").arg(data.nodes.size()).arg(data.edges.size()));
        QCoreApplication::processEvents();

        // Same shape, one node's findings changed: the common hot reload.
        const qsizetype changed = data.nodes.size() / 2;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            data.nodes[changed].errors = 1 + run % 2;
            QElapsedTimer timer;
            timer.start();
            scene.setGraph(data);
            times.append(timer.nsecsElapsed() / 1e6);
            if (scene.isLayoutPending())
                line(name, QStringLiteral("UNEXPECTED LAYOUT for the same shape"));
            QCoreApplication::processEvents(); // what the GUI does between two reloads (deferred deletes, index)
        }
        line(QStringLiteral("  setGraph, same shape, one node's errors changed"), ms(times));

        times.clear();
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            scene.setGraph(data);
            times.append(timer.nsecsElapsed() / 1e6);
            QCoreApplication::processEvents();
        }
        line(QStringLiteral("  setGraph, same shape, nothing changed"), ms(times));

        // Another shape: an edge between two nodes that had none, then without it again.
        GraphEdge extra;
        extra.from = data.nodes.first().id;
        extra.to = data.nodes.last().id;
        GraphData wider = data;
        wider.edges.append(extra);
        times.clear();
        for (int run = 0; run < shapeRuns; ++run) {
            const double start = threadCpuMs();
            scene.setGraph(run % 2 == 0 ? wider : data);
            if (!waitFor(&scene, &GraphScene::layoutApplied)) {
                line(name, QStringLiteral("no layout within two minutes"));
                return;
            }
            times.append(threadCpuMs() - start);
        }
        line(QStringLiteral("  setGraph, another shape (GUI-thread CPU to layoutApplied)"), ms(times));
    }

    void panel(int count, QRandomGenerator &random)
    {
        QList<PackageDefinition> packages;
        for (int i = 0; i < count; ++i) {
            PackageDefinition package;
            package.name = packageName(i);
            package.version = QStringLiteral("1.0.0");
            for (int j : dependenciesOf(i, random))
                package.dependencies.append(Dependency{packageName(j), QStringLiteral("^1.0.0"), {}, false});
            packages.append(package);
        }
        Registry registry;
        ProjectConfig project;
        project.root = QStringLiteral("/nonexistent/strata-graph-update-bench");
        registry.setProject(project, packages);
        Selection selection;
        GraphPanel panel(registry, selection);
        panel.resize(1200, 800);
        panel.setGraphKind(GraphKind::Packages);
        if (panel.scene()->isLayoutPending() && !waitFor(panel.scene(), &GraphScene::layoutApplied)) {
            line(QStringLiteral("panel"), QStringLiteral("no layout within two minutes"));
            return;
        }
        QCoreApplication::processEvents();
        line(QStringLiteral("panel, package graph"), QStringLiteral("%1 nodes, %2 edges, laid out")
                                                          .arg(panel.scene()->graph().nodes.size())
                                                          .arg(panel.scene()->graph().edges.size()));
        selection.select(SelectionTarget::ofPackage(packageName(count / 3)));
        panel.setSearchText(QStringLiteral("package-01"));

        // One package's dependency range now conflicts with the version (an error), then not again.
        PackageDefinition &changed = packages[count / 2];
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            if (!changed.dependencies.isEmpty())
                changed.dependencies[0].range = run % 2 == 0 ? QStringLiteral("^2.0.0") : QStringLiteral("^1.0.0");
            registry.addOrReplace(changed);
            QElapsedTimer timer;
            timer.start();
            panel.refresh();
            times.append(timer.nsecsElapsed() / 1e6);
            if (panel.scene()->isLayoutPending())
                line(QStringLiteral("panel"), QStringLiteral("UNEXPECTED LAYOUT for the same shape"));
            QCoreApplication::processEvents();
        }
        line(QStringLiteral("  GraphPanel::refresh, one node's errors changed"), ms(times));
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times showing a graph again after a hot reload."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("packages"), QStringLiteral("Packages in the dependency graph (0: skip)."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("tables"), QStringLiteral("Tables in the table graph (0: skip)."), QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each same-shape case."), QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("shape-runs"), QStringLiteral("Runs of each other-shape case (each waits for a layout)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("no-panel"), QStringLiteral("Skip the GraphPanel case.")});
    parser.process(app);

    QTextStream out(stdout);
    Bench bench{out, qMax(1, parser.value(QStringLiteral("runs")).toInt()), qMax(1, parser.value(QStringLiteral("shape-runs")).toInt())};
    const int packages = parser.value(QStringLiteral("packages")).toInt();
    const int tables = parser.value(QStringLiteral("tables")).toInt();
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    if (packages > 0)
        bench.graph(QStringLiteral("package graph"), packageGraph(packages, random));
    if (tables > 0)
        bench.graph(QStringLiteral("table graph"), tableGraph(tables, random));
    if (packages > 0 && !parser.isSet(QStringLiteral("no-panel")))
        bench.panel(packages, random);
    return 0;
}
