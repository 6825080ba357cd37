// The SQLite replay in segments (diff/SqliteSegmentedReplay) against the reference it must equal:
// the same migrations replayed one by one on a single database (migratedSqliteSchemaOnOneDatabase).
// Each project stresses what a segment is seeded with: renamed tables whose children's foreign keys
// and other tables' triggers and views follow, renamed columns, a package altering and indexing a
// dependency's table or dropping its index, a rebuild under "-- strata:foreign-keys off", C++
// migrations, a migration failing in the middle, examples/ and a generated project. The schema
// (tables in creation order, every column, key, index, check), the owners, the failure and what
// was not replayed must be the same.

#include "RunnerTestProject.h"

#include "RegistryDescription.h"
#include <strata/diff/MigratedSchema.h>

#include <QProcess>

using namespace Strata;
using namespace Strata::RunnerTest;

namespace {

QString describeDefault(const ColumnDefault &value)
{
    switch (value.kind) {
    case ColumnDefault::Kind::None:
        return QStringLiteral("-");
    case ColumnDefault::Kind::Literal:
        return QStringLiteral("literal ") + value.literal.toVariant().toString();
    case ColumnDefault::Kind::Sql:
        return QStringLiteral("sql ") + value.sql;
    case ColumnDefault::Kind::Now:
        return QStringLiteral("now");
    }
    return {};
}

// Everything a MigratedSchema says, as lines, so that a difference shows in the failure.
QStringList describe(const MigratedSchema &schema)
{
    QStringList lines;
    for (const Table &table : schema.tables) {
        lines.append(QStringLiteral("table %1 owner=%2 pk=%3 comment=%4")
                         .arg(table.name, schema.owners.value(table.name, QStringLiteral("<none>")),
                              table.primaryKey.join(u','), table.comment));
        for (const Column &c : table.columns)
            lines.append(QStringLiteral("  column %1 %2 pk=%3 notnull=%4 unique=%5 default=%6 ref=%7.%8 %9/%10")
                             .arg(c.name, c.typeSpelling)
                             .arg(c.primaryKey)
                             .arg(c.notNull)
                             .arg(c.unique)
                             .arg(describeDefault(c.defaultValue), c.references.table, c.references.column,
                                  c.references.onDelete, c.references.onUpdate));
        for (const Index &index : table.indexes)
            lines.append(QStringLiteral("  index %1 (%2) unique=%3").arg(index.name, index.columns.join(u',')).arg(index.unique));
        for (const UniqueConstraint &unique : table.uniques)
            lines.append(QStringLiteral("  unique (%1)").arg(unique.columns.join(u',')));
        for (const CheckConstraint &check : table.checks)
            lines.append(QStringLiteral("  check %1 %2").arg(check.name, check.expression));
    }
    QStringList owners;
    for (auto it = schema.owners.cbegin(); it != schema.owners.cend(); ++it)
        owners.append(QStringLiteral("owner %1=%2").arg(it.key(), it.value()));
    owners.sort();
    lines += owners;
    for (const QString &line : schema.notRepresented)
        lines.append(QStringLiteral("not represented ") + line);
    if (schema.failure)
        lines.append(QStringLiteral("failure %1:%2 %3 at %4:%5:%6")
                         .arg(schema.failure->package, schema.failure->migration, schema.failure->error.message,
                              schema.failure->error.location.file)
                         .arg(schema.failure->error.location.line)
                         .arg(schema.failure->error.location.column));
    QStringList notReplayed(schema.notReplayed.cbegin(), schema.notReplayed.cend());
    notReplayed.sort();
    lines.append(QStringLiteral("not replayed ") + notReplayed.join(u','));
    lines.append(QStringLiteral("replayed %1").arg(schema.migrationsReplayed));
    return lines;
}

// The segmented replay equals the reference; returns the schema for the test's own checks.
MigratedSchema compareWithReference(const MigrationGraph &graph, const QStringList &packages = {})
{
    const Result<MigratedSchema> segmented = migratedSchema(graph, DialectKind::SQLite, packages);
    const Result<MigratedSchema> reference = migratedSqliteSchemaOnOneDatabase(graph, packages);
    [&] {
        QVERIFY_RESULT(segmented);
        QVERIFY_RESULT(reference);
        const QStringList actual = describe(*segmented), expected = describe(*reference);
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("segmented replay differs from the reference: ")
                                                + Test::firstDifference(actual, expected)));
    }();
    return segmented ? *segmented : MigratedSchema{};
}

