#include <strata/registry/ProjectLoading.h>

#include <strata/common/Logging.h>
#include <strata/loading/PackageScanner.h>
#include <strata/loading/ProjectConfigLoader.h>
#include <strata/registration/PluginLoader.h>
#include <strata/registry/Registry.h>

#include <QElapsedTimer>

namespace Strata {

int discoverAndRegister(const QString &root, Registry &registry)
{
    QElapsedTimer timer;
    timer.start();
    ProjectConfig project = loadProjectConfig(root);
    const QStringList folders = PackageScanner::discover(project, nullptr, &project.diagnostics);
    QList<PackageDefinition> packages = PackageScanner::loadAll(folders, project, registry.ruleChecks());
    PluginPackages plugins = loadPluginPackages(project);
    packages.append(std::move(plugins.packages));
    project.diagnostics.append(plugins.problems);
    qCDebug(lcScanner) << "loaded" << packages.size() << "packages in" << timer.elapsed() << "ms";
    registry.setProject(project, packages);
    qCDebug(lcScanner) << "registered in" << timer.elapsed() << "ms";
    return int(packages.size());
}

} // namespace Strata
