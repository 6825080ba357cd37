#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Strata {

namespace {

// QJsonDocument knows how to escape and format a scalar; let it, inside a one-item array.
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void newline(QByteArray &out, bool indented, int depth)
{
    if (!indented)
        return;
    out += '\n';
    out += QByteArray(depth * 4, ' ');
}

} // namespace

OrderedJson::OrderedJson(const QJsonValue &scalar) : m_scalar(scalar) {}

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

OrderedJson &OrderedJson::append(const OrderedJson &value)
{
    m_kind = Kind::Array;
    m_items.push_back(value);
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
        out += scalarText(m_scalar);
        return;
    case Kind::Object:
        if (m_members.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            newline(out, indented, depth + 1);
            out += scalarText(m_members[i].first);
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
