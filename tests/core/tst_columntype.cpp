#include <strata/model/ColumnType.h>

#include "TestSupport.h"

#include <QTest>

using namespace Strata;

class TestColumnType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void enumerationAndDialectSpecific();
    void families();
    void referencingType();
    void compatibleReference_data();
    void compatibleReference();
    void portableTypeNames();
};

void TestColumnType::parseValid_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("portable");

    const auto row = [](const char *name, const char *spelling, TypeKind kind, int length, int precision, int scale,
                        const char *portable) {
        QTest::newRow(name) << QString::fromUtf8(spelling) << int(kind) << length << precision << scale
                            << QString::fromUtf8(portable);
    };
    row("text", "text", TypeKind::Text, 0, 0, 0, "text");
    row("varchar", "varchar(40)", TypeKind::Varchar, 40, 0, 0, "varchar(40)");
    row("varchar max", "varchar(10485760)", TypeKind::Varchar, 10485760, 0, 0, "varchar(10485760)");
    row("char", "char(2)", TypeKind::Char, 2, 0, 0, "char(2)");
    row("smallint", "smallint", TypeKind::SmallInt, 0, 0, 0, "smallint");
    row("integer", "integer", TypeKind::Integer, 0, 0, 0, "integer");
    row("bigint", "bigint", TypeKind::BigInt, 0, 0, 0, "bigint");
    row("serial", "serial", TypeKind::Serial, 0, 0, 0, "serial");
    row("bigserial", "bigserial", TypeKind::BigSerial, 0, 0, 0, "bigserial");
    row("boolean", "boolean", TypeKind::Boolean, 0, 0, 0, "boolean");
    row("real", "real", TypeKind::Real, 0, 0, 0, "real");
    row("double", "double", TypeKind::Double, 0, 0, 0, "double");
    row("numeric bare", "numeric", TypeKind::Numeric, 0, 0, 0, "numeric");
    row("numeric precision", "numeric(10)", TypeKind::Numeric, 0, 10, 0, "numeric(10)");
    row("numeric precision scale", "numeric(12,2)", TypeKind::Numeric, 0, 12, 2, "numeric(12,2)");
    row("numeric spaces", "numeric( 12 , 2 )", TypeKind::Numeric, 0, 12, 2, "numeric(12,2)");
    row("numeric scale = precision", "numeric(4,4)", TypeKind::Numeric, 0, 4, 4, "numeric(4,4)");
    row("numeric max", "numeric(1000,0)", TypeKind::Numeric, 0, 1000, 0, "numeric(1000)");
    row("date", "date", TypeKind::Date, 0, 0, 0, "date");
    row("time", "time", TypeKind::Time, 0, 0, 0, "time");
    row("timestamp", "timestamp", TypeKind::Timestamp, 0, 0, 0, "timestamp");
    row("timestamptz", "timestamptz", TypeKind::TimestampTz, 0, 0, 0, "timestamptz");
    row("uuid", "uuid", TypeKind::Uuid, 0, 0, 0, "uuid");
    row("json", "json", TypeKind::Json, 0, 0, 0, "json");
    row("jsonb", "jsonb", TypeKind::Jsonb, 0, 0, 0, "jsonb");
    row("bytes", "bytes", TypeKind::Bytes, 0, 0, 0, "bytes");
    row("enum", "enum", TypeKind::Enum, 0, 0, 0, "enum");
    row("upper case", "VARCHAR(320)", TypeKind::Varchar, 320, 0, 0, "varchar(320)");
    row("mixed case", "TimeStampTZ", TypeKind::TimestampTz, 0, 0, 0, "timestamptz");
    row("surrounding spaces", "  bigint \t", TypeKind::BigInt, 0, 0, 0, "bigint");
    row("space before parenthesis", "varchar (8)", TypeKind::Varchar, 8, 0, 0, "varchar(8)");
}

void TestColumnType::parseValid()
{
    QFETCH(QString, spelling);
    QFETCH(int, kind);
    QFETCH(int, length);
    QFETCH(int, precision);
    QFETCH(int, scale);
    QFETCH(QString, portable);

    const Result<ColumnType> parsed = ColumnType::parse(spelling);
    QVERIFY_RESULT(parsed);
    const ColumnType &type = *parsed;
    QVERIFY(type.isValid());
    QCOMPARE(int(type.kind), kind);
    QCOMPARE(type.length, length);
    QCOMPARE(type.precision, precision);
    QCOMPARE(type.scale, scale);
    QCOMPARE(type.portableName(), portable);
    QCOMPARE(type.spelling, spelling);
    // The canonical spelling parses back to the same type.
    const ColumnType again = ColumnType::parse(portable).value_or(ColumnType{});
    QCOMPARE(again.kind, type.kind);
    QCOMPARE(again.portableName(), portable);
}

