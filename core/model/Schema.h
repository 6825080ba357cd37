#pragma once

#include <strata/common/SourceLocation.h>
#include <strata/model/ColumnType.h>

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

struct ColumnDefault
{
    enum class Kind { None, Literal, Sql, Now };
    Kind kind = Kind::None;
    QJsonValue literal; // Kind::Literal: a JSON string, number, boolean or null
    QString sql;        // Kind::Sql: an SQL expression, rendered as written

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const ColumnDefault &) const = default;
};

struct ColumnReference
{
    QString table;
    QString column;   // empty: the referenced table's single-column primary key
    QString onDelete; // "cascade", "restrict", "set null", "set default", "no action"; empty = default
    QString onUpdate;

    bool isSet() const { return !table.isEmpty(); }
    bool operator==(const ColumnReference &) const = default;
};

struct Column
{
    QString name;
    QString typeSpelling; // as written; `type` is its parsed form
    ColumnType type;
    bool primaryKey = false;
    bool notNull = false;
    bool unique = false;
    ColumnDefault defaultValue;
    ColumnReference references;
    QString comment;
    // The name the column had before (database.json's "renamedFrom"): `strata generate` renames it
    // instead of dropping one column and adding another, so its values stay.
    QString renamedFrom;
    bool generated = false; // added by Strata (workspace_id), not written by the author

    SourceLocation location; // the column object
    FieldLocations fields;   // "name", "type", "default", "references", "references.table", ...
};

struct Index
{
    QString name; // empty: derived as <table>_<columns>_idx
    QStringList columns;
    bool unique = false;
    bool generated = false; // the workspace_id index
    SourceLocation location;
    FieldLocations fields; // "name", "columns", "columns[0]", ...
};

struct UniqueConstraint
{
    QStringList columns;
    SourceLocation location; // the array; "columns[i]" locations in `fields`
    FieldLocations fields;
};

struct CheckConstraint
{
    QString name; // optional
    QString expression;
    SourceLocation location;
};

struct Table
{
    QString name;
    QList<Column> columns;
    bool workspaceScoped = false;
    bool global = false; // exempt from the requireWorkspaceScope project rule
    QStringList primaryKey; // table-level (composite) key; empty: the columns marked primaryKey
    QList<Index> indexes;
    QList<UniqueConstraint> uniques;
    QList<CheckConstraint> checks;
    QString comment;
    QString renamedFrom; // the table's former name, as Column::renamedFrom

    SourceLocation location;
    FieldLocations fields; // "name", "primaryKey", "primaryKey[0]", "workspaceScoped", ...

    const Column *column(QStringView name) const;
    // The effective key: `primaryKey` when set, else the columns marked primaryKey, in column order.
    QStringList primaryKeyColumns() const;
    // True when `columns` is exactly the key or a unique constraint/index of this table.
    bool isUniqueKey(const QStringList &columns) const;
};

struct Schema
{
    QList<Table> tables;
};

} // namespace Strata
