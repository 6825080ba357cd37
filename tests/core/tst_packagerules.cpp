// The rules that judge one package (core/validation/PackageRules.cpp), end to end: each row is a
// small project on disk, loaded by PackageScanner into a Registry; the row names the diagnostic code
// it expects and the exact file:line:column of the JSON value at fault (and the text found there).

#include "RuleTestProject.h"

#include <strata/common/Suggest.h>
#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>
#include <strata/validation/Identifiers.h>
#include <strata/validation/PackageRules.h>

#include <QTest>

using namespace RuleTest;
using Strata::Severity;

namespace {

const QString App = QStringLiteral("packages/app/database.json");

// The workspace table, so that rows with workspace-scoped tables have one.
QString workspaces()
{
    return text(R"~({"name": "workspaces", "global": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}]})~");
}

// A table with a key and one more column of the given JSON (written after "name": "c").
QString tableWithColumn(const char *columnRest)
{
    return text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}, {"name": "c", )~")
        + text(columnRest) + text("}]}");
}

Files app(const QStringList &tables)
{
    return {{App, database(QStringLiteral("@t/app"), tables)}};
}

} // namespace

class TestPackageRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestions_data();
    void suggestions();
    void identifiers();
    void rule_data();
    void rule();
    void valid_data();
    void valid();
    void builtDirectly();
};

void TestPackageRules::suggestions_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("expected");

    const QStringList types = Strata::ColumnType::portableTypeNames();
    QTest::newRow("typo") << QStringLiteral("varchr") << types << QStringLiteral("varchar");
    QTest::newRow("missing letter") << QStringLiteral("integr") << types << QStringLiteral("integer");
    QTest::newRow("case only") << QStringLiteral("Boolean") << types << QStringLiteral("boolean");
    QTest::newRow("transposition") << QStringLiteral("bigitn") << types << QStringLiteral("bigint");
    QTest::newRow("nothing close") << QStringLiteral("xyz") << types << QString();
    QTest::newRow("empty word") << QString() << types << QString();
    QTest::newRow("no candidates") << QStringLiteral("text") << QStringList() << QString();
    QTest::newRow("package") << QStringLiteral("@acme/cor")
                             << QStringList{QStringLiteral("@acme/crm"), QStringLiteral("@acme/core")}
                             << QStringLiteral("@acme/core");
}

void TestPackageRules::suggestions()
{
    QFETCH(QString, word);
    QFETCH(QStringList, candidates);
    QFETCH(QString, expected);
    QCOMPARE(Strata::suggest(word, candidates), expected);
}

void TestPackageRules::identifiers()
{
    using namespace Strata::Identifiers;
    QVERIFY(isValid(u"created_at"));
    QVERIFY(isValid(u"_x1"));
    QVERIFY(!isValid(u"1x"));
    QVERIFY(!isValid(u"a-b"));
    QVERIFY(!isValid(u""));
    QVERIFY(isReserved(u"order"));
    QVERIFY(isReserved(u"SELECT"));
    QVERIFY(isReserved(u"user"));     // PostgreSQL
    QVERIFY(isReserved(u"autoincrement")); // SQLite
    QVERIFY(!isReserved(u"name"));
    QVERIFY(!isReserved(u"key"));      // allowed bare by both
    QVERIFY(isSnakeCase(u"created_at"));
    QVERIFY(!isSnakeCase(u"createdAt"));
    QVERIFY(!isSnakeCase(u"a__b"));
    QCOMPARE(toSnakeCase(u"createdAt"), QStringLiteral("created_at"));
    QCOMPARE(toSnakeCase(u"HTTPServer"), QStringLiteral("http_server"));
    QCOMPARE(toSnakeCase(u"Order-Lines"), QStringLiteral("order_lines"));
    QVERIFY(isValidPackageName(u"@acme/core"));
    QVERIFY(isValidPackageName(u"core-lib.v2"));
    QVERIFY(!isValidPackageName(u"Acme"));
    QVERIFY(!isValidPackageName(u"@acme/"));
    QVERIFY(!isValidPackageName(u"_core"));
}

