#pragma once

// What the `strata generate` end-to-end tests share, for SQLite files and the PostgreSQL server: a
// one-package project whose database, migrated and holding rows, follows a change of database.json
// through generate and migrate; then diff (migrations and database) reports nothing, the rows are
// all there, and rolling the generated migration back restores the catalog as it was.
// The schemas are written with ' for " (no raw strings in files with Q_OBJECT: moc).

#include "MigrateTestProject.h"

#include <QRegularExpression>

#include <strata/sql/CatalogReader.h>
#include <strata/sql/CatalogSchema.h>
#include <strata/sql/Dialect.h>
#include <strata/sql/SchemaComparison.h>

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
        " { 'name': 'code', 'type': 'text' } ] },"
        // A column per type change, and a default, check, unique, index and comments to change.
        " { 'name': 'items', 'comment': 'i', 'checks': ['qty >= 0'], 'uniques': [['sku']],"
        " 'indexes': [ { 'columns': ['rank'] } ], 'columns': ["
        " { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
        " { 'name': 'sku', 'type': 'text' },"
        " { 'name': 'qty', 'type': 'integer', 'default': 0, 'comment': 'q' },"
        " { 'name': 'rank', 'type': 'integer' },"
        " { 'name': 'big', 'type': 'integer' },"
        " { 'name': 'word', 'type': 'text' },"
        " { 'name': 'flag', 'type': 'boolean' },"
        " { 'name': 'price', 'type': 'numeric(8,2)' },"
        " { 'name': 'seen', 'type': 'timestamp' } ] },"
        // The project's workspace table (strata.json's default), a table that holds a nullable
        // workspace_id of its own (to be scoped), and a scoped one (to be unscoped).
        " { 'name': 'workspaces', 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': true } ] },"
        " { 'name': 'memos', 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
        " { 'name': 'workspace_id', 'type': 'integer', 'references': { 'table': 'workspaces' } },"
        " { 'name': 'body', 'type': 'text' } ] },"
        " { 'name': 'tasks', 'workspaceScoped': true, 'columns': [ { 'name': 'id', 'type': 'integer', 'primaryKey': true },"
        " { 'name': 'title', 'type': 'text' } ] }"));
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
            QStringLiteral("INSERT INTO others (id, code) VALUES (1, 'o1'), (2, 'o2')"),
            QStringLiteral("INSERT INTO items (id, sku, qty, rank, big, word, flag, price, seen) VALUES "
                           "(1, 'k1', 3, 1, 5, '42', TRUE, 12.34, '2024-01-02 03:04:05'), "
                           "(2, 'k2', 4, 2, 6, '43', FALSE, 1.5, '2024-02-03 04:05:06')"),
            QStringLiteral("INSERT INTO workspaces (id) VALUES (1), (2)"),
            QStringLiteral("INSERT INTO memos (id, workspace_id, body) VALUES (1, 1, 'n1'), (2, 2, 'n2')"),
            QStringLiteral("INSERT INTO tasks (id, workspace_id, title) VALUES (1, 1, 't1'), (2, 2, 't2')")};
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
    row("narrow type", {QStringLiteral("'varchar(20)'"), QStringLiteral("'varchar(10)'")}, {destructive}, false,
        QStringLiteral("SELECT name FROM parents WHERE id = 2"), QStringLiteral("y"));
    row("drop not null", {QStringLiteral("'varchar(20)', 'notNull': true"), QStringLiteral("'varchar(20)'")}, {}, false,
        QStringLiteral("SELECT name FROM parents WHERE id = 1"), QStringLiteral("x"));
    row("set not null", {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
                         QStringLiteral("{ 'name': 'score', 'type': 'integer', 'notNull': true }")},
        {}, false, QStringLiteral("SELECT score FROM parents WHERE id = 2"), QStringLiteral("7"));
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

    // Defaults, checks, uniques, indexes and comments changed or removed (items).
    const QString qty = QStringLiteral("SELECT qty FROM items WHERE id = 1");
    row("default changed", {QStringLiteral("'default': 0,"), QStringLiteral("'default': 5,")}, {}, false, qty, QStringLiteral("3"));
    row("default removed", {QStringLiteral("'default': 0,"), QString()}, {}, false, qty, QStringLiteral("3"));
    row("check dropped", {QStringLiteral("'checks': ['qty >= 0'],"), QString()}, {}, false, qty, QStringLiteral("3"));
    row("unique dropped", {QStringLiteral("'uniques': [['sku']],"), QString()}, {}, false,
        QStringLiteral("SELECT sku FROM items WHERE id = 2"), QStringLiteral("k2"));
    row("index dropped", {QStringLiteral("'indexes': [ { 'columns': ['rank'] } ],"), QString()}, {}, false,
        QStringLiteral("SELECT rank FROM items WHERE id = 2"), QStringLiteral("2"));
    row("column comment changed", {QStringLiteral("'comment': 'q'"), QStringLiteral("'comment': 'quantity'")}, {}, true, qty,
        QStringLiteral("3"));
    row("column comment removed", {QStringLiteral(", 'comment': 'q'"), QString()}, {}, true, qty, QStringLiteral("3"));
    row("table comment removed", {QStringLiteral("'comment': 'i',"), QString()}, {}, true, qty, QStringLiteral("3"));

    // Type changes between portable types, each keeping a value. SQLite stores every temporal type
    // as TEXT: those changes are PostgreSQL's alone.
    row("integer to text", {QStringLiteral("{ 'name': 'big', 'type': 'integer' }"), QStringLiteral("{ 'name': 'big', 'type': 'text' }")},
        {}, false, QStringLiteral("SELECT big FROM items WHERE id = 1"), QStringLiteral("5"));
    row("text to integer", {QStringLiteral("{ 'name': 'word', 'type': 'text' }"), QStringLiteral("{ 'name': 'word', 'type': 'integer' }")},
        {destructive}, false, QStringLiteral("SELECT word + 1 FROM items WHERE id = 1"), QStringLiteral("43"));
    row("boolean to integer",
        {QStringLiteral("{ 'name': 'flag', 'type': 'boolean' }"), QStringLiteral("{ 'name': 'flag', 'type': 'integer' }")},
        {destructive}, false, QStringLiteral("SELECT flag + 1 FROM items WHERE id = 1"), QStringLiteral("2"));
    row("decimal widened", {QStringLiteral("'numeric(8,2)'"), QStringLiteral("'numeric(12,3)'")}, {}, false,
        QStringLiteral("SELECT count(*) FROM items WHERE price > 12.33 AND price < 12.35"), QStringLiteral("1"));
    row("decimal narrowed", {QStringLiteral("'numeric(8,2)'"), QStringLiteral("'numeric(6,1)'")}, {destructive}, false,
        QStringLiteral("SELECT count(*) FROM items WHERE price > 12.2 AND price < 12.4"), QStringLiteral("1"));
    row("timestamp to text", {QStringLiteral("'timestamp'"), QStringLiteral("'text'")}, {}, true,
        QStringLiteral("SELECT seen FROM items WHERE id = 1"), QStringLiteral("2024-01-02 03:04:05"));
    row("timestamp to timestamptz", {QStringLiteral("'timestamp'"), QStringLiteral("'timestamptz'")}, {}, true,
        QStringLiteral("SELECT count(*) FROM items WHERE seen IS NOT NULL"), QStringLiteral("2"));

    // Keys, references and renames that other objects depend on.
    row("primary key changed on a referenced table",
        {QStringLiteral("{ 'name': 'id', 'type': 'integer', 'primaryKey': true }, { 'name': 'name', 'type': 'varchar(20)', 'notNull': true }"),
         QStringLiteral("{ 'name': 'id', 'type': 'integer', 'notNull': true, 'unique': true }, { 'name': 'name', 'type': "
                        "'varchar(20)', 'notNull': true, 'primaryKey': true }"),
         QStringLiteral("'references': { 'table': 'parents', 'onDelete': 'cascade' }"),
         QStringLiteral("'references': { 'table': 'parents', 'column': 'id', 'onDelete': 'cascade' }")},
        {}, false, QStringLiteral("SELECT count(*) FROM children WHERE parent_id = 1"), QStringLiteral("2"));
    row("foreign key on update", {QStringLiteral("'onDelete': 'cascade'"), QStringLiteral("'onDelete': 'cascade', 'onUpdate': 'cascade'")},
        {}, false, QStringLiteral("SELECT count(*) FROM children WHERE parent_id = 1"), QStringLiteral("2"));
    row("rename a referenced table",
        {QStringLiteral("{ 'name': 'parents', 'comment'"), QStringLiteral("{ 'name': 'folks', 'renamedFrom': 'parents', 'comment'"),
         QStringLiteral("'table': 'parents'"), QStringLiteral("'table': 'folks'")},
        {}, false, QStringLiteral("SELECT count(*) FROM children JOIN folks ON folks.id = children.parent_id"), QStringLiteral("3"));
    row("rename an indexed column",
        {QStringLiteral("['rank']"), QStringLiteral("['place']"),
         QStringLiteral("{ 'name': 'rank', 'type': 'integer' }"), QStringLiteral("{ 'name': 'place', 'type': 'integer', 'renamedFrom': 'rank' }")},
        {}, false, QStringLiteral("SELECT place FROM items WHERE id = 2"), QStringLiteral("2"));
    row("rename a column in a unique",
        {QStringLiteral("[['sku']]"), QStringLiteral("[['ref']]"),
         QStringLiteral("{ 'name': 'sku', 'type': 'text' }"), QStringLiteral("{ 'name': 'ref', 'type': 'text', 'renamedFrom': 'sku' }")},
        {}, false, QStringLiteral("SELECT ref FROM items WHERE id = 1"), QStringLiteral("k1"));
    row("two changes in one table",
        {QStringLiteral("{ 'name': 'score', 'type': 'integer' }"),
         QStringLiteral("{ 'name': 'points', 'type': 'integer', 'renamedFrom': 'score', 'notNull': true, 'default': 0 }"),
         QStringLiteral("'varchar(20)'"), QStringLiteral("'varchar(40)'")},
        {}, false, QStringLiteral("SELECT points FROM parents WHERE id = 2"), QStringLiteral("7"));

    // Workspace scoping: a table's own nullable workspace_id becomes the scoped one (NOT NULL, ON
    // DELETE CASCADE, indexed), and a scoped table loses it.
    row("workspace scoped turned on",
        {QStringLiteral("{ 'name': 'workspace_id', 'type': 'integer', 'references': { 'table': 'workspaces' } },"), QString(),
         QStringLiteral("{ 'name': 'memos',"), QStringLiteral("{ 'name': 'memos', 'workspaceScoped': true,")},
        {}, false, QStringLiteral("SELECT workspace_id FROM memos WHERE id = 2"), QStringLiteral("2"));
    // Turned off, the column stays, declared (nullable, no cascade, no index): its values stay too.
    // (Dropping it instead could not be rolled back on rows: the down section cannot fill it.)
    row("workspace scoped turned off",
        {QStringLiteral("'workspaceScoped': true,"), QString(), QStringLiteral("{ 'name': 'title', 'type': 'text' }"),
         QStringLiteral("{ 'name': 'workspace_id', 'type': 'integer', 'references': { 'table': 'workspaces' } }, "
                        "{ 'name': 'title', 'type': 'text' }")},
        {}, false, QStringLiteral("SELECT workspace_id FROM tasks WHERE id = 2"), QStringLiteral("2"));
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
    // The down section rebuilds only tables the up section changes (it once rebuilt every table).
    const QString text = QString::fromUtf8(readFile(project.root + QStringLiteral("/packages/app/migrations/")
                                                    + project.migrationFiles().last()));
    const QString upSection = text.section(QStringLiteral("-- strata:down"), 0, 0);
    const QString downSection = text.section(QStringLiteral("-- strata:down"), 1);
    QRegularExpressionMatchIterator rebuilt
        = QRegularExpression(QStringLiteral("CREATE TABLE strata_new_(\\w+)")).globalMatch(downSection);
    while (rebuilt.hasNext()) {
        const QString table = rebuilt.next().captured(1);
        QVERIFY2(upSection.contains(QRegularExpression(QStringLiteral("\\b") + table + QStringLiteral("\\b"))),
                 qPrintable(table + QStringLiteral(" rebuilt by the down section only:\n") + text));
    }

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
        if (db.hasTable(QStringLiteral("parents"))) // not when the row renames it
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

