#include "RegistryDescription.h"

#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QFileInfo>

namespace Strata::Test {

QStringList describeRegistry(const Registry &registry)
{
    QStringList lines;
    for (const Diagnostic &d : registry.diagnostics()) {
        lines.append(QStringLiteral("finding %1 %2 %3:%4:%5 [%6] %7 | %8")
                         .arg(severityName(d.severity), d.code, QFileInfo(d.location.file).fileName())
                         .arg(d.location.line)
                         .arg(d.location.column)
                         .arg(d.package, d.message, d.help));
    }
    for (const PackageDefinition &definition : registry.packages()) {
        QStringList dependencies;
        for (const Dependency &dependency : definition.dependencies)
            dependencies.append(dependency.name + u' ' + dependency.range);
        lines.append(QStringLiteral("package %1 %2 in %3 loaded %4 | depends on %5")
                         .arg(definition.name, definition.version, definition.directory)
                         .arg(definition.loaded)
                         .arg(dependencies.join(u',')));
    }
    for (const QString &package : registry.packageNames()) {
        const QList<Table> tables = registry.effectiveTables(package);
        const QList<QStringList> &indexNames = registry.indexNames(package);
        for (qsizetype t = 0; t < tables.size(); ++t) {
            QStringList columns;
            for (const Column &c : tables.at(t).columns)
                columns.append(c.name + u' ' + c.typeSpelling + u' ' + c.references.table + u'.' + c.references.column);
            lines.append(QStringLiteral("table %1 %2: %3 | indexes %4")
                             .arg(package, tables.at(t).name, columns.join(u','),
                                  t < indexNames.size() ? indexNames.at(t).join(u',') : QStringLiteral("?")));
        }
        const TableRef first = tables.isEmpty() ? TableRef{} : registry.findTable(tables.first().name);
        lines.append(QStringLiteral("package %1 owns-first-table %2").arg(package, first ? first.package : QString()));
    }
    const auto graph = registry.migrationGraph();
    QStringList order;
    if (graph) {
        for (int node : graph->order())
            order.append(graph->nodes().at(node).package + u':' + graph->nodes().at(node).migration.id + u':'
                         + graph->nodes().at(node).checksum);
    }
    lines.append(QStringLiteral("migrations ") + order.join(u' '));
    return lines;
}

QString firstDifference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        if (actual.value(i) != expected.value(i))
            return QStringLiteral("line %1:\n  actual:   %2\n  expected: %3").arg(i).arg(actual.value(i), expected.value(i));
    }
    return {};
}

} // namespace Strata::Test
