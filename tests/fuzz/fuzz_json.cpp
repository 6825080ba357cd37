// Fuzzes Strata's JSON parser (core/json), which reads database.json, package.json and strata.json.
// Beyond "no crash": every node, key and error lies inside the input at the line and column of its
// offset; a parsed document says the same as Qt's own parser does and survives a round trip.

#include "FuzzSupport.h"

#include <strata/json/JsonDocument.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace Strata;
using namespace Strata::Fuzz;

namespace {

const QString File = QStringLiteral("/fuzz/input.json");

// Checks the locations below `node`; tells whether any object repeats a key (Qt keeps another one).
bool checkNode(const Json::Node &node, const QByteArray &input, int depth)
{
    checkLocation(node.location, input, ByteOrderMark::Skipped);
    FUZZ_CHECK(node.location.file == File, describe(node.location));
    FUZZ_CHECK(node.location.length > 0, describe(node.location));
    FUZZ_CHECK(depth <= 256, QStringLiteral("nesting depth %1 above the limit").arg(depth));
    const qsizetype end = node.location.offset + node.location.length;
    bool duplicates = !node.duplicateKeys().isEmpty();
    for (const Json::Node &item : node.items) {
        FUZZ_CHECK(item.location.offset > node.location.offset && item.location.offset + item.location.length < end,
                   describe(item.location) + QStringLiteral(" outside its array ") + describe(node.location));
        duplicates |= checkNode(item, input, depth + 1);
    }
    for (const Json::Member &member : node.members) {
        checkLocation(member.keyLocation, input, ByteOrderMark::Skipped);
        FUZZ_CHECK(member.keyLocation.offset < member.value.location.offset,
                   describe(member.keyLocation) + QStringLiteral(" after its value"));
        FUZZ_CHECK(member.keyLocation.offset > node.location.offset
                       && member.value.location.offset + member.value.location.length < end,
                   describe(member.value.location) + QStringLiteral(" outside its object ") + describe(node.location));
        duplicates |= checkNode(member.value, input, depth + 1);
    }
    return duplicates;
}

// Equal JSON values. Numbers by value: Qt keeps an integral number above 2^53 that its parser reads
// as an integer, but QJsonValue(double) keeps the same number as a double, and QJsonArray/QJsonObject
// comparison tells the two apart.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        const bool integers = a.toVariant().typeId() == QMetaType::LongLong && b.toVariant().typeId() == QMetaType::LongLong;
        return integers ? a.toInteger() == b.toInteger() : a.toDouble() == b.toDouble();
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!sameValue(left.at(i), right.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.keys() != right.keys())
            return false;
        for (auto it = left.begin(); it != left.end(); ++it) {
            if (!sameValue(it.value(), right.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const Result<Json::Node> result = Json::parse(input, File);
    if (!result) {
        FUZZ_CHECK(!result.error().message.isEmpty(), QString());
        FUZZ_CHECK(result.error().location.file == File, describe(result.error().location));
        checkLocation(result.error().location, input, ByteOrderMark::Skipped);
        return 0;
    }
    const bool duplicates = checkNode(*result, input, 1);

    // Qt's parser reads the same document the same way. Compare only documents without repeated keys
    // (how Qt treats them is its own business) and without U+FEFF after the start: Qt drops it at the
    // start of a string ({"\uFEFF": 1} has the key "" there), Strata keeps it, as RFC 8259 says.
    const QJsonValue value = result->toJsonValue();
    if (!duplicates && input.indexOf("\xEF\xBB\xBF", 1) < 0) {
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(input, &qtError);
        if (result->isObject() || result->isArray()) {
            // Qt stops at a shallower depth, and refuses numbers too small for a double, which Strata
            // reads as zero (RFC 8259 leaves the range of numbers to the implementation).
            FUZZ_CHECK(qtError.error == QJsonParseError::NoError || qtError.error == QJsonParseError::DeepNesting
                           || qtError.error == QJsonParseError::IllegalNumber,
                       QStringLiteral("Qt rejects what Strata accepts: ") + qtError.errorString());
            if (qtError.error == QJsonParseError::NoError) {
                const QJsonValue qtValue = qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array());
                FUZZ_CHECK(sameValue(qtValue, value), QStringLiteral("Strata and Qt read different values"));
            }
        }
    }

    // A round trip: what the parsed value writes out parses again to the same value.
    QJsonDocument document;
    if (value.isObject())
        document.setObject(value.toObject());
    else if (value.isArray())
        document.setArray(value.toArray());
    else
        return 0;
    const QByteArray written = document.toJson(QJsonDocument::Compact);
    const Result<Json::Node> again = Json::parse(written, File);
    FUZZ_CHECK(again.has_value(), again.errorMessage() + QStringLiteral(" in ") + QString::fromUtf8(written));
    FUZZ_CHECK(sameValue(again->toJsonValue(), value), QString::fromUtf8(written));
    return 0;
}
