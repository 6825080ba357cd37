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

    // SQLite drops a column with ALTER TABLE DROP COLUMN when nothing else uses it; a column in an
    // index, a constraint or a foreign key takes the rebuild (DROP COLUMN would refuse it).
    void aPlainColumnIsDroppedWithoutARebuild()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        // What generate would write with these fragments of the base tables removed.
        const auto dryRun = [&](const QStringList &removed) -> QString {
            QString tables = baseTables();
            for (const QString &fragment : removed) {
                if (!tables.contains(quotes(fragment)))
                    return QStringLiteral("not in the base tables: ") + fragment;
                tables.replace(quotes(fragment), QString());
            }
            if (!writeSchema(project.root, tables))
                return QStringLiteral("cannot write");
            const CliResult r = project.run({QStringLiteral("generate"), QStringLiteral("--allow-destructive"),
                                             QStringLiteral("--dry-run")}, false);
            return QString::fromUtf8(r.out + r.err);
        };
        const QString plain = dryRun({QStringLiteral(", { 'name': 'score', 'type': 'integer' }")});
        QVERIFY2(plain.contains(QStringLiteral("ALTER TABLE parents DROP COLUMN score;")), qPrintable(plain));
        QVERIFY2(!plain.contains(QStringLiteral("strata_new_")) && !plain.contains(QStringLiteral("foreign-keys off")),
                 qPrintable(plain));
        // The down section of an added column is its DROP COLUMN too (the dialog's test holds the text).
        const QString indexed = dryRun({QStringLiteral(" 'indexes': [ { 'columns': ['rank'] } ],"),
                                        QStringLiteral(" { 'name': 'rank', 'type': 'integer' },")});
        QVERIFY2(indexed.contains(QStringLiteral("CREATE TABLE strata_new_items")) && !indexed.contains(QStringLiteral("DROP COLUMN")),
                 qPrintable(indexed));
        const QString referencing = dryRun({QStringLiteral(" { 'name': 'parent_id', 'type': 'integer', 'references': { 'table': "
                                                           "'parents', 'onDelete': 'cascade' } },")});
        QVERIFY2(referencing.contains(QStringLiteral("CREATE TABLE strata_new_children"))
                     && !referencing.contains(QStringLiteral("DROP COLUMN")),
                 qPrintable(referencing));
    }

    // A declaration that does not validate is never written out as it stands.
    void aPackageWithErrorsIsRefused()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        QString tables = baseTables();
        tables.replace(quotes(QStringLiteral("{ 'name': 'label', 'type': 'text' }")),
                       quotes(QStringLiteral("{ 'name': 'label', 'type': 'text' }, { 'name': 'odd', 'type': 'no_such_type' }")));
        QVERIFY(writeSchema(project.root, tables));
        const CliResult refused = project.run({QStringLiteral("generate")}, false);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("app: Package app has 1 error in its declarations."), qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains("help: Fix what strata validate (or the Problems list) reports first."),
                 qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains("app: nothing written"), qPrintable(describe(refused)));
        QCOMPARE(project.migrationFiles().size(), 1);
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
        {
            Db db(project.target.inspectUrl);
            QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 3);
            QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children WHERE parent_id = 1")), 2);
        }
        // The down section rebuilds the parent again: the children stay there too.
        QVERIFY2(project.run({QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}, true).exitCode == 0,
                 "rollback");
        Db db(project.target.inspectUrl);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 3);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children WHERE parent_id = 1")), 2);
        // The key still holds: deleting a parent cascades.
        QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM parents WHERE id = 1")));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 1);
    }

    void theRebuildKeepsTheTablesTriggers_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("parents"); // the parent table's name afterwards
        // A column's type narrowed: SQLite rebuilds the table.
        QTest::newRow("rebuilt") << QStringList{QStringLiteral("'varchar(20)'"), QStringLiteral("'varchar(10)'")}
                                 << QStringLiteral("parents");
        // Renamed in the same migration: the triggers' text follows the new name.
        QTest::newRow("renamed and rebuilt")
            << QStringList{QStringLiteral("'varchar(20)'"), QStringLiteral("'varchar(10)'"),
                           QStringLiteral("{ 'name': 'parents', 'comment'"),
                           QStringLiteral("{ 'name': 'folks', 'renamedFrom': 'parents', 'comment'"),
                           QStringLiteral("'table': 'parents'"), QStringLiteral("'table': 'folks'")}
            << QStringLiteral("folks");
    }
    void theRebuildKeepsTheTablesTriggers()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, parents);
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        // Triggers are not declared in database.json: a migration written by hand makes them. One on
        // the parent table, and one on its children whose body names the parent table.
        QVERIFY(writeFile(project.root + QStringLiteral("/packages/app/migrations/0002_triggers.sql"),
                          migrationFile(QStringLiteral("CREATE TRIGGER parents_touch AFTER UPDATE OF score ON parents BEGIN\n"
                                                       "  INSERT INTO others (id, code) VALUES (NEW.id + 100, 'touched');\n"
                                                       "END;\n"
                                                       "CREATE TRIGGER children_counted AFTER INSERT ON children BEGIN\n"
                                                       "  UPDATE parents SET score = score + 1 WHERE id = NEW.parent_id;\n"
                                                       "END;\n"),
                                        QStringLiteral("DROP TRIGGER children_counted;\nDROP TRIGGER parents_touch;\n"))
                              .toUtf8()));
        QVERIFY2(project.run({QStringLiteral("migrate")}, true).exitCode == 0, "migrate");

        why = generateAndMigrate(project, edited(baseTables(), edits), {QStringLiteral("--allow-destructive")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString text = QString::fromUtf8(readFile(project.root + QStringLiteral("/packages/app/migrations/")
                                                        + project.migrationFiles().last()));
        QVERIFY2(text.contains(QStringLiteral("DROP TABLE ") + parents), qPrintable(text));
        QCOMPARE(project.run({QStringLiteral("diff")}, false).exitCode, 0);

        const auto triggersFire = [&](int expectedScore) {
            Db db(project.target.inspectUrl);
            QCOMPARE(db.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")),
                     (QStringList{QStringLiteral("children_counted"), QStringLiteral("parents_touch")}));
            QCOMPARE(db.scalar(QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE name = 'parents_touch'")).toString(),
                     parents);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO children (id, parent_id, label) VALUES (9, 2, 'c9')")));
            QCOMPARE(db.count(QStringLiteral("SELECT score FROM %1 WHERE id = 2").arg(parents)), expectedScore);
            QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM others WHERE id = 102")), 1);
            QVERIFY(db.exec(QStringLiteral("DELETE FROM children WHERE id = 9")));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM others WHERE id = 102")));
        };
        triggersFire(8);
        if (QTest::currentTestFailed())
            return;
        // The down section rebuilds it again, triggers included.
        const CliResult rollback = project.run({QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}, true);
        QVERIFY2(rollback.exitCode == 0, qPrintable(describe(rollback) + text));
        parents = QStringLiteral("parents");
        triggersFire(9);
    }

    // A rebuild whose rows break a constraint fails at migrate, says why, and leaves the file as
    // it was: same catalog, same rows, no history row, byte for byte; foreign keys on again.
    void aRebuildThatBreaksAConstraintChangesNothing_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<QString>("prepare"); // run on the database before the migration
        QTest::addColumn<QString>("message"); // in the error
        QTest::newRow("foreign key to a table without the rows")
            << QStringList{QStringLiteral("'references': { 'table': 'parents', 'onDelete': 'cascade' }"),
                           QStringLiteral("'references': { 'table': 'others' }")}
            << QStringLiteral("DELETE FROM others WHERE id = 2") << QStringLiteral("foreign_key_check");
        QTest::newRow("not null on a column holding nulls")
            << QStringList{QStringLiteral("{ 'name': 'label', 'type': 'text' }"),
                           QStringLiteral("{ 'name': 'label', 'type': 'text', 'notNull': true }")}
            << QStringLiteral("INSERT INTO children (id, parent_id, label) VALUES (4, 1, NULL)")
            << QStringLiteral("NOT NULL constraint failed: strata_new_children.label");
    }
    void aRebuildThatBreaksAConstraintChangesNothing()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, prepare);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        QString why;
        QVERIFY2(setUp(project, &why), qPrintable(why));
        QVERIFY(writeSchema(project.root, edited(baseTables(), edits)));
        const CliResult generated = project.run({QStringLiteral("generate")}, false);
        QVERIFY2(generated.exitCode == 0 && generated.out.contains("-- strata:foreign-keys off"), qPrintable(describe(generated)));

        const auto rowsOf = [](Db &db) {
            QStringList rows;
            for (const QString &table : db.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
                rows.append(table + QStringLiteral(": ") + db.column(QStringLiteral("SELECT * FROM ") + table).join(u' '));
            return rows;
        };
        QStringList catalogBefore, rowsBefore;
        {
            Db db(project.target.inspectUrl);
            QVERIFY(db.exec(prepare));
            catalogBefore = db.column(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name"));
            rowsBefore = rowsOf(db);
        }
        const QByteArray bytesBefore = readFile(project.target.inspectUrl);
        QVERIFY(!bytesBefore.isEmpty());

        const CliResult migrate = project.run({QStringLiteral("-v"), QStringLiteral("migrate")}, true);
        QCOMPARE(migrate.exitCode, 1);
        const QString err = QString::fromUtf8(migrate.err);
        QVERIFY2(err.contains(QStringLiteral("app:0002_schema_changes failed")), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("foreign keys on again")), qPrintable(err));

        QCOMPARE(readFile(project.target.inspectUrl), bytesBefore);
        Db db(project.target.inspectUrl);
        QCOMPARE(db.column(QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name")), catalogBefore);
        QCOMPARE(rowsOf(db), rowsBefore);
        QCOMPARE(db.column(QStringLiteral("SELECT migration_id FROM strata_migrations")), QStringList{QStringLiteral("0001_init")});
    }

    void constraintsKeepTheirNamesAfterARename()
    {
        QTemporaryDir dir;
        Project project = sqliteProject(dir);
        runConstraintsAfterARename(project);
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
