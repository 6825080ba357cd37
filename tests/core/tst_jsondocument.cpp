#include <strata/json/JsonDocument.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TestSupport.h"

using namespace Strata;
using namespace Strata::Json;

namespace {

const QString kFile = QStringLiteral("/project/pkg/database.json");

// Walks "a/0/b": a number picks an array item, anything else an object member. A last segment
// written "@name" asks for the key location of member `name` instead of its value.
bool locate(const Node &root, const QString &path, SourceLocation *location, const Node **found)
{
    const Node *node = &root;
    const QStringList segments = path.isEmpty() ? QStringList() : path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.startsWith(QLatin1Char('@'))) {
            const Member *member = node->memberEntry(QStringView(segment).mid(1));
            if (!member)
                return false;
            *location = member->keyLocation;
            *found = nullptr;
            return true;
        }
        bool isIndex = false;
        const int index = segment.toInt(&isIndex);
        if (isIndex) {
            if (!node->isArray() || index < 0 || size_t(index) >= node->items.size())
                return false;
            node = &node->items[size_t(index)];
        } else {
            node = node->member(segment);
            if (!node)
                return false;
        }
    }
    *location = node->location;
    *found = node;
    return true;
}

// Every node and key carries the file, a position, and a byte span that holds exactly its text:
// scalars and keys parse back to the same value on their own, containers start and end with
// their brackets. Returns the first path where this fails, or an empty string.
QString checkSpans(const Node &node, const QByteArray &json, const QString &path = QStringLiteral("$"))
{
    const SourceLocation &l = node.location;
    if (l.file != kFile || l.line < 1 || l.column < 1 || l.offset < 0 || l.length < 1 || l.offset + l.length > json.size())
        return path;
    const QByteArray span = json.mid(l.offset, l.length);
    if (node.isArray() || node.isObject()) {
        if (span.front() != (node.isArray() ? '[' : '{') || span.back() != (node.isArray() ? ']' : '}'))
            return path;
    } else if (parse(span, kFile).value_or(Node()).toJsonValue() != node.toJsonValue()) {
        return path;
    }
    for (size_t i = 0; i < node.items.size(); ++i) {
        const QString failed = checkSpans(node.items[i], json, path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
        if (!failed.isEmpty())
            return failed;
    }
    for (const Member &member : node.members) {
        const SourceLocation &k = member.keyLocation;
        if (k.file != kFile || k.line < 1 || k.column < 1 || k.offset < l.offset || k.offset + k.length > l.offset + l.length
            || parse(json.mid(k.offset, k.length), kFile).value_or(Node()).string != member.key)
            return path + QLatin1Char('.') + member.key + QLatin1String(" (key)");
        const QString failed = checkSpans(member.value, json, path + QLatin1Char('.') + member.key);
        if (!failed.isEmpty())
            return failed;
    }
    return QString();
}

} // namespace

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locations_data();
    void locations();
    void scalars_data();
    void scalars();
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void errors_data();
    void errors();
    void depthLimit_data();
    void depthLimit();
    void hugeNestingFailsFast();
    void duplicateKeys();
    void typeDescriptions();
    void largeDocument();
};

