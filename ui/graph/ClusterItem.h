#pragma once

#include <QGraphicsItem>

namespace Strata::Ui {

// A package's group of tables: a tinted box around them with the package's name in a title band
// and a fold marker. Clicking the title band folds the package into one node (GraphScene asks the
// panel, which rebuilds the graph). Its rectangle follows its tables, never the layout's cluster
// box, so it stays right when tables keep their places after a reload or are dragged.
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit ClusterItem(const QString &package);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &package() const { return m_package; }
    // The box around `content` (the tables' united rectangle), with the title band on top.
    void fit(const QRectF &content);
    QRectF titleRect() const;
    // The least room the title of `package` needs (points): the band's height, and its text with
    // the fold marker and some air. Graphviz reserves it when laying out (LayoutRequest::clusterTitles).
    static QSizeF titleSize(const QString &package);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_package;
    QRectF m_content; // what m_rect was fitted to
    QRectF m_rect;
};

} // namespace Strata::Ui
