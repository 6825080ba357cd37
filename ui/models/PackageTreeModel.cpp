#include "models/PackageTreeModel.h"

#include "migrations/MigrationStateStyle.h"
#include <strata/registry/Registry.h>

#include <QFileInfo>
#include <QFont>
#include <QHash>

namespace Strata::Ui {

namespace {

// What a row shows: compared to tell whether a row changed, and copied when it did.
struct RowData
{
    PackageTreeModel::Kind kind = PackageTreeModel::Kind::Package;
    QString name;
    QString details;
    QString toolTip;
    ProblemCount problems;
    bool primaryKey = false;
    bool generated = false;
    QString package;
    QString table;
    SourceLocation location;
    int migrationState = -1; // Strata::MigrationState, -1 when unknown
    QString file;            // migrations: the file their findings are counted in
    int pendingRows = 0;     // groups not fetched yet: how many rows they will have

    bool operator==(const RowData &) const = default;
};

} // namespace

struct PackageTreeModel::Node : RowData
{
    QString key; // unique among its siblings; what the merge matches rows by

    // Groups: whether their rows are built yet (RowData::pendingRows says how many there will be).
    bool fetched = true;
    QString sourceKey; // packages and groups: Registry::keyOf the package definition
    bool stub = false; // a package row the sync leaves as it is (only its key is set)

    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    void renumber(size_t from = 0)
    {
        for (size_t i = from; i < children.size(); ++i)
            children[i]->row = int(i);
    }
    bool sameData(const Node &other) const { return static_cast<const RowData &>(*this) == other; }
    // The row's data and the package it comes from (which is matched by key, not compared).
    void copyData(const Node &other)
    {
        static_cast<RowData &>(*this) = other;
        sourceKey = other.sourceKey;
    }
};

namespace {

QString problemSummary(const ProblemCount &count)
{
    if (count.errors && count.warnings)
        return PackageTreeModel::tr("%n error(s)", nullptr, count.errors) + QStringLiteral(", ")
            + PackageTreeModel::tr("%n warning(s)", nullptr, count.warnings);
    if (count.errors)
        return PackageTreeModel::tr("%n error(s)", nullptr, count.errors);
    if (count.warnings)
        return PackageTreeModel::tr("%n warning(s)", nullptr, count.warnings);
    return {};
}

QString columnDetails(const Column &column)
{
    QStringList parts;
    parts.append(column.type.isValid() ? column.type.portableName() : column.typeSpelling);
    if (column.primaryKey)
        parts.append(PackageTreeModel::tr("primary key"));
    else if (column.notNull)
        parts.append(PackageTreeModel::tr("not null"));
    if (column.unique)
        parts.append(PackageTreeModel::tr("unique"));
    if (column.references.isSet()) {
        QString target = QStringLiteral("→ ") + column.references.table;
        if (!column.references.column.isEmpty())
            target += QLatin1Char('.') + column.references.column;
        parts.append(target);
    }
    if (column.generated)
        parts.append(PackageTreeModel::tr("added by Strata"));
    return parts.join(QStringLiteral(", "));
}

QString tableDetails(const Table &table)
{
    QString details = PackageTreeModel::tr("%n column(s)", nullptr, int(table.columns.size()));
    if (table.workspaceScoped)
        details += QStringLiteral(", ") + PackageTreeModel::tr("workspace-scoped");
    else if (table.global)
        details += QStringLiteral(", ") + PackageTreeModel::tr("global");
    return details;
}

QString migrationDetails(const Migration &migration)
{
    QStringList parts;
    if (!migration.version.isEmpty())
        parts.append(migration.version);
    parts.append(migration.hasDown() ? PackageTreeModel::tr("up and down") : PackageTreeModel::tr("up only"));
    if (migration.noTransaction)
        parts.append(PackageTreeModel::tr("no transaction"));
    return parts.join(QStringLiteral(", "));
}

// The migration's state on the database: the details say it first, the tooltip explains it.
template<typename TreeNode> // PackageTreeModel::Node, which is private
void showMigrationStatus(TreeNode &node, const MigrationStatus &status)
{
    node.migrationState = int(status.state);
    QString details = migrationStateText(status.state);
    if (status.applied && status.applied->appliedAt.isValid())
        details += QLatin1Char(' ')
            + status.applied->appliedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    node.details = node.details.isEmpty() ? details : details + QStringLiteral(" · ") + node.details;
    const QString description = migrationStateDescription(status.state);
    node.toolTip = node.toolTip.isEmpty() ? description : node.toolTip + QLatin1Char('\n') + description;
}

// Sibling keys must be unique for the merge; duplicate names (an error the package is reported
// for) get the number of their occurrence.
class KeyMaker
{
public:
    QString operator()(const QString &base)
    {
        const int seen = m_seen[base]++;
        return seen == 0 ? base : base + QLatin1Char('#') + QString::number(seen + 1);
    }

private:
    QHash<QString, int> m_seen;
};

const QList<int> &problemRoles()
{
    static const QList<int> roles{Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole,
                                  PackageTreeModel::StateRole, PackageTreeModel::ErrorCountRole,
                                  PackageTreeModel::WarningCountRole};
    return roles;
}

QHash<QString, Diagnostics> byPackage(const Diagnostics &diagnostics)
{
    QHash<QString, Diagnostics> grouped;
    for (const Diagnostic &d : diagnostics)
        grouped[d.package].append(d);
    return grouped;
}

} // namespace

PackageTreeModel::PackageTreeModel(Registry *registry, QObject *parent)
    : QAbstractItemModel(parent), m_registry(registry), m_root(std::make_unique<Node>())
{
    resetFromRegistry();
    connect(registry, &Registry::reset, this, &PackageTreeModel::resetFromRegistry);
    // Each signal names the package: only its rows are built again.
    connect(registry, &Registry::packageAdded, this, &PackageTreeModel::syncPackage);
    connect(registry, &Registry::packageChanged, this, &PackageTreeModel::syncPackage);
    connect(registry, &Registry::packageRemoved, this, &PackageTreeModel::syncPackage);
    // Project-wide rules can change the state of packages other than the one that changed.
    connect(registry, &Registry::diagnosticsChanged, this, &PackageTreeModel::updateProblems);
}

PackageTreeModel::~PackageTreeModel() = default;

QList<Table> PackageTreeModel::tablesOf(const PackageDefinition &definition) const
{
    // The effective tables (with workspace_id), except for a duplicate package, whose own
    // tables are the ones to show next to its errors.
    const Registry &registry = *m_registry;
    const PackageDefinition *effective = registry.package(definition.name);
    return effective == nullptr || Registry::keyOf(*effective) == Registry::keyOf(definition)
        ? registry.effectiveTables(definition.name)
        : definition.tables;
}

std::unique_ptr<PackageTreeModel::Node> PackageTreeModel::buildPackage(const PackageDefinition &definition,
                                                                       const QString &key,
                                                                       const DiagnosticIndex &problems) const
{
    auto package = std::make_unique<Node>();
    package->kind = Kind::Package;
    package->key = key;
    package->sourceKey = Registry::keyOf(definition);
    package->package = definition.name;
    package->name = definition.name.isEmpty() ? QFileInfo(definition.directory).fileName() : definition.name;
    package->details = definition.loaded ? definition.version : tr("not loaded");
    package->location = definition.location.isValid() ? definition.location : SourceLocation{definition.file, 1, 1};
    package->problems = problems.ofPackage(definition.name);
    package->toolTip = !definition.directory.isEmpty()  ? definition.directory
                     : !definition.pluginFile.isEmpty() ? tr("Plugin %1").arg(definition.pluginFile)
                                                        : tr("Registered from C++");
    const bool anyProblems = package->problems.errors || package->problems.warnings;

    const QList<Table> tables = tablesOf(definition);
    auto tablesGroup = std::make_unique<Node>();
    tablesGroup->kind = Kind::TablesGroup;
    tablesGroup->key = QStringLiteral("group:tables");
    tablesGroup->sourceKey = package->sourceKey;
    tablesGroup->name = tr("Tables");
    tablesGroup->details = tr("%n table(s)", nullptr, int(tables.size()));
    tablesGroup->package = definition.name;
    tablesGroup->location = definition.fields.value(u"tables", package->location);
    tablesGroup->fetched = false;
    tablesGroup->pendingRows = int(tables.size());
    if (anyProblems) {
        for (const Table &table : tables)
            tablesGroup->problems += problems.within(definition.name, table.location);
    }

    auto migrationsGroup = std::make_unique<Node>();
    migrationsGroup->kind = Kind::MigrationsGroup;
    migrationsGroup->key = QStringLiteral("group:migrations");
    migrationsGroup->sourceKey = package->sourceKey;
    migrationsGroup->name = tr("Migrations");
    migrationsGroup->details = tr("%n migration(s)", nullptr, int(definition.migrations.size()));
    migrationsGroup->package = definition.name;
    migrationsGroup->toolTip = definition.migrationsDir;
    migrationsGroup->location = SourceLocation{definition.migrationsDir, 0, 0};
    migrationsGroup->fetched = false;
    migrationsGroup->pendingRows = int(definition.migrations.size());
    for (const MigrationStatus &status : std::as_const(m_migrationStatus)) {
        if (status.state == MigrationState::Missing && status.package == definition.name)
            ++migrationsGroup->pendingRows;
    }
    if (anyProblems) {
        for (const Migration &migration : definition.migrations)
            migrationsGroup->problems += problems.inFile(definition.name, migration.file);
    }

    package->add(std::move(tablesGroup));
    package->add(std::move(migrationsGroup));
    return package;
}

std::vector<std::unique_ptr<PackageTreeModel::Node>> PackageTreeModel::buildGroupRows(const Node &group,
                                                                                     const DiagnosticIndex &problems) const
{
    std::vector<std::unique_ptr<Node>> rows;
    const PackageDefinition *found = m_registry ? m_registry->packageByKey(group.sourceKey) : nullptr;
    if (!found)
        return rows;
    const PackageDefinition &definition = *found;

    if (group.kind == Kind::TablesGroup) {
        const QList<Table> tables = tablesOf(definition);
        KeyMaker tableKeys;
        for (const Table &table : tables) {
            auto tableNode = std::make_unique<Node>();
            tableNode->kind = Kind::Table;
            tableNode->key = tableKeys(table.name);
            tableNode->name = table.name;
            tableNode->details = tableDetails(table);
            tableNode->toolTip = table.comment;
            tableNode->package = definition.name;
            tableNode->table = table.name;
            tableNode->location = table.location;
            tableNode->problems = problems.within(definition.name, table.location);
            const QStringList key = table.primaryKeyColumns();
            KeyMaker columnKeys;
            for (const Strata::Column &column : table.columns) {
                auto columnNode = std::make_unique<Node>();
                columnNode->kind = Kind::Column;
                columnNode->key = columnKeys(column.name);
                columnNode->name = column.name;
                columnNode->details = columnDetails(column);
                columnNode->toolTip = column.comment;
                columnNode->primaryKey = key.contains(column.name);
                columnNode->generated = column.generated;
                columnNode->package = definition.name;
                columnNode->table = table.name;
                columnNode->location = column.location;
                // The generated workspace_id points at "workspaceScoped": its findings are the table's.
                if (!column.generated)
                    columnNode->problems = problems.within(definition.name, column.location);
                tableNode->add(std::move(columnNode));
            }
            rows.push_back(std::move(tableNode));
        }
        return rows;
    }

    KeyMaker migrationKeys;
    for (const Migration &migration : definition.migrations) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Migration;
        node->key = migrationKeys(migration.id);
        node->name = migration.id;
        node->details = migrationDetails(migration);
        node->toolTip = migration.file;
        node->file = migration.file;
        node->package = definition.name;
        node->location = migration.location.isValid() ? migration.location : SourceLocation{migration.file, 1, 1};
        node->problems = problems.inFile(definition.name, migration.file);
        const auto status = m_migrationStatus.constFind(definition.name + QLatin1Char('\n') + migration.id);
        if (status != m_migrationStatus.cend())
            showMigrationStatus(*node, *status);
        rows.push_back(std::move(node));
    }
    // Applied on the database, gone from the project: shown so that nobody wonders where it went.
    std::vector<std::unique_ptr<Node>> missing;
    for (const MigrationStatus &status : std::as_const(m_migrationStatus)) {
        if (status.state != MigrationState::Missing || status.package != definition.name)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = Kind::Migration;
        node->key = QStringLiteral("missing:") + status.id;
        node->name = status.id;
        node->package = definition.name;
        node->location = SourceLocation{definition.migrationsDir, 0, 0};
        showMigrationStatus(*node, status);
        missing.push_back(std::move(node));
    }
    std::sort(missing.begin(), missing.end(), [](const auto &a, const auto &b) { return a->name < b->name; });
    for (auto &node : missing)
        rows.push_back(std::move(node));
    return rows;
}

