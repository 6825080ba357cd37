// Result<T> and Result<>: the one way core's fallible calls say what they made or why they could not.
#include <strata/common/Result.h>

#include "TestSupport.h"

#include <QtTest>

#include <memory>

using namespace Strata;
using namespace Qt::StringLiterals;

namespace {

Result<int> half(int n)
{
    if (n % 2)
        return failure(u"%1 is odd"_s.arg(n));
    return n / 2;
}

Result<> checkEven(int n)
{
    if (n % 2)
        return failure(u"%1 is odd"_s.arg(n), SourceLocation{u"/numbers.json"_s, 3, 7, 20, 1});
    return {};
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value();
    void error();
    void voidResult();
    void moveOnlyValue();
    void valueOr();
    void describe();
};

void TestResult::value()
{
    const Result<int> result = half(8);
    QVERIFY(result.has_value());
    QVERIFY(static_cast<bool>(result));
    QCOMPARE(result.value(), 4);
    QCOMPARE(*result, 4);
    QCOMPARE(result.errorMessage(), QString());

    const Result<QString> text = u"abc"_s;
    QCOMPARE(text->size(), 3);
    QVERIFY_RESULT(text);
}

void TestResult::error()
{
    const Result<int> result = half(7);
    QVERIFY(!result.has_value());
    QVERIFY(!result);
    QCOMPARE(result.error().message, u"7 is odd"_s);
    QVERIFY(!result.error().location.isValid());
    QCOMPARE(result.errorMessage(), u"7 is odd"_s);
    QCOMPARE(result.error(), failure(u"7 is odd"_s));
}

void TestResult::voidResult()
{
    QVERIFY_RESULT(checkEven(2));
    const Result<> odd = checkEven(3);
    QVERIFY(!odd);
    QCOMPARE(odd.errorMessage(), u"3 is odd"_s);
    QCOMPARE(odd.error().location.file, u"/numbers.json"_s);
    QCOMPARE(odd.error().location.line, 3);
    QCOMPARE(odd.error().location.column, 7);
    const Result<> fine;
    QVERIFY(fine.has_value());
    QCOMPARE(fine.errorMessage(), QString());
}

void TestResult::moveOnlyValue()
{
    Result<std::unique_ptr<int>> result = std::make_unique<int>(5);
    QVERIFY(result);
    QCOMPARE(**result, 5);
    const std::unique_ptr<int> taken = std::move(result).value();
    QCOMPARE(*taken, 5);
}

void TestResult::valueOr()
{
    QCOMPARE(half(6).value_or(-1), 3);
    QCOMPARE(half(5).value_or(-1), -1);
}

void TestResult::describe()
{
    QCOMPARE(Test::describeResult(half(4)), QString());
    QCOMPARE(Test::describeResult(half(5)), u"5 is odd"_s);
    QCOMPARE(Test::describeResult(checkEven(5)), u"5 is odd (/numbers.json:3:7)"_s);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
