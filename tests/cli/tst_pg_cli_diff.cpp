// `strata diff`, the drift `strata status` reports and `strata baseline` on the real PostgreSQL
// server: the schema of examples/postgresql's migrations worked out without a server (the DDL
// interpreter) and on a scratch database (--dev-database, dropped afterwards), a statement the
// interpreter does not follow named, a database changed by hand, and one another tool created.

#include "CliDiff.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;

namespace {

QStringList scratchDatabases(const QString &url)
{
    QStringList names;
    QSqlDatabase db = openPostgres(url, QStringLiteral("scratch_check"));
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT datname::text FROM pg_database WHERE datname LIKE 'strata_scratch_%'"));
        while (q.next())
            names.append(q.value(0).toString());
    }
    db.close();
    QSqlDatabase::removeDatabase(QStringLiteral("scratch_check"));
    return names;
}

} // namespace

class TestPgCliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!postgresUrl().isEmpty(), "no PostgreSQL test server: run through ctest (fixture postgres)");
    }

    void migrationsWithoutAndWithAServer()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
        QVERIFY(!root.isEmpty());
        const CliResult interpreted = runCli({QStringLiteral("-C"), root, QStringLiteral("diff")});
        QVERIFY2(interpreted.exitCode == 0, QByteArray(interpreted.out + interpreted.err).constData());
        QVERIFY2(interpreted.out.contains("5 packages compared: no differences"), interpreted.out.constData());

        const QString server = createPostgresDatabase(QStringLiteral("diff_dev"));
        QVERIFY(!server.isEmpty());
        const CliResult replayed
            = runCli({QStringLiteral("-C"), root, QStringLiteral("diff"), QStringLiteral("--dev-database"), server});
        QVERIFY2(replayed.exitCode == 0, QByteArray(replayed.out + replayed.err).constData());
        // The scratch database is gone again.
        QCOMPARE(scratchDatabases(server), QStringList());

        // A change to database.json without a migration differs, both ways.
        const QString crm = root + QStringLiteral("/packages/crm/database.json");
        QString content = QString::fromUtf8(readFile(crm));
        QVERIFY(content.contains(QStringLiteral("\"varchar(253)\"")));
        content.replace(QStringLiteral("\"varchar(253)\""), QStringLiteral("\"varchar(100)\""));
        QVERIFY(writeFile(crm, content.toUtf8()));
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--dev-database"), server}}) {
            const CliResult r = runCli(QStringList{QStringLiteral("-C"), root, QStringLiteral("diff"), QStringLiteral("--format"),
                                                   QStringLiteral("json")}
                                       + extra);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(CliDiff::kinds(r.out, QStringLiteral("@acme/crm")), QStringList{QStringLiteral("column-type companies.domain")});
        }
        QCOMPARE(scratchDatabases(server), QStringList());
    }

    void whatTheInterpreterDoesNotFollowIsNamed()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
        QVERIFY(!root.isEmpty());
        const QString file = root + QStringLiteral("/packages/crm/migrations/002_deal_close_tracking.sql");
        QString content = QString::fromUtf8(readFile(file));
        const qsizetype up = content.indexOf(QStringLiteral("-- strata:up\n"));
        QVERIFY(up >= 0);
        content.insert(up + 13, QStringLiteral("DO $$ BEGIN PERFORM 1; END $$;\n"));
        QVERIFY(writeFile(file, content.toUtf8()));
        const CliResult r = runCli({QStringLiteral("-C"), root, QStringLiteral("diff")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(QRegularExpression(QStringLiteral(
                     "packages/crm/migrations/002_deal_close_tracking.sql:\\d+:\\d+: note: not followed without a "
                     "server \\(DO\\)"))),
                 r.out.constData());
    }

    void driftOfALiveDatabase()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
        QVERIFY(!root.isEmpty());
        const QString url = createPostgresDatabase(QStringLiteral("diff_drift"));
        QVERIFY(!url.isEmpty());
        QCOMPARE(runCli({QStringLiteral("-C"), root, QStringLiteral("migrate"), QStringLiteral("--database"), url}).exitCode, 0);
        const CliResult clean = runCli({QStringLiteral("-C"), root, QStringLiteral("diff"), QStringLiteral("--database"), url});
        QVERIFY2(clean.exitCode == 0, QByteArray(clean.out + clean.err).constData());
        QCOMPARE(runCli({QStringLiteral("-C"), root, QStringLiteral("status"), QStringLiteral("--check"),
                         QStringLiteral("--database"), url})
                     .exitCode,
                 0);

        {
            QSqlDatabase db = openPostgres(url, QStringLiteral("drift"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE companies ADD COLUMN extra text")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE companies ALTER COLUMN industry TYPE varchar(10)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE hand_made (x integer)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drift"));

        const CliResult drift = runCli({QStringLiteral("-C"), root, QStringLiteral("diff"), QStringLiteral("--database"), url,
                                        QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(drift.exitCode, 1);
        QCOMPARE(CliDiff::kinds(drift.out, QStringLiteral("@acme/crm")),
                 QStringList({QStringLiteral("column-type companies.industry"),
                              QStringLiteral("extra-column companies.extra")}));
        QCOMPARE(QJsonDocument::fromJson(drift.out).object().value(QStringLiteral("undeclared")).toArray(),
                 QJsonArray({QStringLiteral("hand_made")}));
        const CliResult status = runCli({QStringLiteral("-C"), root, QStringLiteral("status"), QStringLiteral("--check"),
                                         QStringLiteral("--database"), url});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.out.contains("drift: 2 differences with the declared schema in 1 package"), status.out.constData());
    }

    // The story: a database that another tool created from the same schema. migrate fails
    // on "already exists" and points at baseline; baseline checks and records; migrate is done.
    void baselineAdoptsADatabase()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
        QVERIFY(!root.isEmpty());
        const CliResult sql = runCli({QStringLiteral("-C"), root, QStringLiteral("sql")});
        QCOMPARE(sql.exitCode, 0);
        for (const bool differs : {true, false}) {
            const QString url = createPostgresDatabase(QStringLiteral("baseline"));
            QVERIFY(!url.isEmpty());
            {
                QSqlDatabase db = openPostgres(url, QStringLiteral("adopt"));
                QSqlQuery q(db);
                QVERIFY2(q.exec(QString::fromUtf8(sql.out)), qPrintable(q.lastError().text()));
                if (differs)
                    QVERIFY(q.exec(QStringLiteral("ALTER TABLE deals ALTER COLUMN title DROP NOT NULL")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("adopt"));

            const CliResult migrate = runCli({QStringLiteral("-C"), root, QStringLiteral("migrate"), QStringLiteral("--database"), url});
            QCOMPARE(migrate.exitCode, 1);
            QVERIFY2(migrate.err.contains("strata baseline"), migrate.err.constData());

            const CliResult baseline
                = runCli({QStringLiteral("-C"), root, QStringLiteral("baseline"), QStringLiteral("--database"), url});
            if (differs) {
                QCOMPARE(baseline.exitCode, 1);
                QVERIFY2(baseline.err.contains("Column deals.title accepts NULL, declared NOT NULL."),
                         baseline.err.constData());
                const CliResult status = runCli({QStringLiteral("-C"), root, QStringLiteral("status"),
                                                 QStringLiteral("--database"), url, QStringLiteral("--format"),
                                                 QStringLiteral("json")});
                QCOMPARE(QJsonDocument::fromJson(status.out).object()[QStringLiteral("summary")][QStringLiteral("applied")].toInt(), 0);
                continue;
            }
            QVERIFY2(baseline.exitCode == 0, QByteArray(baseline.out + baseline.err).constData());
            QVERIFY2(baseline.out.contains("Recorded 12 migrations"), baseline.out.constData());
            const CliResult after = runCli({QStringLiteral("-C"), root, QStringLiteral("migrate"), QStringLiteral("--database"), url});
            QCOMPARE(after.exitCode, 0);
            QVERIFY2(after.out.contains("Nothing to do."), after.out.constData());
            QCOMPARE(runCli({QStringLiteral("-C"), root, QStringLiteral("status"), QStringLiteral("--check"),
                             QStringLiteral("--database"), url})
                         .exitCode,
                     0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPgCliDiff)
#include "tst_pg_cli_diff.moc"
