#include <strata/registry/MigrationGraph.h>

#include <strata/registry/Registry.h>

#include <QCoreApplication>

#include <algorithm>
#include <queue>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::MigrationGraph". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigrationGraph)
};

QString keyOf(const QString &package, const QString &id)
{
    return package + QLatin1Char('\n') + id;
}

// Migrations run in id order within a package: by leading number, then by the whole id.
bool runsBefore(const Migration &a, const Migration &b)
{
    if (a.sequence() != b.sequence())
        return a.sequence() < b.sequence();
    return a.id < b.id;
}

} // namespace

QString MigrationGraph::checksumOf(const Migration &migration)
{
    return migration.checksum.isEmpty() ? migration.computeChecksum() : migration.checksum;
}

int MigrationGraph::indexOf(const QString &package, const QString &id) const
{
    return m_index.value(keyOf(package, id), -1);
}

MigrationGraph MigrationGraph::build(const Registry &registry)
{
    MigrationGraph graph;
    QHash<QString, QList<int>> byPackage; // node indexes in run order

    int packageIndex = 0;
    for (const PackageDefinition &package : registry.packages()) {
        if (byPackage.contains(package.name)) // a duplicate package: reported elsewhere, not run
            continue;
        // Usually listed in run order already: then the sort, and its copy of the list, are not needed.
        QList<Migration> migrations = package.migrations;
        if (!std::is_sorted(migrations.cbegin(), migrations.cend(), runsBefore))
            std::stable_sort(migrations.begin(), migrations.end(), runsBefore);
        QList<int> &indexes = byPackage[package.name];
        for (const Migration &migration : std::as_const(migrations)) {
            const QString key = keyOf(package.name, migration.id);
            if (graph.m_index.contains(key))
                continue; // an id collision: reported by the package rules
            MigrationNode node{package.name, package.version, migration, checksumOf(migration), packageIndex, {}};
            graph.m_index.insert(key, int(graph.m_nodes.size()));
            indexes.append(int(graph.m_nodes.size()));
            graph.m_nodes.append(std::move(node));
        }
        ++packageIndex;
    }

    // Edges. The migrations of a package form a chain, so depending on the last migration of each
    // dependency package implies all of that package's migrations; only a package's first
    // migration needs those edges, which keeps the graph linear in size.
    for (auto it = byPackage.cbegin(); it != byPackage.cend(); ++it) {
        const QList<int> &chain = it.value();
        for (qsizetype i = 0; i < chain.size(); ++i) {
            MigrationNode &node = graph.m_nodes[chain.at(i)];
            if (i > 0) {
                node.dependsOn.append(chain.at(i - 1));
            } else {
                for (const QString &dependency : registry.dependenciesOf(it.key())) {
                    const QList<int> &other = byPackage.value(dependency);
                    if (!other.isEmpty())
                        node.dependsOn.append(other.last());
                }
            }
            for (const MigrationRequirement &requirement : node.migration.requirements) {
                const int target = graph.indexOf(requirement.package, requirement.migrationId);
                if (target >= 0 && target != chain.at(i)) // unknown ones: the project rules report them
                    node.dependsOn.append(target);
            }
        }
    }

    graph.m_dependents.resize(graph.m_nodes.size());
    QList<int> pending(graph.m_nodes.size(), 0);
    for (int i = 0; i < graph.m_nodes.size(); ++i) {
        for (int dependency : std::as_const(graph.m_nodes[i].dependsOn)) {
            graph.m_dependents[dependency].append(i);
            ++pending[i];
        }
    }

    // Kahn's algorithm, the next node chosen by (package order, run order within the package).
    using Entry = std::pair<std::pair<int, int>, int>; // ((packageIndex, position), node)
    QHash<int, int> position;
    for (const QList<int> &chain : std::as_const(byPackage)) {
        for (int i = 0; i < chain.size(); ++i)
            position.insert(chain.at(i), i);
    }
    auto entryOf = [&](int node) { return Entry{{graph.m_nodes[node].packageIndex, position[node]}, node}; };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> ready;
    for (int i = 0; i < graph.m_nodes.size(); ++i) {
        if (pending[i] == 0)
            ready.push(entryOf(i));
    }
    QList<bool> placed(graph.m_nodes.size(), false);
    while (!ready.empty()) {
        const int node = ready.top().second;
        ready.pop();
        graph.m_order.append(node);
        placed[node] = true;
        for (int dependent : std::as_const(graph.m_dependents[node])) {
            if (--pending[dependent] == 0)
                ready.push(entryOf(dependent));
        }
    }
    if (graph.m_order.size() == graph.m_nodes.size())
        return graph;

    // What is left lies on a cycle or behind one: report each cycle once, at a requirement of it.
    QList<int> rest;
    for (int i = 0; i < graph.m_nodes.size(); ++i) {
        if (!placed[i])
            rest.append(i);
    }
    std::sort(rest.begin(), rest.end(), [&](int a, int b) { return entryOf(a) < entryOf(b); });
    QSet<int> reported;
    for (int start : std::as_const(rest)) {
        if (reported.contains(start))
            continue;
        // Walk unplaced dependencies until a node repeats: that is a cycle.
        QList<int> path{start};
        QHash<int, int> seenAt{{start, 0}};
        int at = start;
        int cycleStart = -1;
        while (cycleStart < 0) {
            int next = -1;
            for (int dependency : std::as_const(graph.m_nodes[at].dependsOn)) {
                if (!placed[dependency]) {
                    next = dependency;
                    break;
                }
            }
            if (next < 0)
                break;
            if (seenAt.contains(next)) {
                cycleStart = seenAt.value(next);
                path.append(next);
                break;
            }
            seenAt.insert(next, int(path.size()));
            path.append(next);
            at = next;
        }
        if (cycleStart < 0)
            continue;
        const QList<int> cycle = path.mid(cycleStart);
        bool alreadyReported = false;
        for (int node : cycle)
            alreadyReported = alreadyReported || reported.contains(node);
        for (int node : cycle)
            reported.insert(node);
        if (alreadyReported)
            continue;
        // The path runs against the dependency direction; show it in run order: a before b before a.
        QStringList names;
        for (auto it = cycle.crbegin(); it != cycle.crend(); ++it)
            names.append(graph.m_nodes[*it].package + QLatin1Char(':') + graph.m_nodes[*it].migration.id);
        // Point at a requirement on the cycle: that is the line a person can change.
        SourceLocation where = graph.m_nodes[cycle.first()].migration.location;
        QString package = graph.m_nodes[cycle.first()].package;
        for (int i = 0; i + 1 < cycle.size(); ++i) {
            const MigrationNode &node = graph.m_nodes[cycle.at(i)];
            const MigrationNode &target = graph.m_nodes[cycle.at(i + 1)];
            for (const MigrationRequirement &requirement : node.migration.requirements) {
                if (requirement.package == target.package && requirement.migrationId == target.migration.id) {
                    where = requirement.location;
                    package = node.package;
                }
            }
        }
        graph.m_diagnostics.append(makeError(
            DiagnosticCode::MigrationCycle,
            Text::tr("migrations depend on each other in a cycle: %1").arg(names.join(QStringLiteral(" -> "))),
            where, Text::tr("remove one of the \"-- strata:requires\" lines on the cycle"), package));
    }
    for (int node : std::as_const(rest))
        graph.m_order.append(node);
    return graph;
}

QSet<int> MigrationGraph::ancestorsOf(int node) const
{
    QSet<int> seen;
    QList<int> work = m_nodes.value(node).dependsOn;
    while (!work.isEmpty()) {
        const int next = work.takeLast();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        work += m_nodes.at(next).dependsOn;
    }
    return seen;
}

QSet<int> MigrationGraph::descendantsOf(int node) const
{
    QSet<int> seen;
    QList<int> work = m_dependents.value(node);
    while (!work.isEmpty()) {
        const int next = work.takeLast();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        work += m_dependents.at(next);
    }
    return seen;
}

} // namespace Strata
