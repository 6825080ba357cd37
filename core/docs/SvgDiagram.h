#pragma once

#include <strata/layout/GraphLayout.h>

#include <QList>
#include <QSizeF>
#include <QString>

namespace Strata {

// A diagram of the documentation, before it is laid out: boxes (a table with its columns, or a
// package), optional clusters (packages) and arrows (foreign keys, dependencies). Plain text only:
// SvgDiagram escapes every name and comment when it writes the SVG.
struct DiagramRow
{
    QString marks; // "PK", "FK", "UQ" or "PK FK" ...: at most 5 characters
    QString name;
    QString type;
};

struct DiagramBox
{
    QString id;       // unique in the diagram
    QString title;
    QString subtitle; // a package's version, a neighbour's package; may be empty
    QString link;     // relative to the page the diagram is on; empty: no link
    QString cluster;  // a DiagramCluster's id; empty: top level
    QString kind;     // a CSS class: "focus", "own", "other"
    QList<DiagramRow> rows;
    qsizetype hiddenRows = 0; // shown as "+N more"
};

struct DiagramCluster
{
    QString id;
    QString label;
    QString link;
};

struct DiagramEdge
{
    QString from; // box ids
    QString to;
    QString title; // shown as the arrow's tooltip
};

struct Diagram
{
    QString label; // what a screen reader hears for the whole picture
    QList<DiagramBox> boxes;
    QList<DiagramCluster> clusters;
    QList<DiagramEdge> edges;
    bool leftToRight = true;
};

// An SVG written by Strata itself from a layout (Graphviz's, through core/layout, or one worked out
// by hand: NeighbourhoodDiagram). Text is measured with fixed monospace metrics, never with a font,
// so that the same project gives the same bytes on every machine; the page's CSS styles it (its
// colours follow the reader's light or dark setting). Every string is escaped for XML.
namespace SvgDiagram {

inline constexpr qreal CharWidth = 7.2;   // 12 px monospace: 0.6 em per character
inline constexpr qreal HeaderHeight = 24;
inline constexpr qreal RowHeight = 17;
inline constexpr qreal ClusterTitleHeight = 22;
inline constexpr qsizetype MaxChars = 48; // longer names are shortened with "…" (the page has them whole)

QSizeF boxSize(const DiagramBox &box);
// What Graphviz gets: the boxes' sizes, the clusters with room for their titles, the arrows.
LayoutRequest layoutRequest(const Diagram &diagram);
// The SVG of `diagram` placed by `layout` (positions are box centres). Arrows that the layout did
// not route are drawn straight between the boxes' borders.
QString svg(const Diagram &diagram, const LayoutResult &layout);

} // namespace SvgDiagram

} // namespace Strata
