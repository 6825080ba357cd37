#pragma once

#include "registry/Registry.h"
#include "common/SourceLocation.h"
#include "models/DiagnosticIndex.h"
#include "migration/Plan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace Strata::Ui {

// The project's packages as a tree: package -> "Tables" -> table -> columns, and
// package -> "Migrations" -> migration files. Columns: Name | Details.
//
// The model keeps a snapshot of what it shows, so that it always agrees with the rows it announced.
// On a registry change it builds the tree it should show and merges it into the current one row by
// row (insert, remove, move, dataChanged), keyed by package folder and item name: views keep their
// expansion and selection across edits and reloads of single packages. Only Registry::reset (a new
// project) resets the model.
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

    // The row of a package, or of one of its tables (column 0); invalid when there is none.
    QModelIndex findItem(const QString &package, const QString &table = {}) const;
    // The row of a migration (column 0); invalid when there is none.
    QModelIndex findMigration(const QString &package, const QString &id) const;

    // The state of each migration on the connected database (MigrationStatusTracker::statuses()),
    // shown as icon, details text and MigrationStateRole; an empty list shows none. A migration
    // the database has applied but the project no longer has ("missing") gets a row of its own
    // under its package's migrations. Rows change in place.
    void setMigrationStatus(const QList<Strata::MigrationStatus> &statuses);

private:
    struct Node;

    void resetFromRegistry();
    void syncWithRegistry();
    std::unique_ptr<Node> buildTree() const;
    void mergeChildren(Node *current, Node *desired);
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *nodeAt(const QModelIndex &index) const;

    QPointer<Registry> m_registry;
    std::unique_ptr<Node> m_root;
    QHash<QString, Strata::MigrationStatus> m_migrationStatus; // "package\nid"
};

} // namespace Strata::Ui
