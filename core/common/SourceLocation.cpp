#include "SourceLocation.h"

namespace Strata {

void FieldLocations::set(const QString &key, const SourceLocation &location)
{
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
    for (Entry &existing : m_entries) {
        if (existing.key == key) {
            existing = entry;
            return;
        }
    }
    m_entries.append(entry);
}

SourceLocation FieldLocations::value(QStringView key, const SourceLocation &fallback) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return SourceLocation{m_file, entry.line, entry.column, entry.offset, entry.length};
    }
    for (const auto &entry : m_elsewhere) {
        if (entry.first == key)
            return entry.second;
    }
    return fallback;
}

bool FieldLocations::contains(QStringView key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key)
            return true;
    }
    for (const auto &entry : m_elsewhere) {
        if (entry.first == key)
            return true;
    }
    return false;
}

} // namespace Strata