void TestPackageRules::rule_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("snippet"); // what the file holds at line:column
    QTest::addColumn<bool>("isError");

    const auto row = [](const char *name, const Files &files, const char *code, const QString &file, int line,
                        int column, const char *snippet, bool isError = true) {
        QTest::newRow(name) << files << QString::fromLatin1(code) << file << line << column
                            << QString::fromUtf8(snippet) << isError;
    };

    // Identifiers
    row("invalid-identifier table", app({text(R"~({"name": "order-lines", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}]})~")}),
        "invalid-identifier", App, 6, 14, "\"order-lines\"");
    row("invalid-identifier column digit", app({tableWithColumn(R"~("type": "text"}, {"name": "2fa", "type": "text")~")}),
        "invalid-identifier", App, 6, 132, "\"2fa\"");
    row("identifier-too-long", app({tableWithColumn(R"~("type": "text"}, {"name": "a_very_long_column_name_that_goes_on_and_on_past_the_limit_of_63", "type": "text")~")}),
        "identifier-too-long", App, 6, 132, "\"a_very_long");
    row("reserved-word table", app({text(R"~({"name": "order", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}]})~")}),
        "reserved-word", App, 6, 14, "\"order\"");
    row("reserved-word column", app({tableWithColumn(R"~("type": "text"}, {"name": "select", "type": "text")~")}),
        "reserved-word", App, 6, 132, "\"select\"");
    row("reserved-word index", app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "indexes": [{"name": "where", "columns": ["id"]}]})~")}),
        "reserved-word", App, 6, 111, "\"where\"");
    row("not-snake-case", app({tableWithColumn(R"~("type": "text"}, {"name": "createdAt", "type": "text")~")}),
        "not-snake-case", App, 6, 132, "\"createdAt\"", false);

    // Duplicates within the package
    row("duplicate-column", app({tableWithColumn(R"~("type": "text"}, {"name": "c", "type": "text")~")}),
        "duplicate-column", App, 6, 132, "\"c\"");
    row("duplicate-index in table", app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "indexes": [{"name": "items_x", "columns": ["id"]}, {"name": "items_x", "columns": ["id"]}]})~")}),
        "duplicate-index", App, 6, 151, "\"items_x\"");
    row("duplicate-index derived", app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "indexes": [{"columns": ["id"]}, {"columns": ["id"], "unique": true}]})~")}),
        "duplicate-index", App, 6, 123, "{\"columns\": [\"id\"], \"unique\"");
    row("duplicate-index across tables",
        app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "indexes": [{"name": "by_id", "columns": ["id"]}]})~"),
             text(R"~({"name": "parts", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "indexes": [{"name": "by_id", "columns": ["id"]}]})~")}),
        "duplicate-index", App, 7, 111, "\"by_id\"");
    row("duplicate-table", app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}]})~"),
                                text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}]})~")}),
        "duplicate-table", App, 7, 14, "\"items\"");

    // Keys
    row("missing-primary-key", app({text(R"~({"name": "notes", "columns": [{"name": "body", "type": "text"}]})~")}),
        "missing-primary-key", App, 6, 14, "\"notes\"", false);
    row("serial-not-primary-key", app({tableWithColumn(R"~("type": "serial")~")}),
        "serial-not-primary-key", App, 6, 114, "\"serial\"", false);

    // Types
    row("unknown-type", app({tableWithColumn(R"~("type": "varchr(20)")~")}), "unknown-type", App, 6, 114, "\"varchr(20)\"");
    row("unknown-type no suggestion", app({tableWithColumn(R"~("type": "money")~")}), "unknown-type", App, 6, 114, "\"money\"");
    row("invalid-type-parameter varchar(0)", app({tableWithColumn(R"~("type": "varchar(0)")~")}),
        "invalid-type-parameter", App, 6, 114, "\"varchar(0)\"");
    row("invalid-type-parameter numeric(2,5)", app({tableWithColumn(R"~("type": "numeric(2,5)")~")}),
        "invalid-type-parameter", App, 6, 114, "\"numeric(2,5)\"");
    row("invalid-type-parameter varchar", app({tableWithColumn(R"~("type": "varchar")~")}),
        "invalid-type-parameter", App, 6, 114, "\"varchar\"");
    row("enum-without-values", app({tableWithColumn(R"~("type": "enum")~")}), "enum-without-values", App, 6, 114, "\"enum\"");
    row("values-on-non-enum", app({tableWithColumn(R"~("type": "text", "values": ["a", "b"])~")}),
        "values-on-non-enum", App, 6, 132, "[\"a\", \"b\"]", false);

    // Defaults
    row("invalid-default string for integer", app({tableWithColumn(R"~("type": "integer", "default": "5")~")}),
        "invalid-default", App, 6, 136, "\"5\"");
    row("invalid-default fraction for integer", app({tableWithColumn(R"~("type": "integer", "default": 1.5)~")}),
        "invalid-default", App, 6, 136, "1.5");
    row("invalid-default smallint range", app({tableWithColumn(R"~("type": "smallint", "default": 40000)~")}),
        "invalid-default", App, 6, 137, "40000");
    row("invalid-default boolean", app({tableWithColumn(R"~("type": "boolean", "default": "yes")~")}),
        "invalid-default", App, 6, 136, "\"yes\"");
    row("invalid-default enum", app({tableWithColumn(R"~("type": "enum", "values": ["draft", "sent"], "default": "paid")~")}),
        "invalid-default", App, 6, 162, "\"paid\"");
    row("invalid-default date", app({tableWithColumn(R"~("type": "date", "default": "31/01/2024")~")}),
        "invalid-default", App, 6, 133, "\"31/01/2024\"");
    row("invalid-default timestamp", app({tableWithColumn(R"~("type": "timestamptz", "default": "now")~")}),
        "invalid-default", App, 6, 140, "\"now\"");
    row("invalid-default uuid", app({tableWithColumn(R"~("type": "uuid", "default": "not-a-uuid")~")}),
        "invalid-default", App, 6, 133, "\"not-a-uuid\"");
    row("invalid-default varchar length", app({tableWithColumn(R"~("type": "varchar(3)", "default": "abcd")~")}),
        "invalid-default", App, 6, 139, "\"abcd\"");
    row("invalid-default number for text", app({tableWithColumn(R"~("type": "text", "default": 42)~")}),
        "invalid-default", App, 6, 133, "42");
    row("invalid-default null on not null", app({tableWithColumn(R"~("type": "text", "notNull": true, "default": null)~")}),
        "invalid-default", App, 6, 150, "null");
    row("conflicting-defaults", app({tableWithColumn(R"~("type": "timestamptz", "default": "2024-01-01T00:00:00Z", "defaultNow": true)~")}),
        "conflicting-defaults", App, 6, 178, "true");
    row("default-now-on-non-temporal", app({tableWithColumn(R"~("type": "integer", "defaultNow": true)~")}),
        "default-now-on-non-temporal", App, 6, 139, "true");

    // Columns named by keys, indexes and unique constraints
    row("unknown-column primaryKey", app({text(R"~({"name": "pairs", "columns": [{"name": "a", "type": "integer"}, {"name": "b", "type": "integer"}], "primaryKey": ["a", "bb"]})~")}),
        "unknown-column", App, 6, 124, "\"bb\"");
    row("unknown-column index", app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "indexes": [{"columns": ["id", "nme"]}]})~")}),
        "unknown-column", App, 6, 121, "\"nme\"");
    row("unknown-column unique", app({text(R"~({"name": "items", "columns": [{"name": "id", "type": "bigint", "primaryKey": true}], "uniques": [["workspace_id", "id"]]})~")}),
        "unknown-column", App, 6, 103, "\"workspace_id\"");

    // References (within the column)
    row("invalid-reference-action", app({workspaces(), tableWithColumn(R"~("type": "bigint", "references": {"table": "workspaces", "onDelete": "destroy"})~")}),
        "invalid-reference-action", App, 7, 174, "\"destroy\"");
    row("invalid-reference-action onUpdate", app({workspaces(), tableWithColumn(R"~("type": "bigint", "references": {"table": "workspaces", "onUpdate": "cascades"})~")}),
        "invalid-reference-action", App, 7, 174, "\"cascades\"");
    row("set-null-on-not-null", app({workspaces(), tableWithColumn(R"~("type": "bigint", "notNull": true, "references": {"table": "workspaces", "onDelete": "set null"})~")}),
        "set-null-on-not-null", App, 7, 191, "\"set null\"");

    // Workspace scoping
    row("workspace-column-conflict", app({workspaces(), text(R"~({"name": "notes", "workspaceScoped": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}, {"name": "workspace_id", "type": "bigint"}]})~")}),
        "workspace-column-conflict", App, 7, 126, "\"workspace_id\"");

    // Project rules from strata.json
    {
        Files files = app({workspaces(), text(R"~({"name": "notes", "comment": "A note.", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true, "comment": "Key."}]})~")});
        files.insert(QStringLiteral("strata.json"), text(R"~({"rules": {"tablePrefix": "app_"}})~"));
        row("table-prefix", files, "table-prefix", App, 7, 14, "\"notes\"");
    }
    {
        Files files = app({workspaces(), text(R"~({"name": "notes", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}]})~")});
        files.insert(QStringLiteral("strata.json"), text(R"~({"rules": {"requireWorkspaceScope": true}})~"));
        row("workspace-scope-required", files, "workspace-scope-required", App, 7, 14, "\"notes\"");
    }
    {
        Files files = app({text(R"~({"name": "notes", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true, "comment": "Key."}]})~")});
        files.insert(QStringLiteral("strata.json"), text(R"~({"rules": {"requireComments": true}})~"));
        row("missing-comment table", files, "missing-comment", App, 6, 14, "\"notes\"", false);
    }
    {
        Files files = app({text(R"~({"name": "notes", "comment": "A note.", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}]})~")});
        files.insert(QStringLiteral("strata.json"), text(R"~({"rules": {"requireComments": true}})~"));
        row("missing-comment column", files, "missing-comment", App, 6, 66, "\"id\"", false);
    }

    // Migrations
    {
        Files files = app({workspaces()});
        files.insert(QStringLiteral("packages/app/migrations/0001_init.sql"), migration());
        files.insert(QStringLiteral("packages/app/migrations/0002_a.sql"), migration());
        files.insert(QStringLiteral("packages/app/migrations/0002_b.sql"), migration());
        row("migration-id-collision", files, "migration-id-collision", QStringLiteral("packages/app/migrations/0002_b.sql"), 1, 1, "--");
    }

    // Package metadata
    row("invalid-package-name", {{App, database(QStringLiteral("Acme Core"), {workspaces()})}},
        "invalid-package-name", App, 2, 18, "\"Acme Core\"");
    row("invalid-version", {{App, database(QStringLiteral("@t/app"), {workspaces()}, text("[]"), QStringLiteral("1.0"))}},
        "invalid-version", App, 3, 14, "\"1.0\"");
    {
        Files files{{App, database(QStringLiteral("@t/app"), {workspaces()}, text(R"~({"@t/core": ">>1.0"})~"))}};
        files.insert(QStringLiteral("packages/core/database.json"), database(QStringLiteral("@t/core"), {}));
        row("invalid-version-range", files, "invalid-version-range", App, 4, 31, "\">>1.0\"");
    }
    // Above npm's largest version number (2^53 - 1): an error at the value, not a number that wraps.
    row("invalid-version above npm's largest",
        {{App, database(QStringLiteral("@t/app"), {workspaces()}, text("[]"), QStringLiteral("9007199254740992.0.0"))}},
        "invalid-version", App, 3, 14, "\"9007199254740992.0.0\"");
    {
        Files files{{App, database(QStringLiteral("@t/app"), {workspaces()}, text(R"~({"@t/core": "^9007199254740992"})~"))}};
        files.insert(QStringLiteral("packages/core/database.json"), database(QStringLiteral("@t/core"), {}));
        row("invalid-version-range above npm's largest", files, "invalid-version-range", App, 4, 31,
            "\"^9007199254740992\"");
    }
}