void TestJsonDocument::locations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");

    const QByteArray nested = "{\n"
                              "  \"a\": [1, {\"b\": \"x\"}],\n"
                              "  \"c\": null\n"
                              "}";
    QTest::newRow("scalar root") << QByteArray("  42 ") << QString() << 1 << 3 << 2 << 2;
    QTest::newRow("object root spans lines") << nested << QString() << 1 << 1 << 0 << int(nested.size());
    QTest::newRow("key on line 2") << nested << QStringLiteral("@a") << 2 << 3 << 4 << 3;
    QTest::newRow("array value") << nested << QStringLiteral("a") << 2 << 8 << 9 << 15;
    QTest::newRow("array item") << nested << QStringLiteral("a/0") << 2 << 9 << 10 << 1;
    QTest::newRow("object in array") << nested << QStringLiteral("a/1") << 2 << 12 << 13 << 10;
    QTest::newRow("nested key") << nested << QStringLiteral("a/1/@b") << 2 << 13 << 14 << 3;
    QTest::newRow("nested string") << nested << QStringLiteral("a/1/b") << 2 << 18 << 19 << 3;
    QTest::newRow("null on line 3") << nested << QStringLiteral("c") << 3 << 8 << 33 << 4;

    // Columns count code points, offsets count bytes: "ä" and "ü" are two bytes each.
    const QByteArray umlauts = "{\"\xc3\xa4\": \"\xc3\xbc\", \"k\": 1}";
    QTest::newRow("two-byte key") << umlauts << QStringLiteral("@\u00e4") << 1 << 2 << 1 << 4;
    QTest::newRow("two-byte string") << umlauts << QString::fromUtf8("\xc3\xa4") << 1 << 7 << 7 << 4;
    QTest::newRow("key after two-byte characters") << umlauts << QStringLiteral("@k") << 1 << 12 << 13 << 3;
    QTest::newRow("value after two-byte characters") << umlauts << QStringLiteral("k") << 1 << 17 << 18 << 1;
    // An emoji is four bytes and one code point.
    QTest::newRow("after four-byte character") << QByteArray("[\"\xf0\x9f\x98\x80\", true]") << QStringLiteral("1")
                                               << 1 << 7 << 9 << 4;
    QTest::newRow("after three-byte character") << QByteArray("[\"\xe2\x82\xac\", false]") << QStringLiteral("1")
                                                << 1 << 7 << 8 << 5;
    // Escapes are measured as written.
    QTest::newRow("string with escapes") << QByteArray("[\"a\\n\\u00e9\\ud83d\\ude00\", 7]") << QStringLiteral("0")
                                         << 1 << 2 << 1 << 23;
    QTest::newRow("after escapes") << QByteArray("[\"a\\n\\u00e9\\ud83d\\ude00\", 7]") << QStringLiteral("1")
                                   << 1 << 27 << 26 << 1;
    // The byte order mark is skipped: it has no column, but it has bytes.
    QTest::newRow("after BOM") << QByteArray("\xef\xbb\xbf{\"a\": 1}") << QStringLiteral("a") << 1 << 7 << 9 << 1;
    QTest::newRow("root after BOM") << QByteArray("\xef\xbb\xbf[]") << QString() << 1 << 1 << 3 << 2;
    QTest::newRow("CRLF line endings") << QByteArray("{\r\n  \"a\": 1\r\n}") << QStringLiteral("a") << 2 << 8 << 10 << 1;
    QTest::newRow("tabs count as one column") << QByteArray("{\n\t\t\"a\":\ttrue}") << QStringLiteral("a") << 2 << 8 << 9 << 4;
    QTest::newRow("number literal length") << QByteArray("[-12.5e+3]") << QStringLiteral("0") << 1 << 2 << 1 << 8;
    QTest::newRow("empty array") << QByteArray("{\"a\": [ ]}") << QStringLiteral("a") << 1 << 7 << 6 << 3;
    QTest::newRow("empty object") << QByteArray("[{}]") << QStringLiteral("0") << 1 << 2 << 1 << 2;
    QTest::newRow("deep path") << QByteArray("{\"x\":\n [\n  [\n   {\"y\": [\"\xc3\xa9\", \"z\"]}]]}")
                               << QStringLiteral("x/0/0/y/1") << 4 << 16 << 29 << 3;
}

