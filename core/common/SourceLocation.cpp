#include <strata/common/SourceLocation.h>

namespace Strata {

qsizetype FieldLocations::find(QStringView key) const
{
    if (!m_index.isEmpty()) {
        // QHash<QString, ...> is looked up by QString; the keys asked for are short.
        const auto it = m_index.constFind(key.toString());
        return it == m_index.cend() ? -1 : *it;
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

void FieldLocations::set(const FieldPath &path, const SourceLocation &location)
{
    const QString &key = path.toString();
    if (m_entries.isEmpty() && m_elsewhere.isEmpty())
        m_file = location.file;
    if (location.file != m_file) {
        for (auto &entry : m_elsewhere) {
            if (entry.first == key) {
                entry.second = location;
                return;
            }
        }
        m_elsewhere.append({key, location});
        return;
    }
    const Entry entry{key, qint32(location.line), qint32(location.column), qint32(location.offset),
                      qint32(location.length)};
    if (const qsizetype at = find(key); at >= 0) {
        m_entries[at] = entry;
        return;
    }
    m_entries.append(entry);
    if (!m_index.isEmpty()) {
        m_index.insert(key, m_entries.size() - 1);
    } else if (m_entries.size() >= IndexedFrom) {
        m_index.reserve(m_entries.size() * 2);
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            m_index.insert(m_entries.at(i).key, i);
    }
}

SourceLocation FieldLocations::lookup(QStringView key, const SourceLocation &fallback) const
{
    if (const qsizetype at = find(key); at >= 0) {
        const Entry &entry = m_entries.at(at);
        return SourceLocation{m_file, entry.line, entry.column, entry.offset, entry.length};
    }
    for (const auto &entry : m_elsewhere) {
        if (entry.first == key)
            return entry.second;
    }
    return fallback;
}

bool FieldLocations::has(QStringView key) const
{
    if (find(key) >= 0)
        return true;
    for (const auto &entry : m_elsewhere) {
        if (entry.first == key)
            return true;
    }
    return false;
}

} // namespace Strata
