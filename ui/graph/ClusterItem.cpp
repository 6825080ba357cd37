#include "ClusterItem.h"

#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace Strata::Ui {

ClusterItem::ClusterItem(const QString &package) : m_package(package)
{
    setZValue(-1);
    setToolTip(QCoreApplication::translate("Strata::Ui::ClusterItem", "Package %1: click the title to fold it into one node")
                   .arg(package));
}

void ClusterItem::fit(const QRectF &content)
{
    if (content == m_content && !m_rect.isNull())
        return; // refitted after every reload and filter change: mostly nothing moved
    m_content = content;
    prepareGeometryChange();
    const qreal m = GraphStyle::ClusterMargin;
    m_rect = content.adjusted(-m, -m - GraphStyle::clusterTitleHeight(), m, m);
    const qreal titleWidth = titleSize(m_package).width();
    if (m_rect.width() < titleWidth)
        m_rect.adjust(-(titleWidth - m_rect.width()) / 2, 0, (titleWidth - m_rect.width()) / 2, 0);
}

QSizeF ClusterItem::titleSize(const QString &package)
{
    return QSizeF(QFontMetricsF(GraphStyle::titleFont()).horizontalAdvance(package) + 40, GraphStyle::clusterTitleHeight());
}

QRectF ClusterItem::titleRect() const
{
    return QRectF(m_rect.topLeft(), QSizeF(m_rect.width(), GraphStyle::clusterTitleHeight()));
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GraphStyle::Colors c = GraphStyle::colors(scene() ? scene()->palette() : QPalette());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c.clusterBorder, 1, Qt::DashLine));
    painter->setBrush(c.cluster);
    painter->drawRoundedRect(m_rect, 10, 10);
    const QRectF title = titleRect().adjusted(10, 0, -10, 0);
    painter->setFont(GraphStyle::titleFont());
    painter->setPen(c.muted);
    // ▾ says "click to fold".
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("\u25BE ") + m_package);
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (titleRect().contains(event->pos())) {
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            Q_EMIT graph->collapseRequested(m_package, true);
        event->accept();
        return;
    }
    event->ignore(); // the background of a group pans like the rest
}

} // namespace Strata::Ui