void PackageTreeModel::resetFromRegistry()
{
    ++m_changing;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_problemsShown.clear();
    if (m_registry) {
        const DiagnosticIndex problems(m_registry->diagnostics());
        KeyMaker packageKeys;
        for (const PackageDefinition &definition : m_registry->packages())
            m_root->add(buildPackage(definition, packageKeys(Registry::keyOf(definition)), problems));
        m_problemsShown = byPackage(m_registry->diagnostics());
    }
    endResetModel();
    --m_changing;
}

void PackageTreeModel::syncPackages(const QSet<QString> &names, bool all)
{
    if (!m_registry)
        return;
    const Registry &registry = *m_registry;
    const DiagnosticIndex problems(registry.diagnostics());

    QSet<QString> present;
    for (const auto &row : m_root->children)
        present.insert(row->key);
    // The rows the root should have, in order: built for the packages named and new ones, a stub
    // (the key alone) for the others, whose rows stay as they are.
    std::vector<std::unique_ptr<Node>> wanted;
    wanted.reserve(size_t(registry.packages().size()));
    KeyMaker packageKeys;
    for (const PackageDefinition &definition : registry.packages()) {
        const QString key = packageKeys(Registry::keyOf(definition));
        if (all || names.contains(definition.name) || !present.contains(key)) {
            wanted.push_back(buildPackage(definition, key, problems));
        } else {
            auto stub = std::make_unique<Node>();
            stub->key = key;
            stub->stub = true;
            wanted.push_back(std::move(stub));
        }
    }
    const std::vector<bool> inserted = mergeRows(m_root.get(), wanted);

    for (size_t i = 0; i < wanted.size(); ++i) {
        if (inserted[i] || wanted[i]->stub)
            continue;
        Node *package = m_root->children[i].get();
        const Node &desired = *wanted[i];
        if (!package->sameData(desired)) {
            package->copyData(desired);
            Q_EMIT dataChanged(indexOfNode(package, NameColumn), indexOfNode(package, DetailsColumn));
        }
        // Both groups are always there, in this order.
        for (size_t g = 0; g < package->children.size() && g < desired.children.size(); ++g) {
            Node *group = package->children[g].get();
            const Node &desiredGroup = *desired.children[g];
            Node copy;
            copy.copyData(desiredGroup);
            if (group->fetched)
                copy.pendingRows = group->pendingRows; // meaningless once built
            if (!group->sameData(copy)) {
                group->copyData(copy);
                Q_EMIT dataChanged(indexOfNode(group, NameColumn), indexOfNode(group, DetailsColumn));
            }
            // Rows nobody has asked for yet are built from the registry when they are.
            if (!group->fetched)
                continue;
            Node rows;
            for (auto &row : buildGroupRows(*group, problems))
                rows.add(std::move(row));
            mergeChildren(group, &rows);
        }
    }
}

