#include <strata/export/OrderedJson.h>

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace Strata {

namespace {

// QJsonDocument's own text for a scalar, inside a one-item array: for what the fast paths below
// leave to it (control characters, lone surrogates, doubles, nested arrays and objects).
QByteArray qtScalarText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

// A string as QJsonDocument writes it: quotes and backslashes escaped, everything else from space
// up as UTF-8. Strings with anything QJsonDocument writes another way go to it. Written by hand
// because a report of 100,000 findings has 800,000 scalars, and a QJsonDocument for each took
// most of its time and memory (docs/performance.md, "Adversarial inputs").
QByteArray stringText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate())
            return qtScalarText(QJsonValue(text));
    }
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::String:
        return stringText(value.toString());
    case QJsonValue::Double:
        // An integer (QJsonValue(int), QJsonValue(qint64)) is written as one, as QJsonDocument does.
        if (const QCborValue number = QCborValue::fromJsonValue(value); number.isInteger())
            return QByteArray::number(number.toInteger());
        return qtScalarText(value);
    default:
        return qtScalarText(value);
    }
}

void newline(QByteArray &out, bool indented, int depth)
{
    if (!indented)
        return;
    out += '\n';
    out += QByteArray(depth * 4, ' ');
}

} // namespace

OrderedJson::OrderedJson(const QJsonValue &scalar) : m_scalar(scalarText(scalar)) {}

OrderedJson OrderedJson::object()
{
    OrderedJson json;
    json.m_kind = Kind::Object;
    return json;
}

OrderedJson OrderedJson::array()
{
    OrderedJson json;
    json.m_kind = Kind::Array;
    return json;
}

OrderedJson &OrderedJson::insert(const QString &key, const OrderedJson &value)
{
    m_kind = Kind::Object;
    m_members.emplace_back(key, value);
    return *this;
}

OrderedJson &OrderedJson::insert(const QString &key, OrderedJson &&value)
{
    m_kind = Kind::Object;
    m_members.emplace_back(key, std::move(value));
    return *this;
}

OrderedJson &OrderedJson::append(const OrderedJson &value)
{
    m_kind = Kind::Array;
    m_items.push_back(value);
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson &&value)
{
    m_kind = Kind::Array;
    m_items.push_back(std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson(bool indented) const
{
    QByteArray out;
    write(out, indented, 0);
    if (indented)
        out += '\n';
    return out;
}

void OrderedJson::write(QByteArray &out, bool indented, int depth) const
{
    switch (m_kind) {
    case Kind::Scalar:
        out += m_scalar;
        return;
    case Kind::Object:
        if (m_members.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            newline(out, indented, depth + 1);
            out += stringText(m_members[i].first);
            out += indented ? ": " : ":";
            m_members[i].second.write(out, indented, depth + 1);
            if (i + 1 < m_members.size())
                out += ',';
        }
        newline(out, indented, depth);
        out += '}';
        return;
    case Kind::Array:
        if (m_items.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            newline(out, indented, depth + 1);
            m_items[i].write(out, indented, depth + 1);
            if (i + 1 < m_items.size())
                out += ',';
        }
        newline(out, indented, depth);
        out += ']';
        return;
    }
}

} // namespace Strata
