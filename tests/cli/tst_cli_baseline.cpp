// `strata baseline` on SQLite files: adopting a database that another tool created from the same
// schema (records every migration, then migrate has nothing to do), refusing one that differs (lists
// the differences, records nothing, leaves no history table), --force and --to.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;

namespace {

// examples/ copied into `root`, its database made by running `strata sql` (what another tool
// would have created), without Strata's history.
bool adoptedExamples(const QString &root, const QStringList &extraStatements = {})
{
    if (copyExamples(root).isEmpty())
        return false;
    const CliResult sql = runCli({QStringLiteral("-C"), root, QStringLiteral("sql")});
    if (sql.exitCode != 0)
        return false;
    QDir().mkpath(root + QStringLiteral("/.strata"));
    bool ok = true;
    {
        QSqlDatabase db = openSqlite(root + QStringLiteral("/.strata/strata.db"), QStringLiteral("adopt"));
        QSqlQuery q(db);
        for (const QString &statement : QString::fromUtf8(sql.out).split(QStringLiteral(";\n"))) {
            QString text = statement;
            // the script's comment lines are not statements
            QStringList lines = text.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &line) { return line.trimmed().startsWith(QStringLiteral("--")); });
            text = lines.join(QLatin1Char('\n')).trimmed();
            if (!text.isEmpty())
                ok = ok && q.exec(text);
        }
        for (const QString &statement : extraStatements)
            ok = ok && q.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("adopt"));
    return ok;
}

QStringList tables(const QString &root)
{
    QStringList names;
    {
        QSqlDatabase db = openSqlite(root + QStringLiteral("/.strata/strata.db"), QStringLiteral("tables"));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            names.append(q.value(0).toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    return names;
}

} // namespace

class TestCliBaseline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adoptsADatabaseThatMatches()
    {
        QTemporaryDir dir;
        QVERIFY(adoptedExamples(dir.path()));
        // Without baseline, migrate fails on the first table and says what to do.
        const CliResult migrate = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("migrate")});
        QCOMPARE(migrate.exitCode, 1);
        QVERIFY2(migrate.err.contains("strata baseline"), migrate.err.constData());
        QVERIFY(!tables(dir.path()).contains(QStringLiteral("strata_migrations")));

        const CliResult baseline = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline")});
        QVERIFY2(baseline.exitCode == 0, QByteArray(baseline.out + baseline.err).constData());
        QVERIFY2(baseline.out.contains("Recorded 12 migrations as applied on"), baseline.out.constData());

        const CliResult after = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("migrate")});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(after.out.contains("Nothing to do."), after.out.constData());
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("status"), QStringLiteral("--check")}).exitCode, 0);
        // Again: nothing left to record.
        const CliResult again = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing to record"), again.out.constData());
    }

    void refusesADatabaseThatDiffers()
    {
        QTemporaryDir dir;
        QVERIFY(adoptedExamples(dir.path(), {QStringLiteral("ALTER TABLE companies ADD COLUMN extra TEXT"),
                                             QStringLiteral("DROP INDEX companies_owner_id_idx"),
                                             QStringLiteral("CREATE TABLE __other_tool_migrations (id INTEGER)")}));
        const CliResult refused = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(refused.out).object();
        QCOMPARE(report[QStringLiteral("refused")].toBool(), true);
        QCOMPARE(report[QStringLiteral("recorded")].toArray().size(), 0);
        QCOMPARE(report[QStringLiteral("pending")].toArray().size(), 12);
        QStringList kinds;
        for (const QJsonValue &d : report[QStringLiteral("differences")].toArray())
            kinds.append(d[QStringLiteral("kind")].toString() + QLatin1Char(' ') + d[QStringLiteral("object")].toString());
        QCOMPARE(kinds, QStringList({QStringLiteral("extra-column extra"), QStringLiteral("index companies_owner_id_idx")}));
        // Another tool's bookkeeping is listed, not held against the database.
        QCOMPARE(report[QStringLiteral("otherTables")].toArray(), QJsonArray({QStringLiteral("__other_tool_migrations")}));
        // Nothing recorded, not even the history table.
        QVERIFY(!tables(dir.path()).contains(QStringLiteral("strata_migrations")));

        const CliResult text = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains("differs from what the 12 migrations produce; nothing recorded:"), text.err.constData());
        QVERIFY2(text.err.contains("Column companies.extra exists but is not declared."), text.err.constData());
        QVERIFY2(text.err.contains("--force"), text.err.constData());

        const CliResult forced = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline"), QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.out.contains("recorded anyway (--force)"), forced.out.constData());
        QVERIFY2(forced.out.contains("Recorded 12 migrations"), forced.out.constData());
    }

    void upToATarget()
    {
        QTemporaryDir dir;
        QVERIFY(!copyExamples(dir.path()).isEmpty());
        // A database that holds only @acme/core's tables, made by running its migrations elsewhere.
        QTemporaryDir other;
        QVERIFY(!copyExamples(other.path()).isEmpty());
        QCOMPARE(runCli({QStringLiteral("-C"), other.path(), QStringLiteral("migrate"), QStringLiteral("--to"),
                         QStringLiteral("@acme/core")}).exitCode,
                 0);
        QDir().mkpath(dir.path() + QStringLiteral("/.strata"));
        QVERIFY(QFile::copy(other.path() + QStringLiteral("/.strata/strata.db"), dir.path() + QStringLiteral("/.strata/strata.db")));
        {
            QSqlDatabase db = openSqlite(dir.path() + QStringLiteral("/.strata/strata.db"), QStringLiteral("forget"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE strata_migrations")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forget"));

        // Everything does not match (the other packages' tables are missing); up to @acme/core does.
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline")}).exitCode, 1);
        const CliResult core = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("baseline"), QStringLiteral("--to"),
                                       QStringLiteral("@acme/core")});
        QVERIFY2(core.exitCode == 0, QByteArray(core.out + core.err).constData());
        QVERIFY2(core.out.contains("Recorded 3 migrations"), core.out.constData());
        // The rest then runs as usual.
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("migrate")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("status"), QStringLiteral("--check")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBaseline)
#include "tst_cli_baseline.moc"
