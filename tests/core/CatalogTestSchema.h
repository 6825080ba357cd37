#pragma once

// A realistic two-package schema (a core package with workspaces and users, a CRM package with
// workspace-scoped tables), shared by tst_sqlite_catalog and tst_pg_catalog: both render it, run it
// on a real database and read the catalog back.

#include <strata/registration/Registration.h>
#include <strata/sql/SchemaComparison.h>
#include <strata/sql/DdlRenderer.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Strata::CatalogTest {

// Adds workspace_id and its index the way the Registry does for a workspace-scoped table, so that
// these tests see exactly the effective tables the renderer gets in production.
inline Table effective(Table table, const ColumnType &workspaceKey = *ColumnType::parse(QStringLiteral("bigint")))
{
    if (!table.workspaceScoped || table.column(u"workspace_id"))
        return table;
    const QStringList key = table.primaryKeyColumns();
    qsizetype at = 0;
    while (at < table.columns.size() && key.contains(table.columns.at(at).name))
        ++at;
    Column workspace;
    workspace.name = QStringLiteral("workspace_id");
    workspace.type = workspaceKey;
    workspace.typeSpelling = workspaceKey.portableName();
    workspace.notNull = true;
    workspace.references = ColumnReference{QStringLiteral("workspaces"), {}, QStringLiteral("cascade"), {}};
    workspace.generated = true;
    table.columns.insert(at, workspace);
    Index index;
    index.columns = {workspace.name};
    index.generated = true;
    table.indexes.prepend(index);
    return table;
}

inline Index index(const QStringList &columns, const QString &name = {}, bool unique = false)
{
    Index i;
    i.name = name;
    i.columns = columns;
    i.unique = unique;
    return i;
}

inline UniqueConstraint uniqueOn(const QStringList &columns)
{
    UniqueConstraint u;
    u.columns = columns;
    return u;
}

inline CheckConstraint check(const QString &expression, const QString &name = {})
{
    CheckConstraint c;
    c.name = name;
    c.expression = expression;
    return c;
}

inline QList<Table> corePackage()
{
    return {
        createTable(QStringLiteral("workspaces"),
                    {
                        column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                        column(QStringLiteral("slug"), QStringLiteral("varchar(64)")).notNull().unique(),
                        column(QStringLiteral("name"), QStringLiteral("text"))
                            .notNull()
                            .comment(QStringLiteral("Shown in the workspace switcher.")),
                        column(QStringLiteral("settings"), QStringLiteral("jsonb"))
                            .notNull()
                            .defaultValue(QJsonObject{{QStringLiteral("locale"), QStringLiteral("en")},
                                                      {QStringLiteral("beta"), false}}),
                        column(QStringLiteral("created_at"), QStringLiteral("timestamptz")).notNull().defaultNow(),
                    },
                    {.comment = QStringLiteral("Tenants; every scoped row belongs to one.")}),
        createTable(QStringLiteral("users"),
                    {
                        column(QStringLiteral("id"), QStringLiteral("uuid")).primaryKey(),
                        column(QStringLiteral("email"), QStringLiteral("varchar(320)")).notNull().unique(),
                        column(QStringLiteral("display_name"), QStringLiteral("text")),
                        column(QStringLiteral("is_admin"), QStringLiteral("boolean")).notNull().defaultValue(false),
                        column(QStringLiteral("last_seen_on"), QStringLiteral("date")).defaultNow(),
                    },
                    {.global = true}),
        effective(createWorkspaceTable(
            QStringLiteral("memberships"),
            {
                column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                column(QStringLiteral("user_id"), QStringLiteral("uuid"))
                    .notNull()
                    .references(QStringLiteral("users"), {}, QStringLiteral("cascade")),
                column(QStringLiteral("role"), QStringLiteral("enum"))
                    .notNull()
                    .enumValues({QStringLiteral("owner"), QStringLiteral("member"), QStringLiteral("guest")})
                    .defaultValue(QStringLiteral("member")),
            },
            {.uniques = {uniqueOn({QStringLiteral("user_id"), QStringLiteral("role")})}})),
    };
}

