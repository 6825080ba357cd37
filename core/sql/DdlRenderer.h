#pragma once

#include <strata/model/Schema.h>
#include <strata/sql/Dialect.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

// Renders the declared schema as DDL that runs as it is on an empty database of the dialect.
// Input tables are *effective* tables (workspace_id already added by the Registry), in package
// dependency order; within that order the renderer creates referenced tables first and, where
// foreign keys form a cycle that the dialect cannot declare inline, adds them afterwards.
class DdlRenderer
{
public:
    explicit DdlRenderer(const Dialect &dialect) : m_dialect(dialect) {}

    // Every statement, each without a trailing semicolon: CREATE TABLE, CREATE INDEX, comments.
    QStringList statements(const QList<Table> &tables) const;
    // The statements as one script (each ends with ";\n", a blank line between tables).
    QString script(const QList<Table> &tables) const;

    QString createTable(const Table &table) const;
    QStringList createIndexes(const Table &table) const;
    // One column as CREATE TABLE writes it, without an inline PRIMARY KEY (for ALTER TABLE ... ADD
    // COLUMN); its foreign key when `withReference`.
    QString columnDefinition(const Table &table, const Column &column, bool withReference = true) const;
    // "REFERENCES target (column) ON DELETE ..." for a column's foreign key; `lookup` finds the
    // target's key when the reference names no column.
    QString referenceClause(const Table &table, const ColumnReference &reference, const Table *target) const;

    // The name an index gets when the author gave none: <table>_<col>[_<col>...]_idx
    static QString indexName(const Table &table, const Index &index);

private:
    const Dialect &m_dialect;
};

} // namespace Strata
