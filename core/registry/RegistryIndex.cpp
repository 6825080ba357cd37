#include <strata/registry/RegistryIndex.h>

#include <strata/registry/MigrationGraph.h>
#include <strata/validation/Identifiers.h>

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>

namespace Strata {

namespace {

// The effective tables of one package: its declared tables, each workspace-scoped one with its
// workspace_id column and index. Reads only its arguments, so packages are done in parallel.
QList<Table> effectiveTablesOf(const PackageDefinition &package, const ColumnType &workspaceKey,
                               const QString &workspaceTable, const QString &workspaceKeyColumn)
{
    QList<Table> tables = package.tables;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (!tables.at(i).workspaceScoped || tables.at(i).column(u"workspace_id"))
            continue;
        Table &table = tables[i];
        // workspace_id goes right after the leading key columns, where readers expect it.
        const QStringList key = table.primaryKeyColumns();
        // A long key (20,000 columns) is hashed rather than searched once per leading column.
        const QSet<QString> keySet = key.size() > 16 ? QSet<QString>(key.cbegin(), key.cend()) : QSet<QString>();
        const auto inKey = [&](const QString &name) { return keySet.isEmpty() ? key.contains(name) : keySet.contains(name); };
        qsizetype at = 0;
        while (at < table.columns.size() && inKey(table.columns.at(at).name))
            ++at;
        Column workspace;
        workspace.name = QStringLiteral("workspace_id");
        workspace.type = workspaceKey;
        workspace.typeSpelling = workspaceKey.portableName();
        workspace.notNull = true;
        workspace.references = ColumnReference{workspaceTable, workspaceKeyColumn, QStringLiteral("cascade"), {}};
        workspace.generated = true;
        workspace.location = table.fields.value(u"workspaceScoped", table.location);
        // Built at its final size: insert() would grow the copy to spare capacity, and this
        // runs for most tables of a large project.
        QList<Column> columns;
        columns.reserve(table.columns.size() + 1);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            if (c == at)
                columns.append(workspace);
            columns.append(table.columns.at(c));
        }
        if (at == table.columns.size())
            columns.append(workspace);
        table.columns = std::move(columns);

        Index index;
        index.columns = {workspace.name};
        index.generated = true;
        index.location = workspace.location;
        table.indexes.prepend(index);
    }
    return tables;
}

} // namespace

RegistryIndex RegistryIndex::build(const ProjectConfig &project, const QHash<QString, PackageDefinition> &packagesByKey)
{
    RegistryIndex index;
    // (The const operator[] of QHash returns a copy.)
    const auto packageAt = [&](const QString &key) -> const PackageDefinition & { return *packagesByKey.constFind(key); };

    // Stable order of keys, so that "the first of two duplicates" means the same one every run.
    QStringList keys = packagesByKey.keys();
    std::sort(keys.begin(), keys.end());

    QHash<QString, QString> keyByName;
    QStringList names;
    for (const QString &key : std::as_const(keys)) {
        const QString &name = packageAt(key).name;
        if (!keyByName.contains(name)) {
            keyByName.insert(name, key);
            names.append(name);
        }
    }

    QHash<QString, QStringList> edges;
    for (const QString &name : std::as_const(names)) {
        QStringList targets;
        for (const Dependency &dependency : packageAt(keyByName[name]).dependencies) {
            // package.json names libraries too; only the project's packages are dependencies here.
            if (!dependency.fromPackageJson || keyByName.contains(dependency.name))
                targets.append(dependency.name);
        }
        edges.insert(name, targets);
    }
    index.graph.build(names, edges);

    index.ordered.reserve(packagesByKey.size());
    for (const QString &name : index.graph.order()) {
        index.indexByName.insert(name, index.ordered.size());
        index.ordered.append(packageAt(keyByName[name]));
    }
    // Duplicates (same name, other folder) stay listed after the others, so that their errors show.
    for (const QString &key : std::as_const(keys)) {
        const PackageDefinition &package = packageAt(key);
        if (keyByName.value(package.name) != key) {
            index.ordered.append(package);
            index.duplicateNames.insert(package.name);
        }
    }

    index.buildTableIndex();
    index.buildEffectiveTables(project.workspaceTable);
    return index;
}

