#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/model/Migration.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Strata {

class Registry;

// One migration of the project, copied out of the registry so that a plan outlives reloads and
// can travel to the runner's thread.
struct MigrationNode
{
    QString package;
    QString packageVersion;
    Migration migration;
    QString checksum;     // SHA-256 (hex) of the up section
    int packageIndex = 0; // position of the package in dependency order
    QList<int> dependsOn; // indexes of the nodes that must run first
};

// The graph of every migration of the project. A migration depends on the one before it in its
// package, on every migration of the packages its package depends on, and on what its
// "-- strata:requires <package>:<id>" lines name.
class MigrationGraph
{
public:
    static MigrationGraph build(const Registry &registry);

    const QList<MigrationNode> &nodes() const { return m_nodes; }
    int indexOf(const QString &package, const QString &id) const;
    // Every node in an order that respects the graph; deterministic: ties go to the package earlier
    // in dependency order, then to the lower id. Nodes on a cycle come last, in that tie order.
    const QList<int> &order() const { return m_order; }
    // Migration cycles (with the files and lines of the requirements that close them).
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasCycles() const { return !m_diagnostics.isEmpty(); }

    QSet<int> ancestorsOf(int node) const;   // what must run before it
    QSet<int> descendantsOf(int node) const; // what must be rolled back before it

    static QString checksumOf(const Migration &migration);

private:
    QList<MigrationNode> m_nodes;
    QHash<QString, int> m_index; // "package\nid" -> node
    QList<QList<int>> m_dependents;
    QList<int> m_order;
    Diagnostics m_diagnostics;
};

} // namespace Strata
