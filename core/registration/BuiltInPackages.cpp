#include <strata/registration/BuiltInPackages.h>

#include <strata/loading/PackageLoader.h>

#include <QMutex>
#include <QMutexLocker>

namespace Strata {

namespace {

struct BuiltIns
{
    QMutex mutex;
    QList<PackageFactory> factories;
    QStringList folders;
};

// A function-local static: constructed on first use, so that registering from another translation
// unit's static initialiser never meets it unconstructed.
BuiltIns &builtIns()
{
    static BuiltIns instance;
    return instance;
}

} // namespace

bool registerBuiltInPackage(PackageFactory factory)
{
    BuiltIns &all = builtIns();
    QMutexLocker lock(&all.mutex);
    if (!all.factories.contains(factory))
        all.factories.append(factory);
    return true;
}

bool registerBuiltInPackageFolder(const QString &resourceFolder)
{
    BuiltIns &all = builtIns();
    QMutexLocker lock(&all.mutex);
    if (!all.folders.contains(resourceFolder))
        all.folders.append(resourceFolder);
    return true;
}

QStringList builtInPackageFolders()
{
    BuiltIns &all = builtIns();
    QMutexLocker lock(&all.mutex);
    return all.folders;
}

QList<PackageDefinition> builtInPackages(const ProjectConfig &project)
{
    QStringList folders;
    QList<PackageFactory> factories;
    {
        BuiltIns &all = builtIns();
        QMutexLocker lock(&all.mutex);
        folders = all.folders;
        factories = all.factories;
    }
    QList<PackageDefinition> packages;
    packages.reserve(folders.size() + factories.size());
    for (const QString &folder : folders)
        packages.append(PackageLoader::load(folder, project));
    for (PackageFactory factory : factories)
        packages.append(definePackage(factory(), &project));
    return packages;
}

} // namespace Strata
