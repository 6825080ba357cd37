#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/json/JsonDocument.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Strata {

// Reads the members of one JSON object of a known shape, turning every surprise into a diagnostic
// at the exact value: a value of the wrong type ("wrong-type"), a required key that is absent
// ("missing-key"), a key the format does not know ("unknown-key", a warning with a did-you-mean).
// Names an object in messages ("table \"deals\"", "column \"deals.id\"", "strata.json"). Called only
// when there is something to report: building a translated name for each of 100,000 columns that
// are fine would cost more than reading them.
using Describe = std::function<QString()>;

class JsonObjectReader
{
public:
    JsonObjectReader(const Json::Node &object, const QStringList &knownKeys, Describe what,
                     Diagnostics &diagnostics, const QString &package);
    JsonObjectReader(const Json::Node &object, const QStringList &knownKeys, const QString &what,
                     Diagnostics &diagnostics, const QString &package)
        : JsonObjectReader(object, knownKeys, Describe([what] { return what; }), diagnostics, package)
    {
    }

    const Json::Node &node() const { return m_object; }
    const Json::Node *value(QStringView key) const { return m_object.member(key); }
    bool has(QStringView key) const { return m_object.member(key) != nullptr; }
    SourceLocation location(QStringView key) const; // the value's, or the object's when absent

    std::optional<QString> string(const QString &key, bool required = false);
    std::optional<bool> boolean(const QString &key);
    std::optional<qint64> integer(const QString &key);
    const Json::Node *array(const QString &key, bool required = false);
    const Json::Node *object(const QString &key);
    // A list of strings; each wrong item is reported and skipped.
    std::optional<QStringList> stringList(const QString &key, bool required = false,
                                          QList<SourceLocation> *itemLocations = nullptr);

    // Reports a value of the wrong type; `expected` is e.g. tr("a string").
    void wrongType(const QString &key, const Json::Node &value, const QString &expected);
    void missing(const QString &key);

private:
    void checkKeys(const QStringList &knownKeys);

    const Json::Node &m_object;
    Describe m_what;
    Diagnostics &m_diagnostics;
    QString m_package;
};

// Reports a root or nested value that is not an object; returns false then.
bool expectObject(const Json::Node &node, const Describe &what, Diagnostics &diagnostics,
                  const QString &package);
inline bool expectObject(const Json::Node &node, const QString &what, Diagnostics &diagnostics,
                         const QString &package)
{
    return node.isObject() || expectObject(node, Describe([&what] { return what; }), diagnostics, package);
}

} // namespace Strata
