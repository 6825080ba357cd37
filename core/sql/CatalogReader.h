#pragma once

#include <strata/common/Result.h>
#include <strata/sql/Dialect.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Strata {

// What a live database says about one table, read from its catalog (SQLite pragmas, PostgreSQL
// system catalogs). Names are as stored; types are the catalog's spelling (SQLite: the declared
// type as written; PostgreSQL: format_type(), e.g. "character varying(40)").
struct CatalogColumn
{
    QString name;
    QString type;
    bool notNull = false;
    QString defaultValue; // the catalog's text of the default expression; empty when none
    bool identity = false; // PostgreSQL identity column (not produced by Strata; listed for diffs)
    QString comment; // PostgreSQL only
};

struct CatalogForeignKey
{
    QString name; // PostgreSQL constraint name; SQLite keys have none
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns; // SQLite: empty when the key names no columns (the target's key)
    QString onDelete; // upper case: "NO ACTION", "CASCADE", "SET NULL", ...
    QString onUpdate;
};

struct CatalogIndex
{
    enum class Origin { Index, PrimaryKey, UniqueConstraint };
    QString name;
    QStringList columns; // empty entries for expression columns
    bool unique = false;
    Origin origin = Origin::Index;
    bool partial = false;
};

struct CatalogCheck
{
    QString name; // empty when unnamed (SQLite: no CONSTRAINT name written)
    QString definition; // "CHECK (...)": PostgreSQL's pg_get_constraintdef(); SQLite's stored CREATE text
};

struct CatalogTable
{
    QString name;
    QList<CatalogColumn> columns;
    QStringList primaryKey;
    QList<CatalogForeignKey> foreignKeys;
    QList<CatalogIndex> indexes; // with the indexes behind primary keys and UNIQUE constraints
    QList<CatalogCheck> checks;
    QString comment; // PostgreSQL only

    const CatalogColumn *column(QStringView name) const;
    const CatalogIndex *index(QStringView name) const;
};

// Every user table of the database's main schema (SQLite "main", PostgreSQL current_schema()),
// in creation order where the catalog keeps one; or why the catalog cannot be read (translated).
// With `onlyTables`, just those (the names as stored); the rest are not read at all.
Result<QList<CatalogTable>> readCatalog(QSqlDatabase db, DialectKind kind, const QStringList &onlyTables = {});

// The same for an SQLite database open through SQLite's C API (the handle of the library Strata
// links), with the same results as readCatalog(): the segmented replay's scratch databases, where
// Qt's per-query cost was about a quarter of the time.
Result<QList<CatalogTable>> readSqliteCatalog(sqlite3 *db, const QStringList &onlyTables = {});

} // namespace Strata