bool PackageTreeModel::updateNodeProblems(Node *node, const DiagnosticIndex &problems,
                                          const PackageDefinition *definition)
{
    for (auto &child : node->children)
        updateNodeProblems(child.get(), problems, definition);
    ProblemCount count;
    switch (node->kind) {
    case Kind::Package:
        count = problems.ofPackage(node->package);
        break;
    case Kind::TablesGroup:
        if (node->fetched) {
            for (const auto &child : node->children)
                count += child->problems;
        } else if (definition) {
            for (const Table &table : tablesOf(*definition))
                count += problems.within(node->package, table.location);
        }
        break;
    case Kind::MigrationsGroup:
        if (node->fetched) {
            for (const auto &child : node->children)
                count += child->problems;
        } else if (definition) {
            for (const Migration &migration : definition->migrations)
                count += problems.inFile(node->package, migration.file);
        }
        break;
    case Kind::Table:
        count = problems.within(node->package, node->location);
        break;
    case Kind::Column:
        if (!node->generated)
            count = problems.within(node->package, node->location);
        break;
    case Kind::Migration:
        count = problems.inFile(node->package, node->file);
        break;
    }
    if (count == node->problems)
        return false;
    node->problems = count;
    Q_EMIT dataChanged(indexOfNode(node, NameColumn), indexOfNode(node, DetailsColumn), problemRoles());
    return true;
}

