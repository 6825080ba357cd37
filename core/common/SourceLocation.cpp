#include "SourceLocation.h"

namespace Strata {

void FieldLocations::set(const QString &key, const SourceLocation &location)
{
    for (auto &entry : m_entries) {
        if (entry.first == key) {
            entry.second = location;
            return;
        }
    }
    m_entries.append({key, location});
}

SourceLocation FieldLocations::value(QStringView key, const SourceLocation &fallback) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return entry.second;
    }
    return fallback;
}

bool FieldLocations::contains(QStringView key) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return true;
    }
    return false;
}

} // namespace Strata