void RegistryIndex::replaceInPlace(const QList<PackageDefinition> &changed, const QString &workspaceTable)
{
    QSet<QString> names;
    for (const PackageDefinition &package : changed) {
        ordered[indexByName.value(package.name)] = package;
        names.insert(package.name);
    }
    buildTableIndex();
    buildEffectiveTables(workspaceTable, &names);
}

void RegistryIndex::buildTableIndex()
{
    // Table name -> (package, index): the first package in order that declares it (a duplicate
    // package's tables are reported, not rendered twice). Effective tables keep the declared names
    // and order, so the index serves both.
    tableIndex.clear();
    QSet<QString> names;
    for (const PackageDefinition &package : std::as_const(ordered)) {
        if (names.contains(package.name))
            continue;
        names.insert(package.name);
        for (qsizetype i = 0; i < package.tables.size(); ++i) {
            const QString &name = package.tables.at(i).name;
            if (!tableIndex.contains(name))
                tableIndex.insert(name, {package.name, i});
        }
    }
}

void RegistryIndex::buildEffectiveTables(const QString &workspaceTable, const QSet<QString> *only)
{
    if (!only) {
        effectiveTables.clear();
        indexNames.clear();
    }
    const ColumnType workspaceKey = workspaceKeyType(workspaceTable);
    QString workspaceKeyColumn = QStringLiteral("id");
    for (const PackageDefinition &package : std::as_const(ordered)) {
        if (const Table *workspaces = package.table(workspaceTable)) {
            if (workspaces->primaryKeyColumns().size() == 1)
                workspaceKeyColumn = workspaces->primaryKeyColumns().first();
            break;
        }
    }

    // A duplicate package (same name, later in the order): its tables are reported, not rendered twice.
    QList<const PackageDefinition *> owners;
    QHash<QString, const PackageDefinition *> ownerByName;
    owners.reserve(only ? only->size() : ordered.size());
    ownerByName.reserve(ordered.size());
    for (const PackageDefinition &package : std::as_const(ordered)) {
        if (ownerByName.contains(package.name))
            continue;
        ownerByName.insert(package.name, &package);
        if (!only || only->contains(package.name))
            owners.append(&package);
    }

    // A reference that names no column means the target's key: spell it out, so that every
    // consumer (renderer, graph, catalog comparison) sees the same column. The key is read from
    // the declared target (workspace_id is never part of it), which no job writes.
    const auto targetKey = [&](const QString &table) -> QString {
        auto it = tableIndex.constFind(table);
        if (it == tableIndex.cend())
            return {};
        const PackageDefinition *owner = ownerByName.value(it->first);
        if (!owner || it->second >= owner->tables.size())
            return {};
        const QStringList key = owner->tables.at(it->second).primaryKeyColumns();
        return key.size() == 1 ? key.first() : QString();
    };
    // Worked out here, once per referenced table, for the jobs to read: a table without a
    // table-level key that 20,000 columns reference would otherwise have its columns scanned
    // 20,000 times.
    QHash<QString, QString> keyOfReferenced;
    keyOfReferenced.insert(workspaceTable, targetKey(workspaceTable)); // generated workspace_id columns
    for (const PackageDefinition *package : std::as_const(owners)) {
        for (const Table &table : package->tables) {
            for (const Column &column : table.columns) {
                const ColumnReference &reference = column.references;
                if (reference.isSet() && reference.column.isEmpty() && !keyOfReferenced.contains(reference.table))
                    keyOfReferenced.insert(reference.table, targetKey(reference.table));
            }
        }
    }

    // Copying every column of every scoped table is most of the registry's work on a large project:
    // spread it over the cores (the loader threads' memory is warm too). Small projects stay here.
    using Built = std::pair<QList<Table>, QList<QStringList>>; // effective tables, their index names
    const auto build = [&](const PackageDefinition *package) {
        Built built;
        QList<Table> &tables = built.first;
        tables = effectiveTablesOf(*package, workspaceKey, workspaceTable, workspaceKeyColumn);
        built.second.reserve(tables.size());
        for (qsizetype t = 0; t < tables.size(); ++t) {
            for (qsizetype c = 0; c < tables.at(t).columns.size(); ++c) {
                const ColumnReference &reference = tables.at(t).columns.at(c).references;
                if (!reference.isSet() || !reference.column.isEmpty())
                    continue;
                const QString key = keyOfReferenced.value(reference.table);
                if (!key.isEmpty())
                    tables[t].columns[c].references.column = key;
            }
            QStringList names;
            names.reserve(tables.at(t).indexes.size());
            for (const Index &index : tables.at(t).indexes)
                names.append(Identifiers::indexName(tables.at(t), index));
            built.second.append(std::move(names));
        }
        return built;
    };
    QList<Built> built;
    if (owners.size() >= ParallelPackages) {
        std::function<Built(const PackageDefinition *)> job = build;
        built = QtConcurrent::blockingMapped<QList<Built>>(owners, job);
    } else {
        built.reserve(owners.size());
        for (const PackageDefinition *package : std::as_const(owners))
            built.append(build(package));
    }
    effectiveTables.reserve(ownerByName.size());
    indexNames.reserve(ownerByName.size());
    for (qsizetype p = 0; p < owners.size(); ++p) {
        effectiveTables.insert(owners.at(p)->name, std::move(built[p].first));
        indexNames.insert(owners.at(p)->name, std::move(built[p].second));
    }
}

