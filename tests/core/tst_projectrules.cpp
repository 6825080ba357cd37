// The rules that need the whole project (core/registry/ProjectRules.cpp), end to end: each row
// is a project of several packages on disk, loaded by PackageScanner into a Registry; the row names
// the expected code and the exact file:line:column of the value at fault (and the text there).

#include "RuleTestProject.h"

#include <strata/registry/ProjectRules.h>

#include <QTest>

using namespace RuleTest;

namespace {

const QString Core = QStringLiteral("packages/core/database.json");
const QString Crm = QStringLiteral("packages/crm/database.json");
const QString Billing = QStringLiteral("packages/billing/database.json");

QString workspaces()
{
    return text(R"~({"name": "workspaces", "global": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}]})~");
}

QString users()
{
    return text(R"~({"name": "users", "global": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}, {"name": "email", "type": "varchar(320)", "unique": true}, {"name": "name", "type": "text"}]})~");
}

// @t/core with workspaces (line 6) and users (line 7).
QString core(const QString &version = QStringLiteral("1.2.0"))
{
    return database(QStringLiteral("@t/core"), {workspaces(), users()}, text("[]"), version);
}

// A crm package depending on @t/core, whose contacts table (line 6) has one more column.
QString crm(const char *columnRest, const QString &dependencies = text(R"~({"@t/core": "^1.0.0"})~"))
{
    return database(QStringLiteral("@t/crm"),
                    {text(R"~({"name": "contacts", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}, {"name": "c", )~")
                     + text(columnRest) + text("}]}")},
                    dependencies);
}

} // namespace

class TestProjectRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void valid_data();
    void valid();
    void cycleMessageShowsPath();
};

