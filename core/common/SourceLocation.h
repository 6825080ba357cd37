#pragma once

#include <strata/common/FieldPath.h>

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Strata {

// Where a value came from: a file, a 1-based line and column (columns count Unicode code points),
// and the UTF-8 byte range of the value in that file so that editors can underline it exactly.
struct SourceLocation
{
    QString file;     // absolute path; empty for values registered from C++ without a location
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based, in code points; 0 when unknown
    qsizetype offset = -1; // UTF-8 byte offset of the first byte; -1 when unknown
    qsizetype length = 0;  // UTF-8 byte length of the value

    bool isValid() const { return !file.isEmpty(); }
    bool operator==(const SourceLocation &) const = default;
};

// Locations of the fields of one JSON object, by path ("type", "default", "references.table", ...;
// see FieldPath).
// A handful of entries per object, searched linearly; an object with many ("values[0]" ... of a
// long enum, "checks[i]", "primaryKey[i]") gets a hash index, so that n fields cost O(n), not O(n^2).
// Compact on purpose: a large project has hundreds of thousands of these, so the file is stored
// once, positions as 32-bit numbers, and the index (an empty QHash is one null pointer) only when needed.
class FieldLocations
{
public:
    void set(const FieldPath &path, const SourceLocation &location);
    // The location of the field, or `fallback` when the field has none.
    SourceLocation value(const FieldPath &path, const SourceLocation &fallback = {}) const
    {
        return lookup(path.view(), fallback);
    }
    // A top-level key written in the code: fields.value(u"name", table.location).
    SourceLocation value(FieldKey key, const SourceLocation &fallback = {}) const
    {
        return lookup(key.view(), fallback);
    }
    bool contains(const FieldPath &path) const { return has(path.view()); }
    bool contains(FieldKey key) const { return has(key.view()); }
    void reserve(qsizetype size) { m_entries.reserve(size); }

private:
    // Beyond this many entries a linear search per key costs more than hashing.
    static constexpr qsizetype IndexedFrom = 16;

    SourceLocation lookup(QStringView key, const SourceLocation &fallback) const;
    bool has(QStringView key) const;
    // The position of `key` in m_entries, or -1.
    qsizetype find(QStringView key) const;

    struct Entry
    {
        QString key;
        qint32 line;
        qint32 column;
        qint32 offset;
        qint32 length;
    };
    QString m_file; // every field of one object stands in the same file
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // key -> position in m_entries; empty below IndexedFrom entries
    QList<std::pair<QString, SourceLocation>> m_elsewhere; // a field from another file (rare)
};

} // namespace Strata
