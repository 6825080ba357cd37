#pragma once

// examples/ copied into a temporary folder, loaded into a Registry, with a MigrationConnection on a
// SQLite file of the test's own. (Not a tst_ file: included by the migration UI tests.)

#include "TestSupport.h"

#include <strata/loading/PackageScanner.h>
#include "migrations/MigrationConnection.h"
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace Strata::Test {

struct MigrationsProject
{
    QTemporaryDir dir;
    QString root;
    QString databasePath;
    Registry registry;
    Ui::MigrationConnection connection;

    bool load()
    {
        if (!dir.isValid() || !copyTree(examplesDir(), dir.path() + QStringLiteral("/project")))
            return false;
        root = dir.path() + QStringLiteral("/project");
        QDir(root + QStringLiteral("/.strata")).removeRecursively(); // a stray local database
        databasePath = dir.path() + QStringLiteral("/target.db");
        return reload();
    }
    bool reload()
    {
        registry.clear();
        if (discoverAndRegister(root, registry) <= 0)
            return false;
        connection.setProject(registry.project());
        return connection.setTarget(QStringLiteral("sqlite:") + databasePath);
    }
    // (package, id) of every row of strata_migrations, in application order.
    QStringList appliedRows(const QString &connectionName) const
    {
        QStringList rows;
        {
            QSqlDatabase db = openSqlite(databasePath, connectionName);
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT package, migration_id FROM strata_migrations ORDER BY ordinal")))
                qWarning() << "cannot read strata_migrations:" << query.lastError().text();
            else {
                while (query.next())
                    rows.append(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        return rows;
    }
    QStringList tables(const QString &connectionName) const
    {
        QStringList names;
        {
            QSqlDatabase db = openSqlite(databasePath, connectionName);
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (query.next())
                names.append(query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(connectionName);
        return names;
    }
};

} // namespace Strata::Test
