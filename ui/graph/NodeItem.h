#pragma once

#include "graph/GraphData.h"

#include <QGraphicsItem>

namespace Strata::Ui {

class EdgeItem;

// One node of the graph: a rounded box with a package's name and version, or a table card listing
// its columns at the chosen density. A badge shows the registry's findings (red: errors, amber:
// warnings); missing packages and tables are dashed red. Selection, search hits and the focus set
// change only how it is drawn, never its size, so they never need a layout.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NodeItem(const GraphNode &node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const GraphNode &node() const { return m_node; }
    const QString &id() const { return m_node.id; }
    // New content for the same id: redraws, and resizes when the size changed (its edges follow).
    void setNode(const GraphNode &node);
    QRectF sceneRect() const { return QRectF(pos() - QPointF(m_node.size.width() / 2, m_node.size.height() / 2), m_node.size); }

    void setMatch(bool match);
    bool isMatch() const { return m_match; }
    void setEmphasized(bool emphasized);

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    void clearEdges() { m_edges.clear(); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintTitle(QPainter *painter, const QRectF &box) const;
    void paintColumns(QPainter *painter, const QRectF &box) const;
    void paintBadge(QPainter *painter, const QRectF &box) const;

    GraphNode m_node;
    bool m_match = false;
    bool m_emphasized = false;
    QList<EdgeItem *> m_edges;
};

} // namespace Strata::Ui