void PackageTreeModel::updateProblems()
{
    if (!m_registry)
        return;
    QHash<QString, Diagnostics> now = byPackage(m_registry->diagnostics());
    // Only the packages whose findings changed: the rows of the others count the same.
    QSet<QString> changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto before = m_problemsShown.constFind(it.key());
        if (before == m_problemsShown.cend() || *before != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_problemsShown.cbegin(); it != m_problemsShown.cend(); ++it) {
        if (!now.contains(it.key()))
            changed.insert(it.key());
    }
    m_problemsShown = std::move(now);
    if (changed.isEmpty())
        return;
    const DiagnosticIndex problems(m_registry->diagnostics());
    for (const auto &package : m_root->children) {
        if (changed.contains(package->package))
            updateNodeProblems(package.get(), problems, m_registry->packageByKey(package->sourceKey));
    }
}

void PackageTreeModel::fetchGroup(Node *group)
{
    if (group->fetched || !m_registry || m_changing > 0)
        return;
    group->fetched = true; // first: a view asked during the insertion must not fetch again
    std::vector<std::unique_ptr<Node>> rows = buildGroupRows(*group, DiagnosticIndex(m_registry->diagnostics()));
    group->pendingRows = 0;
    if (rows.empty())
        return;
    ++m_changing;
    beginInsertRows(indexOfNode(group), 0, int(rows.size()) - 1);
    for (auto &row : rows)
        group->add(std::move(row));
    endInsertRows();
    --m_changing;
}

