// Semantic versions and npm version ranges, as package.json dependencies write them.
#include <strata/common/Semver.h>

#include "TestSupport.h"

#include <QtTest>

using namespace Strata;
using namespace Qt::StringLiterals;

class TestSemver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVersion_data();
    void parseVersion();
    void compare_data();
    void compare();
    void range_data();
    void range();
    void invalidRange_data();
    void invalidRange();
    void numberAboveNpmLimit_data();
    void numberAboveNpmLimit();
};

void TestSemver::parseVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("plain") << u"1.2.3"_s << true << u"1.2.3"_s;
    QTest::newRow("zeros") << u"0.0.0"_s << true << u"0.0.0"_s;
    QTest::newRow("prerelease") << u"1.0.0-alpha.1"_s << true << u"1.0.0-alpha.1"_s;
    QTest::newRow("build metadata dropped") << u"1.0.0+build.5"_s << true << u"1.0.0"_s;
    QTest::newRow("prerelease and build") << u"1.0.0-rc.1+sha.abc"_s << true << u"1.0.0-rc.1"_s;
    QTest::newRow("leading v") << u"v2.0.1"_s << true << u"2.0.1"_s;
    QTest::newRow("surrounding spaces") << u"  3.4.5 "_s << true << u"3.4.5"_s;
    QTest::newRow("hyphen in prerelease") << u"1.0.0-x-y-z.--"_s << true << u"1.0.0-x-y-z.--"_s;
    QTest::newRow("missing patch") << u"1.2"_s << false << QString();
    QTest::newRow("wildcard") << u"1.2.x"_s << false << QString();
    QTest::newRow("leading zero") << u"01.2.3"_s << false << QString();
    QTest::newRow("leading zero in numeric prerelease") << u"1.2.3-01"_s << false << QString();
    QTest::newRow("empty prerelease identifier") << u"1.2.3-a..b"_s << false << QString();
    QTest::newRow("empty build") << u"1.2.3+"_s << false << QString();
    QTest::newRow("four parts") << u"1.2.3.4"_s << false << QString();
    QTest::newRow("negative") << u"-1.2.3"_s << false << QString();
    // npm takes version numbers up to Number.MAX_SAFE_INTEGER, 2^53 - 1 = 9007199254740991.
    QTest::newRow("above 32 bits") << u"99999999999.0.0"_s << true << u"99999999999.0.0"_s;
    QTest::newRow("int max plus one") << u"2147483648.2147483648.2147483648"_s << true
                                      << u"2147483648.2147483648.2147483648"_s;
    QTest::newRow("npm's largest") << u"9007199254740991.9007199254740991.9007199254740991"_s << true
                                   << u"9007199254740991.9007199254740991.9007199254740991"_s;
    QTest::newRow("major one above npm's largest") << u"9007199254740992.0.0"_s << false << QString();
    QTest::newRow("patch one above npm's largest") << u"1.0.9007199254740992"_s << false << QString();
    QTest::newRow("beyond 64 bits") << u"1.99999999999999999999.0"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("letters") << u"latest"_s << false << QString();
}

void TestSemver::parseVersion()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const Result<SemVersion> v = SemVersion::parse(text);
    QCOMPARE(v.has_value(), valid);
    QCOMPARE(v ? v->toString() : QString(), normalized);
}

void TestSemver::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("equal") << u"1.2.3"_s << u"1.2.3"_s << 0;
    QTest::newRow("major") << u"1.9.9"_s << u"2.0.0"_s << -1;
    QTest::newRow("minor numeric not textual") << u"1.10.0"_s << u"1.9.0"_s << 1;
    QTest::newRow("patch") << u"1.2.4"_s << u"1.2.3"_s << 1;
    QTest::newRow("release above prerelease") << u"1.0.0"_s << u"1.0.0-rc.1"_s << 1;
    QTest::newRow("build ignored") << u"1.0.0+a"_s << u"1.0.0+b"_s << 0;
    // The chain from semver.org section 11.
    const QStringList chain = {u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s, u"1.0.0-beta"_s,
                               u"1.0.0-beta.2"_s, u"1.0.0-beta.11"_s, u"1.0.0-rc.1"_s, u"1.0.0"_s};
    for (int i = 0; i + 1 < chain.size(); ++i)
        QTest::addRow("%s < %s", qPrintable(chain[i]), qPrintable(chain[i + 1])) << chain[i] << chain[i + 1] << -1;
    QTest::newRow("long numeric identifiers") << u"1.0.0-123456789012345678901"_s << u"1.0.0-99"_s << 1;
}

