// limitFindingsPerFile: at most a limit of findings of one code in one file are listed; one more
// finding, at the first left out, says how many are not. Other files and codes are untouched.

#include <strata/common/Diagnostic.h>

#include <QTest>

using namespace Strata;
using namespace Qt::StringLiterals;

namespace {

Diagnostic finding(const QString &file, const QString &code, int column, Severity severity = Severity::Error)
{
    return Diagnostic{severity, code, u"finding %1"_s.arg(column), SourceLocation{file, 1, column, column - 1, 1},
                      u"@p/one"_s, u"help"_s};
}

} // namespace

class TestFindingsLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underTheLimitNothingChanges()
    {
        Diagnostics list;
        for (int i = 1; i <= 3; ++i)
            list.append(finding(u"a.json"_s, u"unknown-key"_s, i));
        const Diagnostics before = list;
        limitFindingsPerFile(list, 3);
        QCOMPARE(list, before);
    }

    void eachFileAndCodeIsLimitedOnItsOwn()
    {
        Diagnostics list;
        for (int i = 1; i <= 5; ++i) {
            list.append(finding(u"a.json"_s, u"unknown-key"_s, i, Severity::Warning));
            list.append(finding(u"a.json"_s, u"json-syntax"_s, 100 + i, i == 5 ? Severity::Error : Severity::Warning));
            list.append(finding(u"b.json"_s, u"unknown-key"_s, 200 + i, Severity::Warning));
        }
        list.append(finding(u"c.json"_s, u"unknown-key"_s, 1));
        limitFindingsPerFile(list, 2);

        // 3 groups of 2 listed + 1 summary each, and c.json's one finding.
        QCOMPARE(list.size(), 3 * 3 + 1);
        int summaries = 0;
        for (const Diagnostic &d : list) {
            if (d.code != u"findings-omitted")
                continue;
            ++summaries;
            QVERIFY2(d.message.startsWith(u"3 more finding"_s), qPrintable(d.message));
            QCOMPARE(d.location.column % 100, 3); // the first one left out
            QCOMPARE(d.location.offset, qsizetype(-1));
            QCOMPARE(d.package, u"@p/one"_s);
            QVERIFY(!d.help.isEmpty());
            // An error when any finding left out is one.
            QCOMPARE(d.isError(), d.message.contains(u"[json-syntax]"_s));
        }
        QCOMPARE(summaries, 3);
        QCOMPARE(list.last().location.file, u"c.json"_s);
    }
};

QTEST_GUILESS_MAIN(TestFindingsLimit)
#include "tst_findingslimit.moc"
