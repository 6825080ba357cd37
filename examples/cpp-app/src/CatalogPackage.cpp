// @shop/catalog, written in C++: a workspace-scoped table and one migration in SQL.
#include <strata/registration/BuiltInPackages.h>
#include <strata/registration/Registration.h>

using namespace Qt::StringLiterals;

static Strata::PackageRegistration catalogPackage()
{
    return {
        .packageName = u"@shop/catalog"_s,
        .version = u"1.0.0"_s,
        .schema = Strata::createSchema({
            Strata::createWorkspaceTable(u"products"_s, {
                Strata::column(u"id"_s, u"bigserial"_s).primaryKey(),
                Strata::column(u"sku"_s, u"varchar(32)"_s).notNull(),
                Strata::column(u"price_cents"_s, u"integer"_s).notNull().defaultValue(0),
            }),
        }),
        .migrations = {Strata::createMigration({
            .id = u"0001_products"_s,
            .up = "CREATE TABLE products (\n"
                  "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                  "    sku VARCHAR(32) NOT NULL,\n"
                  "    price_cents INTEGER NOT NULL DEFAULT 0,\n"
                  "    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE\n"
                  ");\n"
                  "CREATE INDEX products_workspace_id_idx ON products (workspace_id);",
            .down = "DROP TABLE products;",
            .requirements = {u"@shop/tenancy:0001_workspaces"_s},
        })},
        .dependencies = {u"@shop/tenancy"_s},
    };
}

STRATA_REGISTER_PACKAGE(catalogPackage);
