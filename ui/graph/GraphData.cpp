#include "GraphData.h"

#include <QSet>

namespace Strata::Ui {

qsizetype GraphData::indexOf(const QString &id) const
{
    if (m_indexedNodes != nodes.constData() || m_indexedCount != nodes.size()) {
        m_index.clear();
        m_index.reserve(nodes.size());
        for (qsizetype i = nodes.size() - 1; i >= 0; --i)
            m_index.insert(nodes.at(i).id, i); // backwards: the first of a repeated id wins, as in the scan
        m_indexedNodes = nodes.constData();
        m_indexedCount = nodes.size();
    }
    const auto it = m_index.constFind(id);
    if (it != m_index.cend() && nodes.at(*it).id == id)
        return *it;
    // Not indexed: absent, or an id was changed in place after the index was built. A scan tells.
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
    // The builders are deterministic, so after a reload the same shape nearly always comes in the
    // same order: that is checked without building any set (it runs on every reload).
    bool sameOrder = true;
    for (qsizetype i = 0; sameOrder && i < nodes.size(); ++i)
        sameOrder = nodes.at(i).id == other.nodes.at(i).id;
    for (qsizetype i = 0; sameOrder && i < edges.size(); ++i)
        sameOrder = edges.at(i).from == other.edges.at(i).from && edges.at(i).to == other.edges.at(i).to;
    if (sameOrder) {
        if (clusterOf == other.clusterOf)
            return true;
        for (const GraphNode &node : nodes) {
            if (clusterOf.value(node.id) != other.clusterOf.value(node.id))
                return false;
        }
        return true;
    }
    QSet<std::pair<QString, QString>> ids; // id, cluster
    ids.reserve(nodes.size());
    for (const GraphNode &node : nodes)
        ids.insert({node.id, clusterOf.value(node.id)});
    for (const GraphNode &node : other.nodes) {
        if (!ids.contains({node.id, other.clusterOf.value(node.id)}))
            return false;
    }
    QSet<std::pair<QString, QString>> ends;
    ends.reserve(edges.size());
    for (const GraphEdge &edge : edges)
        ends.insert({edge.from, edge.to});
    for (const GraphEdge &edge : other.edges) {
        if (!ends.contains({edge.from, edge.to}))
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