QStringList tableNamesOf(const MigratedSchema &schema)
{
    QStringList names;
    for (const Table &table : schema.tables)
        names.append(table.name);
    return names;
}

const QString Base = QStringLiteral("@seg/base");
const QString Ext = QStringLiteral("@seg/ext");
const QString Views = QStringLiteral("@seg/views");
const QString Journal = QStringLiteral("@seg/journal");
const QString Rebuild = QStringLiteral("@seg/rebuild");

// base: a parent with children, a trigger and a view; ext (needs base) alters, indexes and renames
// base's tables; views (needs ext) adds a view and a trigger over both; journal (needs views)
// renames base's log, which triggers on other tables name; rebuild (needs journal) rebuilds ext's
// table with foreign keys off and renames base's tables and columns again.
void writeStressProject(const QString &root, const QString &failing = {})
{
    CHECK(writeProjectFile(root, DialectKind::SQLite));
    CHECK(writePackage(root, QStringLiteral("base"), Base));
    CHECK(writePackage(root, QStringLiteral("ext"), Ext, {Base}));
    CHECK(writePackage(root, QStringLiteral("views"), Views, {Ext}));
    CHECK(writePackage(root, QStringLiteral("journal"), Journal, {Views}));
    CHECK(writePackage(root, QStringLiteral("rebuild"), Rebuild, {Journal}));
    CHECK(writeMigration(
        root, QStringLiteral("base"), QStringLiteral("0001_init"),
        migrationText({}, QStringLiteral(
                              "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');\n"
                              "CREATE TABLE child (id INTEGER PRIMARY KEY,\n"
                              "    parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);\n"
                              "CREATE INDEX child_parent_idx ON child (parent_id);\n"
                              "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what TEXT);\n"
                              "CREATE TABLE lonely (id INTEGER PRIMARY KEY);\n"
                              "CREATE TABLE lonely_ref (id INTEGER PRIMARY KEY, lonely_id INTEGER REFERENCES lonely);\n"
                              "CREATE TRIGGER parent_audit AFTER INSERT ON parent BEGIN\n"
                              "    INSERT INTO audit_log (what) VALUES (new.name);\n"
                              "END;\n"
                              "CREATE VIEW parent_names AS SELECT name FROM parent;\n"
                              "INSERT INTO parent (id, name) VALUES (1, 'a'), (2, 'b');"))));
    CHECK(writeMigration(root, QStringLiteral("base"), QStringLiteral("0002_note"),
                         migrationText({}, QStringLiteral("ALTER TABLE parent ADD COLUMN note TEXT;\n"
                                                          "CREATE UNIQUE INDEX lonely_id_idx ON lonely (id);"))));
    CHECK(writeMigration(
        root, QStringLiteral("ext"), QStringLiteral("0001_extend"),
        migrationText({}, QStringLiteral("ALTER TABLE child ADD COLUMN extra TEXT;\n"
                                         "CREATE INDEX child_extra_idx ON child (extra);\n"
                                         "ALTER TABLE parent RENAME TO owners;\n"
                                         "ALTER TABLE owners RENAME COLUMN name TO title;"))));
    CHECK(writeMigration(
        root, QStringLiteral("ext"), QStringLiteral("0002_notes"),
        migrationText({}, QStringLiteral("DROP INDEX child_parent_idx;\n"
                                         "CREATE TABLE ext_notes (id INTEGER PRIMARY KEY,\n"
                                         "    owner_id INTEGER NOT NULL REFERENCES owners (id),\n"
                                         "    body TEXT CHECK (length(body) < 100));"))));
    CHECK(writeMigration(
        root, QStringLiteral("views"), QStringLiteral("0001_views"),
        migrationText({}, QStringLiteral("CREATE VIEW child_owners AS\n"
                                         "    SELECT c.id, o.title FROM child c JOIN owners o ON o.id = c.parent_id;\n"
                                         "CREATE TRIGGER ext_notes_log AFTER DELETE ON ext_notes BEGIN\n"
                                         "    INSERT INTO audit_log (what) VALUES ('deleted');\n"
                                         "END;"))));
    // Alone in its segment: the triggers on other tables that name the log must follow the rename.
    CHECK(writeMigration(root, QStringLiteral("journal"), QStringLiteral("0001_journal"),
                         migrationText({}, QStringLiteral("ALTER TABLE audit_log RENAME TO journal;\n"
                                                          "ALTER TABLE journal RENAME COLUMN what TO event;"))));
    CHECK(writeMigration(
        root, QStringLiteral("rebuild"), QStringLiteral("0001_rebuild"),
        migrationText({QStringLiteral("-- strata:foreign-keys off")},
                      QStringLiteral("CREATE TABLE new_ext_notes (id INTEGER PRIMARY KEY,\n"
                                     "    owner_id INTEGER NOT NULL REFERENCES owners (id) ON DELETE CASCADE,\n"
                                     "    body TEXT, created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"
                                     "INSERT INTO new_ext_notes (id, owner_id, body) SELECT id, owner_id, body FROM ext_notes;\n"
                                     "DROP TABLE ext_notes;\n"
                                     "ALTER TABLE new_ext_notes RENAME TO ext_notes;\n"
                                     "CREATE INDEX ext_notes_owner_idx ON ext_notes (owner_id);\n"
                                     "PRAGMA foreign_key_check;"))));
    CHECK(writeMigration(root, QStringLiteral("rebuild"), QStringLiteral("0002_owners"),
                         failing.isEmpty()
                             ? migrationText({}, QStringLiteral("ALTER TABLE owners ADD COLUMN email TEXT;\n"
                                                                "ALTER TABLE journal ADD COLUMN at TEXT;\n"
                                                                "ALTER TABLE owners RENAME COLUMN note TO remark;"))
                             : migrationText({}, failing)));
    CHECK(writeMigration(root, QStringLiteral("rebuild"), QStringLiteral("0003_after"),
                         migrationText({}, QStringLiteral("CREATE TABLE after_t (id INTEGER PRIMARY KEY);\n"
                                                          "ALTER TABLE lonely RENAME TO lonely2;\n"
                                                          "ALTER TABLE child RENAME TO kids;\n"
                                                          "CREATE VIEW kid_view AS SELECT * FROM child_owners;\n"
                                                          "ALTER TABLE kids RENAME COLUMN extra TO more;"))));
}

} // namespace

class TestMigratedSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stressedSeeding();
    void packagesSubset();
    void failingInTheMiddle();
    void callableMigrations();
    void examples();
    void generatedProject();
};

void TestMigratedSchema::stressedSeeding()
{
    QTemporaryDir project;
    CHECK(writeStressProject(project.path()));
    const MigrationGraph graph = loadGraph(project.path(), 9);
    CHECK();
    const MigratedSchema schema = compareWithReference(graph);
    CHECK();
    QVERIFY2(!schema.failure, qPrintable(describe(schema).join(u'\n')));
    QCOMPARE(schema.migrationsReplayed, 9);
    // What the reference says, spelled out once: the renames moved the tables and their owners.
    QCOMPARE(tableNamesOf(schema), (QStringList{QStringLiteral("owners"), QStringLiteral("kids"),
                                                 QStringLiteral("journal"), QStringLiteral("lonely2"), QStringLiteral("lonely_ref"),
                                                 QStringLiteral("ext_notes"), QStringLiteral("after_t")}));
    QCOMPARE(schema.owners.value(QStringLiteral("owners")), Ext);
    QCOMPARE(schema.owners.value(QStringLiteral("ext_notes")), Rebuild);
    const Table &kids = schema.tables.at(1);
    QCOMPARE(kids.column(u"parent_id")->references.table, QStringLiteral("owners"));
    QVERIFY(kids.column(u"more"));
    QVERIFY(schema.tables.at(0).column(u"remark"));
    QCOMPARE(schema.tables.at(4).column(u"lonely_id")->references.table, QStringLiteral("lonely2"));
}

void TestMigratedSchema::packagesSubset()
{
    QTemporaryDir project;
    CHECK(writeStressProject(project.path()));
    const MigrationGraph graph = loadGraph(project.path(), 9);
    CHECK();
    for (const QString &package : {Base, Ext, Views, Journal, Rebuild}) {
        CHECK(compareWithReference(graph, {package}));
    }
}

