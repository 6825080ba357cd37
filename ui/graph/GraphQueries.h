#pragma once

#include "graph/GraphData.h"

#include <QSet>
#include <QStringList>

namespace Strata::Ui {

// Questions asked of a drawn graph, with edges taken in either direction: what lies within N links
// of a node (focus mode), and the shortest chain of links between two nodes (path mode).
namespace GraphQueries {

struct Subgraph
{
    QSet<QString> nodes;
    QSet<QString> edgeKeys; // GraphScene::edgeKey(from, to)
};

// `centres` and every node at most `depth` links away, with the edges among them.
Subgraph neighbourhood(const GraphData &graph, const QStringList &centres, int depth);

// The nodes of a shortest path from `from` to `to` (breadth-first over the edges, either
// direction), both ends included; empty when there is none. Keys the author wrote come first: a
// path through generated keys (workspace_id) is taken only when there is no other.
QStringList shortestPath(const GraphData &graph, const QString &from, const QString &to);
Subgraph pathSubgraph(const GraphData &graph, const QStringList &path);

} // namespace GraphQueries
} // namespace Strata::Ui
