// FieldPath's string forms are the keys FieldLocations has always used ("references.onDelete",
// "primaryKey[1]", "dependencies.<name>"), and what a loader records under a path is found by a rule
// that builds the same path.
#include <strata/common/FieldPath.h>
#include <strata/common/SourceLocation.h>

#include <QtTest>

using namespace Strata;
using namespace Qt::StringLiterals;

class TestFieldPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringForms_data();
    void stringForms();
    void locationsByPath();
};

void TestFieldPath::stringForms_data()
{
    QTest::addColumn<FieldPath>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key") << FieldPath(u"name") << u"name"_s;
    QTest::newRow("nested") << FieldPath(u"references").key(u"onDelete") << u"references.onDelete"_s;
    QTest::newRow("item") << FieldPath(u"primaryKey").index(1) << u"primaryKey[1]"_s;
    QTest::newRow("nested item") << FieldPath(u"validation").key(u"disable").index(0) << u"validation.disable[0]"_s;
    QTest::newRow("dependency") << FieldPath::dependency(u"@acme/core") << u"dependencies.@acme/core"_s;
    QTest::newRow("dependency with a dot") << FieldPath::dependency(u"lodash.get") << u"dependencies.lodash.get"_s;
    QTest::newRow("key from a file") << FieldPath::fromFileKey(u"a.b"_s) << u"a.b"_s;
    QTest::newRow("nested key from a file") << FieldPath(u"rules").fileKey(u"tablePrefix") << u"rules.tablePrefix"_s;
}

void TestFieldPath::stringForms()
{
    QFETCH(FieldPath, path);
    QFETCH(QString, expected);
    QCOMPARE(path.toString(), expected);
}

void TestFieldPath::locationsByPath()
{
    FieldLocations fields;
    const SourceLocation name{u"/p/database.json"_s, 2, 3, 10, 6};
    const SourceLocation onDelete{u"/p/database.json"_s, 4, 5, 40, 9};
    const SourceLocation fallback{u"/p/database.json"_s, 1, 1, 0, 0};
    fields.set(FieldPath::fromFileKey(u"name"_s), name);
    fields.set(FieldPath(u"references").fileKey(u"onDelete"), onDelete);

    QCOMPARE(fields.value(u"name", fallback), name);
    QVERIFY(fields.contains(u"name"));
    QCOMPARE(fields.value(FieldPath(u"references").key(u"onDelete"), fallback), onDelete);
    QVERIFY(fields.contains(FieldPath(u"references").key(u"onDelete")));
    QCOMPARE(fields.value(FieldPath(u"references").key(u"onUpdate"), fallback), fallback);
    QVERIFY(!fields.contains(u"references"));
}

QTEST_GUILESS_MAIN(TestFieldPath)
#include "tst_fieldpath.moc"
