#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Strata {

// What to lay out: nodes with their drawn size (in points), optional clusters, directed edges.
// No Graphviz types appear here: the adapter is the only place that knows Graphviz. No text either:
// every size is what Qt measured for the scene, so Graphviz never measures text (see GraphLayout).
struct LayoutRequest
{
    struct Node
    {
        QString id;
        QSizeF size;     // points (1/72 inch), as the scene will draw it
        QString cluster; // empty: top level
    };
    struct Edge
    {
        QString from;
        QString to;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    // Cluster id -> size of its title band (points), as the scene draws it; a cluster missing here
    // gets no room for a title.
    QHash<QString, QSizeF> clusterTitles;
    bool leftToRight = true;
    // Positions to keep (a node that did not change keeps its place after a reload): the layout
    // runs for the others and these are pinned where they were.
    QHash<QString, QPointF> pinned;
};

// An edge as Graphviz routed it: a cubic Bezier spline, in scene coordinates (y down). `points`
// holds the start, then three points per segment (two control points and the segment's end), as
// Graphviz gives them; empty when the edge was not routed. `arrowTip`, when set, is where the
// arrowhead points (Graphviz ends the spline short of the node to leave room for it). QtCore types
// only, so that core's documentation and the workbench's scene (ui/graph) read the same layout.
struct EdgeRoute
{
    QList<QPointF> points;
    std::optional<QPointF> arrowTip;
    bool isEmpty() const { return points.isEmpty(); }
};

struct LayoutResult
{
    QHash<QString, QPointF> positions; // node centres, scene coordinates (y down)
    QHash<QString, QRectF> clusters;
    QList<EdgeRoute> edges;            // same order as the request's edges
    QRectF bounds;
    qint64 elapsedMs = 0;
    bool ranOnGuiThread = false;       // should never be true: layouts belong off the GUI thread
    QString error;                     // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Runs Graphviz `dot` through its C library: the one Graphviz adapter of Strata, used by the
// workbench's graph (ui/graph) and the HTML documentation's diagrams (docs/). Graphviz is not
// thread-safe: every call takes one process-wide lock, so a GUI calls it from a worker thread
// (GraphLayoutJob does) and never from the GUI thread.
// Graphviz is given sizes only, never a text to measure: its text layout (the pango plugin, and
// fontconfig under it) stays out of the worker thread.
class GraphLayout
{
public:
    static LayoutResult run(const LayoutRequest &request);
    // Past these sizes the layout trades quality for time (fewer crossing-minimisation and
    // placement passes, only the edges in layoutEdges() shape it, and no edge routing:
    // result.edges are empty routes and the scene draws simple curves).
    static constexpr qsizetype LargeNodes = 400;
    static constexpr qsizetype LargeEdges = 1200;
    static bool isLarge(const LayoutRequest &request);
    // Which edges a large layout gives Graphviz: not those implied by a longer path (a transitive
    // reduction over the strongly connected components; edges inside a cycle all stay), and one of
    // parallel edges. The order of nodes along the edges stays the same, with far fewer long edges
    // for dot to place. Same order as request.edges; edges with an unknown end are false.
    static QList<bool> layoutEdges(const LayoutRequest &request);
};

// Where the segment from the centre of `rect` towards `towards` leaves the rectangle: the end of an
// arrow the layout did not route (the workbench's EdgeItem, the documentation's SvgDiagram).
QPointF borderPoint(const QRectF &rect, const QPointF &towards);

} // namespace Strata
Q_DECLARE_METATYPE(Strata::LayoutResult)
