#include "GraphView.h"

#include "graph/ClusterItem.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "graph/NodeItem.h"

#include <QAction>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Strata::Ui {

namespace {
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 4.0;
constexpr qreal Step = 1.25;
} // namespace

GraphView::GraphView(GraphScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Schema graph"));
    setAccessibleDescription(tr("Arrow keys move between nodes, Tab goes through them in order, Enter opens the "
                                "selected one. The node list beside the graph lists the same nodes."));

    auto shortcut = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn},
             &GraphView::zoomIn);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}, &GraphView::zoomOut);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}, &GraphView::fitAll);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(qreal factor, const QPointF &anchorScene)
{
    factor = qBound(MinZoom, factor, MaxZoom);
    // Keep `anchorScene` under the same viewport point.
    const QPoint anchorView = mapFromScene(anchorScene);
    setTransform(QTransform::fromScale(factor, factor));
    const QPointF after = mapToScene(anchorView);
    const QPointF delta = (after - anchorScene) * factor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::round(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::round(delta.y())));
    Q_EMIT zoomChanged(factor);
}

void GraphView::zoomIn()
{
    setZoom(zoom() * Step, mapToScene(viewport()->rect().center()));
}

void GraphView::zoomOut()
{
    setZoom(zoom() / Step, mapToScene(viewport()->rect().center()));
}

void GraphView::fitAll()
{
    const QRectF rect = m_scene->visibleItemsRect();
    if (rect.isEmpty())
        return;
    fitInView(rect.adjusted(-12, -12, 12, 12), Qt::KeepAspectRatio);
    // Never blow a small graph up past 1:1: text looks best at its own size.
    if (zoom() > 1.0)
        setZoom(1.0, rect.center());
    centerOn(rect.center());
    Q_EMIT zoomChanged(zoom());
}

void GraphView::centreOn(const QString &id)
{
    NodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return;
    if (zoom() < 0.5)
        setZoom(0.8, item->pos());
    centerOn(item);
}

void GraphView::ensureNodeVisible(const QString &id)
{
    const NodeItem *item = m_scene->nodeItem(id);
    if (!item || !item->isVisible())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.contains(item->sceneRect()))
        return;
    // centerOn(QPointF), not centerOn(item): the item's own centre is its bounding rect's, which
    // includes the badge; the card's centre is pos().
    centerOn(item->pos());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll sideways/vertically as usual
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps))
        return;
    setZoom(zoom() * std::pow(1.15, steps), mapToScene(event->position().toPoint()));
    event->accept();
}

bool GraphView::event(QEvent *event)
{
    // Tab walks through the nodes; after the last one it leaves the view as usual.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && !(key->modifiers() & Qt::ControlModifier)) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            const QString next = stepInOrder(m_scene->selectedNodeId(), forward);
            if (!next.isEmpty()) {
                choose(next);
                return true;
            }
            return QWidget::event(event); // plain widget focus chain
        }
    }
    return QGraphicsView::event(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const QString current = m_scene->selectedNodeId();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (event->modifiers() & Qt::ControlModifier)
            break;
        const QString next = current.isEmpty() ? stepInOrder({}, true) : neighbourInDirection(current, event->key());
        if (!next.isEmpty())
            choose(next);
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!current.isEmpty()) {
            Q_EMIT nodeActivated(current);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!current.isEmpty()) {
            m_scene->clearSelection(); // reported by the scene like a click on the background
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

bool GraphView::isBackground(const QPoint &viewPos) const
{
    const QPointF scenePos = mapToScene(viewPos);
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() == NodeItem::Type)
            return false;
        if (item->type() == ClusterItem::Type && static_cast<ClusterItem *>(item)->titleRect().contains(item->mapFromScene(scenePos)))
            return false;
    }
    return true; // empty space, an arrow or the inside of a package group
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isBackground(event->position().toPoint())) {
        m_panning = true;
        m_panMoved = false;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        if (delta.manhattanLength() > 2)
            m_panMoved = true;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        viewport()->unsetCursor();
        if (!m_panMoved)
            m_scene->clearSelection(); // a click on the background
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == NodeItem::Type) {
            Q_EMIT nodeActivated(static_cast<NodeItem *>(item)->id());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, GraphStyle::colors(m_scene->palette()).background);
}

void GraphView::choose(const QString &id)
{
    m_scene->selectNode(id);
    centreOn(id);
    Q_EMIT nodeChosen(id);
}

QString GraphView::stepInOrder(const QString &id, bool forward) const
{
    const QStringList ids = m_scene->filteredNodeIds();
    if (ids.isEmpty())
        return {};
    const qsizetype at = ids.indexOf(id);
    if (at < 0)
        return forward ? ids.first() : ids.last();
    const qsizetype next = at + (forward ? 1 : -1);
    return next >= 0 && next < ids.size() ? ids.at(next) : QString();
}

QString GraphView::neighbourInDirection(const QString &id, int key) const
{
    const NodeItem *from = m_scene->nodeItem(id);
    if (!from)
        return {};
    const QPointF origin = from->pos();
    QString best;
    qreal bestScore = 0;
    for (const QString &candidate : m_scene->filteredNodeIds()) {
        if (candidate == id)
            continue;
        const QPointF d = m_scene->nodeItem(candidate)->pos() - origin;
        qreal along = 0, across = 0;
        switch (key) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        default: along = d.y(); across = d.x(); break;
        }
        // Only nodes ahead (within a 60° cone either side); those straight ahead beat those off to the side.
        if (along <= 1 || qAbs(across) > along * 1.8)
            continue;
        const qreal score = along + 2 * qAbs(across);
        if (best.isEmpty() || score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Strata::Ui
