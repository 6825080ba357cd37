// `strata sql` on SQLite: the script it prints runs as it is, statement by statement, on a fresh
// database file with foreign keys enforced, and creates every declared table. Run on the fixture
// project of tests/data/cli/valid and on examples/.

#include "CliSql.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Strata::Test::CliResult;
using Strata::Test::runCli;

namespace {

// Runs `script` on a new SQLite file; returns the tables it created, or fails with the statement.
bool runOnFreshSqlite(const QString &path, const QString &script, QStringList *tables, QString *error)
{
    const QString connection = QStringLiteral("cli_sql_") + QFileInfo(path).baseName();
    bool ok = true;
    {
        QSqlDatabase db = Strata::Test::openSqlite(path, connection);
        if (!db.isOpen()) {
            *error = db.lastError().text();
            ok = false;
        }
        QSqlQuery query(db);
        if (ok && !query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
            *error = query.lastError().text();
            ok = false;
        }
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
        if (ok && query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() && query.value(0).toInt() != 1) {
            *error = QStringLiteral("the script turned foreign keys off");
            ok = false;
        }
        // Every foreign key must name an existing table and a key: foreign_key_check reports what does not.
        if (ok && !query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            *error = QStringLiteral("foreign_key_check: ") + query.lastError().text();
            ok = false;
        }
        if (ok && query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
            while (query.next())
                tables->append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// The references were created (SQLite would accept a script that silently dropped them).
bool hasForeignKeys(const QString &path, QString *error)
{
    const QString connection = QStringLiteral("cli_sql_fk_") + QFileInfo(path).baseName();
    bool found = false;
    {
        QSqlDatabase db = Strata::Test::openSqlite(path, connection);
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Every foreign key: table, from-column; try one insert per table with a dangling value.
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        int withKeys = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery fks(db);
            fks.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
            if (fks.next())
                ++withKeys;
        }
        if (withKeys == 0)
            *error = QStringLiteral("no table has a foreign key");
        found = withKeys > 0;
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return found;
}

} // namespace

class TestCliSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeProject_data();
    void wholeProject();
    void eachPackageWithDependencies_data();
    void eachPackageWithDependencies();
};

void TestCliSql::wholeProject_data()
{
    QTest::addColumn<QString>("project");
    QTest::newRow("fixture") << Strata::Test::testDataDir() + QStringLiteral("/cli/valid");
    QTest::newRow("examples") << Strata::Test::examplesDir();
}

void TestCliSql::wholeProject()
{
    QFETCH(QString, project);
    QVERIFY2(QFileInfo::exists(project + QStringLiteral("/strata.json")), qPrintable(project + QStringLiteral(" is missing")));

    // Clean: `strata validate` has no errors, so the SQL is expected to run.
    const CliResult validate = runCli({QStringLiteral("-C"), project, QStringLiteral("validate")});
    QVERIFY2(validate.exitCode == 0, qPrintable(QString::fromUtf8(validate.out + validate.err)));

    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("sql"), QStringLiteral("--dialect"),
                                QStringLiteral("sqlite")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    QVERIFY2(r.err.isEmpty(), qPrintable(QString::fromUtf8(r.err)));
    const QString script = QString::fromUtf8(r.out);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("whole.db"));
    QStringList created;
    QString error;
    QVERIFY2(runOnFreshSqlite(path, script, &created, &error), qPrintable(error));

    QStringList declared = CliSql::declaredTables(project, &error);
    QVERIFY2(!declared.isEmpty(), qPrintable(error));
    declared.sort();
    QCOMPARE(created, declared);
    QVERIFY2(hasForeignKeys(path, &error), qPrintable(error));

    // Without --dialect, a SQLite project renders for SQLite: the same script.
    const CliResult byDefault = runCli({QStringLiteral("-C"), project, QStringLiteral("sql")});
    QCOMPARE(QString::fromUtf8(byDefault.out), script);
}

void TestCliSql::eachPackageWithDependencies_data()
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

void TestCliSql::eachPackageWithDependencies()
{
    QFETCH(QString, project);
    QFETCH(QString, package);
    QVERIFY2(!package.isEmpty(), "strata list found no packages in the project");
    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("sql"), package,
                                QStringLiteral("--with-dependencies")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList created;
    QString error;
    QVERIFY2(runOnFreshSqlite(dir.filePath(QStringLiteral("package.db")), QString::fromUtf8(r.out), &created, &error),
             qPrintable(error));
    QVERIFY(!created.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSql)
#include "tst_cli_sql.moc"
