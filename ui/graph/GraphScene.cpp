#include "GraphScene.h"

#include "graph/ClusterItem.h"
#include "graph/EdgeItem.h"
#include "graph/NodeItem.h"

#include <algorithm>

namespace Strata::Ui {

namespace {

constexpr qreal Gap = 16; // free space kept between a moved node and its neighbours
// Room around the items in the scene rect: what GraphView::fitAll() leaves around them, so that a
// fitted graph has nothing to scroll (a wider margin gave every fitted graph scroll bars: the small
// package graph at 1:1 a horizontal one).
constexpr qreal SceneMargin = 12;

QRectF boxAt(const QPointF &centre, const QSizeF &size)
{
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

qreal median(QList<qreal> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Moves `centre` down until a box of `size` there overlaps none of `placed` (with a gap).
QPointF freePlace(QPointF centre, const QSizeF &size, const QList<QRectF> &placed)
{
    for (int guard = 0; guard < 10000; ++guard) {
        const QRectF box = boxAt(centre, size).adjusted(-Gap / 2, -Gap / 2, Gap / 2, Gap / 2);
        qreal lowest = -1e300;
        for (const QRectF &other : placed) {
            if (box.intersects(other))
                lowest = qMax(lowest, other.bottom());
        }
        if (lowest == -1e300)
            return centre;
        centre.setY(lowest + Gap + size.height() / 2);
    }
    return centre;
}

// Whether two graphs make the same layout request: same nodes with the same sizes and clusters,
// same edges.
bool sameLayoutInput(const GraphData &a, const GraphData &b)
{
    if (!a.sameShape(b) || a.clusterLabels != b.clusterLabels)
        return false;
    for (const GraphNode &node : a.nodes) {
        const GraphNode *other = b.node(node.id);
        if (!other || other->size != node.size)
            return false;
    }
    return true;
}

LayoutRequest requestFor(const GraphData &data)
{
    LayoutRequest request;
    request.leftToRight = true;
    for (const GraphNode &node : data.nodes)
        request.nodes.append({node.id, node.size, data.clusterOf.value(node.id)});
    for (const GraphEdge &edge : data.edges)
        request.edges.append({edge.from, edge.to});
    for (auto it = data.clusterLabels.cbegin(); it != data.clusterLabels.cend(); ++it)
        request.clusterTitles.insert(it.key(), ClusterItem::titleSize(it.key()));
    return request;
}

} // namespace

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(&m_job, &GraphLayoutJob::finished, this, &GraphScene::onLayoutFinished);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

GraphScene::~GraphScene()
{
    m_quiet = true;
    m_job.cancel();
    // ~QGraphicsScene clears the items, and a selected item going away emits selectionChanged: by
    // then this is no longer a GraphScene, so the slot must be gone. The items go here, while it
    // still is one (an item's destructor may still ask its scene).
    disconnect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
    clear();
}

void GraphScene::setGraph(const GraphData &data)
{
    if (m_layoutPending && sameLayoutInput(m_pending, data)) {
        // The layout running now is the one this graph needs (only badges or labels changed):
        // restarting it would double the wait on a large project. It shows this data when it ends.
        m_pending = data;
        return;
    }
    m_pending = data;
    KindState &s = state(data.kind);
    bool known = data.sameShape(s.laidOut);
    for (const GraphNode &node : data.nodes)
        known = known && s.positions.contains(node.id);
    if (known) {
        // Nothing added or removed: no layout. Nodes that grew into a neighbour move down; the
        // rest keep their places.
        QList<QRectF> fixed;
        QList<const GraphNode *> grown;
        fixed.reserve(data.nodes.size());
        for (const GraphNode &node : data.nodes) {
            const GraphNode *before = s.laidOut.node(node.id);
            if (before && before->size != node.size)
                grown.append(&node);
            else
                fixed.append(boxAt(s.positions.value(node.id), node.size));
        }
        for (const GraphNode *node : std::as_const(grown)) {
            const QPointF place = freePlace(s.positions.value(node->id), node->size, fixed);
            s.positions.insert(node->id, place);
            fixed.append(boxAt(place, node->size));
        }
        s.laidOut = data;
        m_job.cancel(); // an older layout still running is now out of date
        m_layoutPending = false;
        if (!updateInPlace(data))
            show(data);
        return;
    }
    m_layoutPending = true;
    m_job.request(requestFor(data));
}

void GraphScene::arrangeAgain()
{
    KindState &s = state(m_pending.kind);
    s = KindState();
    m_layoutPending = true;
    m_job.request(requestFor(m_pending));
}

void GraphScene::onLayoutFinished(const LayoutResult &result)
{
    if (m_quiet)
        return;
    m_layoutPending = false;
    const GraphData data = m_pending;
    KindState &s = state(data.kind);
    if (!result.ok()) {
        // No layout: keep what is known and stack the rest in a column, so the graph still shows.
        qreal y = 0;
        QHash<QString, QPointF> positions;
        for (const GraphNode &node : data.nodes) {
            positions.insert(node.id, s.positions.value(node.id, QPointF(0, y + node.size.height() / 2)));
            y += node.size.height() + Gap;
        }
        s.positions = positions;
        s.laidOut = data;
        show(data);
        return;
    }

    // Align the new layout with the old places: the median shift of the nodes that keep theirs.
    QList<qreal> dx, dy;
    for (const GraphNode &node : data.nodes) {
        if (s.positions.contains(node.id) && result.positions.contains(node.id)) {
            dx.append(s.positions.value(node.id).x() - result.positions.value(node.id).x());
            dy.append(s.positions.value(node.id).y() - result.positions.value(node.id).y());
        }
    }
    const QPointF offset(median(dx), median(dy));

    QHash<QString, QPointF> positions;
    QList<QRectF> placed;
    QList<const GraphNode *> fresh;
    for (const GraphNode &node : data.nodes) {
        if (s.positions.contains(node.id)) {
            positions.insert(node.id, s.positions.value(node.id));
            placed.append(boxAt(positions.value(node.id), node.size));
        } else {
            fresh.append(&node);
        }
    }
    for (const GraphNode *node : std::as_const(fresh)) {
        const QPointF wanted = result.positions.value(node->id) + offset;
        const QPointF place = placed.isEmpty() ? wanted : freePlace(wanted, node->size, placed);
        positions.insert(node->id, place);
        placed.append(boxAt(place, node->size));
    }

    s.routes.clear();
    for (qsizetype i = 0; i < data.edges.size() && i < result.edges.size(); ++i) {
        const GraphEdge &edge = data.edges.at(i);
        s.routes.insert(edgeKey(edge.from, edge.to),
                        Route{EdgeItem::pathOf(result.edges.at(i)).translated(offset), result.positions.value(edge.from) + offset,
                              result.positions.value(edge.to) + offset});
    }
    s.positions = positions;
    s.laidOut = data;
    ++m_layoutsApplied;
    show(data);
    Q_EMIT layoutApplied();
}

void GraphScene::show(const GraphData &data)
{
    const QString selected = selectedNodeId();
    KindState &s = state(data.kind);
    m_quiet = true;
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_clusters.clear();
    m_graph = data;

    for (const GraphNode &node : data.nodes) {
        auto *item = new NodeItem(node);
        item->setPos(s.positions.value(node.id));
        addItem(item);
        m_nodes.insert(node.id, item);
    }
    m_edges.reserve(data.edges.size());
    for (const GraphEdge &edge : data.edges) {
        NodeItem *from = m_nodes.value(edge.from);
        NodeItem *to = m_nodes.value(edge.to);
        if (!from || !to)
            continue;
        const auto route = s.routes.constFind(edgeKey(edge.from, edge.to));
        auto *item = route != s.routes.cend() ? new EdgeItem(edge, from, to, route->path, route->from, route->to)
                                              : new EdgeItem(edge, from, to);
        addItem(item);
        m_edges.append(item);
    }
    for (auto it = data.clusterLabels.cbegin(); it != data.clusterLabels.cend(); ++it) {
        auto *cluster = new ClusterItem(it.key());
        addItem(cluster);
        m_clusters.insert(it.key(), cluster);
    }
    // Filters refer to ids; drop those that are gone.
    auto keepKnown = [this](QSet<QString> &ids) {
        for (auto it = ids.begin(); it != ids.end();)
            it = m_nodes.contains(*it) ? std::next(it) : ids.erase(it);
    };
    keepKnown(m_matches);
    keepKnown(m_emphasis);
    applyFilters();
    if (NodeItem *item = m_nodes.value(selected))
        item->setSelected(true);
    fitSceneRect();
    m_quiet = false;
    // No selectedNodeChanged here: a node that is gone after a rebuild (or in the other graph kind)
    // says nothing about what the user selected; the panel re-selects from the window's Selection.
    Q_EMIT graphChanged();
}

bool GraphScene::updateInPlace(const GraphData &data)
{
    // Only over items drawn for this very shape: another kind shown (its layout pending), or items
    // that do not match one to one, take the rebuild.
    if (m_graph.kind != data.kind || m_nodes.size() != data.nodes.size() || m_edges.size() != data.edges.size()
        || m_graph.clusterOf != data.clusterOf)
        return false;
    for (const GraphNode &node : data.nodes) {
        if (!m_nodes.contains(node.id))
            return false;
    }
    // The edge items in the new graph's order: by place when the ends agree (the builders are
    // deterministic, so that is the rule), otherwise by their ends.
    QList<EdgeItem *> edges = m_edges;
    const auto sameEndsAt = [&](qsizetype i) {
        return m_edges.at(i)->edge().from == data.edges.at(i).from && m_edges.at(i)->edge().to == data.edges.at(i).to;
    };
    qsizetype inOrder = 0;
    while (inOrder < data.edges.size() && sameEndsAt(inOrder))
        ++inOrder;
    if (inOrder < data.edges.size()) {
        QHash<QString, EdgeItem *> byEnds;
        byEnds.reserve(m_edges.size());
        for (EdgeItem *item : std::as_const(m_edges))
            byEnds.insert(edgeKey(item->edge().from, item->edge().to), item);
        if (byEnds.size() != m_edges.size())
            return false; // two edges with the same ends: nothing tells which is which
        for (qsizetype i = 0; i < data.edges.size(); ++i) {
            edges[i] = byEnds.value(edgeKey(data.edges.at(i).from, data.edges.at(i).to));
            if (!edges.at(i))
                return false;
        }
    }

    // Every item has its counterpart: from here on nothing is rebuilt. Positions are the cache's
    // (setGraph moved the nodes that grew into a neighbour); a node that moves or resizes takes its
    // edges along, the others keep their paths.
    const KindState &s = state(data.kind);
    m_quiet = true;
    m_graph = data;
    for (const GraphNode &node : data.nodes) {
        NodeItem *item = m_nodes.value(node.id);
        if (!(item->node() == node))
            item->setNode(node);
        const QPointF place = s.positions.value(node.id);
        if (item->pos() != place)
            item->setPos(place);
    }
    for (qsizetype i = 0; i < data.edges.size(); ++i)
        edges.at(i)->setEdge(data.edges.at(i));
    m_edges = edges;
    for (auto it = m_clusters.begin(); it != m_clusters.end();) {
        if (data.clusterLabels.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_clusters.erase(it);
        }
    }
    for (auto it = data.clusterLabels.cbegin(); it != data.clusterLabels.cend(); ++it) {
        if (!m_clusters.contains(it.key())) {
            auto *cluster = new ClusterItem(it.key());
            addItem(cluster);
            m_clusters.insert(it.key(), cluster);
        }
    }
    // The same ids as before: search hits, emphasis, the view filter and the selection all still
    // apply as they are (the items were never taken away); the filters are applied again for what
    // the data says (a package group refits only when its tables moved or resized).
    applyFilters();
    fitSceneRect();
    m_quiet = false;
    Q_EMIT graphChanged();
    return true;
}

void GraphScene::fitSceneRect()
{
    // From the items now shown, every time: the rect shrinks as well as grows. (What
    // itemsBoundingRect() gives, without its sorting of thousands of items by stacking order.)
    QRectF rect;
    for (const NodeItem *item : std::as_const(m_nodes))
        rect |= item->sceneBoundingRect();
    for (const EdgeItem *item : std::as_const(m_edges))
        rect |= item->sceneBoundingRect();
    for (const ClusterItem *item : std::as_const(m_clusters))
        rect |= item->sceneBoundingRect();
    setSceneRect(rect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

QList<NodeItem *> GraphScene::nodeItems() const
{
    QList<NodeItem *> items;
    for (const GraphNode &node : m_graph.nodes) {
        if (NodeItem *item = m_nodes.value(node.id))
            items.append(item);
    }
    return items;
}

QHash<QString, QPointF> GraphScene::positions() const
{
    QHash<QString, QPointF> result;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        result.insert(it.key(), it.value()->pos());
    return result;
}

void GraphScene::setPositions(const QHash<QString, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setPos(it.value());
    }
    fitClusters();
}

void GraphScene::nodeMoved(NodeItem *item)
{
    if (m_quiet)
        return;
    state(m_graph.kind).positions.insert(item->id(), item->pos());
    // Dragged past the edge: the scene grows so that it can be scrolled to (the next graph shown
    // fits the rect to the items again).
    const QRectF around = item->sceneBoundingRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    if (!sceneRect().contains(around))
        setSceneRect(sceneRect() | around);
    if (m_clusters.contains(m_graph.clusterOf.value(item->id())))
        fitClusters();
}

void GraphScene::fitClusters()
{
    if (m_clusters.isEmpty())
        return;
    QHash<QString, QRectF> content;
    for (NodeItem *item : std::as_const(m_nodes)) {
        const QString package = m_graph.clusterOf.value(item->id());
        if (!package.isEmpty() && item->isVisible())
            content[package] |= item->sceneRect();
    }
    for (auto it = m_clusters.cbegin(); it != m_clusters.cend(); ++it) {
        const QRectF rect = content.value(it.key());
        it.value()->setVisible(!rect.isNull());
        if (!rect.isNull())
            it.value()->fit(rect);
    }
}

void GraphScene::setSearchMatches(const QSet<QString> &ids)
{
    m_matches = ids;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setMatch(m_matches.contains(item->id()));
}

void GraphScene::setEmphasis(const QSet<QString> &nodes, const QSet<QString> &edgeKeys, bool hideOthers)
{
    m_emphasis = nodes;
    m_emphasisEdges = edgeKeys;
    m_hideOthers = hideOthers;
    applyFilters();
}

void GraphScene::setViewFilter(const QSet<QString> &ids, bool active)
{
    m_viewFilter = ids;
    m_viewActive = active;
    applyFilters();
}

void GraphScene::applyFilters()
{
    const bool emphasis = !m_emphasis.isEmpty();
    for (NodeItem *item : std::as_const(m_nodes)) {
        item->setMatch(m_matches.contains(item->id()));
        const bool inView = !m_viewActive || m_viewFilter.contains(item->id());
        const bool emphasized = emphasis && m_emphasis.contains(item->id());
        item->setVisible(inView && (!emphasis || emphasized || !m_hideOthers));
        item->setOpacity(!emphasis || emphasized ? 1.0 : 0.22);
        item->setEmphasized(emphasized);
    }
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const bool emphasized = emphasis && m_emphasisEdges.contains(edgeKey(edge->edge().from, edge->edge().to));
        edge->setVisible(edge->from()->isVisible() && edge->to()->isVisible());
        edge->setEmphasized(emphasized);
        edge->setOpacity(!emphasis || emphasized ? 1.0 : 0.15);
    }
    fitClusters();
    if (!m_quiet)
        Q_EMIT filterChanged();
}

QStringList GraphScene::filteredNodeIds() const
{
    QStringList ids;
    for (const GraphNode &node : m_graph.nodes) {
        const NodeItem *item = m_nodes.value(node.id);
        if (item && item->isVisible() && (m_emphasis.isEmpty() || m_emphasis.contains(node.id)))
            ids.append(node.id);
    }
    return ids;
}

QRectF GraphScene::visibleItemsRect() const
{
    QRectF rect;
    for (QGraphicsItem *item : items()) {
        if (item->isVisible())
            rect |= item->sceneBoundingRect();
    }
    return rect;
}

QString GraphScene::selectedNodeId() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->id();
    }
    return {};
}

void GraphScene::selectNode(const QString &id)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    clearSelection();
    if (NodeItem *item = m_nodes.value(id))
        item->setSelected(true);
    m_quiet = quiet;
}

void GraphScene::onSelectionChanged()
{
    if (!m_quiet)
        Q_EMIT selectedNodeChanged(selectedNodeId());
}

} // namespace Strata::Ui
