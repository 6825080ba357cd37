#pragma once

#include "graph/GraphData.h"
#include <strata/layout/GraphLayout.h>

#include <QGraphicsItem>
#include <QPainterPath>

namespace Strata::Ui {

class NodeItem;

// One arrow: the spline Graphviz routed, with an arrowhead at the target. Red for cycles, missing
// packages and broken references. When an end node has moved since the layout (dragged, or kept in
// place after a reload while the layout put it elsewhere), the arrow is re-drawn as a simple curve
// between the two boxes, so edges never point at empty space.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // `route`: the routed spline and the end positions it was routed for (none: a simple curve).
    // Given here rather than by setRoute() afterwards, so that the path is worked out only once.
    EdgeItem(const GraphEdge &edge, NodeItem *from, NodeItem *to, const QPainterPath &route = {},
             const QPointF &routedFrom = {}, const QPointF &routedTo = {});

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const GraphEdge &edge() const { return m_edge; }
    // New data for the same link (a reload): colour, width, tooltip and stacking follow it. The path
    // stays as it is: it depends only on the ends, and they tell the edge when they move or resize.
    void setEdge(const GraphEdge &edge);
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }

    // Graphviz's route (core's layout, QtCore points) as the path the scene draws; empty when the
    // edge was not routed.
    static QPainterPath pathOf(const EdgeRoute &route);

    // The routed spline, valid while the ends stay at `fromPos` and `toPos` (where the layout put them).
    void setRoute(const QPainterPath &path, const QPointF &fromPos, const QPointF &toPos);
    bool followsRoute() const { return m_followsRoute; }
    void endpointMoved();
    void setEmphasized(bool emphasized);
    bool isEmphasized() const { return m_emphasized; }

private:
    QPainterPath fallbackRoute() const;
    void rebuild();
    void describe();

    GraphEdge m_edge;
    NodeItem *m_from;
    NodeItem *m_to;
    QPainterPath m_route;  // from the layout
    QPointF m_routedFrom;  // end positions when the route was made
    QPointF m_routedTo;
    QPainterPath m_path;   // what is drawn
    QPolygonF m_head;
    bool m_emphasized = false;
    bool m_followsRoute = false;
};

} // namespace Strata::Ui
