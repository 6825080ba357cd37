// The `strata` command line end to end: each test runs the built binary on a fixture project of
// tests/data/cli and checks what a terminal or a CI script sees: exit codes, the exact shape of the
// text and JSON output, where global options may stand, and what goes to stderr.
//
// Fixtures: valid (3 packages, no findings), warnings (one warning-only package), errors (an unknown
// reference table), cycle (@cy/a -> @cy/b -> @cy/c -> @cy/a).

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Strata::Test::CliResult;
using Strata::Test::runCli;

namespace {

QString fixture(const QString &name)
{
    return Strata::Test::testDataDir() + QStringLiteral("/cli/") + name;
}

// "{valid}" in an argument stands for the fixture's absolute path, so rows can name fixtures.
QStringList expand(const QStringList &arguments)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z]+)\\}"));
    QStringList out;
    for (QString argument : arguments) {
        const QRegularExpressionMatch m = token.match(argument);
        if (m.hasMatch())
            argument.replace(m.capturedStart(), m.capturedLength(), fixture(m.captured(1)));
        out.append(argument);
    }
    return out;
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QJsonObject parseObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString() + QStringLiteral(" at offset ") + QString::number(parseError.offset);
        return {};
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return {};
    }
    return doc.object();
}

// The keys of every JSON object in `raw` that contains `firstKey`, in the order they are written.
// QJsonObject forgets the order, so the order a script sees is read from the raw text: each object
// is cut at its braces (the objects checked here hold no nested objects, only arrays and scalars).
QList<QStringList> objectKeyOrders(const QByteArray &raw, const QString &firstKey)
{
    const QString text = QString::fromUtf8(raw);
    static const QRegularExpression object(QStringLiteral("\\{[^{}]*\\}"));
    static const QRegularExpression key(QStringLiteral("\"([A-Za-z_]+)\"\\s*:"));
    QList<QStringList> orders;
    auto it = object.globalMatch(text);
    while (it.hasNext()) {
        const QString body = it.next().captured(0);
        QStringList keys;
        // Only keys at the object's own level: strip arrays (of strings) first.
        QString flat = body;
        static const QRegularExpression array(QStringLiteral("\\[[^\\[\\]]*\\]"));
        flat.replace(array, QStringLiteral("[]"));
        auto keyIt = key.globalMatch(flat);
        while (keyIt.hasNext())
            keys.append(keyIt.next().captured(1));
        if (keys.contains(firstKey))
            orders.append(keys);
    }
    return orders;
}

// The fixture `from` copied into `dir`, for tests that add a strata.json.
QString copyFixture(const QTemporaryDir &dir, const QString &from)
{
    const QString to = dir.path() + QStringLiteral("/project");
    if (!Strata::Test::copyTree(fixture(from), to))
        return {};
    return to;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void projectDefaultsToCurrentFolder();
    void relativeProjectFolder();
    void listText();
    void listJson();
    void listCycle();
    void validateText();
    void validateJson_data();
    void validateJson();
    void skipOption();
    void disabledInStrataJson();
    void verbose_data();
    void verbose();
    void quiet();
    void graph_data();
    void graph();
    void graphCycleIsRed();
    void sqlOutput();
};

