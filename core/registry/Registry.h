#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/loading/RuleChecks.h>
#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>
#include <strata/registration/Registration.h>
#include <strata/registry/DependencyGraph.h>
#include <strata/registry/RegistryIndex.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Strata {

class MigrationGraph;

// The packages of one project and everything derived from them: dependency order, the effective
// tables, and the project-wide diagnostics. Lives on the GUI thread (or the CLI's main thread) and
// changes only there; loaders build PackageDefinitions elsewhere and hand them in.
class Registry : public QObject
{
    Q_OBJECT

public:
    explicit Registry(QObject *parent = nullptr);
    ~Registry() override;

    void setProject(const ProjectConfig &project);
    // A whole project at once: its settings and every package (one re-validation, one `reset`).
    void setProject(const ProjectConfig &project, const QList<PackageDefinition> &packages);
    // Takes over everything `prepared` worked out (a registry built on a worker thread with
    // setProject, so that validating a large project happens off the GUI thread), then signals
    // `reset` as setProject does. `prepared` is left empty. The skipped codes stay this registry's:
    // give `prepared` the same ones before it is built.
    void adopt(Registry &prepared);
    const ProjectConfig &project() const { return m_project; }

    // Adds a package, or replaces the one with the same key (its folder; its name for packages
    // without a folder). Re-validates the project and emits packageAdded or packageChanged.
    void addOrReplace(const PackageDefinition &package);
    // Replaces every package at once (one re-validation, one `reset` signal).
    void setPackages(const QList<PackageDefinition> &packages);
    void removePackage(const QString &key);
    // A batch of changes (what a reload found): one re-validation, then a signal per package. When
    // the package graph stays as it was, only the changed packages and those whose findings they can
    // change are validated again (see updateInPlace).
    // `projectDiagnostics`, when given, replaces the findings about the project itself (a folder
    // that could not be read, found again by the reload's discovery).
    void applyChanges(const QList<PackageDefinition> &changed, const QStringList &removedKeys,
                      const Diagnostics *projectDiagnostics = nullptr);
    // Whether the last applyChanges was worked out in place rather than by validating everything
    // again (for the log and the tests that hold both ways to the same result).
    bool lastChangeWasInPlace() const { return m_lastChangeInPlace; }
    void clear();

    // The C++ registration API: builds the definition, validates it, adds it.
    Diagnostics registerDatabase(const PackageRegistration &registration);

    // The package folder; for packages without one, the plugin file, else the package name.
    static QString keyOf(const PackageDefinition &package);
    QStringList packageKeys() const;
    const PackageDefinition *packageByKey(const QString &key) const;

    // Packages in dependency order (dependencies first; ties and cycles by name).
    const QList<PackageDefinition> &packages() const { return m_index.ordered; }
    const PackageDefinition *package(QStringView name) const;
    QStringList packageNames() const; // in dependency order
    bool isEmpty() const { return m_index.ordered.isEmpty(); }

    // Direct dependencies that are packages of the project, and the packages that depend on `name`.
    QStringList dependenciesOf(const QString &name) const;
    QStringList dependentsOf(const QString &name) const;
    // Every package `name` depends on, directly or not.
    QStringList transitiveDependenciesOf(const QString &name) const;
    bool dependsOn(const QString &package, const QString &dependency) const;
    // Each dependency cycle as its whole path, first package repeated at the end.
    const QList<QStringList> &cycles() const { return m_index.graph.cycles(); }
    const DependencyGraph &graph() const { return m_index.graph; }

    // The effective tables of a package (workspace_id column and index added), in declared order.
    QList<Table> effectiveTables(const QString &package) const;
    // Every effective table in dependency order, for rendering the whole project.
    QList<Table> effectiveTables() const;
    TableRef findTable(QStringView table) const;

    // The names of the indexes of each effective table of a package (same order as effectiveTables),
    // as PostgreSQL will know them: worked out once per change, not by every reader.
    const QList<QStringList> &indexNames(const QString &package) const;
    // The migration graph of the packages as they are now (shared: a worker thread can keep it).
    std::shared_ptr<const MigrationGraph> migrationGraph() const { return m_index.migrationGraph; }

    // Every finding: loading, package rules and project rules, minus the disabled codes, sorted.
    const Diagnostics &diagnostics() const { return m_index.diagnostics; }
    Diagnostics diagnosticsOf(const QString &package) const;
    // Codes to leave out for this run (--skip), on top of the project's "validation.disable".
    void setSkippedCodes(const QStringList &codes);
    QStringList skippedCodes() const { return m_skippedCodes; }
    // Whether the project rules run (and, through discoverAndRegister, the package rules): a command
    // that reports no findings sets Skip before the project is given. Run by default.
    void setRuleChecks(RuleChecks rules) { m_ruleChecks = rules; }
    RuleChecks ruleChecks() const { return m_ruleChecks; }

    // The type a workspace_id column takes: the workspace table's key, as a referencing type.
    ColumnType workspaceKeyType() const;

Q_SIGNALS:
    void packageAdded(const QString &name);
    void packageChanged(const QString &name);
    void packageRemoved(const QString &name);
    void reset(); // everything changed (setPackages, setProject, clear)
    void diagnosticsChanged();

private:
    // Everything again: a new index of the packages, then every rule.
    void rebuild();
    // After a change that leaves the package graph as it was (same packages, names, versions and
    // dependencies; the workspace table's owner untouched): only the changed packages and the
    // packages whose findings they can change are worked out again.
    // Returns, besides the changed packages, the packages whose effective tables changed with them
    // (they spell out the keys they reference); nullopt when an in-place update does not apply.
    std::optional<QStringList> updateInPlace(const QList<PackageDefinition> &changed);
    // Whether two builds of one package's effective tables (of the same declared tables) agree in
    // what the registry derives: the generated workspace_id columns and the spelled-out references.
    static bool sameDerivedColumns(const QList<Table> &a, const QList<Table> &b);
    bool canUpdateInPlace(const PackageDefinition &now) const;
    // The findings of a new index: the project rules and the migration graph, which read this
    // registry and so run once the rest of m_index is in place.
    void collectDiagnostics();
    void buildMigrationGraph();
    void mergeDiagnostics();

    // What the registry is given.
    ProjectConfig m_project;
    QHash<QString, PackageDefinition> m_packagesByKey;
    QStringList m_skippedCodes;
    RuleChecks m_ruleChecks = RuleChecks::Run;
    // Everything it derives from that, as one value.
    RegistryIndex m_index;
    bool m_lastChangeInPlace = false;
};

} // namespace Strata
