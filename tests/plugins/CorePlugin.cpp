// A package plugin for the tests (tests/plugins/CMakeLists.txt): @plugintest/core, the workspaces table
// the other test plugin's tables are scoped to.
#include <strata/registration/PackagePlugin.h>

#include <QObject>

class CorePlugin : public QObject, public Strata::PackagePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID STRATA_PACKAGE_PLUGIN_IID FILE "strata_package.json")
    Q_INTERFACES(Strata::PackagePlugin)

public:
    Strata::PackageRegistration registration() const override
    {
        using namespace Strata;
        return PackageRegistration{
            .packageName = QStringLiteral("@plugintest/core"),
            .version = QStringLiteral("1.0.0"),
            .schema = createSchema({
                createTable(QStringLiteral("workspaces"),
                            {column(QStringLiteral("id"), QStringLiteral("bigint")).primaryKey(),
                             column(QStringLiteral("name"), QStringLiteral("text")).notNull()},
                            {.global = true}),
            }),
            .migrations = {createMigration({
                .id = QStringLiteral("0001_workspaces"),
                .up = QStringLiteral("CREATE TABLE workspaces (id BIGINT PRIMARY KEY, name TEXT NOT NULL);"),
                .down = QStringLiteral("DROP TABLE workspaces;"),
            })},
        };
    }
};

#include "CorePlugin.moc"
