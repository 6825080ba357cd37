// `strata validate` and "renamedFrom": a hint whose rename is still to be generated is fine; once a
// migration has made the rename, validate warns (rename-settled) at the hint that it can be removed,
// and `--skip rename-settled` leaves the warning out. Real binary, real SQLite files.

#include "GenerateTestProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Generate;

namespace {

// database.json's line and column (1-based) of the first `"renamedFrom": "NAME"`'s value.
QPair<int, int> hintPosition(const QString &root, const QString &name)
{
    const QString text = QString::fromUtf8(readFile(root + QStringLiteral("/packages/app/database.json")));
    const QString key = QStringLiteral("\"renamedFrom\": \"%1\"").arg(name);
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return {0, 0};
    const qsizetype value = at + key.indexOf(QLatin1Char('"'), 1 + key.indexOf(QLatin1Char(':')));
    const int line = int(text.left(value).count(QLatin1Char('\n'))) + 1;
    const int column = int(value - text.lastIndexOf(QLatin1Char('\n'), value - 1));
    return {line, column};
}

QJsonArray settledFindings(const CliResult &result)
{
    QJsonArray found;
    const QJsonArray all = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("diagnostics")).toArray();
    for (const QJsonValue &d : all) {
        if (d.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("rename-settled"))
            found.append(d);
    }
    return found;
}

} // namespace

class TestCliRenameHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSettledRenameIsAWarningAtItsHint()
    {
        QTemporaryDir dir;
        Project project;
        project.root = dir.path();
        project.target.inspectUrl = dir.path() + QStringLiteral("/.strata/strata.db");
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));

        QString tables = baseTables();
        tables.replace(quotes(QStringLiteral("{ 'name': 'others',")),
                       quotes(QStringLiteral("{ 'name': 'more', 'renamedFrom': 'others',")));
        tables.replace(quotes(QStringLiteral("{ 'name': 'score', 'type': 'integer' }")),
                       quotes(QStringLiteral("{ 'name': 'points', 'type': 'integer', 'renamedFrom': 'score' }")));
        QVERIFY(writeSchema(project.root, tables));
        const QStringList json{QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json")};

        // Still to be generated: the hints are needed, nothing to say.
        const CliResult pending = project.run(json, false);
        QVERIFY2(pending.exitCode == 0, qPrintable(describe(pending)));
        QCOMPARE(settledFindings(pending).size(), 0);

        const CliResult generated = project.run({QStringLiteral("generate"), QStringLiteral("--name"), QStringLiteral("renames")}, false);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QVERIFY2(generated.out.contains("RENAME TO"), generated.out.constData());

        // Made by a migration (applied or not: the hint only ever speaks to generate).
        const CliResult settled = project.run(json, false);
        QVERIFY2(settled.exitCode == 0, qPrintable(describe(settled)));
        const QJsonArray found = settledFindings(settled);
        QCOMPARE(found.size(), 2);
        const QPair<int, int> tableHint = hintPosition(project.root, QStringLiteral("others"));
        const QPair<int, int> columnHint = hintPosition(project.root, QStringLiteral("score"));
        QVERIFY(tableHint.first > 0 && columnHint.first > 0);
        bool sawTable = false, sawColumn = false;
        for (const QJsonValue &v : found) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
            QCOMPARE(d.value(QStringLiteral("package")).toString(), QStringLiteral("app"));
            QVERIFY(d.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("packages/app/database.json")));
            const QPair<int, int> at{d.value(QStringLiteral("line")).toInt(), d.value(QStringLiteral("column")).toInt()};
            const QString message = d.value(QStringLiteral("message")).toString();
            if (message.contains(QStringLiteral("table \"more\" is renamed from \"others\""))) {
                sawTable = true;
                QCOMPARE(at, tableHint);
            } else if (message.contains(QStringLiteral("column \"parents.points\" is renamed from \"score\""))) {
                sawColumn = true;
                QCOMPARE(at, columnHint);
            }
            QVERIFY2(d.value(QStringLiteral("help")).toString().contains(QStringLiteral("Remove \"renamedFrom\"")),
                     qPrintable(d.value(QStringLiteral("help")).toString()));
        }
        QVERIFY(sawTable && sawColumn);

        // A warning: --strict fails on it; --skip leaves it out.
        QCOMPARE(project.run({QStringLiteral("validate"), QStringLiteral("--strict")}, false).exitCode, 1);
        const CliResult skipped = project.run(json + QStringList{QStringLiteral("--skip"), QStringLiteral("rename-settled")}, false);
        QVERIFY2(skipped.exitCode == 0, qPrintable(describe(skipped)));
        QCOMPARE(settledFindings(skipped).size(), 0);

        // Removing the hints silences it, and generate still has nothing to do.
        tables.replace(quotes(QStringLiteral(" 'renamedFrom': 'others',")), QString());
        tables.replace(quotes(QStringLiteral(", 'renamedFrom': 'score'")), QString());
        QVERIFY(writeSchema(project.root, tables));
        QCOMPARE(settledFindings(project.run(json, false)).size(), 0);
        const CliResult again = project.run({QStringLiteral("generate")}, false);
        QVERIFY2(again.exitCode == 0 && again.out.contains("nothing to generate"), qPrintable(describe(again)));
    }
};

QTEST_GUILESS_MAIN(TestCliRenameHints)
#include "tst_cli_renamehints.moc"
