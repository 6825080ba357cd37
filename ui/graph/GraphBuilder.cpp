#include "GraphBuilder.h"

#include "graph/GraphStyle.h"
#include <strata/registry/Registry.h>

#include <QCoreApplication>

namespace Strata::Ui {

namespace {

// The messages of this file, in the context "Strata::Ui::GraphBuilder". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Ui::GraphBuilder)
};

void count(const Diagnostic &diagnostic, GraphNode &node)
{
    if (diagnostic.isError())
        ++node.errors;
    else
        ++node.warnings;
}

// A finding belongs to a table when it lies inside the table's JSON value in the package's file.
bool isWithin(const SourceLocation &finding, const SourceLocation &table)
{
    if (!finding.isValid() || finding.file != table.file)
        return false;
    if (finding.offset >= 0 && table.offset >= 0)
        return finding.offset >= table.offset && finding.offset < table.offset + qMax<qsizetype>(table.length, 1);
    return finding.line > 0 && finding.line == table.line;
}

using Findings = QList<const Diagnostic *>;

// The registry's findings by package, in one pass: asking the registry package by package goes
// through every finding each time (millions of comparisons for a thousand packages, on every reload).
QHash<QString, Findings> findingsByPackage(const Registry &registry)
{
    QHash<QString, Findings> result;
    for (const Diagnostic &diagnostic : registry.diagnostics())
        result[diagnostic.package].append(&diagnostic);
    return result;
}

GraphNode packageNode(const PackageDefinition &package, const Findings &findings)
{
    GraphNode node;
    node.kind = GraphNode::Kind::Package;
    node.id = GraphIds::package(package.name);
    node.name = package.name;
    node.package = package.name;
    node.detail = package.version.isEmpty() ? Text::tr("no version") : package.version;
    for (const Diagnostic *diagnostic : findings)
        count(*diagnostic, node);
    return node;
}

GraphNode missingNode(const QString &name, GraphNode::Kind kind)
{
    GraphNode node;
    node.kind = kind;
    node.id = GraphIds::missing(name);
    node.name = name;
    node.detail = kind == GraphNode::Kind::MissingPackage ? Text::tr("missing package") : Text::tr("missing table");
    node.errors = 1;
    return node;
}

// What GraphStyle::sizeOf() reads of a node (keep the two in step): its name, its detail, whether it
// lists "+N more", and the names and types of its listed columns; and its kind, to be safe.
QString sizeKey(const GraphNode &node)
{
    QString key = QString::number(int(node.kind)) + QLatin1Char('\n') + node.name + QLatin1Char('\n') + node.detail
        + (node.hiddenColumns > 0 ? u"\n+" : u"\n");
    for (const GraphColumn &column : node.columns)
        key += QLatin1Char('\n') + column.name + QLatin1Char(' ') + column.type;
    return key;
}

void finish(GraphData &data)
{
    // Measuring the text of every node (shaping each name and column) is most of the time it takes
    // to build a graph of thousands of nodes, again on every reload, where nearly every node is as it
    // was. So the sizes of the last graph of each kind are kept, by what they depend on, and dropped
    // when the fonts change. One cache per thread: nothing is shared.
    struct Sizes
    {
        QString fonts;
        QHash<QString, QSizeF> byKey;
    };
    thread_local Sizes cache[2];
    Sizes &last = cache[int(data.kind)];
    Sizes now;
    now.fonts = GraphStyle::titleFont().key() + QLatin1Char('|') + GraphStyle::bodyFont().key();
    now.byKey.reserve(data.nodes.size());
    const bool fontsKept = now.fonts == last.fonts;
    for (GraphNode &node : data.nodes) {
        QString key = sizeKey(node);
        const auto known = fontsKept ? last.byKey.constFind(key) : last.byKey.cend();
        node.size = known != last.byKey.cend() ? *known : GraphStyle::sizeOf(node);
        now.byKey.insert(std::move(key), node.size);
    }
    last = std::move(now); // only this graph's sizes: the cache never outgrows the graph
}

} // namespace

GraphData GraphBuilder::packages(const Registry &registry)
{
    GraphData data;
    data.kind = GraphKind::Packages;
    QSet<std::pair<QString, QString>> cyclic;
    for (const QStringList &cycle : registry.cycles()) {
        for (qsizetype i = 0; i + 1 < cycle.size(); ++i)
            cyclic.insert({cycle.at(i), cycle.at(i + 1)});
    }
    const QHash<QString, Findings> findings = findingsByPackage(registry);
    QSet<QString> seen;
    for (const PackageDefinition &package : registry.packages()) {
        if (seen.contains(package.name))
            continue; // a duplicate name is a finding of its own; draw the package once
        seen.insert(package.name);
        data.nodes.append(packageNode(package, findings.value(package.name)));
    }
    QSet<QString> missing;
    QSet<std::pair<QString, QString>> drawn;
    for (const PackageDefinition &package : registry.packages()) {
        for (const Dependency &dependency : package.dependencies) {
            const bool exists = registry.package(dependency.name) != nullptr;
            // package.json also lists libraries without a database: only project packages count.
            if (dependency.fromPackageJson && !exists)
                continue;
            if (drawn.contains({package.name, dependency.name}))
                continue;
            drawn.insert({package.name, dependency.name});
            GraphEdge edge;
            edge.from = GraphIds::package(package.name);
            edge.to = exists ? GraphIds::package(dependency.name) : GraphIds::missing(dependency.name);
            edge.label = dependency.range.isEmpty() ? dependency.name : dependency.name + QLatin1Char(' ') + dependency.range;
            edge.broken = !exists || cyclic.contains({package.name, dependency.name});
            if (!exists && !missing.contains(dependency.name)) {
                missing.insert(dependency.name);
                data.nodes.append(missingNode(dependency.name, GraphNode::Kind::MissingPackage));
            }
            data.edges.append(edge);
        }
    }
    finish(data);
    return data;
}

