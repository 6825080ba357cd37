#include <strata/registry/DependencyGraph.h>

#include <algorithm>
#include <queue>

namespace Strata {

namespace {

// Tarjan's strongly connected components, iterative so that long chains cannot exhaust the stack.
QList<QStringList> stronglyConnected(const QStringList &nodes, const QHash<QString, QStringList> &edges)
{
    QHash<QString, int> index, low;
    QSet<QString> onStack;
    QStringList stack;
    QList<QStringList> components;
    int counter = 0;

    struct Frame { QString node; qsizetype next; };
    for (const QString &root : nodes) {
        if (index.contains(root))
            continue;
        QList<Frame> frames{{root, 0}};
        index[root] = low[root] = counter++;
        stack.append(root);
        onStack.insert(root);
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const QStringList &targets = edges[frame.node];
            if (frame.next < targets.size()) {
                const QString target = targets.at(frame.next++);
                if (!index.contains(target)) {
                    index[target] = low[target] = counter++;
                    stack.append(target);
                    onStack.insert(target);
                    frames.append({target, 0});
                } else if (onStack.contains(target)) {
                    low[frame.node] = std::min(low[frame.node], index[target]);
                }
                continue;
            }
            const QString node = frame.node;
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().node] = std::min(low[frames.last().node], low[node]);
            if (low[node] == index[node]) {
                QStringList component;
                QString member;
                do {
                    member = stack.takeLast();
                    onStack.remove(member);
                    component.append(member);
                } while (member != node);
                std::sort(component.begin(), component.end());
                components.append(component);
            }
        }
    }
    return components;
}

// A shortest path from `start` back to itself inside one component.
QStringList cyclePath(const QString &start, const QSet<QString> &component, const QHash<QString, QStringList> &edges)
{
    QHash<QString, QString> parent;
    std::queue<QString> queue;
    for (const QString &next : edges[start]) {
        if (next == start)
            return {start, start};
        if (component.contains(next) && !parent.contains(next)) {
            parent[next] = start;
            queue.push(next);
        }
    }
    while (!queue.empty()) {
        const QString node = queue.front();
        queue.pop();
        for (const QString &next : edges[node]) {
            if (next == start) {
                QStringList path{start};
                for (QString at = node; at != start; at = parent[at])
                    path.prepend(at);
                path.prepend(start);
                return path;
            }
            if (component.contains(next) && !parent.contains(next)) {
                parent[next] = node;
                queue.push(next);
            }
        }
    }
    return {};
}

} // namespace

void DependencyGraph::build(const QStringList &nodes, const QHash<QString, QStringList> &edges)
{
    m_order.clear();
    m_cycles.clear();
    m_edges.clear();
    m_reverse.clear();
    m_cache = std::make_shared<ReachabilityCache>();

    QStringList sortedNodes = nodes;
    std::sort(sortedNodes.begin(), sortedNodes.end());
    const QSet<QString> known(sortedNodes.cbegin(), sortedNodes.cend());
    for (const QString &node : sortedNodes) {
        QStringList targets;
        QSet<QString> added; // 40,000 dependencies of one package are no list to search each time
        for (const QString &target : edges.value(node)) {
            if (known.contains(target) && !added.contains(target)) {
                added.insert(target);
                targets.append(target);
            }
        }
        std::sort(targets.begin(), targets.end());
        for (const QString &target : targets)
            m_reverse[target].append(node);
        m_edges.insert(node, targets);
    }

    const QList<QStringList> components = stronglyConnected(sortedNodes, m_edges);
    QHash<QString, int> componentOf;
    for (int i = 0; i < components.size(); ++i) {
        for (const QString &node : components.at(i))
            componentOf.insert(node, i);
        const QStringList &component = components.at(i);
        const bool selfLoop = component.size() == 1 && m_edges[component.first()].contains(component.first());
        if (component.size() > 1 || selfLoop) {
            const QSet<QString> members(component.cbegin(), component.cend());
            m_cycles.append(cyclePath(component.first(), members, m_edges));
        }
    }

    // Kahn over the components, smallest name first, so that the order is the same every run.
    QList<int> pending(components.size(), 0);
    QList<QSet<int>> dependents(components.size());
    for (const QString &node : sortedNodes) {
        const int from = componentOf[node];
        for (const QString &target : m_edges[node]) {
            const int to = componentOf[target];
            if (from != to && !dependents[to].contains(from)) {
                dependents[to].insert(from);
                ++pending[from];
            }
        }
    }
    using Entry = std::pair<QString, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> ready;
    for (int i = 0; i < components.size(); ++i) {
        if (pending[i] == 0)
            ready.push({components.at(i).first(), i});
    }
    while (!ready.empty()) {
        const int component = ready.top().second;
        ready.pop();
        m_order += components.at(component);
        for (int dependent : std::as_const(dependents[component])) {
            if (--pending[dependent] == 0)
                ready.push({components.at(dependent).first(), dependent});
        }
    }
}

const QStringList &DependencyGraph::dependenciesOf(const QString &node) const
{
    static const QStringList none;
    auto it = m_edges.constFind(node);
    return it == m_edges.cend() ? none : *it;
}

const QStringList &DependencyGraph::dependentsOf(const QString &node) const
{
    static const QStringList none;
    auto it = m_reverse.constFind(node);
    return it == m_reverse.cend() ? none : *it;
}

QSet<QString> DependencyGraph::reachableFrom(const QString &node) const
{
    if (!m_cache) // moved from
        return {};
    {
        QMutexLocker locker(&m_cache->mutex);
        auto cached = m_cache->reachable.constFind(node);
        if (cached != m_cache->reachable.cend())
            return *cached;
    }
    // Worked out outside the lock: the edges never change after build().
    QSet<QString> seen;
    QStringList work = dependenciesOf(node);
    while (!work.isEmpty()) {
        const QString next = work.takeLast();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        work += dependenciesOf(next);
    }
    QMutexLocker locker(&m_cache->mutex);
    m_cache->reachable.insert(node, seen);
    return seen;
}

} // namespace Strata