void TestJsonDocument::locations()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    QFETCH(int, length);

    const Result<Node> result = parse(json, kFile);
    QVERIFY_RESULT(result);
    SourceLocation location;
    const Node *node = nullptr;
    QVERIFY(locate(*result, path, &location, &node));
    QCOMPARE(location.file, kFile);
    QCOMPARE(location.line, line);
    QCOMPARE(location.column, column);
    QCOMPARE(location.offset, qsizetype(offset));
    QCOMPARE(location.length, qsizetype(length));
    // The span is exactly the value (or key) as written.
    const QByteArray span = json.mid(offset, length);
    QVERIFY(!span.isEmpty());
    if (node && node->isArray())
        QVERIFY(span.startsWith('[') && span.endsWith(']'));
    if (node && node->isObject())
        QVERIFY(span.startsWith('{') && span.endsWith('}'));
    if (!node || node->isString())
        QVERIFY(span.startsWith('"') && span.endsWith('"'));
}

void TestJsonDocument::scalars_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("string");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<bool>("boolean");

    const int N = int(Node::Type::Number);
    const int S = int(Node::Type::String);
    QTest::newRow("true") << QByteArray("true") << int(Node::Type::Bool) << QString() << 0.0 << false << true;
    QTest::newRow("false") << QByteArray("false") << int(Node::Type::Bool) << QString() << 0.0 << false << false;
    QTest::newRow("null") << QByteArray("null") << int(Node::Type::Null) << QString() << 0.0 << false << false;
    QTest::newRow("zero") << QByteArray("0") << N << QStringLiteral("0") << 0.0 << true << false;
    QTest::newRow("negative zero") << QByteArray("-0") << N << QStringLiteral("-0") << -0.0 << true << false;
    QTest::newRow("integer") << QByteArray("-1234") << N << QStringLiteral("-1234") << -1234.0 << true << false;
    QTest::newRow("fraction") << QByteArray("3.25") << N << QStringLiteral("3.25") << 3.25 << false << false;
    QTest::newRow("exponent") << QByteArray("1E3") << N << QStringLiteral("1E3") << 1000.0 << false << false;
    QTest::newRow("signed exponent") << QByteArray("-2.5e-2") << N << QStringLiteral("-2.5e-2") << -0.025 << false << false;
    QTest::newRow("big integer") << QByteArray("12345678901234567890") << N << QStringLiteral("12345678901234567890")
                                 << 12345678901234567890.0 << true << false;
    QTest::newRow("underflow rounds to zero") << QByteArray("1e-400") << N << QStringLiteral("1e-400") << 0.0 << false << false;
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308") << N
                                    << QStringLiteral("1.7976931348623157e308") << 1.7976931348623157e308 << false << false;
    QTest::newRow("plain string") << QByteArray("\"hello\"") << S << QStringLiteral("hello") << 0.0 << false << false;
    QTest::newRow("empty string") << QByteArray("\"\"") << S << QString() << 0.0 << false << false;
    QTest::newRow("simple escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")") << S << QStringLiteral("\"\\/\b\f\n\r\t")
                                    << 0.0 << false << false;
    QTest::newRow("unicode escapes") << QByteArray(R"("caf\u00E9 \u20ac")") << S << QStringLiteral("caf\u00e9 \u20ac")
                                     << 0.0 << false << false;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00!")") << S << QString::fromUtf8("\xf0\x9f\x98\x80!")
                                    << 0.0 << false << false;
    QTest::newRow("raw UTF-8") << QByteArray("\"\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80\"") << S
                               << QString::fromUtf8("\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80") << 0.0 << false << false;
    QTest::newRow("escaped NUL") << QByteArray(R"("a\u0000b")") << S << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                 << 0.0 << false << false;
    QTest::newRow("DEL is allowed") << QByteArray("\"\x7f\"") << S << QString(QChar(0x7f)) << 0.0 << false << false;
}

void TestJsonDocument::scalars()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    QFETCH(QString, string);
    QFETCH(double, number);
    QFETCH(bool, integer);
    QFETCH(bool, boolean);

    const Result<Node> result = parse(json, kFile);
    QVERIFY_RESULT(result);
    const Node &root = *result;
    QCOMPARE(int(root.type), type);
    QCOMPARE(root.location.offset, qsizetype(0));
    QCOMPARE(root.location.length, qsizetype(json.size()));
    if (root.isString() || root.isNumber())
        QCOMPARE(root.string, string);
    if (root.isNumber()) {
        QCOMPARE(root.number, number);
        QCOMPARE(std::signbit(root.number), std::signbit(number));
        QCOMPARE(root.isIntegerLiteral, integer);
    }
    if (root.isBool())
        QCOMPARE(root.boolean, boolean);
}

