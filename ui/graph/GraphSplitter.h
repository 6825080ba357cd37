#pragma once

#include <QSplitter>

namespace Strata::Ui {

// The drawing and the node list side by side. The list is what a screen reader reads, but most
// users look at the drawing: in a dock ~460 px wide a list at its natural width (~200 px) left the
// drawing room for barely two cards. So the list starts at a quarter of the width, keeps its pixel
// width when the dock grows (stretch 0), can be hidden (setListShown, the toolbar's "Node List"),
// and dragged shut, which is the same as hiding it. Its share and whether it is shown are
// remembered (WorkbenchSettings: nodeListFraction, nodeListShown).
class GraphSplitter : public QSplitter
{
    Q_OBJECT

public:
    GraphSplitter(QWidget *drawing, QWidget *list, QWidget *parent = nullptr);

    bool isListShown() const;
    void setListShown(bool shown);
    double listFraction() const { return m_fraction; }

Q_SIGNALS:
    // The list was hidden by dragging the handle shut (setListShown does not emit).
    void listShownChanged(bool shown);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFraction();
    void onMoved();

    QWidget *m_list;
    double m_fraction; // the list's share of the width, remembered
    bool m_applied = false; // the splitter had a real width once and the list got its share
};

} // namespace Strata::Ui
