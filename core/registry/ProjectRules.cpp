#include <strata/registry/ProjectRules.h>

#include <strata/common/Suggest.h>
#include <strata/validation/Identifiers.h>

#include <strata/common/Semver.h>
#include <strata/model/Package.h>
#include <strata/model/TableLookup.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <unordered_map>

// The rules that need the whole project. They read the Registry as it stands after ordering the
// packages, finding cycles and building the effective tables; package-local findings are not
// repeated here (duplicates within one package are validatePackage's). See docs/validation.md.
namespace Strata {

namespace {

class ProjectValidator
{
public:
    explicit ProjectValidator(const Registry &registry, const QSet<QString> *scope = nullptr)
        : m_registry(registry), m_scope(scope)
    {
    }

    Diagnostics run()
    {
        checkDuplicatePackages();
        checkDependencies();
        checkCycles();
        checkDuplicateTables();
        checkDuplicateIndexNames();
        checkReferences();
        checkWorkspace();
        checkMigrationRequirements();
        return std::move(m_out);
    }

private:
    void error(DiagnosticCode code, const QString &message, const SourceLocation &at, const QString &help,
               const QString &package)
    {
        m_out.append(makeError(code, message, at, help, package));
    }
    void warning(DiagnosticCode code, const QString &message, const SourceLocation &at, const QString &help,
                 const QString &package)
    {
        m_out.append(makeWarning(code, message, at, help, package));
    }

    QString describe(const PackageDefinition &package) const
    {
        if (!package.file.isEmpty()) {
            const QString root = m_registry.project().root;
            return root.isEmpty() ? package.file : QDir(root).relativeFilePath(package.file);
        }
        if (!package.pluginFile.isEmpty()) {
            const QString root = m_registry.project().root;
            return root.isEmpty() ? package.pluginFile : QDir(root).relativeFilePath(package.pluginFile);
        }
        if (package.location.isValid())
            return QStringLiteral("%1:%2").arg(package.location.file).arg(package.location.line);
        return QCoreApplication::translate("Strata::Validation", "a C++ registration");
    }

    // The package that comes first among same-named ones is the one that counts; the others are
    // duplicates (ordered by file so that the finding does not move from run to run).
    bool isDuplicate(const PackageDefinition &package) const { return m_duplicates.contains(&package); }
    // Whether this run reports the findings of `package` (every package unless scoped).
    bool reports(const QString &package) const { return !m_scope || m_scope->contains(package); }
    // A package whose own findings this run checks: in scope and not a duplicate.
    bool checks(const PackageDefinition &package) const { return reports(package.name) && !isDuplicate(package); }

    void checkDuplicatePackages()
    {
        QHash<QString, QList<const PackageDefinition *>> byName;
        for (const PackageDefinition &package : m_registry.packages()) {
            if (!package.name.isEmpty())
                byName[package.name].append(&package);
        }
        for (auto it = byName.begin(); it != byName.end(); ++it) {
            QList<const PackageDefinition *> &same = it.value();
            if (same.size() < 2)
                continue;
            std::sort(same.begin(), same.end(), [this](const PackageDefinition *a, const PackageDefinition *b) {
                return describe(*a) < describe(*b);
            });
            for (qsizetype i = 1; i < same.size(); ++i) {
                const PackageDefinition &package = *same.at(i);
                m_duplicates.insert(&package);
                if (!reports(package.name))
                    continue;
                error(DiagnosticCode::DuplicatePackage,
                      QCoreApplication::translate("Strata::Validation",
                                                  "package \"%1\" is declared twice; the other one is in %2")
                          .arg(package.name, describe(*same.first())),
                      package.fields.value(u"packageName", package.location),
                      QCoreApplication::translate("Strata::Validation",
                                                  "rename one of the packages or remove the copy"),
                      package.name);
            }
        }
    }