void TestJsonDocument::sameAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("array of mixed") << QByteArray(R"([1, -2.5, "x\ty", [], {}, [[[]]], {"k": {"l": []}}])");
    QTest::newRow("unicode") << QByteArray("{\"\xc3\xa4\": \"\\u00e9\xf0\x9f\x98\x80\"}");
    QTest::newRow("whitespace everywhere") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] }\n");
    QTest::newRow("large integer stays exact") << QByteArray("[9007199254740993, -9223372036854775808]");
    QTest::newRow("duplicate key keeps the last") << QByteArray(R"({"a": 1, "a": 2})");
    QTest::newRow("lines and multi-byte text") << QByteArray("{\n\t\"\xc3\xa4\xc3\xb6\": [\n  \"\xf0\x9f\x98\x80\", -1.5E-3,\r\n  {\"k\\n\": \"\\u20ac\"}\n ]\n}");
}

void TestJsonDocument::sameAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    const Result<Node> result = parse(json, kFile);
    QVERIFY_RESULT(result);
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QString badSpan = checkSpans(*result, json);
    QVERIFY2(badSpan.isEmpty(), qPrintable(badSpan));
    const QJsonValue actual = result->toJsonValue();
    if (expected.isArray())
        QCOMPARE(actual, QJsonValue(expected.array()));
    else
        QCOMPARE(actual, QJsonValue(expected.object()));
}