// `tables` with each `from` of `edits` (from, to, from, to, ..., written with ') replaced by its `to`.
inline QString edited(QString tables, const QStringList &edits)
{
    for (qsizetype i = 0; i + 1 < edits.size(); i += 2)
        tables.replace(quotes(edits.at(i)), quotes(edits.at(i + 1)));
    return tables;
}

// Writes `tables`, generates one migration and runs it; an empty string when all went well.
inline QString generateAndMigrate(Project &project, const QString &tables, const QStringList &extra = {})
{
    if (!writeSchema(project.root, tables))
        return QStringLiteral("cannot write database.json");
    const CliResult generated = project.run(QStringList{QStringLiteral("generate")} + extra, false);
    if (generated.exitCode != 0)
        return QStringLiteral("generate: ") + describe(generated);
    const CliResult migrate = project.run({QStringLiteral("migrate")}, true);
    if (migrate.exitCode != 0)
        return QStringLiteral("migrate: ") + describe(migrate) + QString::fromUtf8(generated.out);
    return {};
}

// A table renamed keeps its constraints' names on PostgreSQL (parents_pkey, parents_status_check
// on table folks): a later migration that drops or changes them must use those names, not the
// ones the new table name would give.
inline void runConstraintsAfterARename(Project &project)
{
    QString why;
    QVERIFY2(setUp(project, &why), qPrintable(why));
    const QString renamed = edited(baseTables(), {QStringLiteral("{ 'name': 'parents', 'comment'"),
                                                  QStringLiteral("{ 'name': 'folks', 'renamedFrom': 'parents', 'comment'"),
                                                  QStringLiteral("'table': 'parents'"), QStringLiteral("'table': 'folks'")});
    why = generateAndMigrate(project, renamed);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QList<Table> afterRename = catalog(project);

    // The enum's check (dropped and added again), the key (which the children's key depends on)
    // and the children's foreign key to it, in one migration.
    const QString changed = edited(renamed, {QStringLiteral("['a', 'b']"), QStringLiteral("['a', 'b', 'c']"),
                                             QStringLiteral("{ 'name': 'id', 'type': 'integer', 'primaryKey': true }, { 'name': 'name', 'type': 'varchar(20)', 'notNull': true }"),
                                             QStringLiteral("{ 'name': 'id', 'type': 'integer', 'notNull': true, 'unique': true }, { 'name': 'name', "
                                                            "'type': 'varchar(20)', 'notNull': true, 'primaryKey': true }"),
                                             QStringLiteral("'table': 'folks', 'onDelete': 'cascade'"),
                                             QStringLiteral("'table': 'folks', 'column': 'id', 'onDelete': 'set null'")});
    why = generateAndMigrate(project, changed);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString text = QString::fromUtf8(readFile(project.root + QStringLiteral("/packages/app/migrations/")
                                                    + project.migrationFiles().last()));
    if (project.target.postgres) {
        QVERIFY2(text.contains(QStringLiteral("ALTER TABLE folks DROP CONSTRAINT parents_pkey")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ALTER TABLE folks DROP CONSTRAINT parents_status_check")), qPrintable(text));
    }
    const CliResult again = project.run({QStringLiteral("generate")}, false);
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing to generate"), qPrintable(describe(again) + text));
    QCOMPARE(project.run({QStringLiteral("diff")}, false).exitCode, 0);
    const CliResult drift = project.run({QStringLiteral("diff"), QStringLiteral("--database"), project.liveUrl()}, false);
    QVERIFY2(drift.exitCode == 0, qPrintable(describe(drift) + text));
    {
        Db db(project.target.inspectUrl);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM children JOIN folks ON folks.id = children.parent_id")), 3);
    }
    const CliResult rollback = project.run({QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}, true);
    QVERIFY2(rollback.exitCode == 0, qPrintable(describe(rollback) + text));
    const QStringList restored = catalogDifferences(project, afterRename, catalog(project));
    QVERIFY2(restored.isEmpty(), qPrintable(restored.join(u'\n') + text));
}

} // namespace Strata::Test::Generate