void TestPackageRules::rule()
{
    QFETCH(Files, files);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, snippet);
    QFETCH(bool, isError);

    Project project;
    QVERIFY(project.write(files));
    project.load();
    RULETEST_EXPECT_AT(project, code, file, line, column, snippet);
    const Strata::Diagnostic *d = project.findAt(code, file, line, column);
    QCOMPARE(d->isError(), isError);
    QVERIFY2(!d->package.isEmpty(), "a package finding names its package");
}

void TestPackageRules::valid_data()
{
    QTest::addColumn<Files>("files");

    QTest::newRow("plain table") << app({text(R"~({"name": "notes", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}, {"name": "body", "type": "text", "notNull": true, "default": ""}]})~")});
    QTest::newRow("every default that fits") << app({text(R"~({"name": "things", "columns": [)~"
        R"~({"name": "id", "type": "uuid", "primaryKey": true, "default": "123e4567-e89b-12d3-a456-426614174000"}, )~"
        R"~({"name": "n", "type": "integer", "default": -5}, {"name": "b", "type": "boolean", "default": false}, )~"
        R"~({"name": "amount", "type": "numeric(12,2)", "default": "1234.50"}, {"name": "ratio", "type": "double", "default": 0.5}, )~"
        R"~({"name": "status", "type": "enum", "values": ["draft", "sent"], "default": "draft"}, )~"
        R"~({"name": "day", "type": "date", "default": "2024-02-29"}, {"name": "at", "type": "time", "default": "13:45:00"}, )~"
        R"~({"name": "since", "type": "timestamptz", "default": "2024-01-31T13:45:00Z"}, {"name": "code", "type": "char(2)", "default": "ab"}, )~"
        R"~({"name": "made", "type": "timestamp", "defaultNow": true}, {"name": "doc", "type": "jsonb", "default": {"a": [1]}}, )~"
        R"~({"name": "note", "type": "text", "default": null}, {"name": "s", "type": "varchar(10)", "defaultSql": "'x' || 'y'"}]})~")});
    QTest::newRow("workspace_id in unique of scoped table") << app({workspaces(), text(
        R"~({"name": "roles", "workspaceScoped": true, "columns": [{"name": "id", "type": "serial", "primaryKey": true}, {"name": "slug", "type": "varchar(40)", "notNull": true}], "uniques": [["workspace_id", "slug"]], "indexes": [{"columns": ["workspace_id", "slug"], "unique": true, "name": "roles_slug_key"}]})~")});
    QTest::newRow("composite key and actions") << app({workspaces(), text(
        R"~({"name": "pairs", "columns": [{"name": "a", "type": "bigint", "references": {"table": "workspaces", "onDelete": "cascade", "onUpdate": "no action"}}, {"name": "b", "type": "bigint", "references": {"table": "workspaces", "onDelete": "restrict"}}], "primaryKey": ["a", "b"]})~")});
    {
        Files files = app({workspaces(), text(R"~({"name": "app_notes", "workspaceScoped": true, "comment": "A note.", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true, "comment": "Key."}]})~")});
        files[App].replace(QStringLiteral("\"name\": \"workspaces\", \"global\": true"),
                           QStringLiteral("\"name\": \"workspaces\", \"global\": true, \"comment\": \"Tenants.\""));
        files[App].replace(QStringLiteral("\"primaryKey\": true}]}"), QStringLiteral("\"primaryKey\": true, \"comment\": \"Key.\"}]}"));
        files.insert(QStringLiteral("strata.json"),
                     text(R"~({"workspaceTable": "workspaces", "rules": {"requireWorkspaceScope": true, "requireComments": true}})~"));
        QTest::newRow("project rules met") << files;
    }
    {
        Files files = app({workspaces()});
        files.insert(QStringLiteral("packages/app/migrations/0001_init.sql"), migration());
        files.insert(QStringLiteral("packages/app/migrations/0002_more.sql"), migration());
        files.insert(QStringLiteral("packages/app/migrations/0010_later.sql"), migration());
        QTest::newRow("migrations numbered apart") << files;
    }
    {
        Files files{{App, database(QStringLiteral("@t/app"), {workspaces()}, text(R"~({"@t/core": "^1.0.0 || >=2.1 <3"})~"),
                             QStringLiteral("1.0.0-rc.1+build.5"))}};
        files.insert(QStringLiteral("packages/core/database.json"), database(QStringLiteral("@t/core"), {}, text("[]"), QStringLiteral("2.3.0")));
        QTest::newRow("ranges and prerelease versions") << files;
    }
}

