// `strata test` through the real binary on SQLite: examples/ passes; packages of tests/data/pkgtest
// with a forgotten migration, a wrong down section, a fixture a later migration breaks and a
// migration without a down section each fail (or pass) naming what; the JSON shape docs/cli.md
// documents; JUnit XML read by QXmlStreamReader, strictly, its counts matching.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Strata::Test;

namespace {

QString project()
{
    return testDataDir() + QStringLiteral("/pkgtest");
}

CliResult test(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("-C"), project(), QStringLiteral("test")} + arguments);
}

QJsonObject stepOf(const QJsonObject &package, const QString &name)
{
    for (const QJsonValue &step : package.value(QStringLiteral("steps")).toArray()) {
        if (step[QStringLiteral("step")].toString() == name)
            return step.toObject();
    }
    return {};
}

QString messagesOf(const QJsonObject &step)
{
    QStringList lines;
    for (const QJsonValue &message : step.value(QStringLiteral("messages")).toArray())
        lines.append(message[QStringLiteral("file")].toString() + QLatin1Char(':')
                     + QString::number(message[QStringLiteral("line")].toInt()) + QStringLiteral(": ")
                     + message[QStringLiteral("message")].toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesPass()
    {
        const CliResult result = runCli({QStringLiteral("-C"), examplesDir(), QStringLiteral("test")});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        QVERIFY2(result.out.contains("5 packages tested: 5 passed, 0 failed"), result.out.constData());
    }

    // Each package of tests/data/pkgtest alone, as JSON: the exit code, the step that fails (or is
    // skipped) and what its messages name.
    void packages_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("named");

        QTest::newRow("fixture rows kept") << QStringLiteral("@t/base") << QStringList() << 0
                                           << QStringLiteral("fixtures") << QStringLiteral("passed")
                                           << QStringList{QStringLiteral("2 fixture rows kept")};
        QTest::newRow("forgotten migration")
            << QStringLiteral("@t/forgotten") << QStringList() << 1 << QStringLiteral("schema")
            << QStringLiteral("failed")
            << QStringList{QStringLiteral("packages/forgotten/database.json:16: Table tags is declared but missing.")};
        QTest::newRow("wrong down section")
            << QStringLiteral("@t/wrongdown") << QStringList() << 1 << QStringLiteral("rollback")
            << QStringLiteral("failed")
            << QStringList{QStringLiteral("packages/wrongdown/migrations/001_widgets.sql:7: table widgets is still "
                                          "there after the rollback")};
        QTest::newRow("fixture broken by a later migration")
            << QStringLiteral("@t/brokenfixture") << QStringList() << 1 << QStringLiteral("fixtures")
            << QStringLiteral("failed")
            << QStringList{QStringLiteral("packages/brokenfixture/tests/items.sql:1: row (id=7) of table items is "
                                          "gone after migration 002_items_code_length")};
        QTest::newRow("no down section")
            << QStringLiteral("@t/nodown") << QStringList() << 0 << QStringLiteral("rollback")
            << QStringLiteral("skipped")
            << QStringList{QStringLiteral("packages/nodown/migrations/001_events.sql:1: migration 001_events has no "
                                          "down section: not reversible")};
        QTest::newRow("no down section, --require-down")
            << QStringLiteral("@t/nodown") << QStringList{QStringLiteral("--require-down")} << 1
            << QStringLiteral("rollback") << QStringLiteral("failed")
            << QStringList{QStringLiteral("001_events has no down section: not reversible")};
    }

    void packages()
    {
        QFETCH(QString, package);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, step);
        QFETCH(QString, outcome);
        QFETCH(QStringList, named);

        const CliResult result = test(QStringList{package, QStringLiteral("--format"), QStringLiteral("json")} + options);
        QVERIFY2(result.exitCode == exitCode, QByteArray(result.out + result.err).constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
        QCOMPARE(json[QStringLiteral("passed")].toBool(), exitCode == 0);
        QCOMPARE(json[QStringLiteral("database")].toString(), QStringLiteral("sqlite"));
        const QJsonArray packages = json[QStringLiteral("packages")].toArray();
        QCOMPARE(packages.size(), 1);
        const QJsonObject tested = packages.at(0).toObject();
        QCOMPARE(tested[QStringLiteral("package")].toString(), package);
        const QJsonObject found = stepOf(tested, step);
        QVERIFY2(!found.isEmpty(), result.out.constData());
        QCOMPARE(found[QStringLiteral("outcome")].toString(), outcome);
        const QString messages = messagesOf(found);
        for (const QString &name : named)
            QVERIFY2(messages.contains(name), qPrintable(messages));
        QCOMPARE(json[QStringLiteral("summary")][QStringLiteral("failed")].toInt(), exitCode == 0 ? 0 : 1);
    }

    // Every step of every package is in the JSON, in order, with its outcome and time.
    void jsonShape()
    {
        const CliResult result = test({QStringLiteral("@t/wrongdown"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("cancelled"), QStringLiteral("database"),
                                           QStringLiteral("packages"), QStringLiteral("passed"),
                                           QStringLiteral("summary")}));
        const QJsonObject package = json[QStringLiteral("packages")][0].toObject();
        QCOMPARE(package.keys(), (QStringList{QStringLiteral("ms"), QStringLiteral("package"), QStringLiteral("passed"),
                                              QStringLiteral("steps")}));
        QStringList steps, outcomes;
        for (const QJsonValue &step : package[QStringLiteral("steps")].toArray()) {
            QCOMPARE(step.toObject().keys(), (QStringList{QStringLiteral("messages"), QStringLiteral("ms"),
                                                          QStringLiteral("outcome"), QStringLiteral("step")}));
            steps.append(step[QStringLiteral("step")].toString());
            outcomes.append(step[QStringLiteral("outcome")].toString());
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("migrate"), QStringLiteral("schema"), QStringLiteral("rollback"),
                                     QStringLiteral("reapply"), QStringLiteral("schema-again")}));
        QCOMPARE(outcomes, (QStringList{QStringLiteral("passed"), QStringLiteral("passed"), QStringLiteral("failed"),
                                        QStringLiteral("skipped"), QStringLiteral("skipped")}));
    }

    // The whole project as JUnit XML: well-formed to a strict reader, one testsuite per package, one
    // testcase per step, and the counts in the attributes are those of the elements.
    void junit()
    {
        const CliResult result = test({QStringLiteral("--format"), QStringLiteral("junit")});
        QVERIFY2(result.exitCode == 1, QByteArray(result.out + result.err).constData());
        QXmlStreamReader xml(result.out);
        QStringList suites;
        int tests = 0, failures = 0, skipped = 0;
        int declaredTests = -1, declaredFailures = -1, declaredSkipped = -1;
        int suiteTests = 0, suiteFailures = 0, suiteDeclaredTests = 0, suiteDeclaredFailures = 0;
        QString failedCases;
        QString suite;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"testsuite") {
                QCOMPARE(suiteTests, suiteDeclaredTests);
                QCOMPARE(suiteFailures, suiteDeclaredFailures);
            }
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"testsuites") {
                declaredTests = attributes.value(QLatin1String("tests")).toInt();
                declaredFailures = attributes.value(QLatin1String("failures")).toInt();
                declaredSkipped = attributes.value(QLatin1String("skipped")).toInt();
            } else if (xml.name() == u"testsuite") {
                suite = attributes.value(QLatin1String("name")).toString();
                suites.append(suite);
                suiteTests = suiteFailures = 0;
                suiteDeclaredTests = attributes.value(QLatin1String("tests")).toInt();
                suiteDeclaredFailures = attributes.value(QLatin1String("failures")).toInt();
            } else if (xml.name() == u"testcase") {
                ++tests;
                ++suiteTests;
                QCOMPARE(attributes.value(QLatin1String("classname")).toString(), suite);
            } else if (xml.name() == u"failure") {
                ++failures;
                ++suiteFailures;
                failedCases += suite + QLatin1Char('/') + xml.readElementText() + QLatin1Char('\n');
            } else if (xml.name() == u"skipped") {
                ++skipped;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, (QStringList{QStringLiteral("@t/base"), QStringLiteral("@t/brokenfixture"),
                                      QStringLiteral("@t/forgotten"), QStringLiteral("@t/nodown"),
                                      QStringLiteral("@t/wrongdown")}));
        QCOMPARE(tests, declaredTests);
        QCOMPARE(failures, declaredFailures);
        QCOMPARE(skipped, declaredSkipped);
        QCOMPARE(failures, 4); // forgotten's two comparisons, brokenfixture, wrongdown
        QVERIFY2(failedCases.contains(QStringLiteral("Table tags is declared but missing.")), qPrintable(failedCases));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("dot")};
        QTest::newRow("unknown package") << QStringList{QStringLiteral("@t/none")};
        QTest::newRow("wrong dialect") << QStringList{QStringLiteral("--database"),
                                                      QStringLiteral("postgresql://u@localhost:1/x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = test(arguments);
        QVERIFY2(result.exitCode == 2, QByteArray(result.out + result.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTest)
#include "tst_cli_test.moc"
