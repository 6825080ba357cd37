#include "GraphQueries.h"

#include "graph/GraphScene.h"

#include <QHash>
#include <QQueue>

namespace Strata::Ui::GraphQueries {

namespace {

QHash<QString, QStringList> undirected(const GraphData &graph, bool withGenerated = true)
{
    QHash<QString, QStringList> links;
    for (const GraphEdge &edge : graph.edges) {
        if (edge.generated && !withGenerated)
            continue;
        links[edge.from].append(edge.to);
        links[edge.to].append(edge.from);
    }
    return links;
}

} // namespace

Subgraph neighbourhood(const GraphData &graph, const QStringList &centres, int depth)
{
    const QHash<QString, QStringList> links = undirected(graph);
    Subgraph result;
    QList<QString> frontier;
    for (const QString &centre : centres) {
        if (graph.indexOf(centre) >= 0 && !result.nodes.contains(centre)) {
            result.nodes.insert(centre);
            frontier.append(centre);
        }
    }
    for (int level = 0; level < depth && !frontier.isEmpty(); ++level) {
        QList<QString> next;
        for (const QString &node : std::as_const(frontier)) {
            for (const QString &neighbour : links.value(node)) {
                if (!result.nodes.contains(neighbour)) {
                    result.nodes.insert(neighbour);
                    next.append(neighbour);
                }
            }
        }
        frontier = next;
    }
    for (const GraphEdge &edge : graph.edges) {
        if (result.nodes.contains(edge.from) && result.nodes.contains(edge.to))
            result.edgeKeys.insert(GraphScene::edgeKey(edge.from, edge.to));
    }
    return result;
}

namespace {

QStringList breadthFirst(const QHash<QString, QStringList> &links, const QString &from, const QString &to)
{
    QHash<QString, QString> previous;
    previous.insert(from, QString());
    QQueue<QString> queue;
    queue.enqueue(from);
    while (!queue.isEmpty()) {
        const QString node = queue.dequeue();
        for (const QString &next : links.value(node)) {
            if (previous.contains(next))
                continue;
            previous.insert(next, node);
            if (next == to) {
                QStringList path{to};
                for (QString at = node; !at.isEmpty(); at = previous.value(at))
                    path.prepend(at);
                return path;
            }
            queue.enqueue(next);
        }
    }
    return {};
}

} // namespace

QStringList shortestPath(const GraphData &graph, const QString &from, const QString &to)
{
    if (graph.indexOf(from) < 0 || graph.indexOf(to) < 0)
        return {};
    if (from == to)
        return {from};
    const QStringList written = breadthFirst(undirected(graph, false), from, to);
    return written.isEmpty() ? breadthFirst(undirected(graph, true), from, to) : written;
}

Subgraph pathSubgraph(const GraphData &graph, const QStringList &path)
{
    Subgraph result;
    for (const QString &node : path)
        result.nodes.insert(node);
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const QString &a = path.at(i);
        const QString &b = path.at(i + 1);
        // The key of whichever direction the foreign key points.
        for (const GraphEdge &edge : graph.edges) {
            if ((edge.from == a && edge.to == b) || (edge.from == b && edge.to == a))
                result.edgeKeys.insert(GraphScene::edgeKey(edge.from, edge.to));
        }
    }
    return result;
}

} // namespace Strata::Ui::GraphQueries