void TestCliCommands::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const auto row = [](const char *name, const QStringList &arguments, int exitCode) {
        QTest::newRow(name) << arguments << exitCode;
    };
    using L = QStringList;
    const QString C = QStringLiteral("-C");
    const QString list = QStringLiteral("list"), validate = QStringLiteral("validate"),
                  graph = QStringLiteral("graph"), sql = QStringLiteral("sql");
    const QString valid = QStringLiteral("{valid}"), warnings = QStringLiteral("{warnings}"),
                  errors = QStringLiteral("{errors}"), cycle = QStringLiteral("{cycle}");
    const QString missing = QStringLiteral("/nonexistent/strata-project");

    row("list", L{C, valid, list}, 0);
    row("list cycle", L{C, cycle, list}, 1);
    row("list cycle json", L{C, cycle, list, QStringLiteral("--format"), QStringLiteral("json")}, 1);
    row("validate valid", L{C, valid, validate}, 0);
    row("validate --strict valid", L{C, valid, validate, QStringLiteral("--strict")}, 0);
    row("validate warning", L{C, warnings, validate}, 0);
    row("validate --strict warning", L{C, warnings, validate, QStringLiteral("--strict")}, 1);
    row("validate error", L{C, errors, validate}, 1);
    row("validate error json", L{C, errors, validate, QStringLiteral("--format"), QStringLiteral("json")}, 1);
    row("validate cycle", L{C, cycle, validate}, 1);
    row("graph", L{C, valid, graph}, 0);
    row("graph of a broken project", L{C, errors, graph}, 0);
    row("sql", L{C, valid, sql}, 0);
    row("sql postgresql", L{C, valid, sql, QStringLiteral("--dialect"), QStringLiteral("postgresql")}, 0);
    row("sql one package", L{C, valid, sql, QStringLiteral("@fx/core")}, 0);

    row("list missing project", L{C, missing, list}, 2);
    row("validate missing project", L{C, missing, validate}, 2);
    row("graph missing project", L{C, missing, graph}, 2);
    row("sql missing project", L{C, missing, sql}, 2);
    row("project is a file", L{C, fixture(QStringLiteral("valid/strata.json")), validate}, 2);
    row("no command", L{C, valid}, 2);
    row("unknown command", L{C, valid, QStringLiteral("frobnicate")}, 2);
    row("unknown option after command", L{C, valid, list, QStringLiteral("--bogus")}, 2);
    row("unknown option before command", L{QStringLiteral("--bogus"), C, valid, validate}, 2);
    row("option of another command", L{C, valid, list, QStringLiteral("--strict")}, 2);
    row("-C without value", L{list, C}, 2);
    row("unknown list format", L{C, valid, list, QStringLiteral("--format"), QStringLiteral("xml")}, 2);
    row("unknown validate format", L{C, valid, validate, QStringLiteral("--format"), QStringLiteral("dot")}, 2);
    row("unknown graph format", L{C, valid, graph, QStringLiteral("--format"), QStringLiteral("png")}, 2);
    row("unknown dialect", L{C, valid, sql, QStringLiteral("--dialect"), QStringLiteral("oracle")}, 2);
    row("unknown package", L{C, valid, sql, QStringLiteral("@fx/nope")}, 2);
    row("--help", L{QStringLiteral("--help")}, 0);
    row("--version", L{QStringLiteral("--version")}, 0);
}

void TestCliCommands::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliResult r = runCli(expand(arguments));
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    if (exitCode == 2 && !arguments.contains(QStringLiteral("--help")))
        QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error says what is wrong on stderr");
}

void TestCliCommands::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("reference");
    QTest::addColumn<QStringList>("variant");
    using L = QStringList;
    const QString C = QStringLiteral("-C"), P = QStringLiteral("--project"), F = QStringLiteral("--format");
    const QString json = QStringLiteral("json"), valid = QStringLiteral("{valid}"),
                  errors = QStringLiteral("{errors}");

    QTest::newRow("list: options after")
        << L{C, valid, F, json, QStringLiteral("list")} << L{QStringLiteral("list"), C, valid, F, json};
    QTest::newRow("list: mixed, long form")
        << L{C, valid, F, json, QStringLiteral("list")} << L{F, json, QStringLiteral("list"), P, valid};
    QTest::newRow("list: --project=DIR")
        << L{C, valid, QStringLiteral("list")} << L{QStringLiteral("list"), QStringLiteral("--project=") + valid};
    QTest::newRow("validate: options after")
        << L{C, errors, F, json, QStringLiteral("validate")} << L{QStringLiteral("validate"), F, json, C, errors};
    QTest::newRow("validate: --strict before -C")
        << L{C, errors, QStringLiteral("validate"), QStringLiteral("--strict")}
        << L{QStringLiteral("validate"), QStringLiteral("--strict"), C, errors};
    QTest::newRow("graph: options after")
        << L{C, valid, F, QStringLiteral("mermaid"), QStringLiteral("graph")}
        << L{QStringLiteral("graph"), F, QStringLiteral("mermaid"), C, valid};
    QTest::newRow("sql: package between options")
        << L{C, valid, QStringLiteral("sql"), QStringLiteral("@fx/notes")}
        << L{QStringLiteral("sql"), QStringLiteral("@fx/notes"), C, valid};
}

