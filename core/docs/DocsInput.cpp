#include <strata/docs/DocsInput.h>

#include <strata/registry/Registry.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Strata {

DocsInput DocsInput::of(const Registry &registry, const QStringList &packages)
{
    DocsInput input;
    input.project = registry.project();
    input.projectName = QFileInfo(registry.project().root).fileName();
    input.cycles = registry.cycles();
    input.diagnostics = registry.diagnostics();
    input.workspaceKeyType = registry.workspaceKeyType();
    input.allPackages = registry.packageNames();

    // The named packages and what they depend on, so that every reference leads somewhere.
    QSet<QString> documented;
    if (packages.isEmpty()) {
        documented = QSet<QString>(input.allPackages.cbegin(), input.allPackages.cend());
    } else {
        for (const QString &name : packages) {
            if (!registry.package(name))
                continue;
            documented.insert(name);
            for (const QString &dependency : registry.transitiveDependenciesOf(name))
                documented.insert(dependency);
        }
    }

    QHash<QString, qsizetype> &position = input.m_packageIndex; // also orders the references below
    for (const PackageDefinition &definition : registry.packages()) {
        if (!documented.contains(definition.name) || position.contains(definition.name))
            continue; // a second package of the same name is a finding, documented once
        position.insert(definition.name, input.packages.size());
        DocumentedPackage package;
        package.definition = definition;
        package.definition.tables = registry.effectiveTables(definition.name);
        const auto keepDocumented = [&](const QStringList &names) {
            QStringList kept;
            for (const QString &name : names) {
                if (documented.contains(name))
                    kept.append(name);
            }
            return kept;
        };
        package.dependencies = keepDocumented(registry.dependenciesOf(definition.name));
        package.dependents = keepDocumented(registry.dependentsOf(definition.name));
        package.diagnostics = registry.diagnosticsOf(definition.name);
        input.packages.append(package);
    }

    for (const DocumentedPackage &package : std::as_const(input.packages)) {
        for (const Table &table : package.definition.tables)
            input.tableOwners.insert(table.name, package.definition.name);
    }
    for (const DocumentedPackage &package : std::as_const(input.packages)) {
        for (const Table &table : package.definition.tables) {
            for (const Column &column : table.columns) {
                if (!column.references.isSet() || !input.tableOwners.contains(column.references.table))
                    continue;
                input.referencedBy[column.references.table].append(
                    {package.definition.name, table.name, column.name, column.references});
            }
        }
    }
    // The loops above visit packages in dependency order; within one, tables and columns by name, so
    // that the order does not depend on how the package lists them.
    for (auto it = input.referencedBy.begin(); it != input.referencedBy.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [&](const IncomingReference &a, const IncomingReference &b) {
            const qsizetype pa = position.value(a.package), pb = position.value(b.package);
            if (pa != pb)
                return pa < pb;
            if (a.table != b.table)
                return a.table < b.table;
            return a.column < b.column;
        });
    }
    return input;
}

const DocumentedPackage *DocsInput::package(const QString &name) const
{
    const auto it = m_packageIndex.constFind(name);
    return it == m_packageIndex.cend() ? nullptr : &packages.at(*it);
}

const Table *DocsInput::table(const QString &name) const
{
    const DocumentedPackage *owner = package(tableOwners.value(name));
    return owner ? owner->definition.table(name) : nullptr;
}

} // namespace Strata
