#include <strata/registry/Registry.h>

#include <strata/common/Logging.h>
#include <strata/registry/ProjectRules.h>

#include <QElapsedTimer>
#include <QSet>

// A change applied in place (Registry::updateInPlace): when the package graph stays as it was, only
// the changed packages and those whose findings they can change are validated again. The full
// rebuild is in Registry.cpp; both must describe the same registry (tests/core/tst_incrementalregistry).
namespace Strata {

namespace {

bool sameDependencies(const PackageDefinition &a, const PackageDefinition &b)
{
    if (a.dependencies.size() != b.dependencies.size())
        return false;
    for (qsizetype i = 0; i < a.dependencies.size(); ++i) {
        const Dependency &x = a.dependencies.at(i);
        const Dependency &y = b.dependencies.at(i);
        if (x.name != y.name || x.range != y.range || x.fromPackageJson != y.fromPackageJson)
            return false;
    }
    return true;
}

} // namespace

bool Registry::canUpdateInPlace(const PackageDefinition &now) const
{
    const auto old = m_packagesByKey.constFind(keyOf(now));
    if (old == m_packagesByKey.cend() || now.name.isEmpty() || old->name != now.name
        || m_index.duplicateNames.contains(now.name) || !m_index.indexByName.contains(now.name))
        return false;
    // Versions and dependencies shape the package graph, the order and other packages' findings.
    if (old->version != now.version || !sameDependencies(*old, now))
        return false;
    // The workspace table's key types every workspace_id; without it, "missing" is reported once for
    // the whole project.
    const QString &workspace = m_project.workspaceTable;
    return findTable(workspace) && !old->table(workspace) && !now.table(workspace);
}

std::optional<QStringList> Registry::updateInPlace(const QList<PackageDefinition> &changed)
{
    QSet<QString> changedNames;
    for (const PackageDefinition &package : changed) {
        if (!canUpdateInPlace(package) || changedNames.contains(package.name))
            return std::nullopt;
        changedNames.insert(package.name);
    }
    QElapsedTimer timer;
    timer.start();

    // The names the change can touch: every table and index the packages had or have now.
    QSet<QString> tables, indexes, tablesBefore, tablesNow;
    bool migrationsChanged = false;
    for (const PackageDefinition &package : changed) {
        const PackageDefinition &old = m_packagesByKey[keyOf(package)];
        for (const Table &table : old.tables)
            tablesBefore.insert(table.name);
        for (const Table &table : package.tables)
            tablesNow.insert(table.name);
        for (const QStringList &names : indexNames(package.name)) {
            for (const QString &name : names)
                indexes.insert(name);
        }
        // Same migrations (C++ callables by identity): the migration graph built from them would be the same.
        migrationsChanged = migrationsChanged || old.migrations != package.migrations;
    }
    tables = tablesBefore + tablesNow;

    // Each member of m_index, patched rather than rebuilt: the order, the table index and the
    // effective tables here (replaceInPlace; the order's positions, the duplicates and the
    // dependency graph stay, by canUpdateInPlace); the rules' findings of the scope, the migration
    // graph when migrations changed, and the merged findings below.
    for (const PackageDefinition &package : changed)
        m_packagesByKey.insert(keyOf(package), package);
    m_index.replaceInPlace(changed, m_project.workspaceTable);
    for (const QString &name : std::as_const(changedNames)) {
        for (const QStringList &names : indexNames(name)) {
            for (const QString &index : names)
                indexes.insert(index);
        }
    }

    // Whose findings can change: packages that declare or reference those tables, use those index
    // names, or require the changed packages' migrations; when table names came or went, also every
    // package with a reference to no table (its "did you mean" may name a new one).
    const bool namesChanged = tablesBefore != tablesNow;
    QSet<QString> scope = changedNames;
    for (const PackageDefinition &package : std::as_const(m_index.ordered)) {
        if (scope.contains(package.name))
            continue;
        bool touched = false;
        for (const Table &table : package.tables) {
            touched = touched || tables.contains(table.name);
            for (const Column &column : table.columns) {
                if (touched)
                    break;
                const ColumnReference &reference = column.references;
                if (reference.isSet())
                    touched = tables.contains(reference.table) || (namesChanged && !findTable(reference.table));
            }
            if (touched)
                break;
        }
        for (const QStringList &names : indexNames(package.name)) {
            for (qsizetype i = 0; !touched && i < names.size(); ++i)
                touched = indexes.contains(names.at(i));
        }
        for (const Migration &migration : package.migrations) {
            for (qsizetype r = 0; !touched && r < migration.requirements.size(); ++r)
                touched = changedNames.contains(migration.requirements.at(r).package);
        }
        if (touched)
            scope.insert(package.name);
    }
    // Their effective tables spell out the keys they reference, which may have changed: those whose
    // did are changed packages too, for whoever shows them.
    const QSet<QString> referencing = scope - changedNames;
    QStringList followers;
    if (!referencing.isEmpty()) {
        QHash<QString, QList<Table>> before;
        for (const QString &name : referencing)
            before.insert(name, m_index.effectiveTables.value(name));
        m_index.buildEffectiveTables(m_project.workspaceTable, &referencing);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!sameDerivedColumns(it.value(), m_index.effectiveTables.value(it.key())))
                followers.append(it.key());
        }
        followers.sort();
    }

    Diagnostics found = validateProject(*this, scope);
    for (const QString &name : std::as_const(scope))
        m_index.ruleDiagnostics.remove(name);
    for (Diagnostic &d : found)
        m_index.ruleDiagnostics[d.package].append(std::move(d));
    if (migrationsChanged)
        buildMigrationGraph();
    mergeDiagnostics();
    qCDebug(lcRegistry) << "updated" << changedNames.size() << "packages in place, re-validated" << scope.size()
                        << "of" << m_index.ordered.size() << "in" << timer.elapsed() << "ms";
    return followers;
}

} // namespace Strata