void TestSemver::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const Result<SemVersion> va = SemVersion::parse(a);
    const Result<SemVersion> vb = SemVersion::parse(b);
    QVERIFY_RESULT(va);
    QVERIFY_RESULT(vb);
    QCOMPARE(SemVersion::compare(*va, *vb), expected);
    QCOMPARE(SemVersion::compare(*vb, *va), -expected);
}

void TestSemver::range_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("matching");
    QTest::addColumn<QStringList>("notMatching");

    const auto l = [](std::initializer_list<const char16_t *> items) {
        QStringList out;
        for (const char16_t *item : items)
            out << QString::fromUtf16(item);
        return out;
    };

    QTest::newRow("exact") << u"1.2.3"_s << l({u"1.2.3"}) << l({u"1.2.4", u"1.2.3-rc.1"});
    QTest::newRow("equals") << u"=1.2.3"_s << l({u"1.2.3"}) << l({u"1.2.2"});
    QTest::newRow("v prefix") << u"v1.2.3"_s << l({u"1.2.3"}) << l({u"1.2.2"});
    QTest::newRow("greater") << u">1.2.3"_s << l({u"1.2.4", u"2.0.0"}) << l({u"1.2.3", u"1.0.0"});
    QTest::newRow("greater or equal") << u">=1.2.3"_s << l({u"1.2.3", u"9.0.0"}) << l({u"1.2.2"});
    QTest::newRow("less") << u"<1.2.3"_s << l({u"1.2.2", u"0.0.1"}) << l({u"1.2.3", u"1.2.3-beta"});
    QTest::newRow("less or equal") << u"<=1.2.3"_s << l({u"1.2.3"}) << l({u"1.2.4"});
    QTest::newRow("greater partial") << u">1.2"_s << l({u"1.3.0"}) << l({u"1.2.9", u"1.3.0-0"});
    QTest::newRow("less partial") << u"<1.2"_s << l({u"1.1.9"}) << l({u"1.2.0"});
    QTest::newRow("less or equal partial") << u"<=1"_s << l({u"1.9.9"}) << l({u"2.0.0"});
    QTest::newRow("operator with space") << u">= 1.2.3 < 2"_s << l({u"1.5.0"}) << l({u"2.0.0", u"1.2.2"});
    QTest::newRow("caret") << u"^1.2.3"_s << l({u"1.2.3", u"1.9.0"}) << l({u"2.0.0", u"1.2.2", u"2.0.0-alpha"});
    QTest::newRow("caret zero minor") << u"^0.2.3"_s << l({u"0.2.3", u"0.2.9"}) << l({u"0.3.0", u"0.2.2"});
    QTest::newRow("caret zero zero") << u"^0.0.3"_s << l({u"0.0.3"}) << l({u"0.0.4", u"0.0.2"});
    QTest::newRow("caret partial") << u"^1.2"_s << l({u"1.2.0", u"1.8.0"}) << l({u"2.0.0", u"1.1.0"});
    QTest::newRow("caret zero partial") << u"^0.0"_s << l({u"0.0.5"}) << l({u"0.1.0"});
    QTest::newRow("caret x") << u"^1.x"_s << l({u"1.0.0", u"1.9.9"}) << l({u"2.0.0"});
    QTest::newRow("caret prerelease")
        << u"^1.2.3-beta.2"_s << l({u"1.2.3-beta.3", u"1.2.3", u"1.5.0"})
        << l({u"1.2.3-beta.1", u"1.2.4-beta.1", u"2.0.0"});
    QTest::newRow("tilde") << u"~1.2.3"_s << l({u"1.2.3", u"1.2.9"}) << l({u"1.3.0", u"1.2.2"});
    QTest::newRow("tilde minor") << u"~1.2"_s << l({u"1.2.0", u"1.2.9"}) << l({u"1.3.0"});
    QTest::newRow("tilde major") << u"~1"_s << l({u"1.0.0", u"1.9.0"}) << l({u"2.0.0"});
    QTest::newRow("tilde zero") << u"~0.2.3"_s << l({u"0.2.3"}) << l({u"0.3.0"});
    QTest::newRow("x minor") << u"1.x"_s << l({u"1.0.0", u"1.99.0"}) << l({u"2.0.0", u"0.9.0"});
    QTest::newRow("star patch") << u"1.2.*"_s << l({u"1.2.0", u"1.2.7"}) << l({u"1.3.0"});
    QTest::newRow("bare major") << u"2"_s << l({u"2.0.0", u"2.5.1"}) << l({u"3.0.0", u"1.0.0"});
    QTest::newRow("star") << u"*"_s << l({u"0.0.1", u"10.0.0", u"1.0.0-beta"}) << QStringList();
    QTest::newRow("x") << u"x"_s << l({u"1.2.3"}) << QStringList();
    QTest::newRow("empty") << QString() << l({u"1.2.3"}) << QStringList();
    QTest::newRow("latest") << u"latest"_s << l({u"4.5.6"}) << QStringList();
    QTest::newRow("workspace star") << u"workspace:*"_s << l({u"0.1.0", u"2.0.0-rc.1"}) << QStringList();
    QTest::newRow("workspace caret alone") << u"workspace:^"_s << l({u"3.0.0"}) << QStringList();
    QTest::newRow("workspace range") << u"workspace:^1.2.0"_s << l({u"1.4.0"}) << l({u"2.0.0"});
    QTest::newRow("hyphen") << u"1.2.3 - 2.3.4"_s << l({u"1.2.3", u"2.3.4"}) << l({u"2.3.5", u"1.2.2"});
    QTest::newRow("hyphen partial low") << u"1.2 - 2.3.4"_s << l({u"1.2.0"}) << l({u"1.1.9"});
    QTest::newRow("hyphen partial high") << u"1.2.3 - 2.3"_s << l({u"2.3.9"}) << l({u"2.4.0"});
    QTest::newRow("hyphen major high") << u"1.2.3 - 2"_s << l({u"2.9.9"}) << l({u"3.0.0"});
    QTest::newRow("and") << u">=1.0.0 <1.5.0"_s << l({u"1.0.0", u"1.4.9"}) << l({u"1.5.0", u"0.9.9"});
    QTest::newRow("or") << u"^1.2 || ^3"_s << l({u"1.2.0", u"3.1.0"}) << l({u"2.0.0", u"4.0.0"});
    QTest::newRow("or with star") << u"^1 || *"_s << l({u"7.0.0"}) << QStringList();
    QTest::newRow("or with and")
        << u"<1.0.0 || >=2.0.0 <2.1.0"_s << l({u"0.5.0", u"2.0.5"}) << l({u"1.5.0", u"2.1.0"});
    QTest::newRow("greater star is nothing") << u">*"_s << QStringList() << l({u"1.0.0", u"0.0.0"});
    // Bounds past the largest int (which once wrapped to a negative version and failed every version).
    QTest::newRow("caret at int max") << u"^2147483647.0.0"_s << l({u"2147483647.0.0", u"2147483647.9.1"})
                                      << l({u"2147483648.0.0", u"2147483646.9.9"});
    QTest::newRow("tilde minor at int max") << u"~1.2147483647"_s << l({u"1.2147483647.0", u"1.2147483647.7"})
                                            << l({u"1.2147483648.0", u"1.2147483646.0"});
    QTest::newRow("greater than int max") << u">2147483647"_s << l({u"2147483648.0.0"}) << l({u"2147483647.9.9"});
    QTest::newRow("less or equal int max") << u"<=2147483647.2147483647"_s << l({u"2147483647.2147483647.5"})
                                           << l({u"2147483647.2147483648.0"});
    QTest::newRow("caret zero at int max") << u"^0.0.2147483647"_s << l({u"0.0.2147483647"})
                                           << l({u"0.0.2147483648"});
    QTest::newRow("caret at npm's largest")
        << u"^9007199254740991.0.0"_s << l({u"9007199254740991.0.0", u"9007199254740991.9007199254740991.9007199254740991"})
        << l({u"9007199254740990.9.9"});
    QTest::newRow("tilde patch at npm's largest") << u"~1.2.9007199254740991"_s << l({u"1.2.9007199254740991"})
                                                  << l({u"1.3.0", u"1.2.9007199254740990"});
    QTest::newRow("greater than npm's largest minor") << u">1.9007199254740991"_s << l({u"2.0.0"})
                                                      << l({u"1.9007199254740991.9007199254740991"});
    QTest::newRow("hyphen to npm's largest") << u"1.0.0 - 9007199254740991"_s << l({u"9007199254740991.5.5"})
                                             << l({u"0.9.9"});
    QTest::newRow("prerelease needs same tuple")
        << u">=1.0.0-alpha <2.0.0"_s << l({u"1.0.0-beta", u"1.5.0"}) << l({u"1.5.0-beta"});
}