void RegistryIndex::mergeDiagnostics(const ProjectConfig &project, const QStringList &skippedCodes)
{
    Diagnostics all = project.diagnostics;
    for (const PackageDefinition &package : std::as_const(ordered))
        all += package.diagnostics;
    for (const Diagnostics &found : std::as_const(ruleDiagnostics))
        all += found;
    if (migrationGraph)
        all += migrationGraph->diagnostics(); // migration cycles

    if (!project.disabledCodes.isEmpty() || !skippedCodes.isEmpty()) {
        // A set: strata.json may list many codes (each unknown one a finding of its own).
        QSet<QString> skipped(project.disabledCodes.cbegin(), project.disabledCodes.cend());
        skipped.unite(QSet<QString>(skippedCodes.cbegin(), skippedCodes.cend()));
        all.removeIf([&](const Diagnostic &d) { return skipped.contains(d.code); });
    }
    // The loader limits each package's own findings; this limits the project rules' too.
    limitFindingsPerFile(all);
    sortDiagnostics(all);
    diagnostics = std::move(all);
}

const PackageDefinition *RegistryIndex::package(QStringView name) const
{
    auto it = indexByName.constFind(name.toString());
    return it == indexByName.cend() ? nullptr : &ordered.at(*it);
}

TableRef RegistryIndex::findTable(QStringView table) const
{
    auto it = tableIndex.constFind(table.toString());
    if (it == tableIndex.cend())
        return {};
    auto tables = effectiveTables.constFind(it->first);
    if (tables == effectiveTables.cend() || it->second >= tables->size())
        return {};
    return TableRef{it->first, &tables->at(it->second)};
}

ColumnType RegistryIndex::workspaceKeyType(const QString &workspaceTable) const
{
    for (const PackageDefinition &package : ordered) {
        const Table *workspaces = package.table(workspaceTable);
        if (!workspaces)
            continue;
        const QStringList key = workspaces->primaryKeyColumns();
        if (key.size() == 1) {
            if (const Column *column = workspaces->column(key.first()); column && column->type.isValid())
                return column->type.referencingType();
        }
        break;
    }
    return *ColumnType::parse(QStringLiteral("bigint"));
}

} // namespace Strata
