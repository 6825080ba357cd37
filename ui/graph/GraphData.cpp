#include "GraphData.h"

#include <QSet>

namespace Strata::Ui {

qsizetype GraphData::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return i;
    }
    return -1;
}

const GraphNode *GraphData::node(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &nodes.at(i);
}

bool GraphData::sameShape(const GraphData &other) const
{
    if (kind != other.kind || nodes.size() != other.nodes.size() || edges.size() != other.edges.size())
        return false;
    QSet<QString> ids;
    for (const GraphNode &node : nodes)
        ids.insert(node.id + QLatin1Char('\n') + clusterOf.value(node.id));
    for (const GraphNode &node : other.nodes) {
        if (!ids.contains(node.id + QLatin1Char('\n') + other.clusterOf.value(node.id)))
            return false;
    }
    QSet<QString> ends;
    for (const GraphEdge &edge : edges)
        ends.insert(edge.from + QLatin1Char('\n') + edge.to);
    for (const GraphEdge &edge : other.edges) {
        if (!ends.contains(edge.from + QLatin1Char('\n') + edge.to))
            return false;
    }
    return true;
}

namespace GraphIds {
QString package(const QString &name) { return QStringLiteral("package:") + name; }
QString table(const QString &name) { return QStringLiteral("table:") + name; }
QString missing(const QString &name) { return QStringLiteral("missing:") + name; }
} // namespace GraphIds

} // namespace Strata::Ui
