#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/model/ColumnType.h>
#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>
#include <strata/registry/DependencyGraph.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

namespace Strata {

class MigrationGraph;

// Where a table lives in the project.
struct TableRef
{
    QString package;
    const Table *table = nullptr; // the effective table (workspace_id added); owned by the Registry
    explicit operator bool() const { return table != nullptr; }
};

// Everything the Registry derives from its packages, as one value, so that no path can update one
// member and forget another: a full rebuild makes a new one with build() and moves it in, adopt()
// swaps in the one another registry built, clear() rebuilds from no packages, and a change that
// keeps the package graph patches it with replaceInPlace().
struct RegistryIndex
{
    // From this many packages on, the larger steps run on the thread pool; below it, the threads
    // cost more than they save.
    static constexpr qsizetype ParallelPackages = 64;

    // The package graph and the schema: what build() works out from the packages alone.
    QList<PackageDefinition> ordered;           // dependency order; duplicates (same name, other folder) last
    QHash<QString, qsizetype> indexByName;      // into `ordered`; the first of duplicates
    QSet<QString> duplicateNames;               // package names declared by more than one package
    DependencyGraph graph;
    QHash<QString, std::pair<QString, qsizetype>> tableIndex; // table -> (package, index into its tables)
    QHash<QString, QList<Table>> effectiveTables;  // by package name
    QHash<QString, QList<QStringList>> indexNames; // by package name, parallel to effectiveTables

    // The findings: the project rules and the migration graph read the registry, so the Registry
    // works them out once the members above are in place (empty in what build() returns).
    QHash<QString, Diagnostics> ruleDiagnostics; // the project rules' findings, by package
    std::shared_ptr<const MigrationGraph> migrationGraph;
    Diagnostics diagnostics; // every finding, merged and sorted (mergeDiagnostics)

    // Order, dependency graph, table index and effective tables of these packages (by key).
    static RegistryIndex build(const ProjectConfig &project, const QHash<QString, PackageDefinition> &packagesByKey);
    // Puts in the new definitions of packages already here, under the same names, versions and
    // dependencies (Registry::canUpdateInPlace), so that the order, the dependency graph and the
    // duplicates stay as they are; the table index and the effective tables of these packages are
    // worked out again. The findings are left to the Registry.
    void replaceInPlace(const QList<PackageDefinition> &changed, const QString &workspaceTable);
    // The effective tables (workspace_id column and index added, references to a key spelled out)
    // and their index names: of every package, or of the packages named in `only`.
    void buildEffectiveTables(const QString &workspaceTable, const QSet<QString> *only = nullptr);
    // Every finding: the project's own, the packages', the rules', the migration cycles, minus
    // the disabled and skipped codes, limited per file and sorted.
    void mergeDiagnostics(const ProjectConfig &project, const QStringList &skippedCodes);

    const PackageDefinition *package(QStringView name) const;
    TableRef findTable(QStringView table) const;
    // The type a workspace_id column takes: the workspace table's key, as a referencing type.
    ColumnType workspaceKeyType(const QString &workspaceTable) const;

private:
    void buildTableIndex();
};

} // namespace Strata