void TestSemver::range()
{
    QFETCH(QString, range);
    QFETCH(QStringList, matching);
    QFETCH(QStringList, notMatching);
    const Result<SemverRange> r = SemverRange::parse(range);
    QVERIFY_RESULT(r);
    QCOMPARE(r->toString(), range);
    for (const QString &text : std::as_const(matching)) {
        const Result<SemVersion> v = SemVersion::parse(text);
        QVERIFY_RESULT(v);
        QVERIFY2(r->satisfiedBy(*v), qPrintable(text));
    }
    for (const QString &text : std::as_const(notMatching)) {
        const Result<SemVersion> v = SemVersion::parse(text);
        QVERIFY_RESULT(v);
        QVERIFY2(!r->satisfiedBy(*v), qPrintable(text));
    }
}

void TestSemver::invalidRange_data()
{
    QTest::addColumn<QString>("range");
    QTest::newRow("words") << u"next please"_s;
    QTest::newRow("dangling operator") << u">="_s;
    QTest::newRow("bad number") << u"^01.2"_s;
    QTest::newRow("four parts") << u"1.2.3.4"_s;
    QTest::newRow("prerelease on partial") << u"1.2-beta"_s;
    QTest::newRow("wildcard then number") << u"1.x.3"_s;
    QTest::newRow("bad hyphen side") << u"1.2.3 - abc"_s;
    QTest::newRow("empty alternative part") << u"^1 || foo"_s;
    QTest::newRow("number above npm's largest") << u"^9007199254740992.0.0"_s;
}

