// `strata generate` through the real binary on the PostgreSQL test server: for each kind of schema
// change, the ALTER statements it writes run on a database holding rows, leave nothing for diff
// (the interpreter's schema of the migrations, and the live database) to report, keep every row,
// and the down section restores the catalog.

#include "GenerateTestProject.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Generate;

class TestPgCliGenerate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!postgresUrl().isEmpty(), "no PostgreSQL test server: run through ctest (fixture postgres)");
    }

    void change_data() { addCases(true); }
    void change()
    {
        QTemporaryDir dir;
        Project project = postgresProject(dir);
        QVERIFY(!project.root.isEmpty());
        runCase(project);
    }

    void constraintsKeepTheirNamesAfterARename()
    {
        QTemporaryDir dir;
        Project project = postgresProject(dir);
        QVERIFY(!project.root.isEmpty());
        runConstraintsAfterARename(project);
    }

    // A column of a PostgreSQL enum type (CREATE TYPE ... AS ENUM, written by hand) declared as
    // Strata's enum, which is text with a CHECK: diff says so in one line with both lists of
    // values, and generate turns it into text with the check (not refused: every value fits).
    void aNativeEnumTypeIsReportedAndConverted()
    {
        QTemporaryDir dir;
        Project project = postgresProject(dir);
        QVERIFY(!project.root.isEmpty());
        QVERIFY(writeProjectFile(project.root, project.target.dialect()));
        QVERIFY(writeFile(project.root + QStringLiteral("/packages/app/migrations/0001_init.sql"),
                          migrationFile(QStringLiteral("CREATE TYPE feeling AS ENUM ('happy', 'sad');\n"
                                                       "CREATE TABLE moods (id integer PRIMARY KEY, feeling feeling);\n"),
                                        QStringLiteral("DROP TABLE moods;\nDROP TYPE feeling;\n"))
                              .toUtf8()));
        QVERIFY(writeSchema(project.root, quotes(QStringLiteral(
                                              "{ 'name': 'moods', 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
                                              " { 'name': 'feeling', 'type': 'enum', 'values': ['happy', 'sad', 'calm'] } ] }"))));
        QVERIFY2(project.run({QStringLiteral("migrate")}, true).exitCode == 0, "migrate");
        {
            Db db(project.target.inspectUrl);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO moods (id, feeling) VALUES (1, 'happy'), (2, 'sad')")));
        }
        const QList<Strata::Table> before = catalog(project);

        const CliResult diff = project.run({QStringLiteral("diff")}, false);
        QCOMPARE(diff.exitCode, 1);
        const QString out = QString::fromUtf8(diff.out);
        QVERIFY2(out.contains(QStringLiteral("Column moods.feeling has the enum type feeling (values happy, sad), declared "
                                             "text limited by a check to the values happy, sad, calm.")),
                 qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("has no check")), qPrintable(out));

        const CliResult generated = project.run({QStringLiteral("generate")}, false);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QVERIFY2(generated.out.contains("ALTER TABLE moods ALTER COLUMN feeling TYPE text USING feeling::text"),
                 generated.out.constData());
        QVERIFY2(project.run({QStringLiteral("migrate")}, true).exitCode == 0, "migrate");
        QCOMPARE(project.run({QStringLiteral("diff")}, false).exitCode, 0);
        const CliResult drift = project.run({QStringLiteral("diff"), QStringLiteral("--database"), project.liveUrl()}, false);
        QVERIFY2(drift.exitCode == 0, qPrintable(describe(drift)));
        {
            Db db(project.target.inspectUrl);
            QCOMPARE(db.scalar(QStringLiteral("SELECT feeling FROM moods WHERE id = 2")).toString(), QStringLiteral("sad"));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO moods (id, feeling) VALUES (3, 'calm')")));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM moods WHERE id = 3")));
        }
        const CliResult rollback = project.run({QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}, true);
        QVERIFY2(rollback.exitCode == 0, qPrintable(describe(rollback) + QString::fromUtf8(generated.out)));
        const QStringList restored = catalogDifferences(project, before, catalog(project));
        QVERIFY2(restored.isEmpty(), qPrintable(restored.join(u'\n')));
    }

private:
    // A project in `dir` on a database of its own (one creation per test row); no root on failure.
    static Project postgresProject(const QTemporaryDir &dir)
    {
        Project project;
        QString error;
        const QString url = createPostgresDatabase(QStringLiteral("generate"), &error);
        if (url.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return project;
        }
        project.root = dir.path();
        project.target.postgres = true;
        project.target.databaseArg = url;
        project.target.inspectUrl = url;
        return project;
    }
};

QTEST_GUILESS_MAIN(TestPgCliGenerate)
#include "tst_pg_cli_generate.moc"