bool PackageTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    return node->fetched ? !node->children.empty() : node->pendingRows > 0;
}

bool PackageTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    return !nodeAt(parent)->fetched;
}

void PackageTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() || parent.column() != 0)
        return;
    fetchGroup(nodeAt(parent));
}

void PackageTreeModel::fetchAll()
{
    for (const auto &package : m_root->children) {
        for (const auto &group : package->children)
            fetchGroup(group.get());
    }
}

// Makes `current`'s children equal to `desired`'s (taking nodes from `desired`), announcing each
// step, then recurses into rows that stayed.
void PackageTreeModel::mergeChildren(Node *current, Node *desired)
{
    auto &wanted = desired->children;
    const std::vector<bool> inserted = mergeRows(current, wanted);
    auto &rows = current->children;
    // Data of rows that stayed, then their children.
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (inserted[i])
            continue; // taken over whole
        Node *row = rows[i].get();
        if (!row->sameData(*wanted[i])) {
            row->copyData(*wanted[i]);
            Q_EMIT dataChanged(indexOfNode(row, NameColumn), indexOfNode(row, DetailsColumn));
        }
        mergeChildren(row, wanted[i].get());
    }
}

std::vector<bool> PackageTreeModel::mergeRows(Node *current, std::vector<std::unique_ptr<Node>> &wanted)
{
    const QModelIndex parentIndex = indexOfNode(current);
    auto &rows = current->children;

    QHash<QString, qsizetype> wantedKeys;
    wantedKeys.reserve(qsizetype(wanted.size()));
    for (size_t i = 0; i < wanted.size(); ++i)
        wantedKeys.insert(wanted[i]->key, qsizetype(i));

    // 1. Rows that are gone, as contiguous runs from the end.
    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (wantedKeys.contains(rows[last]->key)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wantedKeys.contains(rows[first - 1]->key))
            --first;
        ++m_changing;
        beginRemoveRows(parentIndex, first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        current->renumber(first);
        endRemoveRows();
        --m_changing;
        last = first - 1;
    }

    // 2. Walk the wanted order: keep, move up, or insert.
    std::vector<bool> inserted(wanted.size(), false);
    for (size_t i = 0; i < wanted.size(); ++i) {
        const QString &key = wanted[i]->key;
        if (i < rows.size() && rows[i]->key == key)
            continue;
        size_t found = i + 1;
        while (found < rows.size() && rows[found]->key != key)
            ++found;
        if (found < rows.size()) {
            ++m_changing;
            beginMoveRows(parentIndex, int(found), int(found), parentIndex, int(i));
            std::unique_ptr<Node> moving = std::move(rows[found]);
            rows.erase(rows.begin() + found);
            rows.insert(rows.begin() + i, std::move(moving));
            current->renumber(i);
            endMoveRows();
            --m_changing;
        } else {
            // A node that is new takes its whole subtree along; rows below it need no merge.
            Q_ASSERT(!wanted[i]->stub);
            ++m_changing;
            beginInsertRows(parentIndex, int(i), int(i));
            std::unique_ptr<Node> node = std::move(wanted[i]);
            node->parent = current;
            rows.insert(rows.begin() + i, std::move(node));
            current->renumber(i);
            endInsertRows();
            --m_changing;
            inserted[i] = true;
        }
    }
    return inserted;
}