void TestCliCommands::globalOptionsAnywhere()
{
    QFETCH(QStringList, reference);
    QFETCH(QStringList, variant);
    const CliResult a = runCli(expand(reference));
    const CliResult b = runCli(expand(variant));
    QVERIFY2(a.exitCode == 0 || a.exitCode == 1, qPrintable(describe(a)));
    QCOMPARE(b.exitCode, a.exitCode);
    QVERIFY(!a.out.isEmpty());
    QCOMPARE(QString::fromUtf8(b.out), QString::fromUtf8(a.out));
}

void TestCliCommands::projectDefaultsToCurrentFolder()
{
    const CliResult withC = runCli({QStringLiteral("-C"), fixture(QStringLiteral("valid")), QStringLiteral("list")});
    const CliResult inFolder = runCli({QStringLiteral("list")}, fixture(QStringLiteral("valid")));
    QVERIFY2(inFolder.exitCode == 0, qPrintable(describe(inFolder)));
    QCOMPARE(QString::fromUtf8(inFolder.out), QString::fromUtf8(withC.out));
}

void TestCliCommands::relativeProjectFolder()
{
    // -C relative to the current folder, and every path printed relative to the project.
    const CliResult r = runCli({QStringLiteral("list"), QStringLiteral("-C"), QStringLiteral("valid"),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               Strata::Test::testDataDir() + QStringLiteral("/cli"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString error;
    const QJsonObject root = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray packages = root.value(QStringLiteral("packages")).toArray();
    QCOMPARE(packages.size(), 3);
    QStringList paths;
    for (const QJsonValue &p : packages)
        paths.append(p.toObject().value(QStringLiteral("path")).toString());
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("packages/core"), QStringLiteral("packages/notes"),
                                 QStringLiteral("packages/tags")}));
}