void TestSemver::invalidRange()
{
    QFETCH(QString, range);
    const Result<SemverRange> r = SemverRange::parse(range);
    QVERIFY(!r);
    QVERIFY(r.errorMessage().contains(range));
}

// A number npm refuses ("Invalid version") is an error that says so, for versions and for ranges.
void TestSemver::numberAboveNpmLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isRange");
    QTest::addColumn<QString>("number");

    QTest::newRow("version major") << u"9007199254740992.0.0"_s << false << u"9007199254740992"_s;
    QTest::newRow("version patch") << u"1.2.99999999999999999999"_s << false << u"99999999999999999999"_s;
    QTest::newRow("caret") << u"^9007199254740992.0.0"_s << true << u"9007199254740992"_s;
    QTest::newRow("tilde partial") << u"~1.9007199254740992"_s << true << u"9007199254740992"_s;
    QTest::newRow("greater partial") << u">18446744073709551616"_s << true << u"18446744073709551616"_s;
    QTest::newRow("hyphen high side") << u"1.0.0 - 9007199254740992"_s << true << u"9007199254740992"_s;
    QTest::newRow("second alternative") << u"^1 || ^9007199254740993"_s << true << u"9007199254740993"_s;
}

void TestSemver::numberAboveNpmLimit()
{
    QFETCH(QString, text);
    QFETCH(bool, isRange);
    QFETCH(QString, number);
    QString error;
    if (isRange) {
        const Result<SemverRange> r = SemverRange::parse(text);
        QVERIFY(!r);
        error = r.errorMessage();
        QVERIFY2(error.contains(text), qPrintable(error));
    } else {
        const Result<SemVersion> v = SemVersion::parse(text);
        QVERIFY(!v);
        error = v.errorMessage();
    }
    QVERIFY2(error.contains(u"the version number "_s + number + u" is larger than 9007199254740991"_s), qPrintable(error));

    // Other refusals keep their plain message.
    const Result<SemVersion> plainVersion = SemVersion::parse(u"1.2"_s);
    QVERIFY(!plainVersion);
    QVERIFY2(plainVersion.errorMessage().isEmpty(), qPrintable(plainVersion.errorMessage()));
    const Result<SemverRange> plainRange = SemverRange::parse(u"^01.2"_s);
    QVERIFY(!plainRange);
    QCOMPARE(plainRange.errorMessage(), u"\"^01.2\" is not a version range (at \"^01.2\")"_s);
}

QTEST_GUILESS_MAIN(TestSemver)
#include "tst_semver.moc"