QModelIndex PackageTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

PackageTreeModel::Node *PackageTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PackageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *node = nodeAt(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex PackageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int PackageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int PackageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PackageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != NameColumn && node.kind == Kind::Package) {
            if (const int differences = m_schemaDifferences.value(node.package))
                return QString(node.details + QStringLiteral(" · ") + tr("%n to migrate", nullptr, differences));
        }
        return index.column() == NameColumn ? node.name : node.details;
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        const ItemState state = node.problems.state();
        switch (node.kind) {
        case Kind::Package:
            return Icons::withState(QStringLiteral("package"), Icons::package(), state);
        case Kind::TablesGroup:
        case Kind::MigrationsGroup:
            return Icons::withState(QStringLiteral("folder"), Icons::folder(), state);
        case Kind::Table:
            return Icons::withState(QStringLiteral("table"), Icons::table(), state);
        case Kind::Column:
            return node.primaryKey ? Icons::withState(QStringLiteral("column-key"), Icons::keyColumn(), state)
                                   : Icons::withState(QStringLiteral("column"), Icons::column(), state);
        case Kind::Migration:
            // Problems in the file matter more than the database state; else the state shows.
            if (node.migrationState >= 0 && state == ItemState::Valid)
                return migrationStateIcon(MigrationState(node.migrationState));
            return Icons::withState(QStringLiteral("migration"), Icons::migration(), state);
        }
        return {};
    }
    case Qt::ToolTipRole: {
        QString summary = problemSummary(node.problems);
        if (node.kind == Kind::Package) {
            if (const int differences = m_schemaDifferences.value(node.package)) {
                const QString changes = tr("database.json differs from what the migrations produce: %n "
                                           "difference(s) (strata diff lists them)",
                                           nullptr, differences);
                summary = summary.isEmpty() ? changes : summary + QLatin1Char('\n') + changes;
            }
        }
        if (summary.isEmpty())
            return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
        return node.toolTip.isEmpty() ? summary : QString(node.toolTip + QLatin1Char('\n') + summary);
    }
    case Qt::FontRole:
        if (node.generated) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (node.migrationState >= 0) {
            const QString summary = problemSummary(node.problems);
            const QString state = migrationStateText(MigrationState(node.migrationState));
            return summary.isEmpty() ? state : state + QStringLiteral(", ") + summary;
        }
        return problemSummary(node.problems);
    case KindRole:
        return int(node.kind);
    case PackageRole:
        return node.package;
    case TableRole:
        return node.table;
    case ItemNameRole:
        return node.name;
    case StateRole:
        return int(node.problems.state());
    case ErrorCountRole:
        return node.problems.errors;
    case WarningCountRole:
        return node.problems.warnings;
    case FileRole:
        return node.location.file;
    case LineRole:
        return node.location.line;
    case ColumnNumberRole:
        return node.location.column;
    case MigrationStateRole:
        return node.migrationState;
    default:
        return {};
    }
}