void TestCliCommands::listText()
{
    const CliResult r = runCli({QStringLiteral("-C"), fixture(QStringLiteral("valid")), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + 3 packages
    static const QRegularExpression header(QStringLiteral("^PACKAGE\\s+VERSION\\s+TABLES\\s+MIGRATIONS\\s+PATH$"));
    QVERIFY2(header.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    static const QRegularExpression line(QStringLiteral("^(\\S+)\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)$"));
    QStringList names;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = line.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        names.append(m.captured(1));
        QVERIFY2(!m.captured(5).startsWith(QLatin1Char('/')), "paths are relative to the project");
        QVERIFY(QFileInfo::exists(fixture(QStringLiteral("valid/")) + m.captured(5) + QStringLiteral("/database.json")));
    }
    // Dependency order: core before notes before tags (tags depends on both).
    QCOMPARE(names, (QStringList{QStringLiteral("@fx/core"), QStringLiteral("@fx/notes"), QStringLiteral("@fx/tags")}));
    QVERIFY2(lines.at(1).contains(QRegularExpression(QStringLiteral("@fx/core\\s+1\\.0\\.0\\s+2\\s+1\\s+packages/core"))),
             qPrintable(lines.at(1)));
}

void TestCliCommands::listJson()
{
    const CliResult r = runCli({QStringLiteral("-C"), fixture(QStringLiteral("valid")), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString error;
    const QJsonObject root = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QStringLiteral("\n") + QString::fromUtf8(r.out)));
    QCOMPARE(root.keys(), QStringList{QStringLiteral("packages")});

    const QJsonArray packages = root.value(QStringLiteral("packages")).toArray();
    QCOMPARE(packages.size(), 3);
    const QStringList expectedKeys{QStringLiteral("name"),         QStringLiteral("version"),
                                   QStringLiteral("path"),         QStringLiteral("dependencies"),
                                   QStringLiteral("tables"),       QStringLiteral("migrations")};
    QStringList sortedKeys = expectedKeys;
    sortedKeys.sort();
    for (const QJsonValue &value : packages)
        QCOMPARE(value.toObject().keys(), sortedKeys);

    const QJsonObject core = packages.at(0).toObject();
    QCOMPARE(core.value(QStringLiteral("name")).toString(), QStringLiteral("@fx/core"));
    QCOMPARE(core.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(core.value(QStringLiteral("path")).toString(), QStringLiteral("packages/core"));
    QCOMPARE(core.value(QStringLiteral("tables")).toArray(),
             QJsonArray({QStringLiteral("workspaces"), QStringLiteral("users")}));
    QCOMPARE(core.value(QStringLiteral("migrations")).toArray(),
             QJsonArray({QStringLiteral("001_core")}));
    const QJsonObject tags = packages.at(2).toObject();
    QCOMPARE(tags.value(QStringLiteral("name")).toString(), QStringLiteral("@fx/tags"));
    QCOMPARE(tags.value(QStringLiteral("dependencies")).toArray(),
             QJsonArray({QStringLiteral("@fx/core"), QStringLiteral("@fx/notes")}));

    // The documented key order, as the raw text has it.
    const QList<QStringList> orders = objectKeyOrders(r.out, QStringLiteral("migrations"));
    QCOMPARE(orders.size(), 3);
    for (const QStringList &order : orders)
        QCOMPARE(order, expectedKeys);
}

// A cycle leaves no dependency order: list says so, naming the cycle, and fails as validate does.
void TestCliCommands::listCycle()
{
    const QString project = fixture(QStringLiteral("cycle"));
    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("list")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("strata: error: dependency cycle @cy/a -> @cy/b -> @cy/c -> @cy/a: the packages are not in "
                            "dependency order (those in the cycle stand by name)\n"));
    // The packages are still listed, by name.
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("@cy/a ")) && lines.at(3).startsWith(QStringLiteral("@cy/c ")));

    const CliResult json = runCli({QStringLiteral("-C"), project, QStringLiteral("list"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
    QVERIFY2(json.exitCode == 1, qPrintable(describe(json)));
    QCOMPARE(json.err, r.err);
    QString error;
    const QJsonObject root = parseObject(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("packages")).toArray().size(), 3);
    QCOMPARE(root.value(QStringLiteral("cycles")).toArray(),
             QJsonArray({QJsonArray({QStringLiteral("@cy/a"), QStringLiteral("@cy/b"), QStringLiteral("@cy/c"),
                                     QStringLiteral("@cy/a")})}));
}

void TestCliCommands::validateText()
{
    const CliResult r = runCli({QStringLiteral("-C"), fixture(QStringLiteral("errors")), QStringLiteral("validate")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(describe(r)));

    static const QRegularExpression finding(
        QStringLiteral("^([^:\\s][^:]*):(\\d+):(\\d+): (error|warning) \\[([a-z0-9]+(?:-[a-z0-9]+)*)\\] (\\S.*)$"));
    static const QRegularExpression help(QStringLiteral("^  help: \\S.*$"));
    static const QRegularExpression summary(QStringLiteral("^(\\d+) packages?, (\\d+) errors?, (\\d+) warnings?$"));

    int errors = 0, warnings = 0;
    QStringList codes;
    qsizetype i = 0;
    for (; i + 1 < lines.size(); i += 2) {
        const QRegularExpressionMatch m = finding.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("not a finding line: ") + lines.at(i)));
        QVERIFY2(help.match(lines.at(i + 1)).hasMatch(), qPrintable(QStringLiteral("not a help line: ") + lines.at(i + 1)));
        const QString file = m.captured(1);
        QVERIFY2(!QDir::isAbsolutePath(file), qPrintable(QStringLiteral("absolute path: ") + file));
        QVERIFY2(QFileInfo::exists(fixture(QStringLiteral("errors/")) + file), qPrintable(file));
        QVERIFY(m.captured(2).toInt() >= 1);
        QVERIFY(m.captured(3).toInt() >= 1);
        (m.captured(4) == u"error" ? errors : warnings)++;
        codes.append(m.captured(5));
    }
    QCOMPARE(i, lines.size() - 1);
    const QRegularExpressionMatch s = summary.match(lines.last());
    QVERIFY2(s.hasMatch(), qPrintable(lines.last()));
    QCOMPARE(s.captured(1).toInt(), 2);
    QCOMPARE(s.captured(2).toInt(), errors);
    QCOMPARE(s.captured(3).toInt(), warnings);
    QVERIFY2(codes.contains(QStringLiteral("unknown-reference-table")), qPrintable(codes.join(u',')));

    // The finding points at the reference, in the app package, on the line of "customer_id".
    const QString unknown = lines.filter(QStringLiteral("[unknown-reference-table]")).value(0);
    QVERIFY2(unknown.startsWith(QStringLiteral("packages/app/database.json:10:")), qPrintable(unknown));
    QVERIFY2(unknown.contains(QStringLiteral("customers")), qPrintable(unknown));
}

void TestCliCommands::validateJson_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::newRow("valid") << QStringLiteral("valid") << 0 << 0 << 0;
    QTest::newRow("warnings") << QStringLiteral("warnings") << 0 << 0 << 1;
    QTest::newRow("errors") << QStringLiteral("errors") << 1 << 1 << 0;
}

