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
