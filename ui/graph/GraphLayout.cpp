#include "GraphLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Strata {

namespace {

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

constexpr double PointsPerInch = 72.0;

// Graphviz wants char*, never const char*.
void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

// Graphviz reports problems by printing them; keep them for the result instead (the caller holds
// the lock, so one layout writes here at a time).
QByteArray &graphvizMessages()
{
    static QByteArray messages;
    return messages;
}

int collectMessage(char *message)
{
    if (graphvizMessages().size() < 2000)
        graphvizMessages() += message;
    return 0;
}

} // namespace

bool GraphLayout::isLarge(const LayoutRequest &request)
{
    return request.nodes.size() > LargeNodes || request.edges.size() > LargeEdges;
}

LayoutResult GraphLayout::run(const LayoutRequest &request)
{
    QMutexLocker locker(&graphvizLock());
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.ranOnGuiThread = QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();

    GVC_t *context = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("strata"), Agdirected, nullptr);
    set(graph, "rankdir", request.leftToRight ? "LR" : "TB");
    set(graph, "nodesep", "0.3");
    set(graph, "ranksep", "0.6");
    graphvizMessages().clear();
    agseterrf(&collectMessage);
    if (isLarge(request)) {
        // Measured on 1,000 packages with 3,000 dependencies (bench/graph_layout_bench.cpp): the
        // default crossing minimisation and network-simplex limits take 17 s or more, spline routing
        // several seconds on top. Fewer passes and no routing bring it under 2 s; the scene then
        // draws each edge as a simple curve between its boxes (EdgeItem's fallback). Graphviz 2.43
        // fails ranking ("trouble in init_rank") when the network simplex is limited on a graph
        // with clusters, so the limits apply to flat graphs only.
        set(graph, "mclimit", "0.1");
        set(graph, "splines", "none");
        if (request.clusterLabels.isEmpty()) {
            set(graph, "nslimit", "1");
            set(graph, "nslimit1", "1");
        }
    } else {
        set(graph, "splines", "spline");
    }

    QHash<QString, Agraph_t *> clusters;
    QHash<QString, Agnode_t *> nodes;
    for (const LayoutRequest::Node &node : request.nodes) {
        Agraph_t *parent = graph;
        if (!node.cluster.isEmpty()) {
            auto it = clusters.find(node.cluster);
            if (it == clusters.end()) {
                const QByteArray name = "cluster_" + QByteArray::number(clusters.size());
                Agraph_t *cluster = agsubg(graph, const_cast<char *>(name.constData()), 1);
                set(cluster, "label", request.clusterLabels.value(node.cluster, node.cluster).toUtf8());
                set(cluster, "margin", "16");
                it = clusters.insert(node.cluster, cluster);
            }
            parent = *it;
        }
        const QByteArray id = node.id.toUtf8();
        Agnode_t *n = agnode(parent, const_cast<char *>(id.constData()), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", QByteArray::number(node.size.width() / PointsPerInch, 'f', 4));
        set(n, "height", QByteArray::number(node.size.height() / PointsPerInch, 'f', 4));
        if (auto pin = request.pinned.constFind(node.id); pin != request.pinned.cend()) {
            // dot honours "pos" only as a hint; neato-style pinning is not available in dot, so
            // pinned nodes are restored by the caller after the layout (see GraphScene).
            set(n, "pos", QByteArray::number(pin->x() / PointsPerInch) + ',' + QByteArray::number(-pin->y() / PointsPerInch));
        }
        nodes.insert(node.id, n);
    }
    QList<Agedge_t *> edges;
    for (const LayoutRequest::Edge &edge : request.edges) {
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        edges.append(from && to ? agedge(graph, from, to, nullptr, 1) : nullptr);
    }

    if (gvLayout(context, graph, "dot") != 0) {
        result.error = QCoreApplication::translate("Strata::GraphLayout", "Graphviz could not lay out the graph: %1")
                           .arg(QString::fromUtf8(graphvizMessages()).trimmed().left(200));
    } else {
        const boxf box = GD_bb(graph);
        const double top = box.UR.y; // Graphviz's y grows upwards; the scene's grows downwards
        result.bounds = QRectF(box.LL.x, 0, box.UR.x - box.LL.x, box.UR.y - box.LL.y);
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            const pointf p = ND_coord(it.value());
            result.positions.insert(it.key(), QPointF(p.x, top - p.y));
        }
        for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
            const boxf b = GD_bb(it.value());
            result.clusters.insert(it.key(), QRectF(QPointF(b.LL.x, top - b.UR.y), QPointF(b.UR.x, top - b.LL.y)));
        }
        for (Agedge_t *edge : std::as_const(edges)) {
            QPainterPath path;
            if (edge && ED_spl(edge) && ED_spl(edge)->size > 0) {
                const bezier &curve = ED_spl(edge)->list[0];
                if (curve.size > 0) {
                    path.moveTo(curve.list[0].x, top - curve.list[0].y);
                    for (int i = 1; i + 2 < curve.size; i += 3)
                        path.cubicTo(curve.list[i].x, top - curve.list[i].y, curve.list[i + 1].x,
                                     top - curve.list[i + 1].y, curve.list[i + 2].x, top - curve.list[i + 2].y);
                    if (curve.eflag)
                        path.lineTo(curve.ep.x, top - curve.ep.y);
                }
            }
            result.edges.append(path);
        }
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    gvFreeContext(context);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Strata