void TestColumnType::parseInvalid_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("error"); // a part of the expected message

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("unknown") << QStringLiteral("strng") << QStringLiteral("Unknown column type \"strng\"");
    QTest::newRow("postgres spelling") << QStringLiteral("int4") << QStringLiteral("Unknown column type \"int4\"");
    QTest::newRow("two words") << QStringLiteral("double precision") << QStringLiteral("is not a column type");
    QTest::newRow("garbage") << QStringLiteral("varchar(40") << QStringLiteral("is not a column type");
    QTest::newRow("trailing text") << QStringLiteral("varchar(40) x") << QStringLiteral("is not a column type");
    QTest::newRow("varchar without length") << QStringLiteral("varchar") << QStringLiteral("needs a length");
    QTest::newRow("char without length") << QStringLiteral("char") << QStringLiteral("needs a length");
    QTest::newRow("varchar empty length") << QStringLiteral("varchar()") << QStringLiteral("must be a whole number");
    QTest::newRow("varchar zero") << QStringLiteral("varchar(0)") << QStringLiteral("at least 1");
    QTest::newRow("varchar negative") << QStringLiteral("varchar(-4)") << QStringLiteral("must be a whole number");
    QTest::newRow("varchar word") << QStringLiteral("varchar(n)") << QStringLiteral("must be a whole number");
    QTest::newRow("varchar fraction") << QStringLiteral("varchar(4.5)") << QStringLiteral("must be a whole number");
    QTest::newRow("varchar two parameters")
        << QStringLiteral("varchar(4,2)") << QStringLiteral("exactly one parameter");
    QTest::newRow("varchar too long") << QStringLiteral("varchar(10485761)") << QStringLiteral("at most 10485760");
    QTest::newRow("char too long") << QStringLiteral("char(99999999)") << QStringLiteral("at most 10485760");
    QTest::newRow("numeric empty") << QStringLiteral("numeric()") << QStringLiteral("takes a precision");
    QTest::newRow("numeric zero precision") << QStringLiteral("numeric(0)") << QStringLiteral("at least 1");
    QTest::newRow("numeric precision too large") << QStringLiteral("numeric(1001,2)") << QStringLiteral("at most 1000");
    QTest::newRow("numeric scale above precision")
        << QStringLiteral("numeric(4,5)") << QStringLiteral("may not exceed its precision");
    QTest::newRow("numeric three parameters")
        << QStringLiteral("numeric(4,2,1)") << QStringLiteral("takes a precision");
    QTest::newRow("numeric negative scale")
        << QStringLiteral("numeric(4,-1)") << QStringLiteral("must be a whole number");
    QTest::newRow("numeric missing scale") << QStringLiteral("numeric(4,)") << QStringLiteral("must be a whole number");
    QTest::newRow("parameters on integer") << QStringLiteral("integer(4)") << QStringLiteral("takes no parameters");
    QTest::newRow("parameters on timestamp") << QStringLiteral("timestamp(3)") << QStringLiteral("takes no parameters");
}

