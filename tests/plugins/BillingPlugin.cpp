// A package plugin for the tests (tests/plugins/CMakeLists.txt): @plugintest/billing, which depends on
// @plugintest/core and has a migration in SQL and one in C++. Built twice: with BILLING_V2 it is the
// next release (a payments table and its migration), for the test that rebuilds a plugin under the
// workbench.
#include <strata/migration/MigrationContext.h>
#include <strata/registration/PackagePlugin.h>

#include <QObject>

class BillingPlugin : public QObject, public Strata::PackagePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID STRATA_PACKAGE_PLUGIN_IID FILE "strata_package.json")
    Q_INTERFACES(Strata::PackagePlugin)

public:
    Strata::PackageRegistration registration() const override
    {
        using namespace Strata;
        PackageRegistration billing{
            .packageName = QStringLiteral("@plugintest/billing"),
            .version = QStringLiteral("1.0.0"),
            .schema = createSchema({
                createWorkspaceTable(QStringLiteral("invoices"),
                                     {column(QStringLiteral("id"), QStringLiteral("bigint")).primaryKey(),
                                      column(QStringLiteral("total"), QStringLiteral("integer")).notNull()}),
            }),
            .migrations = {
                createMigration({
                    .id = QStringLiteral("0001_invoices"),
                    .up = QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total INTEGER NOT NULL, "
                                         "workspace_id BIGINT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE);\n"
                                         "CREATE INDEX invoices_workspace_id_idx ON invoices (workspace_id);"),
                    .down = QStringLiteral("DROP TABLE invoices;"),
                }),
                // Code rather than SQL: the first workspace, so that invoices have one to belong to.
                createMigration({
                    .id = QStringLiteral("0002_first_workspace"),
                    .up = MigrationStep([](MigrationContext &context) {
                        return context.exec(QStringLiteral("INSERT INTO workspaces (id, name) VALUES (1, 'main')"));
                    }),
                    .down = MigrationStep([](MigrationContext &context) {
                        return context.exec(QStringLiteral("DELETE FROM workspaces WHERE id = 1"));
                    }),
                    .requirements = {QStringLiteral("@plugintest/core:0001_workspaces")},
                }),
            },
            .dependencies = {QStringLiteral("@plugintest/core")},
        };
#ifdef BILLING_V2
        billing.version = QStringLiteral("1.1.0");
        billing.schema.tables.append(
            createWorkspaceTable(QStringLiteral("payments"),
                                 {column(QStringLiteral("id"), QStringLiteral("bigint")).primaryKey(),
                                  column(QStringLiteral("invoice_id"), QStringLiteral("bigint"))
                                      .notNull()
                                      .references(QStringLiteral("invoices"))}));
        billing.migrations.append(createMigration({
            .id = QStringLiteral("0003_payments"),
            .up = QStringLiteral("CREATE TABLE payments (id BIGINT PRIMARY KEY, invoice_id BIGINT NOT NULL "
                                 "REFERENCES invoices (id), workspace_id BIGINT NOT NULL REFERENCES workspaces (id) "
                                 "ON DELETE CASCADE);\n"
                                 "CREATE INDEX payments_workspace_id_idx ON payments (workspace_id);"),
            .down = QStringLiteral("DROP TABLE payments;"),
        }));
#endif
        return billing;
    }
};

#include "BillingPlugin.moc"
