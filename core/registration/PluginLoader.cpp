#include <strata/registration/PluginLoader.h>

#include <strata/common/DiagnosticCodes.h>
#include <strata/common/Logging.h>
#include <strata/registration/PackagePlugin.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QMutex>
#include <QPluginLoader>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Plugins".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Plugins)
};

// What identifies one build of a plugin file: a rebuild changes at least one of them.
struct FileStamp
{
    qint64 size = -1;
    QDateTime modified;
    QDateTime changed; // the inode's change time: a file renamed over the old one moves it

    bool operator==(const FileStamp &) const = default;
};

FileStamp stampOf(const QFileInfo &info)
{
    return FileStamp{info.size(), info.lastModified(), info.fileTime(QFileDevice::FileMetadataChangeTime)};
}

struct LoadedPlugin
{
    FileStamp stamp;
    PackageRegistration registration;
};

// Every plugin build loaded in this process, by the path it was found at. The registration is kept
// rather than asked for again: a callable migration's identity is its function object, so asking
// again would make an unchanged plugin's migrations look changed after every reload.
struct PluginCache
{
    QMutex mutex;
    QHash<QString, LoadedPlugin> loaded;
    int copies = 0;
    std::optional<QTemporaryDir> copyFolder;
};

PluginCache &cache()
{
    static PluginCache instance;
    return instance;
}

// A library is loaded from a private copy with a name of its own, never from where it was built.
// The dynamic loader keeps a library by its path (glibc's dlopen hands back the one already loaded,
// and QPluginLoader caches by file name too), so a plugin rebuilt at the same path would load as the
// old build for the rest of the process; and a build tool that writes the new file over the old one
// in place would change the code under the running process. A copy is neither: each build gets its
// own file, and the one the process runs is never written again. The copies go when the process ends
// (the loaded code stays mapped until then).
QString privateCopy(const QString &path, QString *error)
{
    PluginCache &plugins = cache();
    if (!plugins.copyFolder) {
        plugins.copyFolder.emplace(QDir::tempPath() + QStringLiteral("/strata-plugins-XXXXXX"));
        if (!plugins.copyFolder->isValid()) {
            *error = plugins.copyFolder->errorString();
            plugins.copyFolder.reset();
            return {};
        }
    }
    const QFileInfo info(path);
    const QString copy = plugins.copyFolder->filePath(QStringLiteral("%1-%2.%3")
                                                          .arg(info.completeBaseName())
                                                          .arg(++plugins.copies)
                                                          .arg(info.suffix()));
    QFile source(path);
    if (!source.copy(copy)) {
        *error = source.errorString();
        return {};
    }
    return copy;
}

QStringList dependencyNames(const PackageRegistration &registration)
{
    QStringList names = registration.dependencies;
    for (auto it = registration.dependencyRanges.cbegin(); it != registration.dependencyRanges.cend(); ++it)
        names.append(it.key());
    names.sort();
    names.removeDuplicates();
    return names;
}

// What the metadata says that the registration does not (empty when they agree).
QStringList metadataDisagreements(const QJsonObject &metadata, const PackageRegistration &registration)
{
    QStringList differences;
    const QString name = metadata.value(u"packageName").toString();
    if (name != registration.packageName)
        differences.append(Text::tr("packageName \"%1\" (the code registers \"%2\")").arg(name, registration.packageName));
    const QString version = metadata.value(u"version").toString();
    if (version != registration.version)
        differences.append(Text::tr("version \"%1\" (the code registers \"%2\")").arg(version, registration.version));
    QStringList dependencies;
    for (const QJsonValue &dependency : metadata.value(u"dependencies").toArray())
        dependencies.append(dependency.toString());
    dependencies.sort();
    dependencies.removeDuplicates();
    const QStringList registered = dependencyNames(registration);
    if (dependencies != registered) {
        differences.append(Text::tr("dependencies [%1] (the code registers [%2])")
                               .arg(dependencies.join(QStringLiteral(", ")), registered.join(QStringLiteral(", "))));
    }
    return differences;
}

