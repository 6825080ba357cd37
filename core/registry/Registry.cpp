#include "Registry.h"

#include "common/Logging.h"
#include "registry/MigrationGraph.h"
#include "registry/ProjectRules.h"
#include "validation/Identifiers.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

#include <algorithm>

namespace Strata {

namespace {

// From this many packages on, the registry's larger steps run on the thread pool; below it, the
// threads cost more than they save.
constexpr qsizetype ParallelPackages = 64;

bool sameDiagnostics(const Diagnostics &a, const Diagnostics &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).code != b.at(i).code || a.at(i).message != b.at(i).message || a.at(i).location != b.at(i).location)
            return false;
    }
    return true;
}

} // namespace

Registry::Registry(QObject *parent) : QObject(parent) {}

Registry::~Registry() = default;

QString Registry::keyOf(const PackageDefinition &package)
{
    return package.directory.isEmpty() ? package.name : package.directory;
}

QStringList Registry::packageKeys() const
{
    return m_packagesByKey.keys();
}

const PackageDefinition *Registry::packageByKey(const QString &key) const
{
    auto it = m_packagesByKey.constFind(key);
    return it == m_packagesByKey.cend() ? nullptr : &*it;
}

void Registry::setProject(const ProjectConfig &project)
{
    m_project = project;
    rebuild();
    Q_EMIT reset();
    Q_EMIT diagnosticsChanged();
}

void Registry::setProject(const ProjectConfig &project, const QList<PackageDefinition> &packages)
{
    m_project = project;
    setPackages(packages);
}

void Registry::adopt(Registry &prepared)
{
    std::swap(m_project, prepared.m_project);
    std::swap(m_packagesByKey, prepared.m_packagesByKey);
    std::swap(m_ordered, prepared.m_ordered);
    std::swap(m_indexByName, prepared.m_indexByName);
    std::swap(m_effectiveTables, prepared.m_effectiveTables);
    std::swap(m_indexNames, prepared.m_indexNames);
    std::swap(m_tableIndex, prepared.m_tableIndex);
    std::swap(m_graph, prepared.m_graph);
    std::swap(m_duplicateNames, prepared.m_duplicateNames);
    std::swap(m_ruleDiagnostics, prepared.m_ruleDiagnostics);
    std::swap(m_migrationGraph, prepared.m_migrationGraph);
    std::swap(m_diagnostics, prepared.m_diagnostics);
    m_lastChangeInPlace = false;
    prepared.clear();
    Q_EMIT reset();
    Q_EMIT diagnosticsChanged();
}

void Registry::addOrReplace(const PackageDefinition &package)
{
    const QString key = keyOf(package);
    auto existing = m_packagesByKey.constFind(key);
    const bool replacing = existing != m_packagesByKey.cend();
    const QString oldName = replacing ? existing->name : QString();
    m_packagesByKey.insert(key, package);
    rebuild();
    if (replacing && oldName != package.name) {
        Q_EMIT packageRemoved(oldName);
        Q_EMIT packageAdded(package.name);
    } else if (replacing) {
        Q_EMIT packageChanged(package.name);
    } else {
        Q_EMIT packageAdded(package.name);
    }
    Q_EMIT diagnosticsChanged();
}

void Registry::setPackages(const QList<PackageDefinition> &packages)
{
    m_packagesByKey.clear();
    for (const PackageDefinition &package : packages)
        m_packagesByKey.insert(keyOf(package), package);
    rebuild();
    Q_EMIT reset();
    Q_EMIT diagnosticsChanged();
}

void Registry::removePackage(const QString &key)
{
    auto it = m_packagesByKey.find(key);
    if (it == m_packagesByKey.end())
        return;
    const QString name = it->name;
    m_packagesByKey.erase(it);
    rebuild();
    Q_EMIT packageRemoved(name);
    Q_EMIT diagnosticsChanged();
}