    void checkDependencies()
    {
        const QStringList names = m_registry.packageNames();
        for (const PackageDefinition &package : m_registry.packages()) {
            if (!checks(package))
                continue;
            for (const Dependency &dependency : package.dependencies) {
                const SourceLocation at = dependency.location.isValid() ? dependency.location : package.location;
                const PackageDefinition *target = m_registry.package(dependency.name);
                if (!target) {
                    // package.json also lists libraries that own no database: those are not findings.
                    if (dependency.fromPackageJson)
                        continue;
                    const QStringList close = suggestAll(dependency.name, names);
                    error(DiagnosticCode::MissingDependency,
                          QCoreApplication::translate("Strata::Validation",
                                                      "package \"%1\" depends on \"%2\", which is not a package of "
                                                      "the project")
                              .arg(package.name, dependency.name),
                          at,
                          close.isEmpty()
                              ? QCoreApplication::translate("Strata::Validation",
                                                            "add the package to the project, or remove the "
                                                            "dependency")
                              : QCoreApplication::translate("Strata::Validation", "did you mean %1?")
                                    .arg(quotedList(close)),
                          package.name);
                    continue;
                }
                if (dependency.range.isEmpty() || target->version.isEmpty())
                    continue;
                // Unparsable ranges and versions are the package rules' findings.
                const Result<SemverRange> range = SemverRange::parse(dependency.range);
                if (!range)
                    continue;
                const Result<SemVersion> version = SemVersion::parse(target->version);
                if (!version)
                    continue;
                if (!range->satisfiedBy(*version)) {
                    error(DiagnosticCode::VersionConflict,
                          QCoreApplication::translate("Strata::Validation",
                                                      "package \"%1\" needs \"%2\" %3, but the project has version %4")
                              .arg(package.name, dependency.name, dependency.range, target->version),
                          package.rangeLocation(dependency),
                          QCoreApplication::translate("Strata::Validation",
                                                      "widen the range to include %1, or update \"%2\"")
                              .arg(target->version, dependency.name),
                          package.name);
                }
            }
        }
    }

    static QString quotedList(const QStringList &names)
    {
        QStringList quoted;
        for (const QString &n : names)
            quoted.append(u'"' + n + u'"');
        return quoted.join(QCoreApplication::translate("Strata::Validation", " or "));
    }

    static const Dependency *dependencyOn(const PackageDefinition &package, const QString &name)
    {
        for (const Dependency &d : package.dependencies) {
            if (d.name == name)
                return &d;
        }
        return nullptr;
    }

    void checkCycles()
    {
        QList<QStringList> cycles = m_registry.cycles();
        // A package that depends on itself is a cycle of one, whether or not the registry lists it.
        for (const PackageDefinition &package : m_registry.packages()) {
            if (reports(package.name) && package.dependsDirectlyOn(package.name)) {
                const QStringList self{package.name, package.name};
                if (!cycles.contains(self))
                    cycles.append(self);
            }
        }
        for (const QStringList &cycle : std::as_const(cycles)) {
            if (cycle.isEmpty())
                continue;
            const PackageDefinition *first = m_registry.package(cycle.first());
            if (!first || !reports(first->name))
                continue;
            const Dependency *edge = cycle.size() > 1 ? dependencyOn(*first, cycle.at(1)) : nullptr;
            const SourceLocation at = edge && edge->location.isValid()
                ? edge->location
                : first->fields.value(u"dependencies", first->location);
            error(DiagnosticCode::DependencyCycle,
                  QCoreApplication::translate("Strata::Validation", "dependency cycle: %1")
                      .arg(cycle.join(QStringLiteral(" -> "))),
                  at,
                  QCoreApplication::translate("Strata::Validation",
                                              "remove one of the dependencies of the cycle; move what both need "
                                              "into a package of its own"),
                  first->name);
        }
    }