inline QList<Table> crmPackage()
{
    Column search = column(QStringLiteral("search"), QStringLiteral("text"));
    search.type = ColumnType::dialectSpecific({{QStringLiteral("postgresql"), QStringLiteral("tsvector")},
                                               {QStringLiteral("sqlite"), QStringLiteral("TEXT")}});
    // Declared in an order that needs sorting: deal contacts first, companies and contacts in a cycle.
    return {
        effective(createWorkspaceTable(
            QStringLiteral("crm_deal_contacts"),
            {
                column(QStringLiteral("deal_id"), QStringLiteral("bigint"))
                    .references(QStringLiteral("crm_deals"), {}, QStringLiteral("cascade")),
                column(QStringLiteral("contact_id"), QStringLiteral("bigint"))
                    .references(QStringLiteral("crm_contacts"), QStringLiteral("id"), QStringLiteral("cascade"),
                                QStringLiteral("cascade")),
                column(QStringLiteral("order"), QStringLiteral("smallint")).notNull().defaultValue(0),
                column(QStringLiteral("weight"), QStringLiteral("numeric(5,4)")).defaultValue(0.5),
            },
            {.primaryKey = {QStringLiteral("deal_id"), QStringLiteral("contact_id")},
             .indexes = {index({QStringLiteral("contact_id"), QStringLiteral("order")})}})),
        effective(createWorkspaceTable(
            QStringLiteral("crm_companies"),
            {
                column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                column(QStringLiteral("name"), QStringLiteral("varchar(200)")).notNull(),
                column(QStringLiteral("vat_number"), QStringLiteral("char(14)")).unique(),
                column(QStringLiteral("revenue"), QStringLiteral("numeric(14,2)")).defaultValue(0),
                column(QStringLiteral("employees"), QStringLiteral("integer")),
                column(QStringLiteral("rating"), QStringLiteral("real")).defaultValue(2.5),
                column(QStringLiteral("score"), QStringLiteral("double")),
                column(QStringLiteral("founded_on"), QStringLiteral("date")),
                column(QStringLiteral("opens_at"), QStringLiteral("time")).defaultValue(QStringLiteral("09:00:00")),
                column(QStringLiteral("checked_at"), QStringLiteral("timestamp")),
                column(QStringLiteral("logo"), QStringLiteral("bytes")),
                column(QStringLiteral("external_id"), QStringLiteral("uuid")),
                column(QStringLiteral("metadata"), QStringLiteral("json")).defaultValue(QJsonArray{}),
                column(QStringLiteral("is_active"), QStringLiteral("boolean")).notNull().defaultValue(true),
                column(QStringLiteral("status"), QStringLiteral("enum"))
                    .enumValues({QStringLiteral("lead"), QStringLiteral("customer"), QStringLiteral("former")})
                    .defaultValue(QStringLiteral("lead")),
                search,
                column(QStringLiteral("primary_contact_id"), QStringLiteral("bigint"))
                    .references(QStringLiteral("crm_contacts"), {}, QStringLiteral("set null")),
                column(QStringLiteral("code"), QStringLiteral("text")).defaultSql(QStringLiteral("lower('ACME')")),
                column(QStringLiteral("priority"), QStringLiteral("integer")).defaultSql(QStringLiteral("2 * 3")),
            },
            {.indexes = {index({QStringLiteral("name")}),
                         index({QStringLiteral("status"), QStringLiteral("is_active")},
                               QStringLiteral("crm_companies_by_status"))},
             .checks = {check(QStringLiteral("revenue >= 0"), QStringLiteral("revenue_not_negative"))},
             .comment = QStringLiteral("Organisations a workspace sells to.")})),
        effective(createWorkspaceTable(
            QStringLiteral("crm_contacts"),
            {
                column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                column(QStringLiteral("company_id"), QStringLiteral("bigint"))
                    .references(QStringLiteral("crm_companies"), {}, QStringLiteral("set null")),
                column(QStringLiteral("owner_id"), QStringLiteral("uuid"))
                    .references(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("restrict"),
                                QStringLiteral("cascade")),
                column(QStringLiteral("first_name"), QStringLiteral("varchar(100)")).notNull(),
                column(QStringLiteral("last_name"), QStringLiteral("varchar(100)")).notNull(),
                column(QStringLiteral("email"), QStringLiteral("varchar(320)"))
                    .comment(QStringLiteral("Work address, if known.")),
                column(QStringLiteral("phone"), QStringLiteral("text")).notNull().defaultValue(QString()),
                column(QStringLiteral("tags"), QStringLiteral("jsonb")),
                column(QStringLiteral("created_at"), QStringLiteral("timestamptz")).notNull().defaultNow(),
            },
            {.indexes = {index({QStringLiteral("last_name"), QStringLiteral("first_name")}),
                         index({QStringLiteral("company_id"), QStringLiteral("email")},
                               QStringLiteral("crm_contacts_company_email"), true)},
             .uniques = {uniqueOn({QStringLiteral("company_id"), QStringLiteral("email")})}})),
        effective(createWorkspaceTable(
            QStringLiteral("crm_deals"),
            {
                column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                column(QStringLiteral("company_id"), QStringLiteral("bigint"))
                    .notNull()
                    .references(QStringLiteral("crm_companies"), {}, QStringLiteral("cascade")),
                column(QStringLiteral("title"), QStringLiteral("text")).notNull(),
                column(QStringLiteral("amount"), QStringLiteral("numeric(12,2)")).notNull().defaultValue(0),
                column(QStringLiteral("probability"), QStringLiteral("smallint")).defaultValue(50),
                column(QStringLiteral("stage"), QStringLiteral("enum"))
                    .notNull()
                    .enumValues({QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")})
                    .defaultValue(QStringLiteral("open")),
                column(QStringLiteral("closes_on"), QStringLiteral("date")),
                column(QStringLiteral("closed_at"), QStringLiteral("timestamptz")),
                column(QStringLiteral("sequence"), QStringLiteral("serial")),
            },
            {.checks = {check(QStringLiteral("probability BETWEEN 0 AND 100"))}})),
    };
}

// Every effective table in package dependency order, as the Registry hands them to the renderer.
inline QList<Table> schema()
{
    return corePackage() + crmPackage();
}

// Runs the statements one by one; returns the first failure, or an empty string.
inline QString execute(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text() + QStringLiteral("\n in: ") + statement;
    }
    return {};
}

inline QString describe(const QList<SchemaDifference> &differences)
{
    QStringList lines;
    for (const SchemaDifference &d : differences)
        lines.append(d.message);
    return lines.join(QLatin1Char('\n'));
}

inline bool hasDifference(const QList<SchemaDifference> &differences, SchemaDifference::Kind kind,
                          const QString &table, const QString &object)
{
    for (const SchemaDifference &d : differences) {
        if (d.kind == kind && d.table == table && d.object == object)
            return true;
    }
    return false;
}

} // namespace Strata::CatalogTest