void Registry::applyChanges(const QList<PackageDefinition> &changed, const QStringList &removedKeys,
                            const Diagnostics *projectDiagnostics)
{
    const bool projectChanged = projectDiagnostics && !sameDiagnostics(*projectDiagnostics, m_project.diagnostics);
    if (projectChanged)
        m_project.diagnostics = *projectDiagnostics;
    const std::optional<QStringList> followers =
        removedKeys.isEmpty() && !changed.isEmpty() ? updateInPlace(changed) : std::nullopt;
    m_lastChangeInPlace = followers.has_value();
    if (m_lastChangeInPlace) {
        for (const PackageDefinition &package : changed)
            Q_EMIT packageChanged(package.name);
        for (const QString &name : *followers)
            Q_EMIT packageChanged(name);
        Q_EMIT diagnosticsChanged();
        return;
    }
    QStringList removedNames, addedNames, changedNames;
    for (const QString &key : removedKeys) {
        auto it = m_packagesByKey.find(key);
        if (it == m_packagesByKey.end())
            continue;
        removedNames.append(it->name);
        m_packagesByKey.erase(it);
    }
    for (const PackageDefinition &package : changed) {
        const QString key = keyOf(package);
        auto existing = m_packagesByKey.constFind(key);
        if (existing == m_packagesByKey.cend()) {
            addedNames.append(package.name);
        } else if (existing->name != package.name) {
            removedNames.append(existing->name);
            addedNames.append(package.name);
        } else {
            changedNames.append(package.name);
        }
        m_packagesByKey.insert(key, package);
    }
    if (removedNames.isEmpty() && addedNames.isEmpty() && changedNames.isEmpty()) {
        if (projectChanged) {
            mergeDiagnostics();
            Q_EMIT diagnosticsChanged();
        }
        return;
    }
    const QHash<QString, QList<Table>> effectiveBefore = m_effectiveTables;
    rebuild();
    for (const QString &name : std::as_const(removedNames))
        Q_EMIT packageRemoved(name);
    for (const QString &name : std::as_const(addedNames))
        Q_EMIT packageAdded(name);
    for (const QString &name : std::as_const(changedNames))
        Q_EMIT packageChanged(name);
    // Packages not read again whose effective tables changed with the others: a key they reference
    // came, went or moved.
    const QSet<QString> announced = QSet<QString>(removedNames.cbegin(), removedNames.cend())
        + QSet<QString>(addedNames.cbegin(), addedNames.cend()) + QSet<QString>(changedNames.cbegin(), changedNames.cend());
    for (const PackageDefinition &package : std::as_const(m_ordered)) {
        const auto before = effectiveBefore.constFind(package.name);
        if (!announced.contains(package.name) && before != effectiveBefore.cend()
            && !sameDerivedColumns(*before, m_effectiveTables.value(package.name)))
            Q_EMIT packageChanged(package.name);
    }
    Q_EMIT diagnosticsChanged();
}

void Registry::clear()
{
    m_packagesByKey.clear();
    rebuild();
    Q_EMIT reset();
    Q_EMIT diagnosticsChanged();
}

Diagnostics Registry::registerDatabase(const PackageRegistration &registration)
{
    const PackageDefinition package = definePackage(registration, &m_project);
    addOrReplace(package);
    return diagnosticsOf(package.name);
}

const PackageDefinition *Registry::package(QStringView name) const
{
    auto it = m_indexByName.constFind(name.toString());
    return it == m_indexByName.cend() ? nullptr : &m_ordered.at(*it);
}

QStringList Registry::packageNames() const
{
    QStringList names;
    names.reserve(m_ordered.size());
    for (const PackageDefinition &package : m_ordered)
        names.append(package.name);
    return names;
}

QStringList Registry::dependenciesOf(const QString &name) const
{
    return m_graph.dependenciesOf(name);
}

QStringList Registry::dependentsOf(const QString &name) const
{
    return m_graph.dependentsOf(name);
}

QStringList Registry::transitiveDependenciesOf(const QString &name) const
{
    const QSet<QString> reachable = m_graph.reachableFrom(name);
    QStringList result;
    for (const QString &package : m_graph.order()) {
        if (reachable.contains(package))
            result.append(package);
    }
    return result;
}

bool Registry::dependsOn(const QString &package, const QString &dependency) const
{
    return m_graph.reachableFrom(package).contains(dependency);
}

QList<Table> Registry::effectiveTables(const QString &package) const
{
    return m_effectiveTables.value(package);
}