    void checkDuplicateTables()
    {
        // Without duplicate packages, the first package in order to declare a table is the one the
        // registry's table index names: a scoped run then reads no other package.
        const bool ownersKnown = m_duplicates.isEmpty();
        QHash<QString, QString> owner; // table -> package
        for (const PackageDefinition &package : m_registry.packages()) {
            if (isDuplicate(package) || (ownersKnown && !reports(package.name)))
                continue;
            QSet<QString> own;
            for (const Table &table : package.tables) {
                if (own.contains(table.name))
                    continue; // the package rule reports it
                own.insert(table.name);
                QString first;
                if (ownersKnown) {
                    const TableRef declared = m_registry.findTable(table.name);
                    first = declared ? declared.package : QString();
                } else {
                    first = owner.value(table.name);
                    if (first.isEmpty())
                        owner.insert(table.name, package.name);
                }
                if (first.isEmpty() || first == package.name || !reports(package.name))
                    continue;
                error(DiagnosticCode::DuplicateTable,
                      QCoreApplication::translate("Strata::Validation",
                                                  "table \"%1\" of package \"%2\" is also declared by package \"%3\"")
                          .arg(table.name, package.name, first),
                      table.fields.value(u"name", table.location),
                      QCoreApplication::translate("Strata::Validation",
                                                  "rename the table; a table prefix per package avoids clashes"),
                      package.name);
            }
        }
    }

    void checkDuplicateIndexNames()
    {
        // A scoped run only needs to know who took the names its packages use.
        QSet<QString> wanted;
        if (m_scope) {
            for (const PackageDefinition &package : m_registry.packages()) {
                if (!checks(package))
                    continue;
                for (const QStringList &names : m_registry.indexNames(package.name)) {
                    for (const QString &name : names)
                        wanted.insert(name);
                }
            }
        }
        QHash<QString, std::pair<QString, QString>> owner; // index -> (package, table)
        for (const PackageDefinition &package : m_registry.packages()) {
            if (isDuplicate(package))
                continue;
            const bool reporting = reports(package.name);
            const QList<Table> tables = m_registry.effectiveTables(package.name);
            const QList<QStringList> &indexNames = m_registry.indexNames(package.name);
            QSet<QString> own; // repeats within one package are the package rule's duplicate-index
            for (qsizetype t = 0; t < tables.size() && t < indexNames.size(); ++t) {
                const Table &table = tables.at(t);
                if (!reporting && std::none_of(indexNames.at(t).cbegin(), indexNames.at(t).cend(),
                                               [&](const QString &name) { return wanted.contains(name); }))
                    continue; // takes no name a scoped package uses
                // A table declared by two packages is duplicate-table already; its indexes would only
                // repeat the finding.
                if (const TableRef owner = m_registry.findTable(table.name); owner && owner.package != package.name)
                    continue;
                for (qsizetype i = 0; i < table.indexes.size() && i < indexNames.at(t).size(); ++i) {
                    const QString &name = indexNames.at(t).at(i);
                    if (!reporting) {
                        if (wanted.contains(name) && !owner.contains(name))
                            owner.insert(name, {package.name, table.name});
                        continue;
                    }
                    if (own.contains(name))
                        continue;
                    own.insert(name);
                    const auto it = owner.constFind(name);
                    if (it == owner.cend()) {
                        owner.insert(name, {package.name, table.name});
                        continue;
                    }
                    if (it->first == package.name)
                        continue;
                    const Index &index = table.indexes.at(i);
                    error(DiagnosticCode::DuplicateIndexName,
                          QCoreApplication::translate("Strata::Validation",
                                                      "index \"%1\" of table \"%2\" has the same name as an index of "
                                                      "table \"%3\" in package \"%4\"")
                              .arg(name, table.name, it->second, it->first),
                          index.fields.value(u"name", index.location.isValid() ? index.location : table.location),
                          QCoreApplication::translate("Strata::Validation",
                                                      "give the index another \"name\"; PostgreSQL index names are "
                                                      "shared by the whole schema"),
                          package.name);
                }
            }
        }
    }

