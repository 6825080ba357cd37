#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

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
    // Every node reachable from `node` (not including itself unless on a cycle). Cached, and safe
    // to call from several threads at once (a copy of the set, which shares its data, since the
    // cache may grow meanwhile).
    QSet<QString> reachableFrom(const QString &node) const;

private:
    // Reachability, worked out on first use per node: the project rules ask it for the packages
    // that reference another package's tables, on a thread that runs beside the migration graph's
    // build. Locked, so that no reader has to know who else reads. A graph does not change after
    // build(), so its copies share the one cache; build() starts a new one.
    struct ReachabilityCache
    {
        QMutex mutex;
        QHash<QString, QSet<QString>> reachable;
    };

    QStringList m_order;
    QList<QStringList> m_cycles;
    QHash<QString, QStringList> m_edges;
    QHash<QString, QStringList> m_reverse;
    std::shared_ptr<ReachabilityCache> m_cache = std::make_shared<ReachabilityCache>();
};

} // namespace Strata
