#pragma once

#include <QJsonObject>
#include <QString>

namespace Strata {

class Registry;

// The package dependency graph, or with `tables` the tables clustered by package with their
// foreign keys, as Graphviz DOT, Mermaid or JSON. Cycles are drawn in red in DOT and Mermaid.
enum class GraphFormat { Dot, Mermaid, Json };

struct GraphOptions
{
    bool tables = false;
};

QString graphToDot(const Registry &registry, const GraphOptions &options = {});
QString graphToMermaid(const Registry &registry, const GraphOptions &options = {});
QJsonObject graphToJson(const Registry &registry, const GraphOptions &options = {});

} // namespace Strata
