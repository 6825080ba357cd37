#include "NodeItem.h"

#include "graph/EdgeItem.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Strata::Ui {

namespace {
constexpr qreal Halo = 5; // room around the box for the selection and search outlines
}

NodeItem::NodeItem(const GraphNode &node) : m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setNode(node);
}

void NodeItem::setNode(const GraphNode &node)
{
    const bool resized = node.size != m_node.size;
    if (resized)
        prepareGeometryChange();
    m_node = node;
    if (resized) {
        // Arrows end on the box's border.
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->endpointMoved();
    }
    QString tip = m_node.name;
    if (!m_node.detail.isEmpty())
        tip += QLatin1Char('\n') + m_node.detail;
    if (m_node.errors || m_node.warnings) {
        tip += QLatin1Char('\n')
            + QCoreApplication::translate("Strata::Ui::NodeItem", "%n error(s)", nullptr, m_node.errors) + QStringLiteral(", ")
            + QCoreApplication::translate("Strata::Ui::NodeItem", "%n warning(s)", nullptr, m_node.warnings);
    }
    setToolTip(tip);
    update();
}

QRectF NodeItem::boundingRect() const
{
    const QSizeF s = m_node.size;
    return QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height()).adjusted(-Halo, -Halo - GraphStyle::BadgeSize / 2, Halo + GraphStyle::BadgeSize / 2, Halo);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    const QSizeF s = m_node.size;
    path.addRoundedRect(QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height()), GraphStyle::Radius, GraphStyle::Radius);
    return path;
}

void NodeItem::setMatch(bool match)
{
    if (m_match != match) {
        m_match = match;
        update();
    }
}

void NodeItem::setEmphasized(bool emphasized)
{
    if (m_emphasized != emphasized) {
        m_emphasized = emphasized;
        update();
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->endpointMoved();
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->nodeMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const GraphStyle::Colors c = GraphStyle::colors(scene() ? scene()->palette() : QPalette());
    const QSizeF s = m_node.size;
    const QRectF box(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_match) {
        painter->setPen(QPen(c.match, 4));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), GraphStyle::Radius + 2, GraphStyle::Radius + 2);
    }

    const bool table = m_node.kind == GraphNode::Kind::Table;
    QPen border(m_node.isMissing() ? c.broken : c.border, 1.2);
    if (m_node.isMissing())
        border.setStyle(Qt::DashLine);
    else if (m_node.errors)
        border = QPen(c.broken, 1.6);
    if (isSelected())
        border = QPen(c.selection, 2.6);
    else if (m_emphasized)
        border = QPen(c.selection, 1.8);
    painter->setPen(border);
    painter->setBrush(table ? c.card : c.header);
    if (m_node.kind == GraphNode::Kind::CollapsedPackage) {
        // A folded package: a stack of cards, so it reads as "more inside".
        painter->drawRoundedRect(box.translated(4, 4), GraphStyle::Radius, GraphStyle::Radius);
    }
    painter->drawRoundedRect(box, GraphStyle::Radius, GraphStyle::Radius);

    if (table) {
        // The header band: clip to the rounded card so its corners follow the border.
        const QRectF header(box.topLeft(), QSizeF(box.width(), GraphStyle::headerHeight(m_node)));
        painter->save();
        QPainterPath clip;
        clip.addRoundedRect(box.adjusted(1, 1, -1, -1), GraphStyle::Radius, GraphStyle::Radius);
        painter->setClipPath(clip);
        painter->fillRect(header, c.header);
        painter->restore();
        if (!m_node.columns.isEmpty() || m_node.hiddenColumns) {
            painter->setPen(QPen(c.border, 0.8));
            painter->drawLine(QLineF(header.bottomLeft(), header.bottomRight()));
        }
        paintTitle(painter, header);
        paintColumns(painter, box);
    } else {
        paintTitle(painter, box);
    }
    paintBadge(painter, box);
    Q_UNUSED(option);
}

