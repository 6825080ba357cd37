#include <strata/layout/GraphLayout.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QtMath>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Strata {

namespace {

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

// One context for the process, made on first use (under the lock) and kept. Graphviz 2.42's pango
// plugin keeps, across calls, a pointer to the font name it last measured, and that name belongs to
// the context: freeing a context after each layout left the pointer dangling, so the next layout
// that measured text read freed memory (a heap-use-after-free in textspan_size). Layouts measure no
// text now (see titleLabel); keeping the context also spares reading the plugin configuration again
// for every layout.
GVC_t *graphvizContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

constexpr double PointsPerInch = 72.0;

// Object IDs in creation order. Graphviz's default ID discipline makes a named object's ID the
// address of its name in the string pool, and cgraph keeps subgraphs (our clusters) ordered by ID:
// the layout then followed where malloc happened to put the names, and the same graph came out
// differently from one run to the next (the documentation, which teams commit, was not
// reproducible). Named objects get even IDs and anonymous ones odd IDs, as with cgraph's own.
struct SequentialIds
{
    std::unordered_map<std::string, IDTYPE> byName;
    std::unordered_map<IDTYPE, std::string> names;
    IDTYPE nextNamed = 2;
    IDTYPE nextAnonymous = 1;
};

void *openIds(Agraph_t *, Agdisc_t *)
{
    return new SequentialIds;
}

long mapId(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *ids = static_cast<SequentialIds *>(state);
    if (!name) {
        *id = ids->nextAnonymous;
        ids->nextAnonymous += 2;
        return 1;
    }
    if (const auto it = ids->byName.find(name); it != ids->byName.end()) {
        *id = it->second;
        return 1;
    }
    if (!create)
        return 0;
    *id = ids->nextNamed;
    ids->nextNamed += 2;
    ids->byName.emplace(name, *id);
    ids->names.emplace(*id, name);
    return 1;
}

long allocateId(void *, int, IDTYPE)
{
    return 0; // a caller's own ID is never granted: every ID comes from mapId
}

void freeId(void *, int, IDTYPE) {}

char *printId(void *state, int, IDTYPE id)
{
    auto *ids = static_cast<SequentialIds *>(state);
    const auto it = ids->names.find(id);
    return it == ids->names.end() ? nullptr : it->second.data();
}

void closeIds(void *state)
{
    delete static_cast<SequentialIds *>(state);
}

void registerId(void *, int, void *) {}

Agiddisc_t SequentialIdDisc = {openIds, mapId, allocateId, freeId, printId, closeIds, registerId};
Agdisc_t LayoutDisc = {&AgMemDisc, &SequentialIdDisc, &AgIoDisc};

// Graphviz wants char*, never const char*.
void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

// A cluster's title as Graphviz sees it: an HTML-like label that is an empty table of the title's
// size. A plain text label would be measured by Graphviz's text layout (pango and fontconfig, here on
// a worker thread, with fonts other than the scene's); this one only reserves the room that the
// scene draws the title in (ClusterItem), in the same place (above the cluster's content).
QByteArray titleLabel(const QSizeF &size)
{
    const auto points = [](qreal value) { return QByteArray::number(qBound(1, qCeil(value), 65535)); };
    return "<TABLE FIXEDSIZE=\"TRUE\" WIDTH=\"" + points(size.width()) + "\" HEIGHT=\"" + points(size.height())
        + "\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD></TD></TR></TABLE>";
}

void setHtml(Agraph_t *root, void *object, const char *name, const QByteArray &html)
{
    char *value = agstrdup_html(root, const_cast<char *>(html.constData()));
    agsafeset(object, const_cast<char *>(name), value, const_cast<char *>(""));
    agstrfree(root, value);
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

QList<bool> GraphLayout::layoutEdges(const LayoutRequest &request)
{
    // Indices of the nodes; an edge with an unknown end is not laid out at all.
    QHash<QString, int> index;
    index.reserve(request.nodes.size());
    for (const LayoutRequest::Node &node : request.nodes)
        index.insert(node.id, int(index.size()));
    const int n = int(index.size());
    QList<bool> keep(request.edges.size(), false);
    std::vector<std::vector<int>> successors(n);
    std::vector<std::pair<int, int>> ends(request.edges.size(), {-1, -1});
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const auto from = index.constFind(request.edges.at(i).from);
        const auto to = index.constFind(request.edges.at(i).to);
        if (from == index.cend() || to == index.cend())
            continue;
        ends[i] = {*from, *to};
        successors[*from].push_back(*to);
    }

    // Strongly connected components (Tarjan, iterative: a long dependency chain must not overflow
    // the stack). Components come out sinks first, which is the order the reachability needs.
    std::vector<int> component(n, -1), low(n, 0), order(n, -1), stack, next(n, 0);
    std::vector<bool> onStack(n, false);
    int counter = 0, components = 0;
    for (int root = 0; root < n; ++root) {
        if (order[root] >= 0)
            continue;
        std::vector<int> path{root};
        order[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!path.empty()) {
            const int v = path.back();
            if (next[v] < int(successors[v].size())) {
                const int w = successors[v][next[v]++];
                if (order[w] < 0) {
                    order[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = true;
                    path.push_back(w);
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            path.pop_back();
            if (!path.empty())
                low[path.back()] = std::min(low[path.back()], low[v]);
            if (low[v] == order[v]) {
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = false;
                    component[w] = components;
                } while (w != v);
                ++components;
            }
        }
    }

    // Direct successors of each component, and everything each one reaches (a bit set: n^2 / 8
    // bytes, 12.5 MB for 10,000 components). Past that, every edge is laid out.
    if (components > 10000) {
        for (qsizetype i = 0; i < request.edges.size(); ++i)
            keep[i] = ends[i].first >= 0;
        return keep;
    }
    // Direct successors of each component, and everything each one reaches (a bit set).
    std::vector<std::vector<int>> direct(components);
    for (int v = 0; v < n; ++v) {
        for (int w : successors[v]) {
            if (component[v] != component[w])
                direct[component[v]].push_back(component[w]);
        }
    }
    const size_t words = (size_t(components) + 63) / 64;
    std::vector<quint64> reach(size_t(components) * words, 0);
    auto reaches = [&](int from, int to) { return (reach[size_t(from) * words + size_t(to) / 64] >> (to % 64)) & 1; };
    for (int c = 0; c < components; ++c) { // sinks first: every successor is already complete
        std::sort(direct[c].begin(), direct[c].end());
        direct[c].erase(std::unique(direct[c].begin(), direct[c].end()), direct[c].end());
        quint64 *row = &reach[size_t(c) * words];
        for (int d : direct[c]) {
            row[size_t(d) / 64] |= quint64(1) << (d % 64);
            const quint64 *other = &reach[size_t(d) * words];
            for (size_t k = 0; k < words; ++k)
                row[k] |= other[k];
        }
    }

    // An edge between components is needed unless another successor already leads to its target;
    // of parallel edges the first is kept. Edges inside a cycle all stay (Graphviz breaks cycles).
    QSet<quint64> seen;
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const auto [v, w] = ends[i];
        if (v < 0)
            continue;
        const int cv = component[v], cw = component[w];
        if (cv == cw) {
            keep[i] = true;
            continue;
        }
        if (seen.contains((quint64(cv) << 32) | quint64(cw)))
            continue;
        bool implied = false;
        for (int d : direct[cv]) {
            if (d != cw && reaches(d, cw)) {
                implied = true;
                break;
            }
        }
        if (!implied) {
            keep[i] = true;
            seen.insert((quint64(cv) << 32) | quint64(cw));
        }
    }
    return keep;
}

QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = d.x() != 0 ? (rect.width() / 2) / qAbs(d.x()) : 1e9;
    const qreal sy = d.y() != 0 ? (rect.height() / 2) / qAbs(d.y()) : 1e9;
    return c + d * qMin(sx, sy);
}

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

