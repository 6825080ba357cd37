#pragma once

#include <strata/model/Package.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

// What one reload changed, for the status bar and `strata watch`:
// "@acme/crm: table deals added; 2 problems fixed".
struct PackageChange
{
    QString package;
    bool added = false;
    bool removed = false;
    QStringList tablesAdded, tablesRemoved, tablesChanged;
    QStringList migrationsAdded, migrationsRemoved, migrationsChanged;
    int problemsFixed = 0;
    int problemsNew = 0;

    bool isEmpty() const;
    QString toText() const; // translated
};

struct ReloadSummary
{
    QList<PackageChange> packages;
    bool fullReload = false;      // everything was read again (strata.json changed, or it was asked for)
    bool projectReloaded = false; // strata.json says something else now (its settings or its findings)
    qint64 elapsedMs = 0;
    Diagnostics newDiagnostics; // findings that were not there before the reload

    bool isEmpty() const;
    QString toText() const; // one line per package, translated
};

// Compares two versions of a package (either may be null: added or removed).
PackageChange comparePackages(const PackageDefinition *before, const PackageDefinition *after,
                              const Diagnostics &diagnosticsBefore, const Diagnostics &diagnosticsAfter);

} // namespace Strata