void TestJsonDocument::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message"); // a part of the message

    QTest::newRow("empty") << QByteArray() << 1 << 1 << 0 << QStringLiteral("the file is empty");
    QTest::newRow("only whitespace") << QByteArray(" \n  ") << 2 << 3 << 4 << QStringLiteral("the file is empty");
    QTest::newRow("only BOM") << QByteArray("\xef\xbb\xbf") << 1 << 1 << 3 << QStringLiteral("the file is empty");

    QTest::newRow("unexpected character") << QByteArray("x") << 1 << 1 << 0 << QStringLiteral("unexpected character 'x'");
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})") << 1 << 9 << 8 << QStringLiteral("expected ',' or '}'");
    QTest::newRow("missing comma in array") << QByteArray("[1 2]") << 1 << 4 << 3 << QStringLiteral("expected ',' or ']'");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << 1 << 6 << 5 << QStringLiteral("expected ':'");
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << 2 << 1 << QStringLiteral("expected a key");
    QTest::newRow("single quotes") << QByteArray("['a']") << 1 << 2 << 1 << QStringLiteral("unexpected character '''");
    QTest::newRow("missing value") << QByteArray(R"({"a":})") << 1 << 6 << 5 << QStringLiteral("expected a value");
    QTest::newRow("leading comma") << QByteArray("[,1]") << 1 << 2 << 1 << QStringLiteral("expected a value");
    QTest::newRow("comma in empty object") << QByteArray("{,}") << 1 << 2 << 1 << QStringLiteral("expected a key");
    QTest::newRow("non-ASCII outside strings") << QByteArray("[\xc3\xa9]") << 1 << 2 << 1
                                              << QString::fromUtf8("unexpected character '\xc3\xa9'");
    QTest::newRow("error column after multi-byte") << QByteArray("{\"\xc3\xa4\xc3\xa4\": x}") << 1 << 8 << 9
                                                  << QStringLiteral("expected a value");

    QTest::newRow("unterminated string at end") << QByteArray("[\"abc") << 1 << 2 << 1 << QStringLiteral("unterminated string");
    QTest::newRow("unterminated string at line break") << QByteArray("[1,\n \"abc\n\"]") << 2 << 2 << 5
                                                       << QStringLiteral("unterminated string");
    QTest::newRow("unterminated after backslash") << QByteArray("[\"a\\") << 1 << 2 << 1 << QStringLiteral("unterminated string");
    QTest::newRow("invalid escape") << QByteArray(R"(["a\x"])") << 1 << 4 << 3 << QStringLiteral("invalid escape sequence \\'x'");
    QTest::newRow("invalid unicode escape") << QByteArray(R"(["\u12G4"])") << 1 << 3 << 2 << QStringLiteral("invalid \\u escape");
    QTest::newRow("short unicode escape at end") << QByteArray(R"(["\u12)") << 1 << 3 << 2 << QStringLiteral("invalid \\u escape");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["ab\ud800"])") << 1 << 5 << 4 << QStringLiteral("lone high surrogate \\ud800");
    QTest::newRow("high surrogate and non-surrogate") << QByteArray(R"(["\ud800\u0041"])") << 1 << 3 << 2
                                                      << QStringLiteral("lone high surrogate");
    QTest::newRow("two high surrogates") << QByteArray(R"(["\ud800\ud800"])") << 1 << 3 << 2 << QStringLiteral("lone high surrogate");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << 1 << 3 << 2 << QStringLiteral("lone low surrogate \\udc00");
    QTest::newRow("tab in string") << QByteArray("[\"a\tb\"]") << 1 << 4 << 3 << QStringLiteral("control character U+0009");
    QTest::newRow("NUL in string") << QByteArray("[\"a\0b\"]", 7) << 1 << 4 << 3 << QStringLiteral("control character U+0000");
    QTest::newRow("control character outside strings") << QByteArray("[\x01]") << 1 << 2 << 1 << QStringLiteral("unexpected character U+0001");

    QTest::newRow("invalid byte in string") << QByteArray("[\"a\xff\"]") << 1 << 4 << 3 << QStringLiteral("invalid UTF-8 byte 0xFF");
    QTest::newRow("truncated sequence") << QByteArray("[\"\xc3\"]") << 1 << 3 << 2 << QStringLiteral("invalid UTF-8 byte 0xC3");
    QTest::newRow("sequence cut by end of file") << QByteArray("[\"\xe2\x82") << 1 << 3 << 2 << QStringLiteral("invalid UTF-8 byte 0xE2");
    QTest::newRow("overlong encoding") << QByteArray("[\"\xc0\xaf\"]") << 1 << 3 << 2 << QStringLiteral("invalid UTF-8 byte 0xC0");
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << 1 << 3 << 2 << QStringLiteral("invalid UTF-8 byte 0xED");
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]") << 1 << 3 << 2 << QStringLiteral("invalid UTF-8 byte 0xF4");
    QTest::newRow("stray continuation byte") << QByteArray("[\x80]") << 1 << 2 << 1 << QStringLiteral("invalid UTF-8 byte 0x80");
    QTest::newRow("invalid byte after valid text") << QByteArray("{\"\xc3\xa4\": \"x\xfe\"}") << 1 << 9 << 9
                                                   << QStringLiteral("invalid UTF-8 byte 0xFE");

    QTest::newRow("trailing comma in array") << QByteArray("[1, 2,]") << 1 << 6 << 5 << QStringLiteral("trailing comma before ']'");
    QTest::newRow("trailing comma in object") << QByteArray("{\"\xc3\xa4\": 1,}") << 1 << 8 << 8
                                              << QStringLiteral("trailing comma before '}'");
    QTest::newRow("trailing comma on its own line") << QByteArray("[\n1,\n2,\n]") << 3 << 2 << 6 << QStringLiteral("trailing comma");
    QTest::newRow("line comment") << QByteArray("{\"a\": 1 // note\n}") << 1 << 9 << 8 << QStringLiteral("comments are not allowed");
    QTest::newRow("block comment") << QByteArray("/* c */ {}") << 1 << 1 << 0 << QStringLiteral("comments are not allowed");
    QTest::newRow("comment instead of key") << QByteArray("{\n  // x\n}") << 2 << 3 << 4 << QStringLiteral("comments are not allowed");
    QTest::newRow("trailing content") << QByteArray("{} {}") << 1 << 4 << 3 << QStringLiteral("after the end of the JSON value");
    QTest::newRow("trailing content on a later line") << QByteArray("[1]\n\n  x") << 3 << 3 << 7
                                                      << QStringLiteral("after the end of the JSON value");
    QTest::newRow("trailing NUL") << QByteArray("[]\0", 3) << 1 << 3 << 2 << QStringLiteral("after the end of the JSON value");

    QTest::newRow("truncated object") << QByteArray(R"({"a": [1, 2)") << 1 << 12 << 11 << QStringLiteral("unexpected end of file");
    QTest::newRow("truncated after colon") << QByteArray("{\n  \"a\": ") << 2 << 8 << 9 << QStringLiteral("unexpected end of file");
    QTest::newRow("truncated after key") << QByteArray("{\"a\"") << 1 << 5 << 4 << QStringLiteral("unexpected end of file");
    QTest::newRow("truncated literal") << QByteArray("[tru") << 1 << 5 << 4 << QStringLiteral("unexpected end of file");
    QTest::newRow("truncated number") << QByteArray("[-") << 1 << 3 << 2 << QStringLiteral("unexpected end of file");
    QTest::newRow("truncated after open bracket") << QByteArray("[\n") << 2 << 1 << 2 << QStringLiteral("unexpected end of file");
    QTest::newRow("misspelled literal") << QByteArray("[trUe]") << 1 << 2 << 1 << QStringLiteral("invalid literal; expected true");
    QTest::newRow("capitalised literal") << QByteArray("[True]") << 1 << 2 << 1 << QStringLiteral("unexpected character 'T'");

    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 2 << 1 << QStringLiteral("must not start with 0");
    QTest::newRow("minus alone") << QByteArray("[-]") << 1 << 3 << 2 << QStringLiteral("expected a digit after '-'");
    QTest::newRow("no digit after point") << QByteArray("[1.]") << 1 << 4 << 3 << QStringLiteral("after the decimal point");
    QTest::newRow("point before exponent") << QByteArray("[1.e5]") << 1 << 4 << 3 << QStringLiteral("after the decimal point");
    QTest::newRow("empty exponent") << QByteArray("[1e]") << 1 << 4 << 3 << QStringLiteral("in the exponent");
    QTest::newRow("sign without exponent digits") << QByteArray("[1e+]") << 1 << 5 << 4 << QStringLiteral("in the exponent");
    QTest::newRow("plus sign") << QByteArray("[+1]") << 1 << 2 << 1 << QStringLiteral("unexpected character '+'");
    QTest::newRow("leading point") << QByteArray("[.5]") << 1 << 2 << 1 << QStringLiteral("unexpected character '.'");
    QTest::newRow("hexadecimal") << QByteArray("[0x10]") << 1 << 3 << 2 << QStringLiteral("unexpected character 'x'");
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2 << 1 << QStringLiteral("unexpected character 'N'");
    QTest::newRow("negative infinity") << QByteArray("[-Infinity]") << 1 << 3 << 2 << QStringLiteral("expected a digit after '-'");
    QTest::newRow("too large") << QByteArray("[1, 1e400]") << 1 << 5 << 4 << QStringLiteral("too large");
    QTest::newRow("too many digits") << QByteArray("[" + QByteArray(400, '9') + "]") << 1 << 2 << 1 << QStringLiteral("too large");
}