QVariant PackageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags PackageTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Kind kind = nodeAt(index)->kind;
    if (kind == Kind::Column || kind == Kind::Migration)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QModelIndex PackageTreeModel::findItem(const QString &package, const QString &table) const
{
    for (const auto &packageNode : m_root->children) {
        if (packageNode->package != package)
            continue;
        if (table.isEmpty())
            return indexOfNode(packageNode.get());
        for (const auto &group : packageNode->children) {
            if (group->kind != Kind::TablesGroup)
                continue;
            const_cast<PackageTreeModel *>(this)->fetchGroup(group.get()); // built on demand
            for (const auto &tableNode : group->children) {
                if (tableNode->name == table)
                    return indexOfNode(tableNode.get());
            }
        }
        return {};
    }
    return {};
}

QModelIndex PackageTreeModel::findMigration(const QString &package, const QString &id) const
{
    for (const auto &packageNode : m_root->children) {
        if (packageNode->package != package)
            continue;
        for (const auto &group : packageNode->children) {
            if (group->kind != Kind::MigrationsGroup)
                continue;
            const_cast<PackageTreeModel *>(this)->fetchGroup(group.get()); // built on demand
            for (const auto &migration : group->children) {
                if (migration->name == id)
                    return indexOfNode(migration.get());
            }
        }
    }
    return {};
}

void PackageTreeModel::setSchemaDifferences(const QHash<QString, int> &countsByPackage)
{
    QSet<QString> changed;
    for (auto it = countsByPackage.cbegin(); it != countsByPackage.cend(); ++it) {
        if (m_schemaDifferences.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_schemaDifferences.cbegin(); it != m_schemaDifferences.cend(); ++it) {
        if (!countsByPackage.contains(it.key()))
            changed.insert(it.key());
    }
    m_schemaDifferences = countsByPackage;
    for (const QString &package : std::as_const(changed)) {
        const QModelIndex row = findItem(package);
        if (row.isValid())
            Q_EMIT dataChanged(row, row.siblingAtColumn(columnCount() - 1));
    }
}

void PackageTreeModel::setMigrationStatus(const QList<MigrationStatus> &statuses)
{
    // What a row shows of a state: the rows of the packages where that differs change, no others
    // (the tracker reports every migration again after each reload).
    const auto sameShown = [](const MigrationStatus &a, const MigrationStatus &b) {
        return a.state == b.state && a.applied.has_value() == b.applied.has_value()
            && (!a.applied || a.applied->appliedAt == b.applied->appliedAt);
    };
    QSet<QString> packages;
    QHash<QString, MigrationStatus> byKey;
    byKey.reserve(statuses.size());
    for (const MigrationStatus &status : statuses) {
        const QString key = status.package + QLatin1Char('\n') + status.id;
        const auto before = m_migrationStatus.constFind(key);
        if (before == m_migrationStatus.cend() || !sameShown(*before, status))
            packages.insert(status.package);
        byKey.insert(key, status);
    }
    for (auto it = m_migrationStatus.cbegin(); it != m_migrationStatus.cend(); ++it) {
        if (!byKey.contains(it.key()))
            packages.insert(it->package);
    }
    m_migrationStatus = std::move(byKey);
    if (!packages.isEmpty())
        syncPackages(packages);
}

} // namespace Strata::Ui
