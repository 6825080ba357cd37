// `strata test` on the test suite's PostgreSQL server: examples/postgresql passes, each package in a
// database created on the server and dropped afterwards, also when a package fails.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

class TestPgCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!postgresUrl().isEmpty(), "no PostgreSQL test server: run through ctest (fixture postgres)");
    }

    void examplesPass()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
        QVERIFY(!root.isEmpty());
        const QString server = createPostgresDatabase(QStringLiteral("test_server"));
        QVERIFY(!server.isEmpty());
        const QStringList before = scratchDatabases(server);
        const CliResult result = runCli({QStringLiteral("-C"), root, QStringLiteral("test"), QStringLiteral("--database"),
                                         server, QStringLiteral("--format"), QStringLiteral("json")},
                                        {}, 180000);
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY(json[QStringLiteral("passed")].toBool());
        QCOMPARE(json[QStringLiteral("summary")][QStringLiteral("passed")].toInt(), 5);
        for (const QJsonValue &package : json[QStringLiteral("packages")].toArray()) {
            const QJsonArray steps = package[QStringLiteral("steps")].toArray();
            QCOMPARE(steps.size(), 5);
            for (const QJsonValue &step : steps)
                QVERIFY2(step[QStringLiteral("outcome")].toString() == u"passed",
                         QJsonDocument(package.toObject()).toJson().constData());
        }
        QCOMPARE(scratchDatabases(server), before);
    }

    // A package whose migration fails on the server: it fails, named, and its database is gone too.
    void aFailingPackageLeavesNoDatabase()
    {
        QTemporaryDir dir;
        const QString root = copyExamples(dir.path() + QStringLiteral("/examples"), ExamplesCopy::PostgreSQL);
        QVERIFY(!root.isEmpty());
        QVERIFY(writeFile(root + QStringLiteral("/packages/audit/migrations/99999999999999_broken.sql"),
                          "-- strata:up\nALTER TABLE no_such_table ADD COLUMN x integer;\n-- strata:down\nSELECT 1;\n"));
        const QString server = createPostgresDatabase(QStringLiteral("test_server"));
        QVERIFY(!server.isEmpty());
        const QStringList before = scratchDatabases(server);
        const CliResult result = runCli({QStringLiteral("-C"), root, QStringLiteral("test"), QStringLiteral("@acme/audit"),
                                         QStringLiteral("--database"), server},
                                        {}, 180000);
        QVERIFY2(result.exitCode == 1, QByteArray(result.out + result.err).constData());
        QVERIFY2(result.out.contains("@acme/audit:99999999999999_broken failed at statement 1"), result.out.constData());
        QVERIFY2(result.out.contains("no_such_table"), result.out.constData());
        QCOMPARE(scratchDatabases(server), before);
    }
};

QTEST_GUILESS_MAIN(TestPgCliTest)
#include "tst_pg_cli_test.moc"
