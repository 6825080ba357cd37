#pragma once

// What the `strata generate` end-to-end tests share, for SQLite files and the PostgreSQL server: a
// one-package project whose database, migrated and holding rows, follows a change of database.json
// through generate and migrate; then diff (migrations and database) reports nothing, the rows are
// all there, and rolling the generated migration back restores the catalog as it was.
// The schemas are written with ' for " (no raw strings in files with Q_OBJECT: moc).

#include "MigrateTestProject.h"

#include "sql/CatalogReader.h"
#include "sql/CatalogSchema.h"
#include "sql/Dialect.h"
#include "sql/SchemaComparison.h"

namespace Strata::Test::Generate {

using namespace Strata::Test::Migrate;

inline QString quotes(const QString &text)
{
    QString result = text;
    return result.replace(QLatin1Char('\''), QLatin1Char('"'));
}

// The package's tables before every change; each case replaces fragments of it.
inline QString baseTables()
{
    return quotes(QStringLiteral(
        "{ 'name': 'parents', 'comment': 'p', 'columns': ["
        " { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
        " { 'name': 'name', 'type': 'varchar(20)', 'notNull': true },"
        " { 'name': 'status', 'type': 'enum', 'values': ['a', 'b'] },"
        " { 'name': 'score', 'type': 'integer' } ] },"
        " { 'name': 'children', 'columns': ["
        " { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
        " { 'name': 'parent_id', 'type': 'integer', 'references': { 'table': 'parents', 'onDelete': 'cascade' } },"
        " { 'name': 'label', 'type': 'text' } ] },"
        " { 'name': 'others', 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
        " { 'name': 'code', 'type': 'text' } ] }"));
}

inline bool writeSchema(const QString &root, const QString &tables)
{
    const QString json = QStringLiteral("{\n  \"packageName\": \"app\",\n  \"version\": \"1.0.0\",\n"
                                        "  \"tables\": [%1]\n}\n")
                             .arg(tables);
    return writeFile(root + QStringLiteral("/packages/app/database.json"), json.toUtf8());
}

inline QStringList rowInserts()
{
    return {QStringLiteral("INSERT INTO parents (id, name, status, score) VALUES (1, 'x', 'a', 5), (2, 'y', 'b', 7)"),
            QStringLiteral("INSERT INTO children (id, parent_id, label) VALUES (1, 1, 'c1'), (2, 1, 'c2'), (3, 2, 'c3')"),
            QStringLiteral("INSERT INTO others (id, code) VALUES (1, 'o1'), (2, 'o2')")};
}

struct Project
{
    QString root;
    Target target;