    QStringList allTableNames() const
    {
        QStringList names;
        for (const PackageDefinition &package : m_registry.packages()) {
            for (const Table &table : package.tables)
                names.append(table.name);
        }
        return names;
    }

    // Every table name of the project, for suggestions; worked out on first need (a project with no
    // broken reference never needs it).
    const QStringList &tableNames()
    {
        if (!m_tableNamesKnown) {
            m_tableNames = allTableNames();
            m_tableNamesKnown = true;
        }
        return m_tableNames;
    }

    void checkReferences()
    {
        for (const PackageDefinition &package : m_registry.packages()) {
            if (!checks(package))
                continue;
            for (const Table &table : package.tables) {
                for (const Column &column : table.columns) {
                    if (!column.generated && column.references.isSet())
                        checkReference(package, table, column);
                }
            }
        }
    }

    void checkReference(const PackageDefinition &package, const Table &table, const Column &column)
    {
        const ColumnReference &ref = column.references;
        const QString from = table.name + u'.' + column.name;
        const SourceLocation refAt = column.fields.value(u"references", column.location);
        static const FieldPath tablePath = FieldPath(u"references").key(u"table");
        static const FieldPath columnPath = FieldPath(u"references").key(u"column");
        const SourceLocation tableAt = column.fields.value(tablePath, refAt);
        const SourceLocation columnAt = column.fields.value(columnPath, tableAt);

        const TableRef target = m_registry.findTable(ref.table);
        if (!target) {
            const QString close = suggest(ref.table, tableNames());
            error(DiagnosticCode::UnknownReferenceTable,
                  QCoreApplication::translate("Strata::Validation",
                                              "column \"%1\" references table \"%2\", which no package declares")
                      .arg(from, ref.table),
                  tableAt,
                  close.isEmpty()
                      ? QCoreApplication::translate("Strata::Validation",
                                                    "declare the table, or correct \"references.table\"")
                      : QCoreApplication::translate("Strata::Validation", "did you mean \"%1\"?").arg(close),
                  package.name);
            return;
        }
        if (target.package != package.name && !m_registry.dependsOn(package.name, target.package)) {
            error(DiagnosticCode::ReferenceNotDependency,
                  QCoreApplication::translate("Strata::Validation",
                                              "column \"%1\" references table \"%2\" of package \"%3\", which "
                                              "package \"%4\" does not depend on")
                      .arg(from, ref.table, target.package, package.name),
                  tableAt,
                  QCoreApplication::translate("Strata::Validation", "add \"%1\" to \"dependencies\"")
                      .arg(target.package),
                  package.name);
        }

        const Table &targetTable = *target.table;
        const TableLookup *targetLookup = lookup(targetTable);
        QString targetColumn = ref.column;
        if (targetColumn.isEmpty()) {
            const QStringList key = targetLookup ? targetLookup->primaryKey() : targetTable.primaryKeyColumns();
            if (key.size() != 1) {
                error(DiagnosticCode::ReferenceNoPrimaryKey,
                      key.isEmpty()
                          ? QCoreApplication::translate("Strata::Validation",
                                                        "column \"%1\" references table \"%2\", which has no primary "
                                                        "key")
                                .arg(from, ref.table)
                          : QCoreApplication::translate("Strata::Validation",
                                                        "column \"%1\" references table \"%2\", whose primary key has "
                                                        "%3 columns")
                                .arg(from, ref.table)
                                .arg(key.size()),
                      refAt,
                      QCoreApplication::translate("Strata::Validation",
                                                  "name the referenced column in \"references.column\""),
                      package.name);
                return;
            }
            targetColumn = key.first();
        }
        const Column *referenced = targetLookup ? targetLookup->column(targetColumn) : targetTable.column(targetColumn);
        if (!referenced) {
            QStringList names;
            for (const Column &c : targetTable.columns)
                names.append(c.name);
            const QString close = suggest(targetColumn, names);
            error(DiagnosticCode::UnknownReferenceColumn,
                  QCoreApplication::translate("Strata::Validation",
                                              "column \"%1\" references column \"%2\" of table \"%3\", which does "
                                              "not exist")
                      .arg(from, targetColumn, ref.table),
                  columnAt,
                  close.isEmpty()
                      ? QCoreApplication::translate("Strata::Validation", "use one of the columns: %1")
                            .arg(names.join(QStringLiteral(", ")))
                      : QCoreApplication::translate("Strata::Validation", "did you mean \"%1\"?").arg(close),
                  package.name);
            return;
        }
        if (!(targetLookup ? targetLookup->isUniqueColumn(targetColumn) : targetTable.isUniqueKey({targetColumn}))) {
            error(DiagnosticCode::ReferenceNotUnique,
                  QCoreApplication::translate("Strata::Validation",
                                              "column \"%1\" references \"%2.%3\", which is neither a primary key "
                                              "nor unique")
                      .arg(from, ref.table, targetColumn),
                  columnAt,
                  QCoreApplication::translate("Strata::Validation",
                                              "reference the primary key, or mark \"%1.%2\" \"unique\": true")
                      .arg(ref.table, targetColumn),
                  package.name);
        }
        if (column.type.isValid() && referenced->type.isValid()
            && !column.type.isCompatibleReference(referenced->type)) {
            error(DiagnosticCode::ReferenceTypeMismatch,
                  QCoreApplication::translate("Strata::Validation",
                                              "column \"%1\" is %2 but references \"%3.%4\", which is %5")
                      .arg(from, column.type.portableName(), ref.table, targetColumn, referenced->type.portableName()),
                  column.fields.value(u"type", column.location),
                  QCoreApplication::translate("Strata::Validation", "make the column %1")
                      .arg(referenced->type.referencingType().portableName()),
                  package.name);
        }
    }

