// @shop/orders, written in C++: a table whose second migration is a callable, for a change that
// SQL alone does not express portably (a column added in each dialect's own words).
#include <strata/migration/MigrationContext.h>
#include <strata/registration/BuiltInPackages.h>
#include <strata/registration/Registration.h>

using namespace Qt::StringLiterals;

namespace {

Strata::Result<> addPlacedAt(Strata::MigrationContext &context)
{
    const QString type = context.dialect() == Strata::DialectKind::PostgreSQL ? u"TIMESTAMPTZ"_s : u"TEXT"_s;
    return context.exec(u"ALTER TABLE orders ADD COLUMN placed_at %1"_s.arg(type));
}

Strata::Result<> dropPlacedAt(Strata::MigrationContext &context)
{
    return context.exec(u"ALTER TABLE orders DROP COLUMN placed_at"_s);
}

} // namespace

static Strata::PackageRegistration ordersPackage()
{
    return {
        .packageName = u"@shop/orders"_s,
        .version = u"1.0.0"_s,
        .schema = Strata::createSchema({
            Strata::createWorkspaceTable(u"orders"_s, {
                Strata::column(u"id"_s, u"bigserial"_s).primaryKey(),
                Strata::column(u"product_id"_s, u"bigint"_s).notNull().references(u"products"_s, u"id"_s),
                Strata::column(u"quantity"_s, u"integer"_s).notNull(),
                Strata::column(u"placed_at"_s, u"timestamptz"_s),
            }),
        }),
        .migrations = {
            Strata::createMigration({
                .id = u"0001_orders"_s,
                .up = "CREATE TABLE orders (\n"
                      "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                      "    product_id INTEGER NOT NULL REFERENCES products (id),\n"
                      "    quantity INTEGER NOT NULL,\n"
                      "    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE\n"
                      ");\n"
                      "CREATE INDEX orders_workspace_id_idx ON orders (workspace_id);",
                .down = "DROP TABLE orders;",
                .requirements = {u"@shop/catalog:0001_products"_s},
            }),
            Strata::createMigration({.id = u"0002_placed_at"_s, .up = addPlacedAt, .down = dropPlacedAt}),
        },
        .dependencies = {u"@shop/catalog"_s},
    };
}

STRATA_REGISTER_PACKAGE(ordersPackage);
