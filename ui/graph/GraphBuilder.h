#pragma once

#include "graph/GraphData.h"

#include <QSet>

namespace Strata {
class Registry;
}

namespace Strata::Ui {

// Builds the drawn graphs from the Registry, the same graphs the CLI exports (core/export/GraphExport):
// the package dependency graph (cycle edges and edges to missing packages red) and the table graph
// (tables clustered by package, foreign keys as edges, broken references red). Node sizes are
// filled in from GraphStyle, so the result is ready to lay out.
class GraphBuilder
{
public:
    static GraphData packages(const Registry &registry);
    // `collapsed`: packages drawn as one node; edges between groups are kept, merged per pair.
    static GraphData tables(const Registry &registry, ColumnDensity density, const QSet<QString> &collapsed = {});
};

} // namespace Strata::Ui