void TestPackageRules::valid()
{
    QFETCH(Files, files);
    Project project;
    QVERIFY(project.write(files));
    project.load();
    QVERIFY2(project.diagnostics().isEmpty(), qPrintable(QStringLiteral("expected no findings; got:\n") + project.report()));
}

// validatePackage on a definition built in C++, as registrations and editors use it: the findings
// fall back to the object's location when a field has none, and the function has no side effects.
void TestPackageRules::builtDirectly()
{
    Strata::PackageDefinition package;
    package.name = QStringLiteral("@t/direct");
    package.version = QStringLiteral("1.0.0");
    Strata::Table table;
    table.name = QStringLiteral("Items");
    table.location = {QStringLiteral("/src/items.cpp"), 10, 5};
    Strata::Column column;
    column.name = QStringLiteral("id");
    column.typeSpelling = QStringLiteral("integr");
    column.location = {QStringLiteral("/src/items.cpp"), 11, 9};
    table.columns.append(column);
    package.tables.append(table);

    const Strata::Diagnostics found = Strata::validatePackage(package);
    QCOMPARE(Strata::validatePackage(package), found);
    QStringList codes;
    for (const Strata::Diagnostic &d : found)
        codes.append(d.code);
    QVERIFY2(codes.contains(QStringLiteral("not-snake-case")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QStringLiteral("unknown-type")), qPrintable(codes.join(u',')));
    QVERIFY2(codes.contains(QStringLiteral("missing-primary-key")), qPrintable(codes.join(u',')));
    for (const Strata::Diagnostic &d : found) {
        if (d.code == u"unknown-type") {
            QCOMPARE(d.location.line, 11);
            QVERIFY2(d.help.contains(QStringLiteral("\"integer\"")), qPrintable(d.help));
        }
    }

    const Strata::Diagnostics id = Strata::validateIdentifier(QStringLiteral("user"), QStringLiteral("column"), {});
    QCOMPARE(id.size(), 1);
    QCOMPARE(id.first().code, QStringLiteral("reserved-word"));
    QVERIFY(Strata::validateIdentifier(QStringLiteral("user_id"), QStringLiteral("column"), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPackageRules)
#include "tst_packagerules.moc"