    // Hash lookups of a large referenced table, built on its first reference: a table of 20,000
    // columns that 20,000 columns reference is indexed once, not searched 20,000 times. A small
    // table (the usual one) is searched: cheaper than hashing it, and no memory kept per table.
    const TableLookup *lookup(const Table &table)
    {
        if (table.columns.size() + table.primaryKey.size() + table.uniques.size() + table.indexes.size() <= 32)
            return nullptr;
        auto it = m_lookups.find(&table);
        if (it == m_lookups.end())
            it = m_lookups.emplace(&table, TableLookup(table)).first;
        return &it->second;
    }

    // The migration ids of a package, for requirements that name one: built on first need.
    const QSet<QString> &migrationIds(const PackageDefinition &package)
    {
        auto it = m_migrationIds.find(&package);
        if (it == m_migrationIds.end()) {
            QSet<QString> ids;
            ids.reserve(package.migrations.size());
            for (const Migration &m : package.migrations)
                ids.insert(m.id);
            it = m_migrationIds.emplace(&package, std::move(ids)).first;
        }
        return it->second;
    }

    void checkWorkspace()
    {
        const QString workspaceTable = m_registry.project().workspaceTable;
        const TableRef workspace = m_registry.findTable(workspaceTable);
        bool reportedMissing = false;
        for (const PackageDefinition &package : m_registry.packages()) {
            if (!checks(package))
                continue;
            for (const Table &table : package.tables) {
                if (!table.workspaceScoped)
                    continue;
                const SourceLocation at = table.fields.value(u"workspaceScoped", table.location);
                if (!workspace) {
                    // Once is enough: every scoped table has the same cause.
                    if (reportedMissing)
                        continue;
                    reportedMissing = true;
                    error(DiagnosticCode::WorkspaceTableMissing,
                          QCoreApplication::translate("Strata::Validation",
                                                      "table \"%1\" is workspace-scoped, but no package declares the "
                                                      "workspace table \"%2\"")
                              .arg(table.name, workspaceTable),
                          at,
                          QCoreApplication::translate("Strata::Validation",
                                                      "declare table \"%1\" in a package, or set \"workspaceTable\" "
                                                      "in strata.json")
                              .arg(workspaceTable),
                          package.name);
                    continue;
                }
                if (workspace.package != package.name && !m_registry.dependsOn(package.name, workspace.package)) {
                    error(DiagnosticCode::WorkspaceUnreachable,
                          QCoreApplication::translate("Strata::Validation",
                                                      "table \"%1\" is workspace-scoped, but package \"%2\" does not "
                                                      "depend on \"%3\", which owns the workspace table \"%4\"")
                              .arg(table.name, package.name, workspace.package, workspaceTable),
                          at,
                          QCoreApplication::translate("Strata::Validation", "add \"%1\" to \"dependencies\"")
                              .arg(workspace.package),
                          package.name);
                }
            }
        }
    }