void TestMigratedSchema::failingInTheMiddle()
{
    QTemporaryDir project;
    CHECK(writeStressProject(project.path(), QStringLiteral("ALTER TABLE owners ADD COLUMN email TEXT;\n"
                                                            "ALTER TABLE no_such_table ADD COLUMN x TEXT;")));
    const MigrationGraph graph = loadGraph(project.path(), 9);
    CHECK();
    const MigratedSchema schema = compareWithReference(graph);
    CHECK();
    QVERIFY(schema.failure.has_value());
    QCOMPARE(schema.failure->migration, QStringLiteral("0002_owners"));
    QCOMPARE(schema.notReplayed, QSet<QString>{Rebuild});
    QVERIFY(!schema.tables.at(0).column(u"email"));
}

void TestMigratedSchema::callableMigrations()
{
    Registry registry;
    PackageRegistration first;
    first.packageName = QStringLiteral("@seg/cpp");
    first.version = QStringLiteral("1.0.0");
    first.migrations = {
        cppMigration(QStringLiteral("0001_first"),
                     MigrationStep("CREATE TABLE first_t (id INTEGER PRIMARY KEY, name TEXT);\n"
                                   "CREATE TABLE second_t (id INTEGER PRIMARY KEY, first_id INTEGER REFERENCES first_t (id));\n"
                                   "CREATE INDEX second_first_idx ON second_t (first_id);")),
        cppMigration(QStringLiteral("0002_callable"), MigrationStep(Callable([](MigrationContext &context) -> Result<> {
                         for (const QString &sql : {QStringLiteral("CREATE TABLE callable_t (id INTEGER PRIMARY KEY)"),
                                                    QStringLiteral("ALTER TABLE first_t RENAME TO renamed_t"),
                                                    QStringLiteral("ALTER TABLE second_t ADD COLUMN more TEXT")}) {
                             if (Result<> done = context.exec(sql); !done)
                                 return done;
                         }
                         return {};
                     }))),
    };
    PackageRegistration second;
    second.packageName = QStringLiteral("@seg/after");
    second.version = QStringLiteral("1.0.0");
    second.dependencies = {QStringLiteral("@seg/cpp")};
    second.migrations = {
        cppMigration(QStringLiteral("0001_after"), MigrationStep("ALTER TABLE callable_t ADD COLUMN x TEXT;\n"
                                                                 "DROP INDEX second_first_idx;\n"
                                                                 "ALTER TABLE renamed_t RENAME COLUMN name TO title;")),
    };
    registry.registerDatabase(first);
    registry.registerDatabase(second);
    const MigrationGraph graph = MigrationGraph::build(registry);
    QCOMPARE(graph.nodes().size(), 3);
    const MigratedSchema schema = compareWithReference(graph);
    CHECK();
    QVERIFY2(!schema.failure, qPrintable(describe(schema).join(u'\n')));
    QCOMPARE(tableNamesOf(schema), (QStringList{QStringLiteral("renamed_t"), QStringLiteral("second_t"),
                                                 QStringLiteral("callable_t")}));
}

void TestMigratedSchema::examples()
{
    Registry registry;
    discoverAndRegister(QStringLiteral(STRATA_SOURCE_DIR "/examples"), registry);
    const MigrationGraph graph = MigrationGraph::build(registry);
    QVERIFY(graph.nodes().size() > 3);
    const MigratedSchema schema = compareWithReference(graph);
    CHECK();
    QVERIFY(!schema.failure);
    QVERIFY(schema.tables.size() > 3);
}

void TestMigratedSchema::generatedProject()
{
    QTemporaryDir project;
    QProcess generate;
    generate.start(QStringLiteral(STRATA_BINARY_DIR "/bench/strata-generate"),
                   {QStringLiteral("--packages"), QStringLiteral("50"), QStringLiteral("--tables-per-package"),
                    QStringLiteral("4"), QStringLiteral("--columns-per-table"), QStringLiteral("6"),
                    QStringLiteral("--migrations-per-package"), QStringLiteral("4"), QStringLiteral("--seed"),
                    QStringLiteral("7"), project.path()});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
    Registry registry;
    discoverAndRegister(project.path(), registry);
    const MigrationGraph graph = MigrationGraph::build(registry);
    QCOMPARE(graph.nodes().size(), 200);
    const MigratedSchema schema = compareWithReference(graph);
    CHECK();
    QVERIFY(!schema.failure);
    QCOMPARE(schema.migrationsReplayed, 200);
}

QTEST_GUILESS_MAIN(TestMigratedSchema)
#include "tst_migratedschema.moc"
#include "moc_RunnerTestProject.cpp"