void TestCliCommands::validateJson()
{
    QFETCH(QString, project);
    QFETCH(int, exitCode);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    const CliResult r = runCli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("-C"), fixture(project)});
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QString error;
    const QJsonObject root = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QStringLiteral("\n") + QString::fromUtf8(r.out)));
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("diagnostics"), QStringLiteral("errors"),
                                       QStringLiteral("warnings")}));
    QCOMPARE(root.value(QStringLiteral("errors")).toInt(-1), errors);
    QCOMPARE(root.value(QStringLiteral("warnings")).toInt(-1), warnings);

    const QJsonArray diagnostics = root.value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(diagnostics.size(), errors + warnings);
    const QStringList expectedKeys{QStringLiteral("severity"), QStringLiteral("code"),   QStringLiteral("message"),
                                   QStringLiteral("file"),     QStringLiteral("line"),   QStringLiteral("column"),
                                   QStringLiteral("package"),  QStringLiteral("help")};
    QStringList sortedKeys = expectedKeys;
    sortedKeys.sort();
    for (const QJsonValue &value : diagnostics) {
        const QJsonObject d = value.toObject();
        QCOMPARE(d.keys(), sortedKeys);
        const QString severity = d.value(QStringLiteral("severity")).toString();
        QVERIFY2(severity == u"error" || severity == u"warning", qPrintable(severity));
        QVERIFY(d.value(QStringLiteral("line")).isDouble());
        QVERIFY(d.value(QStringLiteral("column")).isDouble());
        const QString file = d.value(QStringLiteral("file")).toString();
        QVERIFY2(!file.isEmpty() && !QDir::isAbsolutePath(file), qPrintable(file));
        QVERIFY2(QFileInfo::exists(fixture(project) + QLatin1Char('/') + file), qPrintable(file));
        QVERIFY(!d.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!d.value(QStringLiteral("help")).toString().isEmpty());
        QCOMPARE(d.value(QStringLiteral("package")).toString(), QStringLiteral("@fx/app"));
    }
    // The documented order of a diagnostic's keys, as the raw text has it.
    const QList<QStringList> orders = objectKeyOrders(r.out, QStringLiteral("severity"));
    QCOMPARE(orders.size(), diagnostics.size());
    for (const QStringList &order : orders)
        QCOMPARE(order, expectedKeys);
    // And the top level: diagnostics, errors, warnings.
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.indexOf(QStringLiteral("\"diagnostics\"")) < text.indexOf(QStringLiteral("\"errors\"")));
    QVERIFY(text.lastIndexOf(QStringLiteral("\"errors\"")) < text.lastIndexOf(QStringLiteral("\"warnings\"")));
}

void TestCliCommands::skipOption()
{
    const QString project = fixture(QStringLiteral("warnings"));
    const CliResult before = runCli({QStringLiteral("-C"), project, QStringLiteral("validate")});
    QVERIFY2(before.out.contains("[missing-primary-key]"), qPrintable(describe(before)));
    QVERIFY2(!before.err.contains("skipped"), qPrintable(describe(before)));

    const CliResult text = runCli({QStringLiteral("-C"), project, QStringLiteral("validate"), QStringLiteral("--strict"),
                                   QStringLiteral("--skip"), QStringLiteral("missing-primary-key")});
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY2(!text.out.contains("missing-primary-key"), qPrintable(describe(text)));
    QVERIFY2(text.err.contains("warning"), qPrintable(describe(text)));
    QVERIFY2(text.err.contains("missing-primary-key"), qPrintable(describe(text)));
    QVERIFY2(text.err.contains("--skip"), qPrintable(describe(text)));

    // Repeatable, and JSON says the same thing.
    const CliResult json = runCli({QStringLiteral("validate"), QStringLiteral("--skip"), QStringLiteral("missing-primary-key"),
                                   QStringLiteral("--skip"), QStringLiteral("unknown-key"), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("-C"), project});
    QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
    QString error;
    const QJsonObject root = parseObject(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("warnings")).toInt(-1), 0);
    for (const QJsonValue &d : root.value(QStringLiteral("diagnostics")).toArray())
        QVERIFY(d.toObject().value(QStringLiteral("code")).toString() != u"missing-primary-key");
    QVERIFY2(json.err.contains("missing-primary-key") && json.err.contains("unknown-key"), qPrintable(describe(json)));
    QVERIFY2(!json.err.contains("names no rule"), qPrintable(describe(json)));

    // A misspelt code skips nothing, and says so with the code it was probably meant to be.
    const CliResult typo = runCli({QStringLiteral("-C"), project, QStringLiteral("validate"), QStringLiteral("--skip"),
                                   QStringLiteral("missing-primary-ky")});
    QVERIFY2(typo.exitCode == 0, qPrintable(describe(typo)));
    QVERIFY2(typo.out.contains("[missing-primary-key]"), qPrintable(describe(typo)));
    QVERIFY2(typo.err.contains("--skip missing-primary-ky names no rule; did you mean \"missing-primary-key\"?"),
             qPrintable(describe(typo)));
}

