// `strata diff` and the drift `strata status` reports, through the real binary on SQLite files:
// a package whose database.json moved on without a migration, a migration that does not run, and
// a database changed by hand. Exit 0 when nothing differs, 1 when something does, 2 for a usage
// error, so that CI can fail a change whose migration was forgotten.

#include "CliDiff.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// Replaces the first `from` in a file of the copy.
bool edit(const QString &path, const QString &from, const QString &to)
{
    QString content = QString::fromUtf8(readFile(path));
    if (!content.contains(from))
        return false;
    content.replace(content.indexOf(from), from.size(), to);
    return writeFile(path, content.toUtf8());
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesMatchTheirMigrations()
    {
        QTemporaryDir dir;
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        const CliResult result = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff")});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        QVERIFY2(text(result.out).contains(QStringLiteral("5 packages compared: no differences")), result.out);
    }

    void aForgottenMigrationFails()
    {
        QTemporaryDir dir;
        const QString crm = dir.path() + QStringLiteral("/packages/crm/database.json");
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        // The domain column made shorter, a column and a table added, none of it in a migration.
        QVERIFY(edit(crm, QStringLiteral("\"type\": \"varchar(253)\""), QStringLiteral("\"type\": \"varchar(100)\"")));
        QVERIFY(edit(crm, QStringLiteral("\"name\": \"industry\","),
                     QStringLiteral("\"name\": \"notes\", \"type\": \"text\" },\n        { \"name\": \"industry\",")));

        const CliResult result = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff")});
        QCOMPARE(result.exitCode, 1);
        const QString out = text(result.out);
        QVERIFY2(out.contains(QStringLiteral("@acme/crm: 2 differences with its migrations")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Column companies.domain has type VARCHAR(253), declared VARCHAR(100).")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Column companies.notes is declared but missing.")), qPrintable(out));
        // Each difference points at the declaration, as a compiler would.
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("packages/crm/database.json:\\d+:\\d+: Column "
                                                                "companies.notes"))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("5 packages compared: 1 with differences (2 differences)")), qPrintable(out));

        // Only the package asked for, as JSON.
        const CliResult json = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff"),
                                       QStringLiteral("@acme/crm"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report[QStringLiteral("compared")].toString(), QStringLiteral("migrations"));
        QCOMPARE(report[QStringLiteral("packages")].toArray().size(), 1);
        QCOMPARE(CliDiff::kinds(report, QStringLiteral("@acme/crm")),
                 QStringList({QStringLiteral("column-type companies.domain"),
                              QStringLiteral("missing-column companies.notes")}));
        QCOMPARE(report[QStringLiteral("summary")][QStringLiteral("differences")].toInt(), 2);

        // The other packages still match.
        const CliResult core = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff"), QStringLiteral("@acme/core")});
        QVERIFY2(core.exitCode == 0, QByteArray(core.out + core.err).constData());
    }

    // The diff loads without the package and project rules, but what cannot be read is not in the
    // comparison: it is named, and the diff fails (it said "no differences" before).
    void aPackageThatCannotBeReadFailsTheDiff()
    {
        QTemporaryDir dir;
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        const QString crm = dir.path() + QStringLiteral("/packages/crm/database.json");
        QVERIFY(writeFile(crm, QByteArrayLiteral("{ \"packageName\": ")));

        const CliResult result = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff")});
        QCOMPARE(result.exitCode, 1);
        const QString err = text(result.err);
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("packages/crm/database.json:1:\\d+: error \\[json-syntax\\]"))),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("1 error reading the project: what could not be read is not in the comparison")),
                 qPrintable(err));
        const CliResult json = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff"), QStringLiteral("--format"),
                                       QStringLiteral("json")});
        QCOMPARE(json.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());

        // A package that breaks a rule but reads is compared as ever: diff is not validate.
        QTemporaryDir ruled;
        QVERIFY(!copyExamples(ruled.path()).isEmpty());
        QVERIFY(edit(ruled.path() + QStringLiteral("/packages/crm/database.json"), QStringLiteral("\"name\": \"industry\""),
                     QStringLiteral("\"name\": \"select\"")));
        const CliResult validate = runCli({QStringLiteral("-C"), ruled.path(), QStringLiteral("validate")});
        QCOMPARE(validate.exitCode, 1); // [reserved-word], an error
        QVERIFY2(text(validate.out).contains(QStringLiteral("[reserved-word]")), validate.out);
        const CliResult diff = runCli({QStringLiteral("-C"), ruled.path(), QStringLiteral("diff")});
        QVERIFY2(!text(diff.err).contains(QStringLiteral("reading the project")), diff.err);
        QVERIFY2(text(diff.out).contains(QStringLiteral("Column companies.select is declared but missing.")), diff.out);
    }

    void usageErrors()
    {
        const CliResult unknown = runCli({QStringLiteral("-C"), examplesDir(), QStringLiteral("diff"), QStringLiteral("@acme/nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(text(unknown.err).contains(QStringLiteral("no package \"@acme/nope\"")), unknown.err);
        const CliResult format = runCli({QStringLiteral("-C"), examplesDir(), QStringLiteral("diff"),
                                         QStringLiteral("--format"), QStringLiteral("dot")});
        QCOMPARE(format.exitCode, 2);
    }

    void aMigrationThatDoesNotRunIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        const QString file = dir.path() + QStringLiteral("/packages/crm/migrations/002_deal_close_tracking.sql");
        QVERIFY(edit(file, QStringLiteral("ALTER TABLE"),
                     QStringLiteral("INSERT INTO no_such_table_here VALUES (1);\nALTER TABLE")));
        const CliResult result = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff")});
        QCOMPARE(result.exitCode, 1);
        const QString out = text(result.out);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral(
                     "packages/crm/migrations/002_deal_close_tracking.sql:\\d+:\\d+: error: migration "
                     "002_deal_close_tracking does not run: .*no_such_table_here"))),
                 qPrintable(out));
        // A package after it is not compared with half its migrations as if that were a difference.
        QVERIFY2(out.contains(QStringLiteral("@acme/projects: its migrations were not replayed: a migration before them "
                                             "does not run")),
                 qPrintable(out));
    }

    void driftOfALiveDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        const QString url = QStringLiteral("sqlite:") + dir.path() + QStringLiteral("/.strata/strata.db");
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("migrate")}).exitCode, 0);
        const CliResult clean = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff"), QStringLiteral("--database"), url});
        QVERIFY2(clean.exitCode == 0, QByteArray(clean.out + clean.err).constData());
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("status"), QStringLiteral("--check")}).exitCode, 0);

        {
            // Changed by hand: a column added, an index dropped, a table nobody declares.
            QSqlDatabase db = openSqlite(dir.path() + QStringLiteral("/.strata/strata.db"), QStringLiteral("drift"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE companies ADD COLUMN extra TEXT")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX companies_owner_id_idx")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE hand_made (x INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drift"));

        const CliResult drift = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("diff"), QStringLiteral("--database"),
                                        url, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(drift.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(drift.out).object();
        QCOMPARE(report[QStringLiteral("compared")].toString(), QStringLiteral("database"));
        QCOMPARE(CliDiff::kinds(report, QStringLiteral("@acme/crm")),
                 QStringList({QStringLiteral("extra-column companies.extra"),
                              QStringLiteral("index companies.companies_owner_id_idx")}));
        // Listed, but Strata's own history table is not.
        QCOMPARE(report[QStringLiteral("undeclared")].toArray(), QJsonArray({QStringLiteral("hand_made")}));

        const CliResult status = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("status"), QStringLiteral("--check")});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(text(status.out).contains(QStringLiteral("drift: 2 differences with the declared schema in 1 package")),
                 status.out);
        // Without --check, status reports and succeeds.
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("status")}).exitCode, 0);
    }

    void pendingWorkIsNotDrift()
    {
        // A database that lacks a package's tables because its migrations have not run: pending,
        // which status --check fails on anyway, but not drift.
        QTemporaryDir dir;
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"),
                         QStringLiteral("@acme/core")}).exitCode, 0);
        const CliResult status = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("status"), QStringLiteral("--format"),
                                         QStringLiteral("json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(report[QStringLiteral("drift")][QStringLiteral("differences")].toInt(), 0);
        QVERIFY(report[QStringLiteral("summary")][QStringLiteral("pending")].toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
