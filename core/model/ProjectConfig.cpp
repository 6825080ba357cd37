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

} // namespace Strata
