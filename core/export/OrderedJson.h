#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace Strata {

// A JSON value whose object keys keep the order they were inserted in. QJsonObject sorts keys,
// but documented machine output ({"name", "version", "path", ...}) promises an order.
class OrderedJson
{
public:
    OrderedJson() : OrderedJson(QJsonValue()) {}
    OrderedJson(const QJsonValue &scalar); // NOLINT: scalars convert implicitly
    OrderedJson(const QString &text) : OrderedJson(QJsonValue(text)) {} // NOLINT
    OrderedJson(int number) : OrderedJson(QJsonValue(number)) {}        // NOLINT
    OrderedJson(qint64 number) : OrderedJson(QJsonValue(number)) {}     // NOLINT
    OrderedJson(bool flag) : OrderedJson(QJsonValue(flag)) {}           // NOLINT

    static OrderedJson object();
    static OrderedJson array();

    OrderedJson &insert(const QString &key, const OrderedJson &value); // objects
    OrderedJson &insert(const QString &key, OrderedJson &&value);
    OrderedJson &append(const OrderedJson &value);                     // arrays
    OrderedJson &append(OrderedJson &&value);
    void reserve(qsizetype items) { m_items.reserve(size_t(items)); } // arrays
    bool isEmpty() const { return m_members.empty() && m_items.empty(); }

    QByteArray toJson(bool indented = true) const;

private:
    enum class Kind { Scalar, Object, Array };
    void write(QByteArray &out, bool indented, int depth) const;

    Kind m_kind = Kind::Scalar;
    QByteArray m_scalar = QByteArrayLiteral("null"); // the scalar's JSON text, written when it is made
    std::vector<std::pair<QString, OrderedJson>> m_members;
    std::vector<OrderedJson> m_items;
};

} // namespace Strata
