#include <strata/export/GraphExport.h>

#include <strata/registry/Registry.h>

#include <QJsonArray>
#include <QSet>

namespace Strata {

namespace {

QString dotQuote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString mermaidLabel(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("#quot;"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Edges that lie on a dependency cycle: a -> b where both are consecutive on a cycle path.
QSet<std::pair<QString, QString>> cycleEdges(const Registry &registry)
{
    QSet<std::pair<QString, QString>> edges;
    for (const QStringList &cycle : registry.cycles()) {
        for (qsizetype i = 0; i + 1 < cycle.size(); ++i)
            edges.insert({cycle.at(i), cycle.at(i + 1)});
    }
    return edges;
}

struct ForeignKeyEdge
{
    QString fromTable;
    QString fromColumn;
    QString toTable;
    QString toColumn;
    bool broken = false; // the target table or column does not exist
};

QList<ForeignKeyEdge> foreignKeys(const Registry &registry)
{
    QList<ForeignKeyEdge> edges;
    for (const PackageDefinition &package : registry.packages()) {
        for (const Table &table : registry.effectiveTables(package.name)) {
            for (const Column &column : table.columns) {
                if (!column.references.isSet())
                    continue;
                ForeignKeyEdge edge{table.name, column.name, column.references.table, column.references.column};
                const TableRef target = registry.findTable(column.references.table);
                if (!target) {
                    edge.broken = true;
                } else if (edge.toColumn.isEmpty()) {
                    const QStringList key = target.table->primaryKeyColumns();
                    edge.toColumn = key.size() == 1 ? key.first() : QString();
                    edge.broken = key.size() != 1;
                } else {
                    edge.broken = target.table->column(edge.toColumn) == nullptr;
                }
                edges.append(edge);
            }
        }
    }
    return edges;
}

QStringList missingPackages(const Registry &registry)
{
    QStringList missing;
    for (const PackageDefinition &package : registry.packages()) {
        for (const Dependency &dependency : package.dependencies) {
            if (!dependency.fromPackageJson && !registry.package(dependency.name)
                && !missing.contains(dependency.name))
                missing.append(dependency.name);
        }
    }
    return missing;
}

} // namespace

QString graphToDot(const Registry &registry, const GraphOptions &options)
{
    QString out;
    if (!options.tables) {
        out += QStringLiteral("digraph packages {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        for (const PackageDefinition &package : registry.packages()) {
            out += QStringLiteral("  %1 [label=%2];\n")
                       .arg(dotQuote(package.name), dotQuote(package.name + QLatin1Char('\n') + package.version));
        }
        for (const QString &name : missingPackages(registry))
            out += QStringLiteral("  %1 [style=\"rounded,dashed\", color=red, fontcolor=red];\n").arg(dotQuote(name));
        const auto cyclic = cycleEdges(registry);
        for (const PackageDefinition &package : registry.packages()) {
            for (const Dependency &dependency : package.dependencies) {
                if (dependency.fromPackageJson && !registry.package(dependency.name))
                    continue;
                const bool red = cyclic.contains({package.name, dependency.name}) || !registry.package(dependency.name);
                out += QStringLiteral("  %1 -> %2%3;\n")
                           .arg(dotQuote(package.name), dotQuote(dependency.name),
                                red ? QStringLiteral(" [color=red]") : QString());
            }
        }
        out += QStringLiteral("}\n");
        return out;
    }

    out += QStringLiteral("digraph tables {\n  rankdir=LR;\n  node [shape=box];\n");
    int cluster = 0;
    QSet<QString> known;
    for (const PackageDefinition &package : registry.packages()) {
        out += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n").arg(cluster++).arg(dotQuote(package.name));
        for (const Table &table : registry.effectiveTables(package.name)) {
            out += QStringLiteral("    %1;\n").arg(dotQuote(table.name));
            known.insert(table.name);
        }
        out += QStringLiteral("  }\n");
    }
    for (const ForeignKeyEdge &edge : foreignKeys(registry)) {
        if (!known.contains(edge.toTable)) {
            out += QStringLiteral("  %1 [style=dashed, color=red, fontcolor=red];\n").arg(dotQuote(edge.toTable));
            known.insert(edge.toTable);
        }
        out += QStringLiteral("  %1 -> %2 [label=%3%4];\n")
                   .arg(dotQuote(edge.fromTable), dotQuote(edge.toTable), dotQuote(edge.fromColumn),
                        edge.broken ? QStringLiteral(", color=red, fontcolor=red") : QString());
    }
    out += QStringLiteral("}\n");
    return out;
}

QString graphToMermaid(const Registry &registry, const GraphOptions &options)
{
    // Mermaid ids must be plain words: number the nodes and label them with their names.
    QHash<QString, QString> ids;
    auto idOf = [&ids](const QString &name) {
        auto it = ids.constFind(name);
        if (it != ids.cend())
            return *it;
        return *ids.insert(name, QStringLiteral("n%1").arg(ids.size()));
    };
    QString out = QStringLiteral("graph LR\n");
    QList<int> redLinks;
    int link = 0;
    if (!options.tables) {
        for (const PackageDefinition &package : registry.packages())
            out += QStringLiteral("  %1[%2]\n").arg(idOf(package.name), mermaidLabel(package.name));
        for (const QString &name : missingPackages(registry))
            out += QStringLiteral("  %1[%2]\n  style %1 stroke:red,stroke-dasharray:4\n")
                       .arg(idOf(name), mermaidLabel(name));
        const auto cyclic = cycleEdges(registry);
        for (const PackageDefinition &package : registry.packages()) {
            for (const Dependency &dependency : package.dependencies) {
                if (dependency.fromPackageJson && !registry.package(dependency.name))
                    continue;
                out += QStringLiteral("  %1 --> %2\n").arg(idOf(package.name), idOf(dependency.name));
                if (cyclic.contains({package.name, dependency.name}) || !registry.package(dependency.name))
                    redLinks.append(link);
                ++link;
            }
        }
    } else {
        for (const PackageDefinition &package : registry.packages()) {
            out += QStringLiteral("  subgraph %1[%2]\n").arg(idOf(QStringLiteral("package:") + package.name),
                                                             mermaidLabel(package.name));
            for (const Table &table : registry.effectiveTables(package.name))
                out += QStringLiteral("    %1[%2]\n").arg(idOf(table.name), mermaidLabel(table.name));
            out += QStringLiteral("  end\n");
        }
        for (const ForeignKeyEdge &edge : foreignKeys(registry)) {
            out += QStringLiteral("  %1 -->|%2| %3\n")
                       .arg(idOf(edge.fromTable), mermaidLabel(edge.fromColumn), idOf(edge.toTable));
            if (edge.broken)
                redLinks.append(link);
            ++link;
        }
    }
    for (int red : std::as_const(redLinks))
        out += QStringLiteral("  linkStyle %1 stroke:red\n").arg(red);
    return out;
}

QJsonObject graphToJson(const Registry &registry, const GraphOptions &options)
{
    const auto cyclic = cycleEdges(registry);
    QJsonArray nodes;
    QJsonArray edges;
    for (const PackageDefinition &package : registry.packages()) {
        QJsonObject node{{QStringLiteral("name"), package.name}, {QStringLiteral("version"), package.version}};
        if (options.tables) {
            QJsonArray tables;
            for (const Table &table : registry.effectiveTables(package.name))
                tables.append(table.name);
            node.insert(QStringLiteral("tables"), tables);
        }
        nodes.append(node);
        for (const Dependency &dependency : package.dependencies) {
            if (dependency.fromPackageJson && !registry.package(dependency.name))
                continue;
            edges.append(QJsonObject{{QStringLiteral("from"), package.name},
                                     {QStringLiteral("to"), dependency.name},
                                     {QStringLiteral("cycle"), cyclic.contains({package.name, dependency.name})},
                                     {QStringLiteral("missing"), registry.package(dependency.name) == nullptr}});
        }
    }
    QJsonArray cycles;
    for (const QStringList &cycle : registry.cycles())
        cycles.append(QJsonArray::fromStringList(cycle));
    QJsonObject result{{QStringLiteral("packages"), nodes},
                       {QStringLiteral("dependencies"), edges},
                       {QStringLiteral("cycles"), cycles}};
    if (options.tables) {
        QJsonArray keys;
        for (const ForeignKeyEdge &edge : foreignKeys(registry)) {
            keys.append(QJsonObject{{QStringLiteral("from"), edge.fromTable},
                                    {QStringLiteral("fromColumn"), edge.fromColumn},
                                    {QStringLiteral("to"), edge.toTable},
                                    {QStringLiteral("toColumn"), edge.toColumn},
                                    {QStringLiteral("broken"), edge.broken}});
        }
        result.insert(QStringLiteral("foreignKeys"), keys);
    }
    return result;
}

} // namespace Strata