    void checkMigrationRequirements()
    {
        const QStringList names = m_registry.packageNames();
        for (const PackageDefinition &package : m_registry.packages()) {
            if (!checks(package))
                continue;
            for (const Migration &migration : package.migrations) {
                for (const MigrationRequirement &req : migration.requirements) {
                    const SourceLocation at = req.location.isValid() ? req.location : migration.location;
                    const PackageDefinition *target = m_registry.package(req.package);
                    if (!target) {
                        const QStringList close = suggestAll(req.package, names);
                        error(DiagnosticCode::MigrationRequiresUnknown,
                              QCoreApplication::translate("Strata::Validation",
                                                          "migration \"%1\" requires \"%2:%3\", but there is no "
                                                          "package \"%2\"")
                                  .arg(migration.id, req.package, req.migrationId),
                              at,
                              close.isEmpty()
                                  ? QCoreApplication::translate("Strata::Validation",
                                                                "correct the package name of the requirement")
                                  : QCoreApplication::translate("Strata::Validation", "did you mean %1?")
                                        .arg(quotedList(close)),
                              package.name);
                        continue;
                    }
                    if (!migrationIds(*target).contains(req.migrationId)) {
                        QStringList ids;
                        for (const Migration &m : target->migrations)
                            ids.append(m.id);
                        const QString close = suggest(req.migrationId, ids);
                        error(DiagnosticCode::MigrationRequiresUnknown,
                              QCoreApplication::translate("Strata::Validation",
                                                          "migration \"%1\" requires \"%2:%3\", but package \"%2\" "
                                                          "has no migration \"%3\"")
                                  .arg(migration.id, req.package, req.migrationId),
                              at,
                              close.isEmpty()
                                  ? QCoreApplication::translate("Strata::Validation",
                                                                "correct the migration id of the requirement")
                                  : QCoreApplication::translate("Strata::Validation", "did you mean \"%1\"?")
                                        .arg(close),
                              package.name);
                    }
                    if (target->name != package.name && !m_registry.dependsOn(package.name, target->name)) {
                        warning(DiagnosticCode::MigrationRequiresNotDependency,
                                QCoreApplication::translate("Strata::Validation",
                                                            "migration \"%1\" requires a migration of package "
                                                            "\"%2\", which package \"%3\" does not depend on")
                                    .arg(migration.id, req.package, package.name),
                                at,
                                QCoreApplication::translate("Strata::Validation", "add \"%1\" to \"dependencies\"")
                                    .arg(req.package),
                                package.name);
                    }
                }
            }
        }
    }

    const Registry &m_registry;
    const QSet<QString> *m_scope = nullptr; // null: every package
    QSet<const PackageDefinition *> m_duplicates;
    QStringList m_tableNames;
    bool m_tableNamesKnown = false;
    std::unordered_map<const Table *, TableLookup> m_lookups;
    std::unordered_map<const PackageDefinition *, QSet<QString>> m_migrationIds;
    Diagnostics m_out;
};

} // namespace

Diagnostics validateProject(const Registry &registry)
{
    return ProjectValidator(registry).run();
}

Diagnostics validateProject(const Registry &registry, const QSet<QString> &scope)
{
    return ProjectValidator(registry, &scope).run();
}

} // namespace Strata