void TestCliCommands::disabledInStrataJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = copyFixture(dir, QStringLiteral("warnings"));
    QVERIFY(!project.isEmpty());
    QVERIFY(Strata::Test::writeFile(project + QStringLiteral("/strata.json"),
                                    R"({ "validation": { "disable": ["missing-primary-key"] } })"));

    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("validate"), QStringLiteral("--strict")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains("missing-primary-key"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("warning") && r.err.contains("missing-primary-key") && r.err.contains("strata.json"),
             qPrintable(describe(r)));
    QVERIFY2(r.out.contains("0 errors, 0 warnings"), qPrintable(describe(r)));

    const CliResult json = runCli({QStringLiteral("-C"), project, QStringLiteral("validate"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
    QString error;
    const QJsonObject root = parseObject(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(root.value(QStringLiteral("diagnostics")).toArray().isEmpty());
    QVERIFY2(json.err.contains("missing-primary-key"), qPrintable(describe(json)));

    // A code that is no rule's is a warning at the exact item of the list.
    QVERIFY(Strata::Test::writeFile(project + QStringLiteral("/strata.json"),
                                    "{\n  \"validation\": {\n    \"disable\": [\"missing-primary-key\", \"not-snake-cse\"]\n  }\n}\n"));
    const CliResult typo = runCli({QStringLiteral("-C"), project, QStringLiteral("validate"), QStringLiteral("--strict")});
    QVERIFY2(typo.exitCode == 1, qPrintable(describe(typo)));
    QVERIFY2(typo.out.contains("strata.json:3:40: warning [unknown-rule-code] \"not-snake-cse\" in \"validation.disable\" "
                               "names no rule"),
             qPrintable(describe(typo)));
    QVERIFY2(typo.out.contains("did you mean \"not-snake-case\"?"), qPrintable(describe(typo)));
    QVERIFY2(!typo.out.contains("[missing-primary-key]"), qPrintable(describe(typo)));
}

void TestCliCommands::verbose_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("-v before") << QStringList{QStringLiteral("-v"), QStringLiteral("-C"), QStringLiteral("{valid}"),
                                              QStringLiteral("list")};
    QTest::newRow("-v after") << QStringList{QStringLiteral("-C"), QStringLiteral("{valid}"), QStringLiteral("validate"),
                                             QStringLiteral("-v")};
    QTest::newRow("--verbose") << QStringList{QStringLiteral("sql"), QStringLiteral("--verbose"), QStringLiteral("-C"),
                                              QStringLiteral("{valid}")};
}

void TestCliCommands::verbose()
{
    QFETCH(QStringList, arguments);
    const CliResult quietRun = runCli(expand(arguments.filter(QRegularExpression(QStringLiteral("^(?!-v$|--verbose$)")))));
    QVERIFY2(quietRun.exitCode == 0, qPrintable(describe(quietRun)));
    QVERIFY2(!quietRun.err.contains("strata.scanner"), qPrintable(describe(quietRun)));

    const CliResult r = runCli(expand(arguments));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("strata.scanner"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("strata.loader"), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains("strata.scanner"), "debug output goes to stderr, never into the result");
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(quietRun.out));
}

void TestCliCommands::quiet()
{
    // Warnings and the summary are left out; errors never are.
    const CliResult warnings = runCli({QStringLiteral("-q"), QStringLiteral("-C"), fixture(QStringLiteral("warnings")),
                                       QStringLiteral("validate")});
    QVERIFY2(warnings.exitCode == 0, qPrintable(describe(warnings)));
    QVERIFY2(warnings.out.trimmed().isEmpty(), qPrintable(describe(warnings)));

    const CliResult errors = runCli({QStringLiteral("-C"), fixture(QStringLiteral("errors")), QStringLiteral("validate"),
                                     QStringLiteral("--quiet")});
    QVERIFY2(errors.exitCode == 1, qPrintable(describe(errors)));
    QVERIFY2(errors.out.contains("error [unknown-reference-table]"), qPrintable(describe(errors)));
    QVERIFY2(!errors.out.contains("packages, "), qPrintable(describe(errors)));

    // -q with --strict keeps the warnings that fail the run.
    const CliResult strict = runCli({QStringLiteral("-q"), QStringLiteral("-C"), fixture(QStringLiteral("warnings")),
                                     QStringLiteral("validate"), QStringLiteral("--strict")});
    QVERIFY2(strict.exitCode == 1, qPrintable(describe(strict)));
    QVERIFY2(strict.out.contains("warning [missing-primary-key]"), qPrintable(describe(strict)));

    // -q does not silence results, nor -v's absence add anything to stderr.
    const CliResult list = runCli({QStringLiteral("-q"), QStringLiteral("-C"), fixture(QStringLiteral("valid")),
                                   QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0 && list.out.contains("@fx/core"), qPrintable(describe(list)));
    QVERIFY2(list.err.isEmpty(), qPrintable(describe(list)));
}

void TestCliCommands::graph_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("tables");
    QTest::newRow("dot packages") << QStringLiteral("dot") << false;
    QTest::newRow("dot tables") << QStringLiteral("dot") << true;
    QTest::newRow("mermaid packages") << QStringLiteral("mermaid") << false;
    QTest::newRow("mermaid tables") << QStringLiteral("mermaid") << true;
    QTest::newRow("json packages") << QStringLiteral("json") << false;
    QTest::newRow("json tables") << QStringLiteral("json") << true;
    QTest::newRow("default format is dot") << QString() << false;
}

void TestCliCommands::graph()
{
    QFETCH(QString, format);
    QFETCH(bool, tables);
    QStringList arguments{QStringLiteral("-C"), fixture(QStringLiteral("valid")), QStringLiteral("graph")};
    if (!format.isEmpty())
        arguments << QStringLiteral("--format") << format;
    if (tables)
        arguments << QStringLiteral("--tables");
    const CliResult r = runCli(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString out = QString::fromUtf8(r.out);
    const QStringList packages{QStringLiteral("@fx/core"), QStringLiteral("@fx/notes"), QStringLiteral("@fx/tags")};
    const QStringList tableNames{QStringLiteral("workspaces"), QStringLiteral("users"), QStringLiteral("notes"),
                                 QStringLiteral("tags"), QStringLiteral("note_tags")};

    if (format == u"json") {
        QString error;
        const QJsonObject root = parseObject(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(root.contains(QStringLiteral("cycles")), qPrintable(out));
        QVERIFY(root.value(QStringLiteral("cycles")).toArray().isEmpty());
    } else if (format == u"mermaid") {
        QVERIFY2(out.startsWith(QStringLiteral("graph ")) || out.startsWith(QStringLiteral("flowchart ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("-->")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("stroke:red")), qPrintable(out));
    } else {
        QVERIFY2(out.startsWith(QStringLiteral("digraph")), qPrintable(out));
        QVERIFY2(out.trimmed().endsWith(QLatin1Char('}')), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("red")), qPrintable(out));
        if (!tables) {
            QVERIFY2(out.contains(QStringLiteral("\"@fx/notes\" -> \"@fx/core\"")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("\"@fx/tags\" -> \"@fx/notes\"")), qPrintable(out));
        } else {
            QVERIFY2(out.contains(QStringLiteral("subgraph")), qPrintable(out));
        }
    }
    for (const QString &name : packages)
        QVERIFY2(out.contains(name), qPrintable(name + QStringLiteral(" missing from\n") + out));
    for (const QString &name : tableNames) {
        const bool shown = out.contains(QRegularExpression(QStringLiteral("\\b") + name + QStringLiteral("\\b(?!/)")));
        if (tables)
            QVERIFY2(shown, qPrintable(name + QStringLiteral(" missing from\n") + out));
    }
    if (tables && format == u"dot")
        QVERIFY2(out.contains(QStringLiteral("note_tags")) && out.contains(QStringLiteral("->")), qPrintable(out));
}

void TestCliCommands::graphCycleIsRed()
{
    const QString project = fixture(QStringLiteral("cycle"));
    const CliResult dot = runCli({QStringLiteral("-C"), project, QStringLiteral("graph")});
    QVERIFY2(dot.exitCode == 0, qPrintable(describe(dot)));
    const QString dotText = QString::fromUtf8(dot.out);
    for (const auto &[from, to] : {std::pair{"a", "b"}, std::pair{"b", "c"}, std::pair{"c", "a"}}) {
        const QRegularExpression edge(QStringLiteral("\"@cy/%1\" -> \"@cy/%2\"[^\\n]*color=red")
                                          .arg(QLatin1String(from), QLatin1String(to)));
        QVERIFY2(dotText.contains(edge), qPrintable(dotText));
    }

    const CliResult mermaid = runCli({QStringLiteral("-C"), project, QStringLiteral("graph"), QStringLiteral("--format"),
                                      QStringLiteral("mermaid")});
    QVERIFY2(mermaid.exitCode == 0, qPrintable(describe(mermaid)));
    const QString mermaidText = QString::fromUtf8(mermaid.out);
    static const QRegularExpression redLink(QStringLiteral("linkStyle (\\d+(?:,\\d+)*) stroke:red"));
    QSet<QString> redLinks;
    auto it = redLink.globalMatch(mermaidText);
    while (it.hasNext()) {
        for (const QString &n : it.next().captured(1).split(QLatin1Char(',')))
            redLinks.insert(n);
    }
    QCOMPARE(redLinks.size(), 3);

    const CliResult json = runCli({QStringLiteral("-C"), project, QStringLiteral("graph"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
    QString error;
    const QJsonObject root = parseObject(json.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray cycles = root.value(QStringLiteral("cycles")).toArray();
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.at(0).toArray().size(), 4); // the whole path, first package repeated
}

void TestCliCommands::sqlOutput()
{
    const QString project = fixture(QStringLiteral("valid"));
    const CliResult all = runCli({QStringLiteral("-C"), project, QStringLiteral("sql")});
    QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
    const QString text = QString::fromUtf8(all.out);
    // Dependency order: a referenced table is created before the table that references it.
    const QStringList order{QStringLiteral("workspaces"), QStringLiteral("users"), QStringLiteral("notes"),
                            QStringLiteral("tags"), QStringLiteral("note_tags")};
    qsizetype previous = -1;
    for (const QString &table : order) {
        const qsizetype at = text.indexOf(QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" ("));
        QVERIFY2(at > previous, qPrintable(table + QStringLiteral(" out of order in\n") + text));
        previous = at;
    }
    QVERIFY2(text.contains(QStringLiteral("CREATE INDEX notes_workspace_id_idx ON notes (workspace_id)")), qPrintable(text));

    const CliResult one = runCli({QStringLiteral("-C"), project, QStringLiteral("sql"), QStringLiteral("@fx/notes")});
    QVERIFY2(one.exitCode == 0, qPrintable(describe(one)));
    QVERIFY(one.out.contains("CREATE TABLE notes ("));
    QVERIFY(!one.out.contains("CREATE TABLE users ("));

    const CliResult pg = runCli({QStringLiteral("-C"), project, QStringLiteral("sql"), QStringLiteral("--dialect"),
                                 QStringLiteral("postgresql")});
    QVERIFY2(pg.exitCode == 0, qPrintable(describe(pg)));
    QVERIFY2(pg.out.contains("bigserial"), qPrintable(describe(pg)));
    QVERIFY2(!all.out.contains("bigserial"), qPrintable(describe(all)));

    // A project with errors still renders, with a warning on stderr.
    const CliResult broken = runCli({QStringLiteral("-C"), fixture(QStringLiteral("errors")), QStringLiteral("sql")});
    QVERIFY2(broken.exitCode == 0, qPrintable(describe(broken)));
    QVERIFY2(broken.err.contains("warning"), qPrintable(describe(broken)));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
