#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/model/Migration.h>
#include <strata/model/Schema.h>

#include <QList>
#include <QString>

namespace Strata {

struct Dependency
{
    QString name;
    QString range; // semver range as in package.json; empty = any version
    SourceLocation location;
    // Taken from package.json: it counts only when it names a package of the project, since an
    // npm package also depends on libraries that own no database.
    bool fromPackageJson = false;
};

// Everything Strata knows about one package: its schema, its migrations, where each came from,
// and what went wrong loading it. A plain value: loaders build the next one on any thread while
// the registry and the views keep reading the current one.
struct PackageDefinition
{
    QString name;
    QString version;
    QList<Dependency> dependencies;
    QList<Table> tables;
    QList<Migration> migrations;

    QString directory;     // absolute folder of the package; empty for C++ packages without one
    QString file;          // absolute path of database.json; empty for C++ packages
    QString migrationsDir; // absolute folder the migrations were read from
    QString pluginFile;    // absolute path of the Qt plugin that registered it; empty for the others

    SourceLocation location; // the package's root value (or registration site)
    FieldLocations fields;   // "packageName", "version", "dependencies", "tables", "migrations"

    // Findings of loading and of the rules that need only this package. Project-wide rules
    // (references across packages, cycles, duplicates) live in the Registry's results.
    Diagnostics diagnostics;
    // False when the package's file could not be read or parsed at all: it is still listed, with its
    // errors, so that one broken package never hides the others.
    bool loaded = true;

    const Table *table(QStringView name) const;
    bool dependsDirectlyOn(QStringView package) const;
    // Where a dependency's range is written: the value of "dependencies": {"<name>": "<range>"}; the
    // dependency itself (its name) when the range has no location of its own. Package and project
    // rules both report ranges there.
    SourceLocation rangeLocation(const Dependency &dependency) const;
};

} // namespace Strata