GraphData GraphBuilder::tables(const Registry &registry, ColumnDensity density, const QSet<QString> &collapsed)
{
    GraphData data;
    data.kind = GraphKind::Tables;
    QHash<QString, QString> nodeOfTable; // table name -> node id (its own, or its collapsed package's)
    QSet<QString> seenPackages;
    const QHash<QString, Findings> findingsOf = findingsByPackage(registry);

    for (const PackageDefinition &package : registry.packages()) {
        if (seenPackages.contains(package.name))
            continue;
        seenPackages.insert(package.name);
        const QList<Table> tables = registry.effectiveTables(package.name);
        const Findings findings = findingsOf.value(package.name);

        if (collapsed.contains(package.name)) {
            GraphNode node = packageNode(package, findings);
            node.kind = GraphNode::Kind::CollapsedPackage;
            node.detail = Text::tr("%n table(s)", nullptr, int(tables.size()));
            data.nodes.append(node);
            for (const Table &table : tables)
                nodeOfTable.insert(table.name, node.id);
            continue;
        }
        data.clusterLabels.insert(package.name, package.name);
        for (const Table &table : tables) {
            GraphNode node;
            node.kind = GraphNode::Kind::Table;
            node.id = GraphIds::table(table.name);
            node.name = table.name;
            node.package = package.name;
            const QStringList key = table.primaryKeyColumns();
            for (const Column &column : table.columns) {
                GraphColumn line{column.name, column.typeSpelling, key.contains(column.name), column.references.isSet(),
                                 column.notNull};
                const bool listed = density == ColumnDensity::AllColumns
                    || (density == ColumnDensity::KeysOnly && (line.primaryKey || line.foreignKey));
                if (listed)
                    node.columns.append(line);
                else if (density == ColumnDensity::KeysOnly)
                    ++node.hiddenColumns;
            }
            for (const Diagnostic *diagnostic : findings) {
                if (isWithin(diagnostic->location, table.location))
                    count(*diagnostic, node);
            }
            nodeOfTable.insert(table.name, node.id);
            data.clusterOf.insert(node.id, package.name);
            data.nodes.append(node);
        }
    }

    // Foreign keys, merged per pair of nodes (two keys from one table to another are one arrow,
    // and every key between two collapsed packages is one arrow too).
    QHash<std::pair<QString, QString>, qsizetype> edgeIndex;
    QSet<QString> missingTables;
    for (const PackageDefinition &package : registry.packages()) {
        if (!seenPackages.remove(package.name))
            continue;
        for (const Table &table : registry.effectiveTables(package.name)) {
            for (const Column &column : table.columns) {
                if (!column.references.isSet())
                    continue;
                const TableRef target = registry.findTable(column.references.table);
                bool broken = !target;
                if (target) {
                    const QStringList key = target.table->primaryKeyColumns();
                    broken = column.references.column.isEmpty() ? key.size() != 1
                                                                : target.table->column(column.references.column) == nullptr;
                }
                const QString from = nodeOfTable.value(table.name);
                QString to = nodeOfTable.value(column.references.table);
                if (to.isEmpty()) {
                    to = GraphIds::missing(column.references.table);
                    if (!missingTables.contains(to)) {
                        missingTables.insert(to);
                        data.nodes.append(missingNode(column.references.table, GraphNode::Kind::MissingTable));
                    }
                }
                const bool merged = from.startsWith(QLatin1String("package:")) || to.startsWith(QLatin1String("package:"));
                if (merged && from == to)
                    continue; // a key inside a collapsed package
                const QString what = table.name + QLatin1Char('.') + column.name;
                auto it = edgeIndex.constFind({from, to});
                if (it != edgeIndex.cend()) {
                    GraphEdge &edge = data.edges[*it];
                    ++edge.count;
                    edge.broken = edge.broken || broken;
                    edge.label += QStringLiteral(", ") + what;
                    edge.generated = edge.generated && column.generated;
                    continue;
                }
                edgeIndex.insert({from, to}, data.edges.size());
                data.edges.append(GraphEdge{from, to, what, broken, 1, column.generated});
            }
        }
    }
    finish(data);
    return data;
}

} // namespace Strata::Ui
