#include <strata/model/ProjectConfig.h>

#include <QDir>

namespace Strata {

QString ProjectConfig::embeddedDatabasePath() const
{
    return root + QStringLiteral("/.strata/strata.db");
}

QString ProjectConfig::databaseUrl() const
{
    if (!database.isEmpty())
        return database;
    return QStringLiteral("sqlite:") + embeddedDatabasePath();
}

QStringList ProjectConfig::pluginFolderPaths() const
{
    QStringList paths;
    for (const QString &folder : pluginFolders)
        paths.append(QDir::cleanPath(QDir(root).absoluteFilePath(folder)));
    return paths;
}

} // namespace Strata
