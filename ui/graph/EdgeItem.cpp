#include "EdgeItem.h"

#include "graph/GraphStyle.h"
#include "graph/NodeItem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace Strata::Ui {

namespace {
constexpr qreal HeadLength = 9;
constexpr qreal HeadWidth = 4.5;

// The direction `path` arrives at its end in: from the last point before the end that is not the
// end itself (a cubic's last control point, or where a last straight segment starts). The same as
// angleAtPercent(1.0), which first measures the length of the whole path, at a fraction of its cost
// (thousands of edges are built at once). Graphviz ends a spline at the arrowhead's base and adds a
// short straight segment to the tip: that segment is the direction, not the curve's last tangent.
QPointF arrivalDirection(const QPainterPath &path)
{
    const QPointF tip = path.currentPosition();
    for (int i = path.elementCount() - 2; i >= 0; --i) {
        const QPointF before = path.elementAt(i);
        const QPointF d = tip - before;
        const qreal length = std::hypot(d.x(), d.y());
        if (length > 1e-6)
            return d / length;
    }
    return QPointF(1, 0);
}
} // namespace

EdgeItem::EdgeItem(const GraphEdge &edge, NodeItem *from, NodeItem *to, const QPainterPath &route,
                   const QPointF &routedFrom, const QPointF &routedTo)
    : m_edge(edge), m_from(from), m_to(to), m_route(route), m_routedFrom(routedFrom), m_routedTo(routedTo)
{
    describe();
    from->addEdge(this);
    if (to != from)
        to->addEdge(this);
    rebuild();
}

QPainterPath EdgeItem::pathOf(const EdgeRoute &route)
{
    QPainterPath path;
    if (route.points.isEmpty())
        return path;
    const QList<QPointF> &p = route.points;
    path.moveTo(p.first());
    for (qsizetype i = 1; i + 2 < p.size(); i += 3)
        path.cubicTo(p.at(i), p.at(i + 1), p.at(i + 2));
    if (route.arrowTip)
        path.lineTo(*route.arrowTip);
    return path;
}

void EdgeItem::describe()
{
    setZValue(m_edge.broken ? 0.5 : 0); // red arrows above grey ones, both under the nodes
    QString tip = m_edge.label;
    if (m_edge.count > 1)
        tip = QStringLiteral("%1 × %2").arg(m_edge.count).arg(m_edge.label);
    setToolTip(tip);
}

void EdgeItem::setEdge(const GraphEdge &edge)
{
    if (edge == m_edge)
        return;
    m_edge = edge;
    describe();
    update();
}

void EdgeItem::setRoute(const QPainterPath &path, const QPointF &fromPos, const QPointF &toPos)
{
    m_route = path;
    m_routedFrom = fromPos;
    m_routedTo = toPos;
    rebuild();
}

void EdgeItem::endpointMoved()
{
    rebuild();
}

void EdgeItem::setEmphasized(bool emphasized)
{
    if (m_emphasized != emphasized) {
        m_emphasized = emphasized;
        update();
    }
}

QPainterPath EdgeItem::fallbackRoute() const
{
    const QRectF a = m_from->sceneRect();
    const QRectF b = m_to->sceneRect();
    QPainterPath path;
    if (m_from == m_to) {
        // A self reference: a loop on the right side.
        const QPointF start(a.right(), a.center().y() - 8);
        const QPointF end(a.right(), a.center().y() + 8);
        path.moveTo(start);
        path.cubicTo(start + QPointF(40, -24), end + QPointF(40, 24), end);
        return path;
    }
    const QPointF start = borderPoint(a, b.center());
    const QPointF end = borderPoint(b, a.center());
    const QPointF d = end - start;
    // A gentle S along the main direction, as the layered layout's splines look.
    const bool horizontal = qAbs(d.x()) >= qAbs(d.y());
    const QPointF c1 = horizontal ? QPointF(start.x() + d.x() / 2, start.y()) : QPointF(start.x(), start.y() + d.y() / 2);
    const QPointF c2 = horizontal ? QPointF(end.x() - d.x() / 2, end.y()) : QPointF(end.x(), end.y() - d.y() / 2);
    path.moveTo(start);
    path.cubicTo(c1, c2, end);
    return path;
}

void EdgeItem::rebuild()
{
    prepareGeometryChange();
    // Within a hundredth of a point: positions go through arithmetic on both sides.
    const auto same = [](const QPointF &a, const QPointF &b) { return qAbs(a.x() - b.x()) < 0.01 && qAbs(a.y() - b.y()) < 0.01; };
    m_followsRoute = !m_route.isEmpty() && same(m_from->pos(), m_routedFrom) && same(m_to->pos(), m_routedTo);
    m_path = m_followsRoute ? m_route : fallbackRoute();
    m_head.clear();
    if (m_path.isEmpty())
        return;
    const QPointF tip = m_path.currentPosition();
    const QPointF dir = arrivalDirection(m_path);
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip - dir * HeadLength;
    m_head << tip << base + normal * HeadWidth << base - normal * HeadWidth;
}

QRectF EdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GraphStyle::Colors c = GraphStyle::colors(scene() ? scene()->palette() : QPalette());
    QColor color = m_edge.broken ? c.broken : m_emphasized ? c.selection : c.edge;
    qreal width = (m_emphasized ? 2.4 : 1.3) + (m_edge.count > 1 ? qMin(2.0, 0.4 * m_edge.count) : 0);
    Qt::PenStyle style = Qt::SolidLine;
    if (m_edge.generated && !m_edge.broken && !m_emphasized) {
        // Every scoped table has a workspace_id key: drawn faint and dashed so that the keys the
        // author wrote stand out instead of a fan of arrows into the workspace table.
        color.setAlphaF(0.45f);
        width = 1.0;
        style = Qt::DashLine;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

} // namespace Strata::Ui
