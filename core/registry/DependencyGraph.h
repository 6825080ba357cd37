#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Strata {

// The package dependency graph: a deterministic topological order (dependencies first, ties by
// name) that survives cycles, and every cycle as a path that can be shown to a person.
class DependencyGraph
{
public:
    // `edges`: package -> the packages it depends on (only names that are nodes count).
    void build(const QStringList &nodes, const QHash<QString, QStringList> &edges);

    const QStringList &order() const { return m_order; }
    // Each cycle as its whole path, first package repeated at the end: a -> b -> a; a -> a.
    const QList<QStringList> &cycles() const { return m_cycles; }
    const QStringList &dependenciesOf(const QString &node) const;
    const QStringList &dependentsOf(const QString &node) const;
    // Every node reachable from `node` (not including itself unless on a cycle). Cached.
    const QSet<QString> &reachableFrom(const QString &node) const;

private:
    QStringList m_order;
    QList<QStringList> m_cycles;
    QHash<QString, QStringList> m_edges;
    QHash<QString, QStringList> m_reverse;
    mutable QHash<QString, QSet<QString>> m_reachable;
};

} // namespace Strata
