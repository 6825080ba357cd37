#include "models/PackageTreeModel.h"

#include "migrations/MigrationStateStyle.h"
#include "registry/Registry.h"

#include <QFileInfo>
#include <QFont>
#include <QHash>

namespace Strata::Ui {

struct PackageTreeModel::Node
{
    Kind kind = Kind::Package;
    QString key; // unique among its siblings; what the merge matches rows by
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
    bool sameData(const Node &other) const
    {
        return kind == other.kind && name == other.name && details == other.details && toolTip == other.toolTip
            && problems == other.problems && primaryKey == other.primaryKey && generated == other.generated
            && package == other.package && table == other.table && location == other.location
            && migrationState == other.migrationState;
    }
    void copyData(const Node &other)
    {
        kind = other.kind;
        name = other.name;
        details = other.details;
        toolTip = other.toolTip;
        problems = other.problems;
        primaryKey = other.primaryKey;
        generated = other.generated;
        package = other.package;
        table = other.table;
        location = other.location;
        migrationState = other.migrationState;
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

} // namespace

PackageTreeModel::PackageTreeModel(Registry *registry, QObject *parent)
    : QAbstractItemModel(parent), m_registry(registry), m_root(std::make_unique<Node>())
{
    m_root = buildTree();
    connect(registry, &Registry::reset, this, &PackageTreeModel::resetFromRegistry);
    connect(registry, &Registry::packageAdded, this, &PackageTreeModel::syncWithRegistry);
    connect(registry, &Registry::packageChanged, this, &PackageTreeModel::syncWithRegistry);
    connect(registry, &Registry::packageRemoved, this, &PackageTreeModel::syncWithRegistry);
    // Project-wide rules can change the state of packages other than the one that changed.
    connect(registry, &Registry::diagnosticsChanged, this, &PackageTreeModel::syncWithRegistry);
}

PackageTreeModel::~PackageTreeModel() = default;

std::unique_ptr<PackageTreeModel::Node> PackageTreeModel::buildTree() const
{
    auto root = std::make_unique<Node>();
    if (!m_registry)
        return root;
    const Registry &registry = *m_registry;
    const DiagnosticIndex problems(registry.diagnostics());

    KeyMaker packageKeys;
    for (const PackageDefinition &definition : registry.packages()) {
        auto package = std::make_unique<Node>();
        package->kind = Kind::Package;
        package->key = packageKeys(Registry::keyOf(definition));
        package->package = definition.name;
        package->name = definition.name.isEmpty() ? QFileInfo(definition.directory).fileName() : definition.name;
        package->details = definition.loaded ? definition.version : tr("not loaded");
        package->location = definition.location.isValid() ? definition.location : SourceLocation{definition.file, 1, 1};
        package->problems = problems.ofPackage(definition.name);
        package->toolTip = definition.directory.isEmpty() ? tr("Registered from C++") : definition.directory;

        // The effective tables (with workspace_id), except for a duplicate package, whose own
        // tables are the ones to show next to its errors.
        QList<Table> tables = registry.package(definition.name) == nullptr
                || Registry::keyOf(*registry.package(definition.name)) == Registry::keyOf(definition)
            ? registry.effectiveTables(definition.name)
            : definition.tables;

        auto tablesGroup = std::make_unique<Node>();
        tablesGroup->kind = Kind::TablesGroup;
        tablesGroup->key = QStringLiteral("group:tables");
        tablesGroup->name = tr("Tables");
        tablesGroup->details = tr("%n table(s)", nullptr, int(tables.size()));
        tablesGroup->package = definition.name;
        tablesGroup->location = definition.fields.value(u"tables", package->location);
        KeyMaker tableKeys;
        for (const Table &table : std::as_const(tables)) {
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
            tablesGroup->problems += tableNode->problems;
            tablesGroup->add(std::move(tableNode));
        }

        auto migrationsGroup = std::make_unique<Node>();
        migrationsGroup->kind = Kind::MigrationsGroup;
        migrationsGroup->key = QStringLiteral("group:migrations");
        migrationsGroup->name = tr("Migrations");
        migrationsGroup->details = tr("%n migration(s)", nullptr, int(definition.migrations.size()));
        migrationsGroup->package = definition.name;
        migrationsGroup->toolTip = definition.migrationsDir;
        migrationsGroup->location = SourceLocation{definition.migrationsDir, 0, 0};
        KeyMaker migrationKeys;
        std::vector<std::unique_ptr<Node>> missing;
        for (const Migration &migration : definition.migrations) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Migration;
            node->key = migrationKeys(migration.id);
            node->name = migration.id;
            node->details = migrationDetails(migration);
            node->toolTip = migration.file;
            node->package = definition.name;
            node->location = migration.location.isValid() ? migration.location : SourceLocation{migration.file, 1, 1};
            node->problems = problems.inFile(definition.name, migration.file);
            const auto status = m_migrationStatus.constFind(definition.name + QLatin1Char('\n') + migration.id);
            if (status != m_migrationStatus.cend())
                showMigrationStatus(*node, *status);
            migrationsGroup->problems += node->problems;
            migrationsGroup->add(std::move(node));
        }
        // Applied on the database, gone from the project: shown so that nobody wonders where it went.
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
            migrationsGroup->add(std::move(node));

        package->add(std::move(tablesGroup));
        package->add(std::move(migrationsGroup));
        root->add(std::move(package));
    }
    return root;
}

void PackageTreeModel::resetFromRegistry()
{
    beginResetModel();
    m_root = buildTree();
    endResetModel();
}

void PackageTreeModel::syncWithRegistry()
{
    std::unique_ptr<Node> desired = buildTree();
    mergeChildren(m_root.get(), desired.get());
}

// Makes `current`'s children equal to `desired`'s (taking nodes from `desired`), announcing each
// step, then recurses into rows that stayed.
void PackageTreeModel::mergeChildren(Node *current, Node *desired)
{
    const QModelIndex parentIndex = indexOfNode(current);
    auto &rows = current->children;
    auto &wanted = desired->children;

    QHash<QString, qsizetype> wantedKeys;
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
        beginRemoveRows(parentIndex, first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        current->renumber(first);
        endRemoveRows();
        last = first - 1;
    }

    // 2. Walk the wanted order: keep, move up, or insert.
    std::vector<bool> inserted(wanted.size(), false);
    for (size_t i = 0; i < wanted.size(); ++i) {
        const QString key = wanted[i]->key;
        if (i < rows.size() && rows[i]->key == key)
            continue;
        size_t found = i + 1;
        while (found < rows.size() && rows[found]->key != key)
            ++found;
        if (found < rows.size()) {
            beginMoveRows(parentIndex, int(found), int(found), parentIndex, int(i));
            std::unique_ptr<Node> moving = std::move(rows[found]);
            rows.erase(rows.begin() + found);
            rows.insert(rows.begin() + i, std::move(moving));
            current->renumber(i);
            endMoveRows();
        } else {
            // A node that is new takes its whole subtree along; rows below it need no merge.
            beginInsertRows(parentIndex, int(i), int(i));
            std::unique_ptr<Node> node = std::move(wanted[i]);
            node->parent = current;
            rows.insert(rows.begin() + i, std::move(node));
            current->renumber(i);
            endInsertRows();
            inserted[i] = true;
        }
    }

    // 3. Data of rows that stayed, then their children.
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (inserted[i])
            continue; // taken over whole above
        Node *row = rows[i].get();
        if (!row->sameData(*wanted[i])) {
            row->copyData(*wanted[i]);
            Q_EMIT dataChanged(indexOfNode(row, NameColumn), indexOfNode(row, DetailsColumn));
        }
        mergeChildren(row, wanted[i].get());
    }
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
        const QString summary = problemSummary(node.problems);
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
            for (const auto &migration : group->children) {
                if (migration->name == id)
                    return indexOfNode(migration.get());
            }
        }
    }
    return {};
}

void PackageTreeModel::setMigrationStatus(const QList<MigrationStatus> &statuses)
{
    QHash<QString, MigrationStatus> byKey;
    for (const MigrationStatus &status : statuses)
        byKey.insert(status.package + QLatin1Char('\n') + status.id, status);
    m_migrationStatus = byKey;
    syncWithRegistry();
}

} // namespace Strata::Ui