void TestProjectRules::rule_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("mentions"); // the message or help must name it

    const auto row = [](const char *name, const Files &files, const char *code, const QString &file, int line,
                        int column, const char *snippet, const char *mentions, bool isError = true) {
        QTest::newRow(name) << files << QString::fromLatin1(code) << file << line << column
                            << QString::fromUtf8(snippet) << isError << QString::fromUtf8(mentions);
    };

    // Packages
    row("duplicate-package",
        {{Core, core()}, {QStringLiteral("packages/zcopy/database.json"), database(QStringLiteral("@t/core"), {})}},
        "duplicate-package", QStringLiteral("packages/zcopy/database.json"), 2, 18, "\"@t/core\"", "packages/core/database.json");
    row("missing-dependency",
        {{Core, core()}, {Crm, crm(R"~("type": "text")~", text(R"~({"@t/cor": "^1.0.0"})~"))}},
        "missing-dependency", Crm, 4, 20, "\"@t/cor\"", "@t/core");
    row("missing-dependency array",
        {{Core, core()}, {Crm, crm(R"~("type": "text")~", text(R"~(["@t/core", "@t/mail"])~"))}},
        "missing-dependency", Crm, 4, 31, "\"@t/mail\"", "@t/mail");
    row("dependency-cycle",
        {{Core, database(QStringLiteral("@t/core"), {workspaces()}, text(R"~({"@t/crm": "*"})~"))},
         {Crm, crm(R"~("type": "text")~")}},
        "dependency-cycle", Core, 4, 20, "\"@t/crm\"", "@t/core -> @t/crm -> @t/core");
    row("dependency-cycle of one",
        {{Core, database(QStringLiteral("@t/core"), {workspaces()}, text(R"~(["@t/core"])~"))}},
        "dependency-cycle", Core, 4, 20, "\"@t/core\"", "@t/core -> @t/core");
    row("version-conflict",
        {{Core, core(QStringLiteral("2.0.0"))}, {Crm, crm(R"~("type": "text")~")}},
        "version-conflict", Crm, 4, 31, "\"^1.0.0\"", "2.0.0");

    // Tables and indexes across packages
    row("duplicate-table",
        {{Core, core()}, {Crm, database(QStringLiteral("@t/crm"), {users()}, text(R"~({"@t/core": "^1.0.0"})~"))}},
        "duplicate-table", Crm, 6, 14, "\"users\"", "@t/core");
    row("duplicate-index-name",
        {{Core, database(QStringLiteral("@t/core"), {text(R"~({"name": "workspaces", "global": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}], "indexes": [{"name": "by_id", "columns": ["id"]}]})~")})},
         {Crm, database(QStringLiteral("@t/crm"), {text(R"~({"name": "contacts", "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}], "indexes": [{"name": "by_id", "columns": ["id"]}]})~")}, text(R"~({"@t/core": "^1.0.0"})~"))}},
        "duplicate-index-name", Crm, 6, 117, "\"by_id\"", "workspaces");

    // References
    row("unknown-reference-table",
        {{Core, core()}, {Crm, crm(R"~("type": "bigint", "references": {"table": "user"})~")}},
        "unknown-reference-table", Crm, 6, 151, "\"user\"", "\"users\"");
    row("unknown-reference-column",
        {{Core, core()}, {Crm, crm(R"~("type": "bigint", "references": {"table": "users", "column": "idd"})~")}},
        "unknown-reference-column", Crm, 6, 170, "\"idd\"", "\"id\"");
    row("reference-not-unique",
        {{Core, core()}, {Crm, crm(R"~("type": "text", "references": {"table": "users", "column": "name"})~")}},
        "reference-not-unique", Crm, 6, 168, "\"name\"", "users.name");
    row("reference-type-mismatch",
        {{Core, core()}, {Crm, crm(R"~("type": "integer", "references": {"table": "users"})~")}},
        "reference-type-mismatch", Crm, 6, 117, "\"integer\"", "bigserial");
    row("reference-not-dependency",
        {{Core, core()}, {Crm, crm(R"~("type": "bigint", "references": {"table": "users"})~", text("{}"))}},
        "reference-not-dependency", Crm, 6, 151, "\"users\"", "add \"@t/core\" to \"dependencies\"");
    row("reference-no-primary-key",
        {{Core, database(QStringLiteral("@t/core"), {workspaces(), text(R"~({"name": "tags", "global": true, "columns": [{"name": "a", "type": "integer"}, {"name": "b", "type": "integer"}], "primaryKey": ["a", "b"]})~")})},
         {Crm, crm(R"~("type": "integer", "references": {"table": "tags"})~")}},
        "reference-no-primary-key", Crm, 6, 142, "{\"table\": \"tags\"}", "tags");

    // Workspace scoping
    row("workspace-table-missing",
        {{Crm, database(QStringLiteral("@t/crm"), {text(R"~({"name": "contacts", "workspaceScoped": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}]})~")})}},
        "workspace-table-missing", Crm, 6, 45, "true", "workspaces");
    row("workspace-unreachable",
        {{Core, core()},
         {Crm, database(QStringLiteral("@t/crm"), {text(R"~({"name": "contacts", "workspaceScoped": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}]})~")})}},
        "workspace-unreachable", Crm, 6, 45, "true", "add \"@t/core\" to \"dependencies\"");

    // Migration requirements
    {
        Files files{{Core, core()}, {Crm, crm(R"~("type": "text")~")}};
        files.insert(QStringLiteral("packages/core/migrations/0001_init.sql"), migration());
        files.insert(QStringLiteral("packages/crm/migrations/0001_init.sql"), migration(text("-- strata:requires @t/core:0002_roles\n")));
        row("migration-requires-unknown id", files, "migration-requires-unknown",
            QStringLiteral("packages/crm/migrations/0001_init.sql"), 1, 20, "@t/core:0002_roles", "0002_roles");
    }
    {
        Files files{{Core, core()}, {Crm, crm(R"~("type": "text")~")}};
        files.insert(QStringLiteral("packages/crm/migrations/0001_init.sql"), migration(text("-- strata:requires @t/mail:0001_init\n")));
        row("migration-requires-unknown package", files, "migration-requires-unknown",
            QStringLiteral("packages/crm/migrations/0001_init.sql"), 1, 20, "@t/mail:0001_init", "@t/mail");
    }
    {
        Files files{{Core, core()}, {Crm, crm(R"~("type": "text")~")},
                    {Billing, database(QStringLiteral("@t/billing"), {}, text(R"~({"@t/core": "^1"})~"))}};
        files.insert(QStringLiteral("packages/billing/migrations/0001_init.sql"), migration());
        files.insert(QStringLiteral("packages/crm/migrations/0001_init.sql"), migration(text("-- strata:requires @t/billing:0001_init\n")));
        row("migration-requires-not-dependency", files, "migration-requires-not-dependency",
            QStringLiteral("packages/crm/migrations/0001_init.sql"), 1, 20, "@t/billing:0001_init", "@t/billing", false);
    }
}

void TestProjectRules::rule()
{
    QFETCH(Files, files);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, snippet);
    QFETCH(bool, isError);
    QFETCH(QString, mentions);

    Project project;
    QVERIFY(project.write(files));
    project.load();
    RULETEST_EXPECT_AT(project, code, file, line, column, snippet);
    const Strata::Diagnostic *d = project.findAt(code, file, line, column);
    QCOMPARE(d->isError(), isError);
    QVERIFY2(QString(d->message + u' ' + d->help).contains(mentions),
             qPrintable(QStringLiteral("\"%1\" not in: %2 | %3").arg(mentions, d->message, d->help)));
    QVERIFY2(!d->package.isEmpty(), "a package finding names its package");
}

