#pragma once

#include "graph/GraphData.h"
#include "graph/GraphLayoutJob.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPainterPath>
#include <QSet>

namespace Strata::Ui {

class ClusterItem;
class EdgeItem;
class NodeItem;

// The drawn graph. setGraph() takes a GraphData and decides whether it needs a layout (only when
// nodes or edges were added or removed); layouts run off the GUI thread in a GraphLayoutJob. Zoom,
// pan, selection, search hits and the focus set never lay out: they only change how items look.
//
// Keeping places across changes (the strategy):
//  - Positions are cached per node id (one cache per graph kind), and so are the routed splines
//    together with the end positions they were routed for.
//  - Same nodes and same edges as the last layout (a column changed, a finding appeared): no layout.
//    The items shown are updated in place (the very same objects: selection, search hits and
//    filters stay as they are), at their cached positions; a node that grew and now overlaps
//    another is moved down until it is free (the nodes that did not change never move), and only
//    the edges of nodes that moved or resized are drawn again.
//  - Nodes or edges added or removed: the whole graph is laid out again (Graphviz has no
//    incremental mode). When the result arrives, every node that had a position keeps it. The new
//    layout is aligned with the old one by the median offset of the kept nodes, new nodes go where
//    the aligned layout put them, and a new node that would overlap one already placed is shifted
//    down until it does not. Edges whose ends are both where the layout put them keep Graphviz's
//    spline; the others are drawn as simple curves between the boxes.
//  - arrangeAgain() forgets the cache and takes the fresh layout as it comes.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    void setGraph(const GraphData &data);
    const GraphData &graph() const { return m_graph; }
    // The graph setGraph() last received (what will show once its layout is in).
    const GraphData &pendingGraph() const { return m_pending; }
    bool isLayoutPending() const { return m_layoutPending; }
    void arrangeAgain();

    GraphLayoutJob &layoutJob() { return m_job; }
    int layoutsApplied() const { return m_layoutsApplied; }

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<NodeItem *> nodeItems() const; // in graph order
    QList<EdgeItem *> edgeItems() const { return m_edges; }
    ClusterItem *clusterItem(const QString &package) const { return m_clusters.value(package); }
    QHash<QString, QPointF> positions() const;
    // Moves nodes (a named view's arrangement); the moved places are remembered like dragged ones.
    void setPositions(const QHash<QString, QPointF> &positions);

    // What to draw: search hits get an outline; with an emphasis set (focus, path), the rest is
    // dimmed, or hidden when `hideOthers`; a view filter (a named view) hides every node outside it.
    void setSearchMatches(const QSet<QString> &ids);
    void setEmphasis(const QSet<QString> &nodes, const QSet<QString> &edgeKeys, bool hideOthers);
    void setViewFilter(const QSet<QString> &ids, bool active);
    bool hasEmphasis() const { return !m_emphasis.isEmpty(); }
    // Nodes shown and not dimmed, in graph order: what the node list lists.
    QStringList filteredNodeIds() const;
    QRectF visibleItemsRect() const;
    static QString edgeKey(const QString &from, const QString &to) { return from + QLatin1Char('\n') + to; }

    QString selectedNodeId() const;
    // Selects one node (or none for an empty id) without emitting selectedNodeChanged.
    void selectNode(const QString &id);

    // Called by NodeItem when it moved (dragged or placed): remembers the place, refits its group.
    void nodeMoved(NodeItem *item);

Q_SIGNALS:
    // A node was selected by the user (clicked, keyboard); empty when the selection was cleared.
    void selectedNodeChanged(const QString &id);
    void collapseRequested(const QString &package, bool collapse);
    // Items were rebuilt (new graph shown) / filters changed what is shown.
    void graphChanged();
    void filterChanged();
    void layoutApplied();

private:
    struct Route
    {
        QPainterPath path;
        QPointF from;
        QPointF to;
    };
    struct KindState
    {
        GraphData laidOut;
        QHash<QString, QPointF> positions;
        QHash<QString, Route> routes; // by edgeKey
    };

    void onLayoutFinished(const LayoutResult &result);
    // Draws `data` anew: every item rebuilt.
    void show(const GraphData &data);
    // Draws `data` over the items of the graph shown, when it has the same shape: nodes whose data
    // changed are redrawn, nodes that moved or resized take their edges along, edges get their new
    // data (colour, label) and keep their paths. False, with nothing changed, when the items do not
    // match `data` one to one (then show() it).
    bool updateInPlace(const GraphData &data);
    void fitSceneRect();
    void fitClusters();
    void applyFilters();
    void onSelectionChanged();
    KindState &state(GraphKind kind) { return m_states[int(kind)]; }

    GraphLayoutJob m_job;
    GraphData m_graph;   // shown
    GraphData m_pending; // last received
    bool m_layoutPending = false;
    int m_layoutsApplied = 0;
    KindState m_states[2];

    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    QHash<QString, ClusterItem *> m_clusters;

    QSet<QString> m_matches;
    QSet<QString> m_emphasis;
    QSet<QString> m_emphasisEdges;
    bool m_hideOthers = false;
    QSet<QString> m_viewFilter;
    bool m_viewActive = false;
    bool m_quiet = false; // rebuilding: no selection signals, no cache writes
};

} // namespace Strata::Ui
