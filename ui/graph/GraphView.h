#pragma once

#include <QGraphicsView>

namespace Strata::Ui {

class GraphScene;
class NodeItem;

// Looks at a GraphScene: wheel zoom around the cursor, Ctrl+= / Ctrl+- / Ctrl+0 (fit), drag the
// background to pan, click a node to select it. Keyboard: arrow keys move the selection to the
// nearest node in that direction, Tab and Shift+Tab go through the nodes in list order (and leave
// the view after the last), Enter activates the selected node. None of this lays out again.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);

    GraphScene *graphScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal factor, const QPointF &anchorScene);
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Selects (quietly) and scrolls to a node, keeping the zoom unless it is too small to read.
    void centreOn(const QString &id);
    // Centres on a node only when it is not wholly in sight; never zooms, never lays out. (What
    // following the window's selection does: the user's zoom and place stay when nothing needs to move.)
    void ensureNodeVisible(const QString &id);
    // The nearest visible node from `id` in a direction (key: Qt::Key_Left/Right/Up/Down).
    QString neighbourInDirection(const QString &id, int key) const;

Q_SIGNALS:
    // The user picked a node with the keyboard (arrows, Tab): the panel reports it to the Selection.
    void nodeChosen(const QString &id);
    // Enter or a double click on a node.
    void nodeActivated(const QString &id);
    void zoomChanged(qreal factor);

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    bool isBackground(const QPoint &viewPos) const;
    void choose(const QString &id);
    QString stepInOrder(const QString &id, bool forward) const;

    GraphScene *m_scene;
    // Panning by dragging the background (done here, not with ScrollHandDrag, so that a drag does
    // not clear the selection the way a click on the background does).
    bool m_panning = false;
    bool m_panMoved = false;
    QPoint m_panStart;
};

} // namespace Strata::Ui