QList<Table> Registry::effectiveTables() const
{
    QList<Table> all;
    for (const PackageDefinition &package : m_ordered)
        all += m_effectiveTables.value(package.name);
    return all;
}

TableRef Registry::findTable(QStringView table) const
{
    auto it = m_tableIndex.constFind(table.toString());
    if (it == m_tableIndex.cend())
        return {};
    auto tables = m_effectiveTables.constFind(it->first);
    if (tables == m_effectiveTables.cend() || it->second >= tables->size())
        return {};
    return TableRef{it->first, &tables->at(it->second)};
}

Diagnostics Registry::diagnosticsOf(const QString &package) const
{
    Diagnostics result;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.package == package)
            result.append(d);
    }
    return result;
}

void Registry::setSkippedCodes(const QStringList &codes)
{
    m_skippedCodes = codes;
    mergeDiagnostics();
    Q_EMIT diagnosticsChanged();
}

const QList<QStringList> &Registry::indexNames(const QString &package) const
{
    static const QList<QStringList> none;
    const auto it = m_indexNames.constFind(package);
    return it == m_indexNames.cend() ? none : *it;
}

ColumnType Registry::workspaceKeyType() const
{
    for (const PackageDefinition &package : m_ordered) {
        const Table *workspaces = package.table(m_project.workspaceTable);
        if (!workspaces)
            continue;
        const QStringList key = workspaces->primaryKeyColumns();
        if (key.size() == 1) {
            if (const Column *column = workspaces->column(key.first()); column && column->type.isValid())
                return column->type.referencingType();
        }
        break;
    }
    return ColumnType::parse(QStringLiteral("bigint"));
}

void Registry::rebuild()
{
    QElapsedTimer timer;
    timer.start();

    // Stable order of keys, so that "the first of two duplicates" means the same one every run.
    QStringList keys = m_packagesByKey.keys();
    std::sort(keys.begin(), keys.end());

    QHash<QString, QString> keyByName;
    QStringList names;
    for (const QString &key : std::as_const(keys)) {
        const QString &name = m_packagesByKey[key].name;
        if (!keyByName.contains(name)) {
            keyByName.insert(name, key);
            names.append(name);
        }
    }

    QHash<QString, QStringList> edges;
    for (const QString &name : std::as_const(names)) {
        QStringList targets;
        for (const Dependency &dependency : m_packagesByKey[keyByName[name]].dependencies) {
            // package.json names libraries too; only the project's packages are dependencies here.
            if (!dependency.fromPackageJson || keyByName.contains(dependency.name))
                targets.append(dependency.name);
        }
        edges.insert(name, targets);
    }
    m_graph.build(names, edges);

    m_ordered.clear();
    m_indexByName.clear();
    m_ordered.reserve(m_packagesByKey.size());
    for (const QString &name : m_graph.order()) {
        m_indexByName.insert(name, m_ordered.size());
        m_ordered.append(m_packagesByKey[keyByName[name]]);
    }
    // Duplicates (same name, other folder) stay listed after the others, so that their errors show.
    m_duplicateNames.clear();
    for (const QString &key : std::as_const(keys)) {
        const PackageDefinition &package = m_packagesByKey[key];
        if (keyByName.value(package.name) != key) {
            m_ordered.append(package);
            m_duplicateNames.insert(package.name);
        }
    }

    buildTableIndex();
    buildEffectiveTables();
    collectDiagnostics();
    qCDebug(lcRegistry) << "rebuilt" << m_ordered.size() << "packages," << m_tableIndex.size() << "tables,"
                        << m_diagnostics.size() << "diagnostics in" << timer.elapsed() << "ms";
}

bool Registry::sameDerivedColumns(const QList<Table> &a, const QList<Table> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype t = 0; t < a.size(); ++t) {
        const QList<Column> &x = a.at(t).columns;
        const QList<Column> &y = b.at(t).columns;
        if (x.size() != y.size())
            return false;
        for (qsizetype c = 0; c < x.size(); ++c) {
            if (x.at(c).name != y.at(c).name || x.at(c).typeSpelling != y.at(c).typeSpelling
                || !(x.at(c).references == y.at(c).references))
                return false;
        }
    }
    return true;
}

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

