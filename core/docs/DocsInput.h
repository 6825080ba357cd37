#pragma once

#include <strata/model/DialectKind.h>
#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

class Registry;

// A foreign key that points at a table, seen from the table it points at: the documentation of a
// table lists every one of them, from every package, with a link to the table that holds it.
struct IncomingReference
{
    QString package; // the package that declares the referencing table
    QString table;
    QString column;
    ColumnReference reference; // as declared on `column`
};

// One documented package: its definition with its effective tables (workspace_id column and index
// added, as the database will have them) and what the registry knows about its place in the project.
struct DocumentedPackage
{
    PackageDefinition definition;   // `tables` are the effective tables
    QStringList dependencies;       // direct, in dependency order
    QStringList dependents;         // direct, in dependency order
    Diagnostics diagnostics;        // this package's findings, sorted
};

// Everything the documentation shows, copied out of the Registry on its thread so that the pages can
// be written on a worker thread (the workbench's export) while the registry goes on changing. A plain
// value: the packages' data is implicitly shared, so the copy is cheap.
struct DocsInput
{
    ProjectConfig project;
    QString projectName;                 // the project folder's name
    QList<DocumentedPackage> packages;   // in dependency order; only the documented ones
    QStringList allPackages;             // every package of the project, in dependency order
    QList<QStringList> cycles;           // dependency cycles, as the registry reports them
    Diagnostics diagnostics;             // every finding of the project (all packages), sorted
    ColumnType workspaceKeyType;
    QHash<QString, QString> tableOwners; // table name -> package, for every documented table
    // Table name -> the foreign keys pointing at it from documented tables, ordered by package (in
    // dependency order), then table and column.
    QHash<QString, QList<IncomingReference>> referencedBy;

    // The documented packages: `packages` (every one when empty) and every package they depend on,
    // directly or not, so that each reference a page shows leads to a documented table. Names that
    // are not packages of the registry are ignored here (DocsCommand reports them).
    static DocsInput of(const Registry &registry, const QStringList &packages = {});

    const DocumentedPackage *package(const QString &name) const;
    const Table *table(const QString &name) const; // a documented table, by name

private:
    QHash<QString, qsizetype> m_packageIndex; // name -> its place in `packages`
};

} // namespace Strata
