#include <strata/model/TableLookup.h>

namespace Strata {

TableLookup::TableLookup(const Table &table) : m_primaryKey(table.primaryKeyColumns())
{
    m_columns.reserve(table.columns.size());
    for (const Column &c : table.columns) {
        if (!m_columns.contains(c.name)) // a repeated name keeps its first column
            m_columns.insert(c.name, &c);
    }
    m_primaryKeySet = QSet<QString>(m_primaryKey.cbegin(), m_primaryKey.cend());

    if (m_primaryKey.size() == 1)
        m_uniqueColumns.insert(m_primaryKey.first());
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if ((*it)->unique || (*it)->primaryKey)
            m_uniqueColumns.insert(it.key());
    }
    for (const UniqueConstraint &u : table.uniques) {
        if (u.columns.size() == 1)
            m_uniqueColumns.insert(u.columns.first());
    }
    for (const Index &i : table.indexes) {
        if (i.unique && i.columns.size() == 1)
            m_uniqueColumns.insert(i.columns.first());
    }
}

} // namespace Strata