void Registry::buildTableIndex()
{
    // Table name -> (package, index): the first package in order that declares it (a duplicate
    // package's tables are reported, not rendered twice). Effective tables keep the declared names
    // and order, so the index serves both.
    m_tableIndex.clear();
    QSet<QString> names;
    for (const PackageDefinition &package : std::as_const(m_ordered)) {
        if (names.contains(package.name))
            continue;
        names.insert(package.name);
        for (qsizetype i = 0; i < package.tables.size(); ++i) {
            const QString &name = package.tables.at(i).name;
            if (!m_tableIndex.contains(name))
                m_tableIndex.insert(name, {package.name, i});
        }
    }
}

void Registry::buildEffectiveTables(const QSet<QString> *only)
{
    if (!only) {
        m_effectiveTables.clear();
        m_indexNames.clear();
    }
    const ColumnType workspaceKey = workspaceKeyType();
    QString workspaceKeyColumn = QStringLiteral("id");
    for (const PackageDefinition &package : std::as_const(m_ordered)) {
        if (const Table *workspaces = package.table(m_project.workspaceTable)) {
            if (workspaces->primaryKeyColumns().size() == 1)
                workspaceKeyColumn = workspaces->primaryKeyColumns().first();
            break;
        }
    }

    // A duplicate package (same name, later in the order): its tables are reported, not rendered twice.
    QList<const PackageDefinition *> owners;
    QHash<QString, const PackageDefinition *> ownerByName;
    owners.reserve(only ? only->size() : m_ordered.size());
    ownerByName.reserve(m_ordered.size());
    for (const PackageDefinition &package : std::as_const(m_ordered)) {
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
        auto it = m_tableIndex.constFind(table);
        if (it == m_tableIndex.cend())
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
    keyOfReferenced.insert(m_project.workspaceTable, targetKey(m_project.workspaceTable)); // generated workspace_id columns
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
    const QString &workspaceTable = m_project.workspaceTable;
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
    m_effectiveTables.reserve(ownerByName.size());
    m_indexNames.reserve(ownerByName.size());
    for (qsizetype p = 0; p < owners.size(); ++p) {
        m_effectiveTables.insert(owners.at(p)->name, std::move(built[p].first));
        m_indexNames.insert(owners.at(p)->name, std::move(built[p].second));
    }
}

void Registry::collectDiagnostics()
{
    Diagnostics rules;
    if (m_ordered.size() >= ParallelPackages) {
        // The project rules and the migration graph only read the registry (the dependency graph's
        // reachability cache, which the rules fill, is locked), and each takes a tenth of a large
        // project's time: build the graph on the pool meanwhile.
        QFuture<MigrationGraph> graph = QtConcurrent::run([this] { return MigrationGraph::build(*this); });
        rules = validateProject(*this);
        m_migrationGraph = std::make_shared<const MigrationGraph>(graph.takeResult());
    } else {
        rules = validateProject(*this);
        buildMigrationGraph();
    }
    m_ruleDiagnostics.clear();
    for (Diagnostic &d : rules)
        m_ruleDiagnostics[d.package].append(std::move(d));
    mergeDiagnostics();
}

void Registry::buildMigrationGraph()
{
    m_migrationGraph = std::make_shared<const MigrationGraph>(MigrationGraph::build(*this));
}

void Registry::mergeDiagnostics()
{
    Diagnostics all = m_project.diagnostics;
    for (const PackageDefinition &package : std::as_const(m_ordered))
        all += package.diagnostics;
    for (const Diagnostics &found : std::as_const(m_ruleDiagnostics))
        all += found;
    if (m_migrationGraph)
        all += m_migrationGraph->diagnostics(); // migration cycles

    const QStringList &disabled = m_project.disabledCodes;
    if (!disabled.isEmpty() || !m_skippedCodes.isEmpty()) {
        all.removeIf([&](const Diagnostic &d) {
            return disabled.contains(d.code) || m_skippedCodes.contains(d.code);
        });
    }
    // The loader limits each package's own findings; this limits the project rules' too.
    limitFindingsPerFile(all);
    sortDiagnostics(all);
    m_diagnostics = std::move(all);
}

} // namespace Strata
