#pragma once

#include "loading/ProjectConfig.h"
#include "registry/DependencyGraph.h"
#include "model/Package.h"
#include "registration/Registration.h"
#include "validation/Diagnostic.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Strata {

// Where a table lives in the project.
struct TableRef
{
    QString package;
    const Table *table = nullptr; // the effective table (workspace_id added); owned by the Registry
    explicit operator bool() const { return table != nullptr; }
};

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
    const ProjectConfig &project() const { return m_project; }

    // Adds a package, or replaces the one with the same key (its folder; its name for packages
    // without a folder). Re-validates the project and emits packageAdded or packageChanged.
    void addOrReplace(const PackageDefinition &package);
    // Replaces every package at once (one re-validation, one `reset` signal).
    void setPackages(const QList<PackageDefinition> &packages);
    void removePackage(const QString &key);
    // A batch of changes (what a reload found): one re-validation, then a signal per package.
    void applyChanges(const QList<PackageDefinition> &changed, const QStringList &removedKeys);
    void clear();

    // The C++ registration API: builds the definition, validates it, adds it.
    Diagnostics registerDatabase(const PackageRegistration &registration);

    static QString keyOf(const PackageDefinition &package);
    QStringList packageKeys() const;
    const PackageDefinition *packageByKey(const QString &key) const;

    // Packages in dependency order (dependencies first; ties and cycles by name).
    const QList<PackageDefinition> &packages() const { return m_ordered; }
    const PackageDefinition *package(QStringView name) const;
    QStringList packageNames() const; // in dependency order
    bool isEmpty() const { return m_ordered.isEmpty(); }

    // Direct dependencies that are packages of the project, and the packages that depend on `name`.
    QStringList dependenciesOf(const QString &name) const;
    QStringList dependentsOf(const QString &name) const;
    // Every package `name` depends on, directly or not.
    QStringList transitiveDependenciesOf(const QString &name) const;
    bool dependsOn(const QString &package, const QString &dependency) const;
    // Each dependency cycle as its whole path, first package repeated at the end.
    const QList<QStringList> &cycles() const { return m_graph.cycles(); }
    const DependencyGraph &graph() const { return m_graph; }

    // The effective tables of a package (workspace_id column and index added), in declared order.
    QList<Table> effectiveTables(const QString &package) const;
    // Every effective table in dependency order, for rendering the whole project.
    QList<Table> effectiveTables() const;
    TableRef findTable(QStringView table) const;

    // Every finding: loading, package rules and project rules, minus the disabled codes, sorted.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostics diagnosticsOf(const QString &package) const;
    // Codes to leave out for this run (--skip), on top of the project's "validation.disable".
    void setSkippedCodes(const QStringList &codes);
    QStringList skippedCodes() const { return m_skippedCodes; }

    // The type a workspace_id column takes: the workspace table's key, as a referencing type.
    ColumnType workspaceKeyType() const;

Q_SIGNALS:
    void packageAdded(const QString &name);
    void packageChanged(const QString &name);
    void packageRemoved(const QString &name);
    void reset(); // everything changed (setPackages, setProject, clear)
    void diagnosticsChanged();

private:
    void rebuild();
    void buildEffectiveTables();
    void collectDiagnostics();

    ProjectConfig m_project;
    QHash<QString, PackageDefinition> m_packagesByKey;
    QList<PackageDefinition> m_ordered;
    QHash<QString, qsizetype> m_indexByName;          // into m_ordered; the first of duplicates
    QHash<QString, QList<Table>> m_effectiveTables;   // by package name
    QHash<QString, std::pair<QString, qsizetype>> m_tableIndex; // table -> (package, index)
    DependencyGraph m_graph;
    Diagnostics m_diagnostics;
    QStringList m_skippedCodes;
};

} // namespace Strata
