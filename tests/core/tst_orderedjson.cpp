// OrderedJson writes scalars itself (QJsonDocument per scalar was most of a large report's cost):
// its text must be exactly QJsonDocument's, for every character and number, so that the reports of
// `strata validate --format json` and `strata watch` stay byte for byte what they were.

#include <strata/export/OrderedJson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Strata;
using namespace Qt::StringLiterals;

namespace {

// QJsonDocument's text for a scalar, as an item of a compact array.
QByteArray qtText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray orderedText(const QJsonValue &value)
{
    return OrderedJson(value).toJson(false);
}

} // namespace

class TestOrderedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCharacterAsQtWritesIt()
    {
        // Every character of the Basic Multilingual Plane, and every 97th above it.
        for (char32_t c = 0; c < 0x110000; c += c < 0x10000 ? 1 : 97) {
            if (c >= 0xd800 && c < 0xe000)
                continue; // lone surrogates below
            const QString text = u"a"_s + QString::fromUcs4(&c, 1) + u"z"_s;
            QCOMPARE(orderedText(text), qtText(text));
        }
        for (char16_t half : {char16_t(0xd800), char16_t(0xdbff), char16_t(0xdc00), char16_t(0xdfff)}) {
            const QString lone = u"x"_s + QChar(half) + u"y"_s;
            QCOMPARE(orderedText(lone), qtText(lone));
        }
    }

    void randomStringsAsQtWritesThem()
    {
        QRandomGenerator random(20261203);
        static const char16_t pool[] = {u'"', u'\\', u'/', u'\n', u'\t', u'\x01', u'\x7f', u'a', u' ', u'é',
                                        u'\u2028', u'\ufeff', char16_t(0xd83d), char16_t(0xde00), u'<', u'&'};
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = int(random.bounded(12));
            for (int j = 0; j < length; ++j)
                text += QChar(pool[random.bounded(int(std::size(pool)))]);
            QCOMPARE(orderedText(text), qtText(text));
        }
    }

    void numbersAndOtherScalarsAsQtWritesThem()
    {
        const QList<QJsonValue> values{
            QJsonValue(0), QJsonValue(-1), QJsonValue(42), QJsonValue(std::numeric_limits<int>::max()),
            QJsonValue(std::numeric_limits<int>::min()), QJsonValue(qint64(1) << 53), QJsonValue((qint64(1) << 53) + 1),
            QJsonValue(std::numeric_limits<qint64>::max()), QJsonValue(0.5), QJsonValue(3.0), QJsonValue(-2.5e-300),
            QJsonValue(1e300), QJsonValue(true), QJsonValue(false), QJsonValue(), QJsonValue(QString()),
            QJsonValue(QJsonArray{1, u"two"_s}), QJsonValue(QJsonObject{{u"b"_s, 1}, {u"a"_s, 2}})};
        for (const QJsonValue &value : values)
            QCOMPARE(orderedText(value), qtText(value));
    }

    void keysKeepTheirOrderAndAreEscaped()
    {
        OrderedJson object = OrderedJson::object();
        object.insert(u"z\"key"_s, 1).insert(u"a"_s, u"line\nbreak"_s);
        QCOMPARE(object.toJson(false), QByteArray("{\"z\\\"key\":1,\"a\":\"line\\nbreak\"}"));
        QCOMPARE(object.toJson(true), QByteArray("{\n    \"z\\\"key\": 1,\n    \"a\": \"line\\nbreak\"\n}\n"));
    }
};

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
