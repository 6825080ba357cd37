#pragma once

#include "graph/GraphData.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QSizeF>

namespace Strata::Ui {

// How the graph looks: the colours (taken from the palette, so light and dark themes both read
// well), the fonts, and the size of every node. Node sizes come from here and nowhere else, so that
// what the layout reserves is exactly what the items paint.
namespace GraphStyle {

struct Colors
{
    QColor background;
    QColor card;
    QColor header;      // table card header band; package box fill
    QColor border;
    QColor text;
    QColor muted;       // types, versions, "+N more"
    QColor edge;
    QColor broken;      // cycles, missing packages, broken references
    QColor warning;
    QColor selection;
    QColor match;       // search hits
    QColor cluster;     // package group fill
    QColor clusterBorder;
};

Colors colors(const QPalette &palette);
bool isDark(const QPalette &palette);

QFont titleFont();
QFont bodyFont();

constexpr qreal Padding = 8;
constexpr qreal Radius = 6;
constexpr qreal BadgeSize = 14;
constexpr qreal ClusterMargin = 14;

qreal headerHeight(const GraphNode &node);
qreal rowHeight();
// The drawn size of `node` (header, one row per listed column, "+N more").
QSizeF sizeOf(const GraphNode &node);
// Height of a package group's title band.
qreal clusterTitleHeight();

} // namespace GraphStyle
} // namespace Strata::Ui
