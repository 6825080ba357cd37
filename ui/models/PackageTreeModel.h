#pragma once

#include <strata/registry/Registry.h>
#include <strata/common/SourceLocation.h>
#include "models/DiagnosticIndex.h"
#include <strata/migration/Plan.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

namespace Strata::Ui {

// The project's packages as a tree: package -> "Tables" -> table -> columns, and
// package -> "Migrations" -> migration files. Columns: Name | Details.
//
// The model keeps a snapshot of what it shows, so that it always agrees with the rows it announced.
// On a registry change it builds the rows of the packages the registry names and merges them into
// the current ones row by row (insert, remove, move, dataChanged), keyed by package folder and item
// name: views keep their expansion and selection across edits and reloads of single packages. New
// findings only change the state of the rows concerned (dataChanged). Only Registry::reset (a new
// project) resets the model.
//
// A project of 10,000 tables has 100,000 columns: the rows below a package's "Tables" and
// "Migrations" groups are built when first asked for (fetchMore, as a view expands the group; or
// findItem/findMigration), so that a reset builds only the packages and their groups.
class PackageTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailsColumn, ColumnCount };
    enum class Kind { Package, TablesGroup, Table, Column, MigrationsGroup, Migration };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        PackageRole,      // the package name
        TableRole,        // the table name (tables and columns)
        ItemNameRole,     // the item's own name (column name, migration id, ...)
        StateRole,        // ItemState as int
        ErrorCountRole,
        WarningCountRole,
        FileRole,         // where the item is defined: absolute file
        LineRole,
        ColumnNumberRole, // 1-based column of that position in the file
        MigrationStateRole, // migrations: Strata::MigrationState as int; -1 while no status is known
    };

    explicit PackageTreeModel(Registry *registry, QObject *parent = nullptr);
    ~PackageTreeModel() override;

    Registry *registry() const { return m_registry; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Builds every row not built yet (for a filter that must see the whole tree).
    void fetchAll();

    // The row of a package, or of one of its tables (column 0); invalid when there is none. Builds
    // the package's table rows if they were not yet.
    QModelIndex findItem(const QString &package, const QString &table = {}) const;
    // The row of a migration (column 0); invalid when there is none.
    QModelIndex findMigration(const QString &package, const QString &id) const;

    // The state of each migration on the connected database (MigrationStatusTracker::statuses()),
    // shown as icon, details text and MigrationStateRole; an empty list shows none. A migration
    // the database has applied but the project no longer has ("missing") gets a row of its own
    // under its package's migrations. Rows change in place.
    void setMigrationStatus(const QList<Strata::MigrationStatus> &statuses);

    // How many differences each package's declared schema has with what its migrations produce
    // (SchemaDiffTracker); a package with some says so beside its version and in its tooltip.
    void setSchemaDifferences(const QHash<QString, int> &countsByPackage);
    int schemaDifferences(const QString &package) const { return m_schemaDifferences.value(package); }

private:
    struct Node;

    void resetFromRegistry();
    // Brings the package rows in line with the registry: their order, and the rows of the packages
    // named (all when `all`) built again and merged.
    void syncPackages(const QSet<QString> &names, bool all = false);
    void syncPackage(const QString &name) { syncPackages({name}); }
    // New findings: recounts the problems of the rows of packages whose findings changed.
    void updateProblems();
    std::unique_ptr<Node> buildPackage(const PackageDefinition &definition, const QString &key,
                                       const DiagnosticIndex &problems) const;
    std::vector<std::unique_ptr<Node>> buildGroupRows(const Node &group, const DiagnosticIndex &problems) const;
    QList<Table> tablesOf(const PackageDefinition &definition) const;
    void fetchGroup(Node *group);
    bool updateNodeProblems(Node *node, const DiagnosticIndex &problems, const PackageDefinition *definition);
    void mergeChildren(Node *current, Node *desired);
    // Removes, moves and inserts rows of `current` so that their keys follow `wanted`; a row that is
    // new is taken from `wanted`. Returns which rows of `wanted` were inserted.
    std::vector<bool> mergeRows(Node *current, std::vector<std::unique_ptr<Node>> &wanted);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *nodeAt(const QModelIndex &index) const;

    QPointer<Registry> m_registry;
    std::unique_ptr<Node> m_root;
    QHash<QString, Strata::MigrationStatus> m_migrationStatus; // "package\nid"
    QHash<QString, int> m_schemaDifferences;                   // package -> differences with its migrations
    // Between a begin*Rows and its end*: rows asked for then (by views and testers reacting to the
    // first signal) are built later, as one change must end before another may begin.
    int m_changing = 0;
    QHash<QString, Diagnostics> m_problemsShown; // by package name: the findings the rows count
};

} // namespace Strata::Ui
