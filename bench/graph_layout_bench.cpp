// strata-graph-bench: how long Graphviz takes to lay out the graphs the workbench draws, measured
// the way the workbench runs it (GraphLayoutJob, off the GUI thread). Prints one line per graph.
//
//   strata-graph-bench [--packages N] [--tables N] [--seed S]
//
// The package graph is a random DAG with about three dependencies per package; the table graph is
// clustered by package (20 tables per package) with about one and a half foreign keys per table.

#include <strata/layout/GraphLayout.h>
#include "graph/GraphLayoutJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace Strata;

namespace {

LayoutRequest packageGraph(int count, QRandomGenerator &random)
{
    LayoutRequest request;
    for (int i = 0; i < count; ++i)
        request.nodes.append({QStringLiteral("p%1").arg(i), QSizeF(150, 44), {}});
    for (int i = 1; i < count; ++i) {
        // Edges only to earlier packages: a DAG. Up to three distinct dependencies, ~3 on average.
        QList<int> targets;
        const int wanted = qMin(i, 3);
        while (targets.size() < wanted) {
            const int j = int(random.bounded(i));
            if (!targets.contains(j))
                targets.append(j);
        }
        for (int j : targets)
            request.edges.append({QStringLiteral("p%1").arg(i), QStringLiteral("p%1").arg(j)});
    }
    return request;
}

LayoutRequest tableGraph(int count, QRandomGenerator &random)
{
    constexpr int TablesPerPackage = 20;
    LayoutRequest request;
    for (int i = 0; i < count; ++i) {
        const QString cluster = QStringLiteral("pkg%1").arg(i / TablesPerPackage);
        request.nodes.append({QStringLiteral("t%1").arg(i), QSizeF(160, 30), cluster});
        request.clusterTitles.insert(cluster, QSizeF(7.0 * cluster.size() + 40, 22)); // about what the scene measures
    }
    for (int i = 1; i < count; ++i) {
        const int keys = int(random.bounded(4)); // 0..3, 1.5 on average
        for (int k = 0; k < keys; ++k) {
            // Mostly within the package or to an earlier one, as real schemas reference.
            const int j = random.bounded(4) == 0 ? int(random.bounded(i)) : qMax(0, i - 1 - int(random.bounded(TablesPerPackage)));
            request.edges.append({QStringLiteral("t%1").arg(i), QStringLiteral("t%1").arg(j)});
        }
    }
    return request;
}

// Lays out through GraphLayoutJob and waits in an event loop, as the GUI does.
LayoutResult layOut(const LayoutRequest &request, bool *offThread)
{
    GraphLayoutJob job;
    LayoutResult result;
    QEventLoop loop;
    QObject::connect(&job, &GraphLayoutJob::finished, &loop, [&](const LayoutResult &r) {
        result = r;
        loop.quit();
    });
    job.request(request);
    *offThread = job.isRunning(); // the GUI thread was free to return here while Graphviz worked
    loop.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Graphviz layouts of large package and table graphs."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("packages"), QStringLiteral("Packages in the dependency graph."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("tables"), QStringLiteral("Tables in the table graph (0: skip)."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"), QStringLiteral("42")});
    parser.process(app);

    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    QTextStream out(stdout);
    int status = 0;

    auto measure = [&](const QString &what, const LayoutRequest &request) {
        QElapsedTimer timer;
        timer.start();
        bool offThread = false;
        const LayoutResult result = layOut(request, &offThread);
        const qint64 wall = timer.elapsed();
        out << what << QStringLiteral(": %1 nodes, %2 edges: %3 ms wall (%4 ms in Graphviz), %5, %6\n")
                          .arg(request.nodes.size())
                          .arg(request.edges.size())
                          .arg(wall)
                          .arg(result.elapsedMs)
                          .arg(offThread ? QStringLiteral("off the GUI thread") : QStringLiteral("ON THE GUI THREAD"))
                          .arg(result.ok() ? QStringLiteral("ok") : result.error);
        out.flush();
        if (!result.ok() || !offThread)
            status = 1;
    };

    const int packages = parser.value(QStringLiteral("packages")).toInt();
    if (packages > 0)
        measure(QStringLiteral("package graph"), packageGraph(packages, random));
    const int tables = parser.value(QStringLiteral("tables")).toInt();
    if (tables > 0)
        measure(QStringLiteral("table graph"), tableGraph(tables, random));
    out << QStringLiteral("cores: %1\n").arg(QThread::idealThreadCount());
    return status;
}