void TestJsonDocument::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    QFETCH(QString, message);

    const Result<Node> result = parse(json, kFile);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(result.error().location.file, kFile);
    QCOMPARE(result.error().location.line, line);
    QCOMPARE(result.error().location.column, column);
    QCOMPARE(result.error().location.offset, qsizetype(offset));
    QVERIFY(result.error().location.offset + result.error().location.length <= json.size());
    // A failed parse leaves no half-built tree behind.
}

void TestJsonDocument::depthLimit_data()
{
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("ok");

    QTest::newRow("default limit reached") << 256 << 256 << true;
    QTest::newRow("default limit exceeded") << 256 << 257 << false;
    QTest::newRow("small limit") << 3 << 3 << true;
    QTest::newRow("small limit exceeded") << 3 << 4 << false;
    QTest::newRow("zero allows only scalars") << 0 << 1 << false;
    QTest::newRow("limit is capped at 10000") << 1000000 << 10001 << false;
    QTest::newRow("10000 levels") << 10000 << 10000 << true;
}

void TestJsonDocument::depthLimit()
{
    QFETCH(int, maxDepth);
    QFETCH(int, depth);
    QFETCH(bool, ok);

    // Alternate arrays and objects: [{"k":[{"k": ... 0 ... }]}]
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += i % 2 ? "{\"k\":" : "[";
    json += "0";
    for (int i = depth - 1; i >= 0; --i)
        json += i % 2 ? "}" : "]";

    ParseLimits limits;
    limits.maxDepth = maxDepth;
    const Result<Node> result = parse(json, kFile, limits);
    QCOMPARE(result.has_value(), ok);
    if (!ok) {
        QVERIFY2(result.error().message.contains(QStringLiteral("nested deeper than")), qPrintable(result.error().message));
        const int limit = std::min(maxDepth, 10000);
        // Points at the first container beyond the limit.
        qsizetype expected = 0;
        for (int i = 0; i < limit; ++i)
            expected += i % 2 ? 5 : 1;
        QCOMPARE(result.error().location.offset, expected);
        QCOMPARE(result.error().location.column, int(expected) + 1);
    } else {
        const Node *node = &*result;
        for (int i = 1; i < depth; ++i)
            node = node->isArray() ? &node->items.front() : &node->members.front().value;
        QCOMPARE(node->location.length, qsizetype(node->isArray() ? 3 : 7));
        const Node &zero = node->isArray() ? node->items.front() : node->members.front().value;
        QCOMPARE(zero.string, QStringLiteral("0"));
        QCOMPARE(zero.location.offset, node->location.offset + (node->isArray() ? 1 : 5));
    }
}

