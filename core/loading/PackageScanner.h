#pragma once

#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Strata {


// Finds the package folders of a project (its "packages" globs, or every folder holding a
// database.json, skipping node_modules, .git and build folders) and loads them in parallel.
class PackageScanner : public QObject
{
    Q_OBJECT

public:
    explicit PackageScanner(QObject *parent = nullptr);

    // The package folders of the project, sorted, absolute.
    // `visitedFolders`, when given, receives every folder looked into (what a watcher must watch
    // to notice a package appearing); `problems` receives a warning per folder that cannot be read.
    static QStringList discover(const ProjectConfig &project, QStringList *visitedFolders = nullptr,
                                Diagnostics *problems = nullptr);
    // The same below one folder of the project (one that was looked into before and has changed):
    // the package folders at or below it, and the folders looked into there. Nothing when the
    // folder is gone (its parent changed too, and says so).
    static QStringList discoverBelow(const ProjectConfig &project, const QString &folder,
                                     QStringList *visitedFolders = nullptr, Diagnostics *problems = nullptr);
    // Loads the folders in parallel (QtConcurrent). Safe off the GUI thread.
    static QList<PackageDefinition> loadAll(const QStringList &folders, const ProjectConfig &project);

};

} // namespace Strata
