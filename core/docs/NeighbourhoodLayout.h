#pragma once

#include <strata/docs/SvgDiagram.h>

#include <QStringList>

namespace Strata {

// The layout of a table's neighbourhood diagram, worked out here rather than by Graphviz: the tables
// that refer to it in a column on the left, the table in the middle, the tables it refers to on the
// right. A neighbourhood is one link deep, so it always has this shape, and Graphviz would only
// find it again: at about a millisecond per `dot` run in one process at a time (Graphviz is not
// thread-safe), the 10,000 table pages of a large project would spend most of their time there
// (docs/performance.md, "Documentation"), while this takes microseconds and runs on every core.
// `columns` holds box ids from left to right; arrows leave a box's side facing their target.
LayoutResult neighbourhoodLayout(const Diagram &diagram, const QList<QStringList> &columns);

} // namespace Strata
