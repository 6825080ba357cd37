#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/model/Migration.h>
#include <strata/model/Package.h>
#include <strata/model/Schema.h>
#include <strata/validation/PackageRules.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <source_location>

// The registration API that packages call. A package written in C++ registers itself with
//
//   registry.registerDatabase({
//       .packageName = "@acme/crm",
//       .version = "1.4.0",
//       .schema = Strata::createSchema({
//           Strata::createWorkspaceTable("crm_contacts", {
//               Strata::column("id", "bigserial").primaryKey(),
//               Strata::column("email", "varchar(320)").notNull().unique(),
//           }),
//       }),
//       .migrations = {Strata::createMigration({.id = "0001_contacts", .up = "CREATE TABLE ..."})},
//       .dependencies = {"@acme/core"},
//   });
//
// and the loader of database.json builds its packages through the same calls, so both kinds of
// package are validated alike.
namespace Strata {

class ColumnBuilder
{
public:
    ColumnBuilder(const QString &name, const QString &type,
                  std::source_location where = std::source_location::current());

    ColumnBuilder &primaryKey(bool on = true);
    ColumnBuilder &notNull(bool on = true);
    ColumnBuilder &unique(bool on = true);
    ColumnBuilder &defaultValue(const QJsonValue &literal);
    ColumnBuilder &defaultSql(const QString &expression);
    ColumnBuilder &defaultNow();
    ColumnBuilder &references(const QString &table, const QString &column = {},
                              const QString &onDelete = {}, const QString &onUpdate = {});
    ColumnBuilder &comment(const QString &text);
    ColumnBuilder &enumValues(const QStringList &values);

    operator Column() const { return m_column; } // NOLINT: builders convert implicitly
    const Column &column() const { return m_column; }

private:
    Column m_column;
};

inline ColumnBuilder column(const QString &name, const QString &type,
                            std::source_location where = std::source_location::current())
{
    return ColumnBuilder(name, type, where);
}

struct TableOptions
{
    QStringList primaryKey;
    QList<Index> indexes;
    QList<UniqueConstraint> uniques;
    QList<CheckConstraint> checks;
    QString comment;
    bool global = false;
};

Table createTable(const QString &name, const QList<Column> &columns, const TableOptions &options = {},
                  std::source_location where = std::source_location::current());
// A table scoped to a workspace: the Registry adds its workspace_id column (typed after the
// workspace table's key, NOT NULL, ON DELETE CASCADE) and an index on it.
Table createWorkspaceTable(const QString &name, const QList<Column> &columns,
                           const TableOptions &options = {},
                           std::source_location where = std::source_location::current());
Schema createSchema(const QList<Table> &tables);

struct MigrationSpec
{
    QString id;
    QString version;
    MigrationStep up;
    MigrationStep down;
    QStringList requirements; // "package:id"
    bool noTransaction = false;
    bool foreignKeysOff = false; // as "-- strata:foreign-keys off" (SQLite; needs a transaction)
};
Migration createMigration(const MigrationSpec &spec,
                          std::source_location where = std::source_location::current());

struct PackageRegistration
{
    QString packageName;
    QString version;
    Schema schema;
    QList<Migration> migrations;
    QStringList dependencies;         // package names, any version
    QMap<QString, QString> dependencyRanges; // package name -> semver range (package.json style)
};

// Builds a package definition and runs the rules that need only this package (identifiers, types,
// defaults, keys, indexes, migrations). Its findings are in the result's `diagnostics`.
struct ProjectConfig;
PackageDefinition definePackage(const PackageRegistration &registration, const ProjectConfig *project = nullptr);

// The validation helpers (validatePackage, validateIdentifier) are in validation/PackageRules.h.

} // namespace Strata
