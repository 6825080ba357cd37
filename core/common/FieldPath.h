#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>

namespace Strata {

namespace Detail {
// Not constexpr on purpose: FieldKey's constructor calls it for a key that is not one plain key,
// which makes that constructor call fail to compile.
void fieldKeyMustBeOneNonEmptyKeyWithoutDotsOrBrackets();
} // namespace Detail

// One key of a JSON object, written as a literal where it is used (u"name", u"references"). Checked
// while compiling: a literal that is empty or holds '.', '[' or ']' does not compile, so a nested
// field cannot be spelled as one string ("references.onDelete") and typed wrong; it is built with
// FieldPath's helpers instead.
class FieldKey
{
public:
    template <std::size_t N>
    consteval FieldKey(const char16_t (&key)[N]) : m_key(key), m_size(qsizetype(N - 1))
    {
        if (N < 2)
            Detail::fieldKeyMustBeOneNonEmptyKeyWithoutDotsOrBrackets();
        for (std::size_t i = 0; i + 1 < N; ++i) {
            if (key[i] == u'.' || key[i] == u'[' || key[i] == u']' || key[i] == u'\0')
                Detail::fieldKeyMustBeOneNonEmptyKeyWithoutDotsOrBrackets();
        }
    }

    QStringView view() const { return QStringView(m_key, m_size); }

private:
    const char16_t *m_key; // a string literal: static storage
    qsizetype m_size;
};

// Where a value stands inside one JSON object, as FieldLocations keys it: "type", "references.table",
// "primaryKey[1]", "dependencies.@acme/core", "validation.disable[0]". Loaders, rules and views
// build it with the same helpers, so that the string a rule asks for is the one the loader wrote;
// a path nobody wrote falls back to the enclosing object's location, and a misspelt one would do so
// silently.
class FieldPath
{
public:
    FieldPath() = default;
    // A key written in the code: FieldPath(u"references").
    // The literal's own characters, not a copy (fromRawData): looking a field up allocates nothing.
    explicit FieldPath(FieldKey key)
        : m_path(QString::fromRawData(reinterpret_cast<const QChar *>(key.view().data()), key.view().size()))
    {
    }
    // A key read from a file, taken as it is (it may hold any character, '.' included).
    static FieldPath fromFileKey(const QString &key);

    // A member of the object at this path: "references" -> "references.onDelete".
    FieldPath key(FieldKey key) const { return fileKey(key.view()); }
    // A member whose key was read from a file (a dependency's package name).
    FieldPath fileKey(QStringView key) const;
    // An item of the array at this path: "primaryKey" -> "primaryKey[1]".
    FieldPath index(qsizetype i) const;

    // The range of a dependency in database.json's "dependencies": {"<name>": "<range>"}.
    static FieldPath dependency(QStringView name);

    const QString &toString() const { return m_path; }
    QStringView view() const { return m_path; }
    bool isEmpty() const { return m_path.isEmpty(); }

    friend bool operator==(const FieldPath &a, const FieldPath &b) { return a.m_path == b.m_path; }

private:
    QString m_path;
};

} // namespace Strata