    CliResult run(QStringList command, bool withDatabase) const
    {
        QStringList arguments{QStringLiteral("-C"), root};
        arguments += command;
        if (withDatabase && !target.databaseArg.isEmpty())
            arguments << QStringLiteral("--database") << target.databaseArg;
        return runCli(arguments, {}, 120000);
    }
    QString liveUrl() const
    {
        return target.postgres ? target.inspectUrl : QStringLiteral("sqlite:") + target.inspectUrl;
    }
    QStringList migrationFiles() const
    {
        return QDir(root + QStringLiteral("/packages/app/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    }
};

// The database's catalog of the package's tables as core's model.
inline QList<Table> catalog(const Project &project)
{
    Db db(project.target.inspectUrl);
    const DialectKind kind = project.target.postgres ? DialectKind::PostgreSQL : DialectKind::SQLite;
    Result<QList<CatalogTable>> tables = readCatalog(db.database(), kind);
    if (!tables)
        return {};
    QList<Table> result;
    for (const Table &t : schemaFromCatalog(*tables, kind).tables) {
        if (t.name != QStringLiteral("strata_migrations"))
            result.append(t);
    }
    return result;
}

inline QStringList catalogDifferences(const Project &project, const QList<Table> &expected, const QList<Table> &actual)
{
    const std::unique_ptr<Dialect> dialect
        = Dialect::create(project.target.postgres ? DialectKind::PostgreSQL : DialectKind::SQLite);
    QStringList messages;
    for (const SchemaDifference &d : compareSchemas(expected, actual, *dialect))
        messages.append(d.message);
    return messages;
}

// The project with its first migration generated, migrated, and rows in it.
inline bool setUp(Project &project, QString *why)
{
    if (!writeProjectFile(project.root, project.target.dialect()) || !writeSchema(project.root, baseTables())) {
        *why = QStringLiteral("cannot write the project");
        return false;
    }
    const CliResult first = project.run({QStringLiteral("generate"), QStringLiteral("--name"), QStringLiteral("init")}, false);
    if (first.exitCode != 0) {
        *why = QStringLiteral("first generate: ") + describe(first);
        return false;
    }
    const CliResult migrate = project.run({QStringLiteral("migrate")}, true);
    if (migrate.exitCode != 0) {
        *why = QStringLiteral("first migrate: ") + describe(migrate);
        return false;
    }
    Db db(project.target.inspectUrl);
    for (const QString &insert : rowInserts()) {
        if (!db.exec(insert, why))
            return false;
    }
    return true;
}

// `postgres`: the rows of both dialects and those of PostgreSQL alone (comments, and integer types
// that SQLite renders alike), which are left out rather than skipped so that ctest reports the test.
inline void addCases(bool postgres)
{
    QTest::addColumn<QStringList>("edits");       // from, to, from, to, ...
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<bool>("postgresOnly");
    QTest::addColumn<QString>("checkSql");        // a query whose first value the change must keep
    QTest::addColumn<QString>("checkValue");

    const auto row = [postgres](const char *name, const QStringList &edits, const QStringList &extra = {}, bool pgOnly = false,
                        const QString &sql = {}, const QString &value = {}) {
        if (pgOnly && !postgres)
            return;
        QStringList quoted;
        for (const QString &e : edits)
            quoted.append(quotes(e));
        QTest::newRow(name) << quoted << extra << pgOnly << sql << value;
    };
    const QString destructive = QStringLiteral("--allow-destructive");
    row("add table", {QStringLiteral("{ 'name': 'others',"),
                      QStringLiteral("{ 'name': 'extra', 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': "
                                     "true }, { 'name': 'parent_id', 'type': 'integer', 'references': { 'table': "
                                     "'parents' } } ] }, { 'name': 'others',")});
    row("drop table", {QStringLiteral(", { 'name': 'others', 'columns': [ { 'name': 'id', 'type': 'integer', "
                                      "'primaryKey': true }, { 'name': 'code', 'type': 'text' } ] }"),
                       QString()},
        {destructive});
    row("rename table", {QStringLiteral("{ 'name': 'others',"), QStringLiteral("{ 'name': 'more', 'renamedFrom': 'others',")},
        {}, false, QStringLiteral("SELECT code FROM more WHERE id = 1"), QStringLiteral("o1"));
    row("add nullable column", {QStringLiteral("{ 'name': 'label', 'type': 'text' }"),
                                QStringLiteral("{ 'name': 'label', 'type': 'text' }, { 'name': 'note', 'type': 'text' }")});
    row("add column with default", {QStringLiteral("{ 'name': 'label', 'type': 'text' }"),
                                    QStringLiteral("{ 'name': 'label', 'type': 'text' }, { 'name': 'rank', 'type': "
                                                   "'integer', 'notNull': true, 'default': 3 }")});
    row("add unique column", {QStringLiteral("{ 'name': 'code', 'type': 'text' }"),
                              QStringLiteral("{ 'name': 'code', 'type': 'text' }, { 'name': 'slug', 'type': 'text', "
                                             "'unique': true }")});
    row("drop column", {QStringLiteral(", { 'name': 'score', 'type': 'integer' }"), QString()}, {destructive});
    row("rename column", {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
                          QStringLiteral("{ 'name': 'points', 'type': 'integer', 'renamedFrom': 'score' }")},
        {}, false, QStringLiteral("SELECT points FROM parents WHERE id = 2"), QStringLiteral("7"));
    row("widen type", {QStringLiteral("'varchar(20)'"), QStringLiteral("'varchar(100)'")}, {}, false,
        QStringLiteral("SELECT name FROM parents WHERE id = 1"), QStringLiteral("x"));
    row("integer to bigint", {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
                              QStringLiteral("{ 'name': 'score', 'type': 'bigint' }")},
        {}, true, QStringLiteral("SELECT score FROM parents WHERE id = 2"), QStringLiteral("7"));
    row("narrow type", {QStringLiteral("'varchar(20)'"), QStringLiteral("'varchar(10)'")}, {destructive});
    row("drop not null", {QStringLiteral("'varchar(20)', 'notNull': true"), QStringLiteral("'varchar(20)'")});
    row("set not null", {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
                         QStringLiteral("{ 'name': 'score', 'type': 'integer', 'notNull': true }")});
    row("add default", {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
                        QStringLiteral("{ 'name': 'score', 'type': 'integer', 'default': 1 }")});
    row("add default now", {QStringLiteral("{ 'name': 'code', 'type': 'text' }"),
                            QStringLiteral("{ 'name': 'code', 'type': 'text' }, { 'name': 'made', 'type': "
                                           "'timestamp', 'defaultNow': true }")});
    row("enum value added", {QStringLiteral("['a', 'b']"), QStringLiteral("['a', 'b', 'c']")});
    row("enum value dropped", {QStringLiteral("['a', 'b']"), QStringLiteral("['a', 'b', 'z']")}, {destructive});
    row("add check", {QStringLiteral("'comment': 'p',"), QStringLiteral("'comment': 'p', 'checks': ['score >= 0'],")});
    row("add unique", {QStringLiteral("'comment': 'p',"), QStringLiteral("'comment': 'p', 'uniques': [['name', 'score']],")});
    row("add index", {QStringLiteral("'comment': 'p',"),
                      QStringLiteral("'comment': 'p', 'indexes': [ { 'columns': ['score'] } ],")});
    row("foreign key action", {QStringLiteral("'onDelete': 'cascade'"), QStringLiteral("'onDelete': 'set null'")});
    row("foreign key dropped", {QStringLiteral(", 'references': { 'table': 'parents', 'onDelete': 'cascade' }"), QString()});
    row("foreign key added", {QStringLiteral("{ 'name': 'code', 'type': 'text' }"),
                              QStringLiteral("{ 'name': 'code', 'type': 'text' }, { 'name': 'parent_id', 'type': "
                                             "'integer', 'references': { 'table': 'parents' } }")});
    row("foreign key retargeted", {QStringLiteral("'references': { 'table': 'parents', 'onDelete': 'cascade' }"),
                                   QStringLiteral("'references': { 'table': 'others' }")});
    row("primary key changed", {QStringLiteral("{ 'name': 'id', 'type': 'integer', 'primaryKey': true }, { 'name': 'code'"),
                                QStringLiteral("{ 'name': 'id', 'type': 'integer', 'notNull': true }, { 'name': 'code', "
                                               "'notNull': true, 'primaryKey': true")});
    row("table comment", {QStringLiteral("'comment': 'p',"), QStringLiteral("'comment': 'parent rows',")}, {}, true);
    row("column comment", {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
                           QStringLiteral("{ 'name': 'score', 'type': 'integer', 'comment': 'points' }")},
        {}, true);
}

inline void runCase(Project &project)
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, extraArguments);
    QFETCH(bool, postgresOnly);
    QFETCH(QString, checkSql);
    QFETCH(QString, checkValue);
    QVERIFY(!postgresOnly || project.target.postgres);

    QString why;
    QVERIFY2(setUp(project, &why), qPrintable(why));
    const QList<Table> before = catalog(project);
    QVERIFY(!before.isEmpty());

    QString tables = baseTables();
    for (qsizetype i = 0; i + 1 < edits.size(); i += 2) {
        QVERIFY2(tables.contains(edits.at(i)), qPrintable(edits.at(i)));
        tables.replace(edits.at(i), edits.at(i + 1));
    }
    QVERIFY(writeSchema(project.root, tables));

    const CliResult generated = project.run(QStringList{QStringLiteral("generate")} + extraArguments, false);
    QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
    QCOMPARE(project.migrationFiles().size(), 2);
    QVERIFY2(project.migrationFiles().last() == QStringLiteral("0002_schema_changes.sql"),
             qPrintable(project.migrationFiles().join(u' ')));
    const CliResult again = project.run({QStringLiteral("generate")}, false);
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing to generate"), qPrintable(describe(again)));
    QCOMPARE(project.migrationFiles().size(), 2);

    const CliResult migrate = project.run({QStringLiteral("migrate")}, true);
    QVERIFY2(migrate.exitCode == 0, qPrintable(describe(migrate) + QString::fromUtf8(generated.out)));
    const CliResult diff = project.run({QStringLiteral("diff")}, false);
    QVERIFY2(diff.exitCode == 0, qPrintable(describe(diff) + QString::fromUtf8(generated.out)));
    const CliResult drift = project.run({QStringLiteral("diff"), QStringLiteral("--database"), project.liveUrl()}, false);
    QVERIFY2(drift.exitCode == 0, qPrintable(describe(drift) + QString::fromUtf8(generated.out)));

    {
        Db db(project.target.inspectUrl);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM parents")), 2);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 3);
        if (!checkSql.isEmpty())
            QCOMPARE(db.scalar(checkSql).toString(), checkValue);
    }

    const CliResult rollback = project.run({QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}, true);
    QVERIFY2(rollback.exitCode == 0, qPrintable(describe(rollback) + QString::fromUtf8(generated.out)));
    const QStringList restored = catalogDifferences(project, before, catalog(project));
    QVERIFY2(restored.isEmpty(), qPrintable(restored.join(u'\n') + QString::fromUtf8(generated.out)));
    Db db(project.target.inspectUrl);
    QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children")), 3);
}

} // namespace Strata::Test::Generate