void TestProjectRules::valid_data()
{
    QTest::addColumn<Files>("files");

    QTest::newRow("references across a dependency")
        << Files{{Core, core()},
                 {Crm, crm(R"~("type": "bigint", "notNull": true, "references": {"table": "users", "onDelete": "cascade"})~")}};
    QTest::newRow("reference to a unique column and a transitive dependency")
        << Files{{Core, core()},
                 {Crm, crm(R"~("type": "varchar(320)", "references": {"table": "users", "column": "email"})~")},
                 {Billing, database(QStringLiteral("@t/billing"),
                                    {text(R"~({"name": "invoices", "workspaceScoped": true, "columns": [{"name": "id", "type": "bigserial", "primaryKey": true}, {"name": "user_id", "type": "bigint", "references": {"table": "users"}}, {"name": "contact_id", "type": "bigint", "references": {"table": "contacts"}}]})~")},
                                    text(R"~({"@t/crm": ">=1.0.0 <2.0.0"})~"))}};
    {
        Files files{{Core, core()}, {Crm, crm(R"~("type": "text")~")}};
        files.insert(QStringLiteral("packages/core/migrations/0001_init.sql"), migration());
        files.insert(QStringLiteral("packages/crm/migrations/0001_init.sql"), migration(text("-- strata:requires @t/core:0001_init\n")));
        QTest::newRow("requirement on a dependency") << files;
    }
    {
        // package.json lists libraries without a database: they are not missing packages.
        Files files{{Core, core()},
                    {Crm, database(QStringLiteral("@t/crm"), {}, text(R"~({"@t/core": "^1.0.0"})~"))}};
        files[Crm].replace(QStringLiteral("  \"dependencies\": {\"@t/core\": \"^1.0.0\"},\n"), QString());
        files.insert(QStringLiteral("packages/crm/package.json"),
                     text(R"~({"name": "@t/crm", "version": "1.0.0", "dependencies": {"@t/core": "^1.2.0", "lodash": "^4.17.0"}})~"));
        QTest::newRow("package.json dependencies") << files;
    }
    // Ranges whose bounds pass the largest int once wrapped, and a satisfied range became a conflict.
    QTest::newRow("caret range at the largest int")
        << Files{{Core, core(QStringLiteral("2147483647.1.0"))},
                 {Crm, crm(R"~("type": "text")~", text(R"~({"@t/core": "^2147483647.0.0"})~"))}};
    QTest::newRow("greater than the largest int")
        << Files{{Core, core(QStringLiteral("2147483648.0.0"))},
                 {Crm, crm(R"~("type": "text")~", text(R"~({"@t/core": ">2147483647"})~"))}};
    QTest::newRow("caret range at npm's largest number")
        << Files{{Core, core(QStringLiteral("9007199254740991.0.1"))},
                 {Crm, crm(R"~("type": "text")~", text(R"~({"@t/core": "^9007199254740991.0.0"})~"))}};
}

void TestProjectRules::valid()
{
    QFETCH(Files, files);
    Project project;
    QVERIFY(project.write(files));
    project.load();
    QVERIFY2(project.diagnostics().isEmpty(), qPrintable(QStringLiteral("expected no findings; got:\n") + project.report()));
}

// The message of a longer cycle shows every package on the way.
void TestProjectRules::cycleMessageShowsPath()
{
    Project project;
    QVERIFY(project.write({
        {QStringLiteral("packages/a/database.json"), database(QStringLiteral("@t/a"), {}, text(R"~(["@t/b"])~"))},
        {QStringLiteral("packages/b/database.json"), database(QStringLiteral("@t/b"), {}, text(R"~(["@t/c"])~"))},
        {QStringLiteral("packages/c/database.json"), database(QStringLiteral("@t/c"), {}, text(R"~(["@t/a"])~"))},
    }));
    project.load();
    const Strata::Diagnostic *d = project.find(QStringLiteral("dependency-cycle"));
    QVERIFY2(d, qPrintable(project.report()));
    QVERIFY2(d->message.contains(QStringLiteral("@t/a -> @t/b -> @t/c -> @t/a")), qPrintable(d->message));
    int cycles = 0;
    for (const Strata::Diagnostic &x : project.diagnostics())
        cycles += x.code == u"dependency-cycle" ? 1 : 0;
    QCOMPARE(cycles, 1);
}

QTEST_GUILESS_MAIN(TestProjectRules)
#include "tst_projectrules.moc"
