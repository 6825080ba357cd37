#include <strata/registry/Registry.h>

#include <strata/common/Logging.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/ProjectRules.h>

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata {

namespace {

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
    if (!package.directory.isEmpty())
        return package.directory;
    return package.pluginFile.isEmpty() ? package.name : package.pluginFile;
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
    std::swap(m_index, prepared.m_index);
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
    const QHash<QString, QList<Table>> effectiveBefore = m_index.effectiveTables;
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
    for (const PackageDefinition &package : std::as_const(m_index.ordered)) {
        const auto before = effectiveBefore.constFind(package.name);
        if (!announced.contains(package.name) && before != effectiveBefore.cend()
            && !sameDerivedColumns(*before, m_index.effectiveTables.value(package.name)))
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
    return m_index.package(name);
}

QStringList Registry::packageNames() const
{
    QStringList names;
    names.reserve(m_index.ordered.size());
    for (const PackageDefinition &package : m_index.ordered)
        names.append(package.name);
    return names;
}

QStringList Registry::dependenciesOf(const QString &name) const
{
    return m_index.graph.dependenciesOf(name);
}

QStringList Registry::dependentsOf(const QString &name) const
{
    return m_index.graph.dependentsOf(name);
}

QStringList Registry::transitiveDependenciesOf(const QString &name) const
{
    const QSet<QString> reachable = m_index.graph.reachableFrom(name);
    QStringList result;
    for (const QString &package : m_index.graph.order()) {
        if (reachable.contains(package))
            result.append(package);
    }
    return result;
}

bool Registry::dependsOn(const QString &package, const QString &dependency) const
{
    return m_index.graph.reachableFrom(package).contains(dependency);
}

QList<Table> Registry::effectiveTables(const QString &package) const
{
    return m_index.effectiveTables.value(package);
}

QList<Table> Registry::effectiveTables() const
{
    QList<Table> all;
    for (const PackageDefinition &package : m_index.ordered)
        all += m_index.effectiveTables.value(package.name);
    return all;
}

TableRef Registry::findTable(QStringView table) const
{
    return m_index.findTable(table);
}

Diagnostics Registry::diagnosticsOf(const QString &package) const
{
    Diagnostics result;
    for (const Diagnostic &d : m_index.diagnostics) {
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
    const auto it = m_index.indexNames.constFind(package);
    return it == m_index.indexNames.cend() ? none : *it;
}

ColumnType Registry::workspaceKeyType() const
{
    return m_index.workspaceKeyType(m_project.workspaceTable);
}

void Registry::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    m_index = RegistryIndex::build(m_project, m_packagesByKey);
    collectDiagnostics();
    qCDebug(lcRegistry) << "rebuilt" << m_index.ordered.size() << "packages," << m_index.tableIndex.size() << "tables,"
                        << m_index.diagnostics.size() << "diagnostics in" << timer.elapsed() << "ms";
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

void Registry::collectDiagnostics()
{
    Diagnostics rules;
    if (m_ruleChecks == RuleChecks::Skip) {
        buildMigrationGraph();
    } else if (m_index.ordered.size() >= RegistryIndex::ParallelPackages) {
        // The project rules and the migration graph only read the registry (the dependency graph's
        // reachability cache, which the rules fill, is locked), and each takes a tenth of a large
        // project's time: build the graph on the pool meanwhile.
        QFuture<MigrationGraph> graph = QtConcurrent::run([this] { return MigrationGraph::build(*this); });
        rules = validateProject(*this);
        m_index.migrationGraph = std::make_shared<const MigrationGraph>(graph.takeResult());
    } else {
        rules = validateProject(*this);
        buildMigrationGraph();
    }
    QHash<QString, Diagnostics> byPackage;
    for (Diagnostic &d : rules)
        byPackage[d.package].append(std::move(d));
    m_index.ruleDiagnostics = std::move(byPackage);
    mergeDiagnostics();
}

void Registry::buildMigrationGraph()
{
    m_index.migrationGraph = std::make_shared<const MigrationGraph>(MigrationGraph::build(*this));
}

void Registry::mergeDiagnostics()
{
    m_index.mergeDiagnostics(m_project, m_skippedCodes);
}

} // namespace Strata
