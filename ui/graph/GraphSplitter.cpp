#include "GraphSplitter.h"

#include "settings/WorkbenchSettings.h"

namespace Strata::Ui {

namespace {
// A list narrower than a tenth shows no names; wider than 60% leaves the drawing too little.
constexpr double MinFraction = 0.1;
constexpr double MaxFraction = 0.6;
} // namespace

GraphSplitter::GraphSplitter(QWidget *drawing, QWidget *list, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent),
      m_list(list),
      m_fraction(qBound(MinFraction, workbenchSettings().nodeListFraction.value(), MaxFraction))
{
    addWidget(drawing);
    addWidget(list);
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    setCollapsible(0, false);
    setCollapsible(1, true);
    connect(this, &QSplitter::splitterMoved, this, &GraphSplitter::onMoved);
    m_list->setVisible(workbenchSettings().nodeListShown.value());
}

bool GraphSplitter::isListShown() const
{
    return !m_list->isHidden();
}

void GraphSplitter::setListShown(bool shown)
{
    if (shown == isListShown())
        return;
    m_list->setVisible(shown);
    if (shown)
        applyFraction();
    workbenchSettings().nodeListShown.setValue(shown);
}

void GraphSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    // The first time there is a real width, give the list its share of it (before that, sizes are
    // made up and a fraction of them means nothing). Later the list keeps its width (stretch 0).
    if (!m_applied)
        applyFraction();
}

void GraphSplitter::applyFraction()
{
    const int width = this->width() - handleWidth();
    if (width <= 0 || m_list->isHidden())
        return;
    const int list = qMax(m_list->minimumWidth(), int(width * m_fraction + 0.5));
    setSizes({width - list, list});
    m_applied = true;
}

void GraphSplitter::onMoved()
{
    // Only the user's drag gets here: setSizes does not emit splitterMoved.
    const QList<int> widths = sizes();
    const int total = widths.value(0) + widths.value(1);
    WorkbenchSettings &settings = workbenchSettings();
    if (widths.value(1) == 0) {
        // Dragged shut: hidden, as with the toggle; shown again at its last share.
        m_list->setVisible(false);
        settings.nodeListShown.setValue(false);
        Q_EMIT listShownChanged(false);
        return;
    }
    if (total > 0) {
        m_fraction = qBound(MinFraction, double(widths.value(1)) / total, MaxFraction);
        settings.nodeListFraction.setValue(m_fraction);
    }
}

} // namespace Strata::Ui