// Loads one library of a plugins folder: its package, or a finding saying why there is none.
std::optional<PackageDefinition> loadPluginFile(const QString &path, const ProjectConfig &project,
                                                Diagnostics &problems)
{
    const SourceLocation at{path, 0, 0};
    // Only the metadata is read here: no code of the library runs before its IID is known to be ours.
    QPluginLoader probe(path);
    const QJsonObject metaData = probe.metaData();
    if (metaData.isEmpty()) {
        problems.append(makeError(DiagnosticCode::PluginNotLoadable,
                                  Text::tr("%1 is no Qt plugin: %2").arg(path, probe.errorString()), at,
                                  Text::tr("keep only package plugins in the plugins folders, or rebuild this one")));
        return std::nullopt;
    }
    const QString iid = metaData.value(u"IID").toString();
    if (iid != QLatin1String(PackagePluginIid)) {
        const QString family = QLatin1String(PackagePluginIid).chopped(1); // "org.strata.PackagePlugin/"
        problems.append(makeError(
            DiagnosticCode::PluginWrongInterface,
            iid.startsWith(family)
                ? Text::tr("%1 was built for Strata's package plugin interface %2; this Strata loads %3")
                      .arg(path, iid, QLatin1String(PackagePluginIid))
                : Text::tr("%1 is a Qt plugin of \"%2\", not a Strata package plugin").arg(path, iid),
            at, Text::tr("rebuild the plugin against this Strata, or move it out of the plugins folder")));
        return std::nullopt;
    }
    const QJsonObject metadata = metaData.value(u"MetaData").toObject();

    PluginCache &plugins = cache();
    const QMutexLocker lock(&plugins.mutex);
    const FileStamp stamp = stampOf(QFileInfo(path));
    auto known = plugins.loaded.constFind(path);
    if (known == plugins.loaded.cend() || !(known->stamp == stamp)) {
        QString copyError;
        const QString copy = privateCopy(path, &copyError);
        if (copy.isEmpty()) {
            problems.append(makeError(DiagnosticCode::PluginNotLoadable,
                                      Text::tr("cannot copy %1 to load it: %2").arg(path, copyError), at,
                                      Text::tr("check the temporary folder's free space and permissions")));
            return std::nullopt;
        }
        QPluginLoader loader(copy);
        QObject *instance = loader.instance();
        auto *plugin = qobject_cast<PackagePlugin *>(instance);
        if (!plugin) {
            // The loader names the copy; the user knows the plugin by its own path.
            const QString reason = instance ? Text::tr("its object does not implement Strata::PackagePlugin")
                                            : loader.errorString().replace(copy, path);
            problems.append(makeError(DiagnosticCode::PluginNotLoadable,
                                      Text::tr("cannot load the plugin %1: %2").arg(path, reason), at,
                                      Text::tr("rebuild the plugin against this Strata and the Qt it uses")));
            return std::nullopt;
        }
        // The plugin's object is made on whatever thread reads the project; it belongs with the application.
        if (QCoreApplication::instance())
            instance->moveToThread(QCoreApplication::instance()->thread());
        known = plugins.loaded.insert(path, LoadedPlugin{stamp, plugin->registration()});
        qCDebug(lcPlugins) << "loaded" << path << "from" << copy;
    }

    PackageDefinition package = definePackage(known->registration, &project);
    package.pluginFile = path; // its location stays empty, as a C++ registration's: the file is no text to open
    if (const QStringList differences = metadataDisagreements(metadata, known->registration); !differences.isEmpty()) {
        package.diagnostics.append(makeError(
            DiagnosticCode::PluginMetadataMismatch,
            Text::tr("the metadata of the plugin %1 says %2").arg(path, differences.join(QStringLiteral("; "))), at,
            Text::tr("build the plugin with strata_add_package_plugin, which writes its metadata from the same "
                     "values, and keep them equal to what the code registers"),
            package.name));
    }
    return package;
}

} // namespace

PluginPackages loadPluginPackages(const ProjectConfig &project)
{
    PluginPackages result;
    const QStringList folders = project.pluginFolderPaths();
    const FieldPath plugins(u"plugins");
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString &folder = folders.at(i);
        if (!QFileInfo(folder).isDir()) {
            result.problems.append(makeError(
                DiagnosticCode::PluginFolderMissing,
                Text::tr("the plugins folder %1 does not exist").arg(folder),
                project.fields.value(plugins.index(i), SourceLocation{project.file, 1, 1}),
                Text::tr("build the plugins into it, or correct the folder in \"plugins\"")));
            continue;
        }
        result.folders.append(folder);
        QDir dir(folder);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (!QLibrary::isLibrary(name))
                continue;
            const QString path = dir.filePath(name);
            result.files.append(path);
            if (std::optional<PackageDefinition> package = loadPluginFile(path, project, result.problems))
                result.packages.append(std::move(*package));
        }
    }
    qCDebug(lcPlugins) << "plugins:" << result.packages.size() << "packages from" << result.files.size() << "files";
    return result;
}

} // namespace Strata