void TestColumnType::parseInvalid()
{
    QFETCH(QString, spelling);
    QFETCH(QString, error);

    const Result<ColumnType> type = ColumnType::parse(spelling);
    QVERIFY(!type);
    QCOMPARE(type.value_or(ColumnType{}).kind, TypeKind::Invalid);
    const QString message = type.errorMessage();
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestColumnType::enumerationAndDialectSpecific()
{
    const ColumnType status = ColumnType::enumeration({QStringLiteral("draft"), QStringLiteral("sent")});
    QCOMPARE(status.kind, TypeKind::Enum);
    QCOMPARE(status.enumValues, (QStringList{QStringLiteral("draft"), QStringLiteral("sent")}));
    QCOMPARE(status.portableName(), QStringLiteral("enum"));
    QVERIFY(status.isTextual());

    const ColumnType search = ColumnType::dialectSpecific({{QStringLiteral("postgresql"), QStringLiteral("tsvector")},
                                                           {QStringLiteral("sqlite"), QStringLiteral("TEXT")}});
    QCOMPARE(search.kind, TypeKind::DialectSpecific);
    QCOMPARE(search.dialectTypes.value(QStringLiteral("postgresql")), QStringLiteral("tsvector"));
    QCOMPARE(search.portableName(), QStringLiteral("{\"postgresql\": \"tsvector\", \"sqlite\": \"TEXT\"}"));
    QVERIFY(search.isValid());
    QVERIFY(!search.isTextual());
}

void TestColumnType::families()
{
    const auto type = [](const char *spelling) { return ColumnType::parse(QString::fromUtf8(spelling)).value_or(ColumnType{}); };
    for (const char *s : {"smallint", "integer", "bigint", "serial", "bigserial"}) {
        QVERIFY2(type(s).isInteger(), s);
        QVERIFY2(type(s).isNumeric(), s);
    }
    for (const char *s : {"real", "double", "numeric(4,2)"}) {
        QVERIFY2(!type(s).isInteger(), s);
        QVERIFY2(type(s).isNumeric(), s);
    }
    for (const char *s : {"text", "varchar(3)", "char(1)", "uuid"})
        QVERIFY2(type(s).isTextual(), s);
    for (const char *s : {"json", "jsonb", "bytes", "boolean", "integer"})
        QVERIFY2(!type(s).isTextual(), s);
    for (const char *s : {"date", "time", "timestamp", "timestamptz"})
        QVERIFY2(type(s).isTemporal(), s);
    QVERIFY(!type("text").isTemporal());
    QVERIFY(type("serial").isSerial());
    QVERIFY(!type("integer").isSerial());
    QVERIFY(!ColumnType().isInteger());
}

void TestColumnType::referencingType()
{
    QCOMPARE(ColumnType::parse(QStringLiteral("serial"))->referencingType().kind, TypeKind::Integer);
    QCOMPARE(ColumnType::parse(QStringLiteral("serial"))->referencingType().portableName(), QStringLiteral("integer"));
    QCOMPARE(ColumnType::parse(QStringLiteral("bigserial"))->referencingType().kind, TypeKind::BigInt);
    QCOMPARE(ColumnType::parse(QStringLiteral("uuid"))->referencingType().kind, TypeKind::Uuid);
    const ColumnType code = *ColumnType::parse(QStringLiteral("varchar(12)"));
    QCOMPARE(code.referencingType(), code);
}

void TestColumnType::compatibleReference_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("compatible");

    const auto row = [](const char *from, const char *to, bool compatible) {
        QTest::addRow("%s -> %s", from, to) << QString::fromUtf8(from) << QString::fromUtf8(to) << compatible;
    };
    row("integer", "serial", true);
    row("bigint", "bigserial", true);
    row("integer", "integer", true);
    row("bigint", "bigint", true);
    row("smallint", "smallint", true);
    row("serial", "serial", true); // both reference as integer
    row("integer", "bigserial", false);
    row("bigint", "serial", false);
    row("smallint", "integer", false);
    row("bigint", "integer", false);
    row("text", "text", true);
    row("text", "varchar(40)", true);
    row("varchar(10)", "varchar(40)", true);
    row("char(2)", "text", true);
    row("varchar(3)", "char(3)", true);
    row("uuid", "uuid", true);
    row("uuid", "text", false);
    row("text", "uuid", false);
    row("numeric(12,2)", "numeric(12,2)", true);
    row("numeric", "integer", false);
    row("real", "double", false);
    row("date", "date", true);
    row("date", "timestamp", false);
    row("timestamp", "timestamptz", false);
    row("bytes", "bytes", true);
    row("boolean", "integer", false);
    row("integer", "text", false);
}

void TestColumnType::compatibleReference()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, compatible);
    const ColumnType fromType = ColumnType::parse(from).value_or(ColumnType{});
    const ColumnType toType = ColumnType::parse(to).value_or(ColumnType{});
    QVERIFY(fromType.isValid() && toType.isValid());
    QCOMPARE(fromType.isCompatibleReference(toType), compatible);
}

void TestColumnType::portableTypeNames()
{
    const QStringList names = ColumnType::portableTypeNames();
    QCOMPARE(names.size(), 21);
    QCOMPARE(names.first(), QStringLiteral("text"));
    QVERIFY(names.contains(QStringLiteral("timestamptz")));
    QVERIFY(names.contains(QStringLiteral("enum")));
    for (const QString &name : names) {
        // Every name parses (those needing a length with one).
        const bool needsLength = name == QLatin1String("varchar") || name == QLatin1String("char");
        QVERIFY_RESULT(ColumnType::parse(needsLength ? name + QStringLiteral("(1)") : name));
    }
    QVERIFY(!ColumnType().isCompatibleReference(*ColumnType::parse(QStringLiteral("text"))));
}

QTEST_GUILESS_MAIN(TestColumnType)
#include "tst_columntype.moc"
