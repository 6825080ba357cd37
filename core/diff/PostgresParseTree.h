#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <deque>
#include <memory>
#include <string>
#include <vector>

// libpg_query's parse tree (its JSON output) read into a compact tree of its own: QJsonDocument
// took as long as the parse itself and every field lookup decoded CBOR, which made interpreting
// 10,000 migrations three times slower. Values read like QJsonValue (value(), toString(), toInt(),
// iteration), so the interpreter's code reads the same.
namespace Strata::PostgresParseTree {

class Document;

// One value of the tree: an object, an array, a string, a number, a boolean or null. A default
// value (or a field that is not there) is null; reading it gives empty results.
class Value
{
public:
    Value() = default;

    bool isNull() const { return !m_document; }
    bool isObject() const;
    bool isArray() const;
    bool isString() const;
    // Objects and arrays: whether they have no entries; other values: whether they are null.
    bool isEmpty() const;
    qsizetype size() const;

    // This value when it is an object (an array), else null: reads as QJsonValue::toObject().
    Value toObject() const { return isObject() ? *this : Value(); }
    Value toArray() const { return isArray() ? *this : Value(); }

    // Fields of an object (null when absent or when this is no object).
    Value value(QLatin1StringView key) const;
    Value value(const char *key) const { return value(QLatin1StringView(key)); }
    bool contains(QLatin1StringView key) const { return !value(key).isNull(); }
    bool contains(const char *key) const { return contains(QLatin1StringView(key)); }
    // The key of an object's first field ("CreateStmt" of {"CreateStmt": {...}}).
    QString firstKey() const;
    // The key under which this value stands in its object.
    QLatin1StringView key() const;

    // Elements of an array, fields of an object.
    Value at(qsizetype i) const;
    class Iterator;
    Iterator begin() const;
    Iterator end() const;

    QString toString() const;
    int toInt(int fallback = 0) const;
    bool toBool(bool fallback = false) const;
    // Identity: when both stand for the same value of the same document.
    bool operator==(const Value &other) const = default;

private:
    friend class Document;
    Value(const Document *document, qint32 node) : m_document(document), m_node(node) {}

    const Document *m_document = nullptr;
    qint32 m_node = -1;
};

class Value::Iterator
{
public:
    Value operator*() const { return {m_document, m_node}; }
    Iterator &operator++();
    bool operator!=(const Iterator &other) const { return m_node != other.m_node; }

private:
    friend class Value;
    Iterator(const Document *document, qint32 node) : m_document(document), m_node(node) {}
    const Document *m_document;
    qint32 m_node;
};

// A parsed tree, shared by the statements that point into it.
class Document
{
public:
    // Reads `json` (libpg_query's output, copied); a document of null when it is not JSON.
    static std::shared_ptr<const Document> parse(const char *json);
    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;
    struct Node
    {
        enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
        Type type = Type::Null;
        qint32 next = -1;       // the next element or field of the parent
        qint32 firstChild = -1; // arrays and objects
        qint32 childCount = 0;
        const char *key = nullptr; // the field's key in its object
        qint32 keyLength = 0;
        const char *text = nullptr; // strings (decoded), numbers (as written)
        qint32 textLength = 0;
    };
    class Parser;

    QByteArray m_json;
    std::deque<std::string> m_decoded; // strings with escapes, decoded (stable addresses)
    std::vector<Node> m_nodes;
};

inline Value::Iterator Value::begin() const
{
    const qint32 first = isObject() || isArray() ? m_document->m_nodes[size_t(m_node)].firstChild : -1;
    return {m_document, first};
}

inline Value::Iterator Value::end() const
{
    return {m_document, -1};
}

} // namespace Strata::PostgresParseTree
