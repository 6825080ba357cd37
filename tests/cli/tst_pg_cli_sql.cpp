// `strata sql --dialect postgresql`: the script runs as it is, statement by statement, on a fresh
// PostgreSQL database of the test server, and creates every declared table. Run on the fixture
// project of tests/data/cli/valid and on examples/.

#include "CliSql.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using Strata::Test::CliResult;
using Strata::Test::runCli;

namespace {

bool runOnFreshPostgres(const QString &script, QStringList *tables, QString *error)
{
    const QString url = Strata::Test::createPostgresDatabase(QStringLiteral("cli_sql"), error);
    if (url.isEmpty())
        return false;
    const QString connection = QStringLiteral("cli_sql_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = Strata::Test::openPostgres(url, connection);
        if (!db.isOpen()) {
            *error = db.lastError().text();
            ok = false;
        }
        QSqlQuery query(db);
        const QStringList statements = CliSql::splitStatements(script);
        if (ok && statements.isEmpty()) {
            *error = QStringLiteral("no statements in the script");
            ok = false;
        }
        for (const QString &statement : statements) {
            if (!ok)
                break;
            if (!query.exec(statement)) {
                *error = query.lastError().text() + QStringLiteral("\nin: ") + statement;
                ok = false;
            }
        }
        if (ok && query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' "
                                            "ORDER BY table_name COLLATE \"C\""))) {
            while (query.next())
                tables->append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

class TestPgCliSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeProject_data();
    void wholeProject();
    void eachPackageWithDependencies_data();
    void eachPackageWithDependencies();
};

void TestPgCliSql::wholeProject_data()
{
    QTest::addColumn<QString>("project");
    QTest::newRow("fixture") << Strata::Test::testDataDir() + QStringLiteral("/cli/valid");
    QTest::newRow("examples") << Strata::Test::examplesDir();
}

void TestPgCliSql::wholeProject()
{
    QFETCH(QString, project);
    QVERIFY2(QFileInfo::exists(project + QStringLiteral("/strata.json")), qPrintable(project + QStringLiteral(" is missing")));
    QVERIFY2(!Strata::Test::postgresUrl().isEmpty(), "no PostgreSQL test server (run through ctest)");

    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("sql"), QStringLiteral("--dialect"),
                                QStringLiteral("postgresql")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    QVERIFY2(r.err.isEmpty(), qPrintable(QString::fromUtf8(r.err)));

    QStringList created;
    QString error;
    QVERIFY2(runOnFreshPostgres(QString::fromUtf8(r.out), &created, &error), qPrintable(error));

    QStringList declared = CliSql::declaredTables(project, &error);
    QVERIFY2(!declared.isEmpty(), qPrintable(error));
    std::sort(declared.begin(), declared.end());
    QCOMPARE(created, declared);
}

void TestPgCliSql::eachPackageWithDependencies_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("package");
    for (const QString &project : QStringList{Strata::Test::testDataDir() + QStringLiteral("/cli/valid"), Strata::Test::examplesDir()}) {
        const QString label = project.endsWith(QStringLiteral("examples")) ? QStringLiteral("examples")
                                                                          : QStringLiteral("fixture");
        const QStringList names = CliSql::packageNames(project);
        if (names.isEmpty())
            QTest::newRow(qPrintable(label + QStringLiteral(": no packages"))) << project << QString();
        for (const QString &name : names)
            QTest::newRow(qPrintable(label + QStringLiteral(": ") + name)) << project << name;
    }
}

void TestPgCliSql::eachPackageWithDependencies()
{
    QFETCH(QString, project);
    QFETCH(QString, package);
    QVERIFY2(!package.isEmpty(), "strata list found no packages in the project");
    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("sql"), QStringLiteral("--dialect"),
                                QStringLiteral("postgresql"), package, QStringLiteral("--with-dependencies")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    QStringList created;
    QString error;
    QVERIFY2(runOnFreshPostgres(QString::fromUtf8(r.out), &created, &error), qPrintable(error));
    QVERIFY(!created.isEmpty());
}

QTEST_GUILESS_MAIN(TestPgCliSql)
#include "tst_pg_cli_sql.moc"