void TestJsonDocument::hugeNestingFailsFast()
{
    QElapsedTimer timer;
    timer.start();
    const Result<Node> result = parse(QByteArray(100000, '['), kFile);
    QVERIFY(!result.has_value());
    QVERIFY(result.error().message.contains(QStringLiteral("nested deeper than 256")));
    QCOMPARE(result.error().location.column, 257);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestJsonDocument::duplicateKeys()
{
    const Result<Node> result = parse(R"({"a": 1, "b": 2, "a": 3, "c": 4, "b": 5, "a": 6})", kFile);
    QVERIFY(result.has_value());
    const Node &root = *result;
    QCOMPARE(root.members.size(), size_t(6));
    QCOMPARE(root.member(u"a")->number, 6.0);
    QCOMPARE(root.memberEntry(u"b")->keyLocation.offset, qsizetype(33));
    QCOMPARE(root.member(u"missing"), nullptr);
    QList<const Member *> duplicates = root.duplicateKeys();
    QCOMPARE(duplicates.size(), 3);
    QCOMPARE(duplicates[0], &root.members[2]);
    QCOMPARE(duplicates[1], &root.members[4]);
    QCOMPARE(duplicates[2], &root.members[5]);

    // Large objects take the hashed path.
    QByteArray big = "{";
    for (int i = 0; i < 40; ++i)
        big += "\"k" + QByteArray::number(i % 30) + "\": " + QByteArray::number(i) + (i < 39 ? ", " : "}");
    const Result<Node> bigResult = parse(big, kFile);
    QVERIFY(bigResult.has_value());
    duplicates = bigResult->duplicateKeys();
    QCOMPARE(duplicates.size(), 10);
    QCOMPARE(duplicates.front()->key, QStringLiteral("k0"));
    QCOMPARE(duplicates.front()->value.number, 30.0);
    QCOMPARE(bigResult->member(u"k9")->number, 39.0);
    QVERIFY(parse("{}", kFile)->duplicateKeys().isEmpty());
}

void TestJsonDocument::typeDescriptions()
{
    QCOMPARE(Node::typeDescription(Node::Type::Null), QStringLiteral("null"));
    QCOMPARE(Node::typeDescription(Node::Type::Bool), QStringLiteral("a boolean"));
    QCOMPARE(Node::typeDescription(Node::Type::Number), QStringLiteral("a number"));
    QCOMPARE(Node::typeDescription(Node::Type::String), QStringLiteral("a string"));
    QCOMPARE(Node::typeDescription(Node::Type::Array), QStringLiteral("an array"));
    QCOMPARE(Node::typeDescription(Node::Type::Object), QStringLiteral("an object"));
    QCOMPARE(parse("[]", kFile)->typeDescription(), QStringLiteral("an array"));
}

void TestJsonDocument::largeDocument()
{
    // About 4 MB of database.json-like tables, with non-ASCII text and escapes, one column per line.
    QByteArray json = "{\n  \"tables\": [\n";
    const int tables = 6000;
    for (int t = 0; t < tables; ++t) {
        json += "    {\"name\": \"t\xc3\xa4" + QByteArray::number(t) + "\", \"comment\": \"caf\\u00e9 \\\"" +
                QByteArray::number(t) + "\\\"\",\n     \"columns\": [\n";
        for (int c = 0; c < 8; ++c) {
            json += "       {\"name\": \"c" + QByteArray::number(c) + "\", \"type\": \"integer\", \"nullable\": " +
                    (c % 2 ? "true" : "false") + ", \"precision\": " + QByteArray::number(c * 1.5) + "}";
            json += c < 7 ? ",\n" : "\n";
        }
        json += "     ]}";
        json += t < tables - 1 ? ",\n" : "\n";
    }
    json += "  ]\n}\n";
    QVERIFY(json.size() > 3 * 1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    const Result<Node> result = parse(json, kFile);
    const qint64 elapsed = timer.elapsed();
    QVERIFY_RESULT(result);
    qInfo("parsed %.1f MB in %lld ms", json.size() / 1048576.0, elapsed);

    const Node *list = result->member(u"tables");
    QVERIFY(list && list->isArray());
    QCOMPARE(list->items.size(), size_t(tables));
    const Node &last = list->items.back();
    QCOMPARE(last.member(u"name")->string, QString::fromUtf8("t\xc3\xa4") + QString::number(tables - 1));
    QCOMPARE(last.member(u"comment")->string, QStringLiteral("caf\u00e9 \"%1\"").arg(tables - 1));
    // Each table takes 1 + 1 + 8 + 1 lines from line 3; the last table's last column is on its 10th line.
    const Node *lastColumn = &last.member(u"columns")->items.back();
    QCOMPARE(lastColumn->location.line, 3 + (tables - 1) * 11 + 9);
    QCOMPARE(lastColumn->location.column, 8);
    QCOMPARE(json.mid(lastColumn->location.offset, lastColumn->location.length),
             QByteArray(R"({"name": "c7", "type": "integer", "nullable": true, "precision": 10.5})"));
    QCOMPARE(lastColumn->member(u"precision")->number, 10.5);
    const QString badSpan = checkSpans(*result, json);
    QVERIFY2(badSpan.isEmpty(), qPrintable(badSpan));
    // The whole tree agrees with Qt's own parser.
    QCOMPARE(result->toJsonValue(), QJsonValue(QJsonDocument::fromJson(json).object()));
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