void NodeItem::paintTitle(QPainter *painter, const QRectF &box) const
{
    const GraphStyle::Colors c = GraphStyle::colors(scene() ? scene()->palette() : QPalette());
    const QFontMetricsF title(GraphStyle::titleFont());
    const QFontMetricsF body(GraphStyle::bodyFont());
    const qreal textWidth = box.width() - 2 * GraphStyle::Padding;
    qreal height = title.height() + (m_node.detail.isEmpty() ? 0 : body.height());
    qreal y = box.center().y() - height / 2;
    if (m_node.kind == GraphNode::Kind::Table)
        y = box.top() + GraphStyle::Padding - 1;
    painter->setFont(GraphStyle::titleFont());
    painter->setPen(m_node.isMissing() ? c.broken : c.text);
    painter->drawText(QRectF(box.left() + GraphStyle::Padding, y, textWidth, title.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                      title.elidedText(m_node.name, Qt::ElideMiddle, textWidth));
    if (!m_node.detail.isEmpty()) {
        painter->setFont(GraphStyle::bodyFont());
        painter->setPen(m_node.isMissing() ? c.broken : c.muted);
        painter->drawText(QRectF(box.left() + GraphStyle::Padding, y + title.height(), textWidth, body.height()),
                          Qt::AlignHCenter | Qt::AlignVCenter, body.elidedText(m_node.detail, Qt::ElideRight, textWidth));
    }
}

void NodeItem::paintColumns(QPainter *painter, const QRectF &box) const
{
    const GraphStyle::Colors c = GraphStyle::colors(scene() ? scene()->palette() : QPalette());
    const QFontMetricsF body(GraphStyle::bodyFont());
    const qreal row = GraphStyle::rowHeight();
    qreal y = box.top() + GraphStyle::headerHeight(m_node) + GraphStyle::Padding / 4;
    const qreal left = box.left() + GraphStyle::Padding;
    const qreal right = box.right() - GraphStyle::Padding;
    QFont font = GraphStyle::bodyFont();
    for (const GraphColumn &column : m_node.columns) {
        const QRectF line(left, y, right - left, row);
        // Key marker: a filled dot for the primary key, a ring for a foreign key.
        const QPointF dot(left + 5, line.center().y());
        if (column.primaryKey) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(c.match);
            painter->drawEllipse(dot, 3.5, 3.5);
        } else if (column.foreignKey) {
            painter->setPen(QPen(c.selection, 1.4));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(dot, 3, 3);
        }
        font.setBold(column.primaryKey);
        painter->setFont(font);
        painter->setPen(c.text);
        const qreal typeWidth = body.horizontalAdvance(column.type);
        const QRectF nameRect(left + 16, y, right - left - 16 - typeWidth - 10, row);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, body.elidedText(column.name, Qt::ElideRight, nameRect.width()));
        font.setBold(false);
        painter->setFont(font);
        painter->setPen(c.muted);
        painter->drawText(QRectF(left, y, right - left, row), Qt::AlignRight | Qt::AlignVCenter, column.type);
        y += row;
    }
    if (m_node.hiddenColumns > 0 && !m_node.columns.isEmpty()) {
        painter->setFont(font);
        painter->setPen(c.muted);
        painter->drawText(QRectF(left + 16, y, right - left - 16, row), Qt::AlignLeft | Qt::AlignVCenter,
                          QCoreApplication::translate("Strata::Ui::NodeItem", "+%n more", nullptr, m_node.hiddenColumns));
    }
}

void NodeItem::paintBadge(QPainter *painter, const QRectF &box) const
{
    if (m_node.state() == NodeState::Valid || m_node.isMissing())
        return;
    const GraphStyle::Colors c = GraphStyle::colors(scene() ? scene()->palette() : QPalette());
    const bool error = m_node.state() == NodeState::Errors;
    const qreal r = GraphStyle::BadgeSize / 2;
    const QPointF centre(box.right() - 2, box.top() + 2);
    painter->setPen(QPen(c.card, 1.5));
    painter->setBrush(error ? c.broken : c.warning);
    if (error) {
        painter->drawEllipse(centre, r, r);
    } else {
        QPolygonF triangle({centre + QPointF(0, -r), centre + QPointF(r, r * 0.8), centre + QPointF(-r, r * 0.8)});
        painter->drawPolygon(triangle);
    }
    QFont font = GraphStyle::bodyFont();
    font.setBold(true);
    font.setPixelSize(int(GraphStyle::BadgeSize * 0.75));
    painter->setFont(font);
    painter->setPen(GraphStyle::isDark(scene() ? scene()->palette() : QPalette()) ? Qt::black : Qt::white);
    painter->drawText(QRectF(centre.x() - r, centre.y() - r + (error ? 0 : 1.5), 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("!"));
}

} // namespace Strata::Ui