    GVC_t *context = graphvizContext();
    Agraph_t *graph = agopen(const_cast<char *>("strata"), Agdirected, &LayoutDisc);
    set(graph, "rankdir", request.leftToRight ? "LR" : "TB");
    set(graph, "nodesep", "0.3");
    set(graph, "ranksep", "0.6");
    graphvizMessages().clear();
    agseterrf(&collectMessage);
    const bool large = isLarge(request);
    if (large) {
        // Measured on 1,000 packages with 3,000 dependencies (bench/graph_layout_bench.cpp, CPU time
        // with Graphviz 2.42): the defaults take 17 s. Where the rest went with the earlier settings
        // (mclimit 0.1, nslimit 1): 80 % in the network simplex that places nodes within their
        // ranks (1,000 iterations over 20,000 nodes, most of them the virtual nodes of long edges),
        // 15 % in crossing minimisation, the ranking itself 1 %. So: a few simplex iterations only
        // (nslimit 0.05; the initial placement is already free of overlaps), and the layout sees
        // only the edges that are not implied by others (layoutEdges): the arrows from every
        // package to a base package all of them reach anyway are most of the long edges. Every
        // edge is still drawn; none is routed (the scene draws simple curves, EdgeItem's fallback).
        // Graphviz 2.42 fails ranking ("trouble in init_rank") when the network simplex is limited
        // on a graph with clusters, so the limits apply to flat graphs only.
        set(graph, "mclimit", "0.1");
        set(graph, "splines", "none");
        const bool flat = std::none_of(request.nodes.cbegin(), request.nodes.cend(),
                                       [](const LayoutRequest::Node &node) { return !node.cluster.isEmpty(); });
        if (flat) {
            set(graph, "nslimit", "0.05");
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
                if (const auto title = request.clusterTitles.constFind(node.cluster); title != request.clusterTitles.cend())
                    setHtml(graph, cluster, "label", titleLabel(*title));
                set(cluster, "margin", "16");
                it = clusters.insert(node.cluster, cluster);
            }
            parent = *it;
        }
        const QByteArray id = node.id.toUtf8();
        Agnode_t *n = agnode(parent, const_cast<char *>(id.constData()), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", ""); // the size is the scene's; an empty label is never measured
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
    const QList<bool> laidOut = large ? layoutEdges(request) : QList<bool>();
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const LayoutRequest::Edge &edge = request.edges.at(i);
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        const bool wanted = !large || laidOut.at(i);
        edges.append(from && to && wanted ? agedge(graph, from, to, nullptr, 1) : nullptr);
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
            EdgeRoute route;
            if (edge && ED_spl(edge) && ED_spl(edge)->size > 0) {
                const bezier &curve = ED_spl(edge)->list[0];
                route.points.reserve(curve.size);
                for (int i = 0; i < curve.size; ++i)
                    route.points.append(QPointF(curve.list[i].x, top - curve.list[i].y));
                if (curve.size > 0 && curve.eflag)
                    route.arrowTip = QPointF(curve.ep.x, top - curve.ep.y);
            }
            result.edges.append(route);
        }
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Strata
