#pragma once

#include <strata/model/Schema.h>

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Strata {

// Hash lookups over one table's columns and keys, built once for rules that ask per key column
// or per reference. Table::column() and Table::isUniqueKey() search linearly, which is right for
// a few questions but quadratic for a table of 20,000 key columns or 20,000 references to it.
// Points into `table`, which must outlive it unchanged.
class TableLookup
{
public:
    explicit TableLookup(const Table &table);

    // The first column of that name, as Table::column().
    const Column *column(const QString &name) const { return m_columns.value(name); }
    // The effective key, as Table::primaryKeyColumns().
    const QStringList &primaryKey() const { return m_primaryKey; }
    bool inPrimaryKey(const QString &name) const { return m_primaryKeySet.contains(name); }
    // Table::isUniqueKey({name}): the key alone, a unique or key column, or a one-column unique
    // constraint or unique index.
    bool isUniqueColumn(const QString &name) const { return m_uniqueColumns.contains(name); }

private:
    QHash<QString, const Column *> m_columns;
    QStringList m_primaryKey;
    QSet<QString> m_primaryKeySet;
    QSet<QString> m_uniqueColumns;
};

} // namespace Strata
