#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>

#include <QList>
#include <QStringList>

namespace Strata {

// What the "plugins" folders of a project hold.
struct PluginPackages
{
    QList<PackageDefinition> packages; // one per plugin that loaded, validated like any package
    QStringList files;                 // every library looked at, loaded or not (for a watcher)
    QStringList folders;               // the plugin folders that exist
    Diagnostics problems;              // folders missing, libraries refused: the project's findings
};

// Reads every library in the project's plugin folders (PackagePlugin.h). A plugin's IID and metadata
// are read before its code is loaded, so that a plugin of another interface version is refused
// without running any of it. Nothing here throws or aborts: every problem is a diagnostic with the
// file's path, and the other plugins load. Safe on any thread (one load at a time); plugins are
// never unloaded, since their packages' strings and callables point into them.
PluginPackages loadPluginPackages(const ProjectConfig &project);

} // namespace Strata
