// `strata generate` through the real binary on SQLite files: for each kind of schema change, the
// migration it writes runs on a database holding rows, leaves nothing for diff to report, keeps
// every row, and its down section restores the catalog. Also: refusals, other packages untouched,
// and the rebuild of a parent whose children cascade keeps every child row.

#include "GenerateTestProject.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Generate;

namespace {

Project sqliteProject(const QTemporaryDir &dir)
{
    Project project;
    project.root = dir.path();
    project.target.inspectUrl = dir.path() + QStringLiteral("/.strata/strata.db");
    return project;
}

} // namespace

class TestCliGenerate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void change_data() { addCases(false); }
    void change()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        runCase(project);
    }

    void aDestructiveChangeIsRefused()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        QString tables = baseTables();
        tables.replace(quotes(QStringLiteral(", { 'name': 'score', 'type': 'integer' }")), QString());
        tables.replace(quotes(QStringLiteral("{ 'name': 'label', 'type': 'text' }")),
                       quotes(QStringLiteral("{ 'name': 'label', 'type': 'text' }, { 'name': 'must', 'type': 'text', "
                                             "'notNull': true }")));
        QVERIFY(writeSchema(project.root, tables));
        const CliResult refused = project.run({QStringLiteral("generate")}, false);
        QCOMPARE(refused.exitCode, 1);
        const QString err = QString::fromUtf8(refused.err);
        QVERIFY2(err.contains(QStringLiteral("Column parents.score would be dropped, with its values.")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--allow-destructive")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Column children.must is added NOT NULL without a default")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Give it a default, or add it nullable, backfill it, then make it NOT NULL.")),
                 qPrintable(err));
        QCOMPARE(project.migrationFiles().size(), 1);

        // The flag accepts the drop; the NOT NULL column without a default is still refused.
        const CliResult stillRefused
            = project.run({QStringLiteral("generate"), QStringLiteral("--allow-destructive")}, false);
        QCOMPARE(stillRefused.exitCode, 1);
        QVERIFY(!stillRefused.err.contains("parents.score"));
        QCOMPARE(project.migrationFiles().size(), 1);

        tables.replace(QStringLiteral("\"notNull\": true }"), QStringLiteral("\"notNull\": true, \"default\": \"m\" }"));
        QVERIFY(writeSchema(project.root, tables));
        const CliResult dryRun = project.run({QStringLiteral("generate"), QStringLiteral("--allow-destructive"),
                                              QStringLiteral("--dry-run")}, false);
        QVERIFY2(dryRun.exitCode == 0 && dryRun.out.contains("would write"), qPrintable(describe(dryRun)));
        QCOMPARE(project.migrationFiles().size(), 1);
        const CliResult accepted = project.run({QStringLiteral("generate"), QStringLiteral("--allow-destructive"),
                                                QStringLiteral("--name"), QStringLiteral("drop_score")}, false);
        QVERIFY2(accepted.exitCode == 0, qPrintable(describe(accepted)));
        QCOMPARE(project.migrationFiles().last(), QStringLiteral("0002_drop_score.sql"));
        QVERIFY2(project.run({QStringLiteral("migrate")}, true).exitCode == 0, "migrate");
        QCOMPARE(project.run({QStringLiteral("diff")}, false).exitCode, 0);
    }

    void theRebuildOfAParentKeepsItsCascadingChildren()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        // A type change on the parent: SQLite cannot ALTER it, so the table is rebuilt.
        QString tables = baseTables();
        tables.replace(QStringLiteral("\"varchar(20)\""), QStringLiteral("\"varchar(10)\""));
        QVERIFY(writeSchema(project.root, tables));
        const CliResult generated = project.run({QStringLiteral("generate"), QStringLiteral("--allow-destructive")}, false);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QVERIFY2(generated.out.contains("-- strata:foreign-keys off"), generated.out.constData());
        QVERIFY2(generated.out.contains("CREATE TABLE strata_new_parents"), generated.out.constData());
        QVERIFY2(generated.out.contains("DROP TABLE parents"), generated.out.constData());
        QVERIFY2(project.run({QStringLiteral("migrate")}, true).exitCode == 0, "migrate");
        Db db(project.target.inspectUrl);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 3);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children WHERE parent_id = 1")), 2);
        // The key still holds: deleting a parent cascades.
        QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM parents WHERE id = 1")));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 1);
    }

    void anotherPackagesTablesAreNotTouched()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        // A second package whose table references the first one's: its first migration requires the
        // first package's last migration, and nothing of app's is in it.
        const QString other = quotes(QStringLiteral(
            "{ 'packageName': 'other', 'version': '1.0.0', 'dependencies': { 'app': '^1.0.0' }, 'tables': [ "
            "{ 'name': 'notes', 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': true }, "
            "{ 'name': 'parent_id', 'type': 'integer', 'references': { 'table': 'parents' } } ] } ] }"));
        QVERIFY(writeFile(project.root + QStringLiteral("/packages/other/database.json"), other.toUtf8()));
        const CliResult generated = project.run({QStringLiteral("generate")}, false);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QCOMPARE(project.migrationFiles().size(), 1);
        const QStringList files = QDir(project.root + QStringLiteral("/packages/other/migrations")).entryList(QDir::Files);
        QCOMPARE(files, QStringList{QStringLiteral("0001_schema_changes.sql")});
        const QString text = QString::fromUtf8(readFile(project.root + QStringLiteral("/packages/other/migrations/") + files.first()));
        QVERIFY2(text.contains(QStringLiteral("-- strata:requires app:0001_init")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TABLE parents")) && !text.contains(QStringLiteral("strata_migrations")), qPrintable(text));
        QVERIFY2(project.run({QStringLiteral("migrate")}, true).exitCode == 0, "migrate");
        QCOMPARE(project.run({QStringLiteral("diff")}, false).exitCode, 0);
        QCOMPARE(project.run({QStringLiteral("diff"), QStringLiteral("--database"), project.liveUrl()}, false).exitCode, 0);
    }

    void timestampsFollowTheirScheme()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QVERIFY(writeProjectFile(project.root, QStringLiteral("sqlite")));
        QVERIFY(writeSchema(project.root, baseTables()));
        QVERIFY(writeFile(project.root + QStringLiteral("/packages/app/migrations/20240101000000_empty.sql"),
                          QByteArray("-- strata:up\nSELECT 1;\n")));
        const CliResult generated = project.run({QStringLiteral("generate")}, false);
        QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
        QCOMPARE(project.migrationFiles().size(), 2);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{14}_schema_changes\\.sql$")).match(project.migrationFiles().last()).hasMatch(),
                 qPrintable(project.migrationFiles().last()));
    }
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
