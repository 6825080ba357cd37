#pragma once

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Strata::Ui {

// Which graph the panel shows, and how much of each table a table card lists.
enum class GraphKind { Packages, Tables };
enum class ColumnDensity { AllColumns, KeysOnly, NamesOnly };

// How sound a node is, from the registry's findings.
enum class NodeState { Valid, Warnings, Errors };

// One line of a table card.
struct GraphColumn
{
    QString name;
    QString type;
    bool primaryKey = false;
    bool foreignKey = false;
    bool notNull = false;
    bool operator==(const GraphColumn &) const = default;
};

// A node of the drawn graph: a package, a table, a package folded into one node, or the target of a
// broken reference (a package or table that does not exist). Plain data, built from the Registry
// by GraphBuilder; the scene draws it.
struct GraphNode
{
    enum class Kind { Package, Table, CollapsedPackage, MissingPackage, MissingTable };
    Kind kind = Kind::Package;
    QString id;      // unique in one graph: "package:<name>", "table:<name>", "missing:<name>"
    QString name;    // package or table name
    QString package; // the package it belongs to (a package's own name for package nodes)
    QString detail;  // package version; for collapsed packages, "N tables"
    QList<GraphColumn> columns; // table cards, already filtered by density
    int hiddenColumns = 0;      // columns left out by the density (shown as "+N more")
    int errors = 0;
    int warnings = 0;
    QSizeF size;     // as drawn, in scene units (points): it is what the layout gets

    NodeState state() const { return errors ? NodeState::Errors : warnings ? NodeState::Warnings : NodeState::Valid; }
    bool isMissing() const { return kind == Kind::MissingPackage || kind == Kind::MissingTable; }
    // Equal nodes draw the same: a node whose content did not change keeps its item untouched.
    bool operator==(const GraphNode &) const = default;
};

struct GraphEdge
{
    QString from; // node ids
    QString to;
    QString label;      // FK column(s) or "N foreign keys" for merged edges; tooltip text
    bool broken = false; // drawn red: a dependency cycle, a missing package or a broken reference
    int count = 1;       // edges merged into this one (between collapsed packages)
    // Every key behind it is one Strata added (workspace_id): path finding avoids these, since
    // every scoped table reaches every other one through the workspace table in two links.
    bool generated = false;
    bool operator==(const GraphEdge &) const = default;
};

// A drawn graph: nodes, edges and (for tables) the package clusters.
struct GraphData
{
    GraphKind kind = GraphKind::Packages;
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    QHash<QString, QString> clusterLabels; // package name -> label, tables graph only
    QHash<QString, QString> clusterOf;     // node id -> package name (cluster), tables graph only

    // By id, through an index built on the first look-up (and again once `nodes` was replaced or
    // grew): the panel, the node list and the queries look up every node of graphs of thousands.
    // The index is a cache, not state: GraphData is still copied and read like plain data, on the
    // GUI thread (the look-up is const but not safe from two threads at once).
    qsizetype indexOf(const QString &id) const;
    const GraphNode *node(const QString &id) const;
    // Same nodes (by id) and same edges (by endpoints): the layout of one fits the other.
    bool sameShape(const GraphData &other) const;

private:
    mutable QHash<QString, qsizetype> m_index; // node id -> first index in `nodes`
    mutable const GraphNode *m_indexedNodes = nullptr;
    mutable qsizetype m_indexedCount = -1;
};

// Node ids, shared by the builder, the scene and the views.
namespace GraphIds {
QString package(const QString &name);
QString table(const QString &name);
QString missing(const QString &name);
} // namespace GraphIds

} // namespace Strata::Ui
