#include <strata/registration/Registration.h>
#include <strata/sql/DdlRenderer.h>
#include <strata/sql/Dialect.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Strata;

namespace {

// A golden string written as a raw literal that starts on the line after its opening.
QString golden(const char *text)
{
    QString s = QString::fromUtf8(text);
    if (s.startsWith(QLatin1Char('\n')))
        s.remove(0, 1);
    return s;
}

// The workspace_id column and index exactly as the Registry adds them to a workspace-scoped table.
Table scoped(Table table)
{
    Column workspace = column(QStringLiteral("workspace_id"), QStringLiteral("bigint"))
                           .notNull()
                           .references(QStringLiteral("workspaces"), {}, QStringLiteral("cascade"));
    workspace.generated = true;
    const QStringList key = table.primaryKeyColumns();
    qsizetype at = 0;
    while (at < table.columns.size() && key.contains(table.columns.at(at).name))
        ++at;
    table.columns.insert(at, workspace);
    Index index;
    index.columns = {QStringLiteral("workspace_id")};
    index.generated = true;
    table.indexes.prepend(index);
    table.workspaceScoped = true;
    return table;
}

Index index(const QStringList &columns, const QString &name = {}, bool unique = false)
{
    Index i;
    i.name = name;
    i.columns = columns;
    i.unique = unique;
    return i;
}

UniqueConstraint uniqueOn(const QStringList &columns)
{
    UniqueConstraint u;
    u.columns = columns;
    return u;
}

CheckConstraint check(const QString &expression, const QString &name = {})
{
    CheckConstraint c;
    c.name = name;
    c.expression = expression;
    return c;
}

Table workspaces()
{
    return createTable(QStringLiteral("workspaces"),
                       {
                           column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                           column(QStringLiteral("name"), QStringLiteral("varchar(120)"))
                               .notNull()
                               .comment(QStringLiteral("The workspace's display name.")),
                       },
                       {.comment = QStringLiteral("Tenants: every scoped row belongs to one.")});
}

// One column of every portable type, with defaults of every kind.
Table everyTypeTable()
{
    Column search = column(QStringLiteral("search"), QStringLiteral("text"));
    search.type = ColumnType::dialectSpecific({{QStringLiteral("postgresql"), QStringLiteral("tsvector")},
                                               {QStringLiteral("sqlite"), QStringLiteral("TEXT")}});
    Column status = column(QStringLiteral("status"), QStringLiteral("enum"))
                        .notNull()
                        .enumValues({QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("it's paid")})
                        .defaultValue(QStringLiteral("draft"));
    return createTable(
        QStringLiteral("every_type"),
        {
            column(QStringLiteral("id"), QStringLiteral("uuid"))
                .primaryKey()
                .defaultSql(QStringLiteral("gen_random_uuid()")),
            column(QStringLiteral("body"), QStringLiteral("text")).defaultValue(QStringLiteral("it's \"quoted\"")),
            column(QStringLiteral("code"), QStringLiteral("varchar(40)")).notNull().unique(),
            column(QStringLiteral("country"), QStringLiteral("char(2)")).defaultValue(QStringLiteral("NL")),
            column(QStringLiteral("small"), QStringLiteral("smallint")).defaultValue(-1),
            column(QStringLiteral("medium"), QStringLiteral("integer")).defaultValue(42),
            column(QStringLiteral("large"), QStringLiteral("bigint")).defaultValue(9007199254740000.0),
            column(QStringLiteral("counter"), QStringLiteral("serial")),
            column(QStringLiteral("big_counter"), QStringLiteral("bigserial")),
            column(QStringLiteral("active"), QStringLiteral("boolean")).notNull().defaultValue(true),
            column(QStringLiteral("archived"), QStringLiteral("boolean")).defaultValue(false),
            column(QStringLiteral("ratio"), QStringLiteral("real")).defaultValue(0.25),
            column(QStringLiteral("precise"), QStringLiteral("double")).defaultValue(1e-7),
            column(QStringLiteral("amount"), QStringLiteral("numeric(12,2)")).notNull().defaultValue(0),
            column(QStringLiteral("quantity"), QStringLiteral("numeric")),
            column(QStringLiteral("whole"), QStringLiteral("numeric(10)")),
            column(QStringLiteral("due_on"), QStringLiteral("date")).defaultNow(),
            column(QStringLiteral("opens_at"), QStringLiteral("time")).defaultNow(),
            column(QStringLiteral("local_at"), QStringLiteral("timestamp"))
                .defaultValue(QStringLiteral("2024-01-01 00:00:00")),
            column(QStringLiteral("created_at"), QStringLiteral("timestamptz")).notNull().defaultNow(),
            column(QStringLiteral("settings"), QStringLiteral("json"))
                .defaultValue(QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")}}),
            column(QStringLiteral("tags"), QStringLiteral("jsonb")).defaultValue(QJsonArray{}),
            column(QStringLiteral("payload"), QStringLiteral("bytes")),
            status,
            search,
            column(QStringLiteral("note"), QStringLiteral("text")).defaultValue(QJsonValue::Null),
            column(QStringLiteral("total"), QStringLiteral("integer")).defaultSql(QStringLiteral("1 + 2")),
            column(QStringLiteral("minus"), QStringLiteral("integer")).defaultSql(QStringLiteral("-5")),
            column(QStringLiteral("wrapped"), QStringLiteral("integer")).defaultSql(QStringLiteral("(abs(-3))")),
            column(QStringLiteral("stamp"), QStringLiteral("text")).defaultSql(QStringLiteral("CURRENT_TIMESTAMP")),
        });
}

std::unique_ptr<Dialect> dialectOf(const QString &name)
{
    DialectKind kind;
    if (!parseDialectName(name, &kind))
        return nullptr;
    return Dialect::create(kind);
}

} // namespace

class TestDdlRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialects();
    void quoting();
    void everyType_data();
    void everyType();
    void compositeKeyUniquesChecksIndexes_data();
    void compositeKeyUniquesChecksIndexes();
    void workspaceScoped_data();
    void workspaceScoped();
    void reservedWords_data();
    void reservedWords();
    void orderingAndCycle_data();
    void orderingAndCycle();
    void statementsHaveNoSemicolons();
    void indexName();
};

void TestDdlRenderer::dialects()
{
    DialectKind kind = DialectKind::SQLite;
    QVERIFY(parseDialectName(QStringLiteral("postgresql"), &kind));
    QCOMPARE(kind, DialectKind::PostgreSQL);
    QVERIFY(parseDialectName(QStringLiteral("SQLite"), &kind));
    QCOMPARE(kind, DialectKind::SQLite);
    QVERIFY(parseDialectName(QStringLiteral("pg"), &kind));
    QCOMPARE(kind, DialectKind::PostgreSQL);
    QVERIFY(parseDialectName(QStringLiteral("postgres"), &kind));
    QVERIFY(!parseDialectName(QStringLiteral("mysql"), &kind));
    QCOMPARE(kind, DialectKind::PostgreSQL);
    QCOMPARE(dialectName(DialectKind::SQLite), QStringLiteral("sqlite"));
    QCOMPARE(dialectName(DialectKind::PostgreSQL), QStringLiteral("postgresql"));
    QCOMPARE(Dialect::create(DialectKind::SQLite)->name(), QStringLiteral("sqlite"));
    QCOMPARE(Dialect::create(DialectKind::PostgreSQL)->kind(), DialectKind::PostgreSQL);
}

void TestDdlRenderer::quoting()
{
    for (const DialectKind kind : {DialectKind::SQLite, DialectKind::PostgreSQL}) {
        const auto dialect = Dialect::create(kind);
        QCOMPARE(dialect->quoteString(QStringLiteral("it's")), QStringLiteral("'it''s'"));
        QCOMPARE(dialect->quoteString(QString()), QStringLiteral("''"));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("crm_contacts")), QStringLiteral("crm_contacts"));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("_x1")), QStringLiteral("_x1"));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("Contacts")), QStringLiteral("\"Contacts\""));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("1st")), QStringLiteral("\"1st\""));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("a b")), QStringLiteral("\"a b\""));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("order")), QStringLiteral("\"order\""));
        QCOMPARE(dialect->quoteIdentifier(QStringLiteral("select")), QStringLiteral("\"select\""));
        QVERIFY(dialect->isReservedWord(QStringLiteral("ORDER")));
        QVERIFY(dialect->isReservedWord(QStringLiteral("table")));
        QVERIFY(!dialect->isReservedWord(QStringLiteral("name")));
        QVERIFY(!dialect->isReservedWord(QStringLiteral("key")));
        QVERIFY(dialect->reservedWords().contains(QStringLiteral("references")));
    }
    const auto sqlite = Dialect::create(DialectKind::SQLite);
    const auto postgres = Dialect::create(DialectKind::PostgreSQL);
    // Reserved in one dialect only.
    QCOMPARE(postgres->quoteIdentifier(QStringLiteral("user")), QStringLiteral("\"user\""));
    QCOMPARE(sqlite->quoteIdentifier(QStringLiteral("user")), QStringLiteral("user"));
    QCOMPARE(sqlite->quoteIdentifier(QStringLiteral("index")), QStringLiteral("\"index\""));
    QCOMPARE(postgres->quoteIdentifier(QStringLiteral("index")), QStringLiteral("index"));
}

void TestDdlRenderer::everyType_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << golden(R"sql(
CREATE TABLE every_type (
    id TEXT PRIMARY KEY NOT NULL DEFAULT (gen_random_uuid()),
    body TEXT DEFAULT 'it''s "quoted"',
    code VARCHAR(40) NOT NULL UNIQUE,
    country CHAR(2) DEFAULT 'NL',
    small INTEGER DEFAULT -1,
    medium INTEGER DEFAULT 42,
    large INTEGER DEFAULT 9007199254740000,
    counter INTEGER,
    big_counter INTEGER,
    active BOOLEAN NOT NULL DEFAULT 1,
    archived BOOLEAN DEFAULT 0,
    ratio REAL DEFAULT 0.25,
    precise REAL DEFAULT 1e-07,
    amount NUMERIC(12,2) NOT NULL DEFAULT 0,
    quantity NUMERIC,
    whole NUMERIC(10,0),
    due_on TEXT DEFAULT CURRENT_DATE,
    opens_at TEXT DEFAULT CURRENT_TIME,
    local_at TEXT DEFAULT '2024-01-01 00:00:00',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    settings TEXT DEFAULT '{"theme":"dark"}',
    tags TEXT DEFAULT '[]',
    payload BLOB,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'it''s paid')),
    search TEXT,
    note TEXT DEFAULT NULL,
    total INTEGER DEFAULT (1 + 2),
    minus INTEGER DEFAULT -5,
    wrapped INTEGER DEFAULT (abs(-3)),
    stamp TEXT DEFAULT CURRENT_TIMESTAMP
))sql");
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << golden(R"sql(
CREATE TABLE every_type (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    body text DEFAULT 'it''s "quoted"',
    code varchar(40) NOT NULL UNIQUE,
    country char(2) DEFAULT 'NL',
    small smallint DEFAULT -1,
    medium integer DEFAULT 42,
    large bigint DEFAULT 9007199254740000,
    counter serial,
    big_counter bigserial,
    active boolean NOT NULL DEFAULT TRUE,
    archived boolean DEFAULT FALSE,
    ratio real DEFAULT 0.25,
    precise double precision DEFAULT 1e-07,
    amount numeric(12,2) NOT NULL DEFAULT 0,
    quantity numeric,
    whole numeric(10,0),
    due_on date DEFAULT CURRENT_DATE,
    opens_at time DEFAULT CURRENT_TIME,
    local_at timestamp DEFAULT '2024-01-01 00:00:00',
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    settings json DEFAULT '{"theme":"dark"}',
    tags jsonb DEFAULT '[]',
    payload bytea,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'it''s paid')),
    search tsvector,
    note text DEFAULT NULL,
    total integer DEFAULT (1 + 2),
    minus integer DEFAULT -5,
    wrapped integer DEFAULT (abs(-3)),
    stamp text DEFAULT CURRENT_TIMESTAMP
))sql");
}

void TestDdlRenderer::everyType()
{
    QFETCH(QString, dialect);
    QFETCH(QString, expected);
    const auto d = dialectOf(dialect);
    const QString actual = DdlRenderer(*d).createTable(everyTypeTable());
    if (actual != expected)
        qWarning().noquote() << "\n" << actual;
    QCOMPARE(actual, expected);
}

void TestDdlRenderer::compositeKeyUniquesChecksIndexes_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << golden(R"sql(
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES "order" (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    line_no INTEGER NOT NULL,
    product_code VARCHAR(20) NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    unit_price NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, product_code),
    CONSTRAINT positive_quantity CHECK (quantity > 0),
    CHECK (line_no >= 1)
);
CREATE INDEX order_lines_by_product ON order_lines (product_code);
CREATE INDEX order_lines_quantity_unit_price_idx ON order_lines (quantity, unit_price);
CREATE UNIQUE INDEX order_lines_order_id_product_code_idx ON order_lines (order_id, product_code);
)sql");
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << golden(R"sql(
CREATE TABLE order_lines (
    order_id bigint NOT NULL REFERENCES "order" (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    line_no integer NOT NULL,
    product_code varchar(20) NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    unit_price numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    UNIQUE (order_id, product_code),
    CONSTRAINT positive_quantity CHECK (quantity > 0),
    CHECK (line_no >= 1)
);
CREATE INDEX order_lines_by_product ON order_lines (product_code);
CREATE INDEX order_lines_quantity_unit_price_idx ON order_lines (quantity, unit_price);
CREATE UNIQUE INDEX order_lines_order_id_product_code_idx ON order_lines (order_id, product_code);
)sql");
}

Table orderLines()
{
    return createTable(
        QStringLiteral("order_lines"),
        {
            column(QStringLiteral("order_id"), QStringLiteral("bigint"))
                .references(QStringLiteral("order"), QStringLiteral("id"), QStringLiteral("cascade"),
                            QStringLiteral("restrict")),
            column(QStringLiteral("line_no"), QStringLiteral("integer")),
            column(QStringLiteral("product_code"), QStringLiteral("varchar(20)")).notNull(),
            column(QStringLiteral("quantity"), QStringLiteral("integer")).notNull().defaultValue(1),
            column(QStringLiteral("unit_price"), QStringLiteral("numeric(12,2)")).notNull(),
        },
        {
            .primaryKey = {QStringLiteral("order_id"), QStringLiteral("line_no")},
            .indexes = {index({QStringLiteral("product_code")}, QStringLiteral("order_lines_by_product")),
                        index({QStringLiteral("quantity"), QStringLiteral("unit_price")}),
                        index({QStringLiteral("order_id"), QStringLiteral("product_code")}, {}, true)},
            .uniques = {uniqueOn({QStringLiteral("order_id"), QStringLiteral("product_code")})},
            .checks = {check(QStringLiteral("quantity > 0"), QStringLiteral("positive_quantity")),
                       check(QStringLiteral(" line_no >= 1 "))},
        });
}

void TestDdlRenderer::compositeKeyUniquesChecksIndexes()
{
    QFETCH(QString, dialect);
    QFETCH(QString, expected);
    const auto d = dialectOf(dialect);
    const DdlRenderer renderer(*d);
    const Table table = orderLines();
    const QString actual = renderer.createTable(table) + QStringLiteral(";\n")
        + renderer.createIndexes(table).join(QStringLiteral(";\n")) + QStringLiteral(";\n");
    if (actual != expected)
        qWarning().noquote() << "\n" << actual;
    QCOMPARE(actual, expected);
}

void TestDdlRenderer::workspaceScoped_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << golden(R"sql(
-- Tenants: every scoped row belongs to one.
-- name: The workspace's display name.
CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name VARCHAR(120) NOT NULL
);

-- People a workspace deals with.
CREATE TABLE crm_contacts (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email VARCHAR(320) NOT NULL UNIQUE,
    referrer_id INTEGER REFERENCES crm_contacts (id) ON DELETE SET NULL
);
CREATE INDEX crm_contacts_workspace_id_idx ON crm_contacts (workspace_id);
)sql");
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << golden(R"sql(
CREATE TABLE workspaces (
    id bigserial PRIMARY KEY,
    name varchar(120) NOT NULL
);
COMMENT ON TABLE workspaces IS 'Tenants: every scoped row belongs to one.';
COMMENT ON COLUMN workspaces.name IS 'The workspace''s display name.';

CREATE TABLE crm_contacts (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email varchar(320) NOT NULL UNIQUE,
    referrer_id bigint REFERENCES crm_contacts (id) ON DELETE SET NULL
);
CREATE INDEX crm_contacts_workspace_id_idx ON crm_contacts (workspace_id);
COMMENT ON TABLE crm_contacts IS 'People a workspace deals with.';
)sql");
}

void TestDdlRenderer::workspaceScoped()
{
    QFETCH(QString, dialect);
    QFETCH(QString, expected);
    const auto d = dialectOf(dialect);
    const Table contacts
        = scoped(createTable(QStringLiteral("crm_contacts"),
                             {
                                 column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                                 column(QStringLiteral("email"), QStringLiteral("varchar(320)")).notNull().unique(),
                                 column(QStringLiteral("referrer_id"), QStringLiteral("bigint"))
                                     .references(QStringLiteral("crm_contacts"), {}, QStringLiteral("setNull")),
                             },
                             {.comment = QStringLiteral("People a workspace deals with.")}));
    const QString actual = DdlRenderer(*d).script({workspaces(), contacts});
    if (actual != expected)
        qWarning().noquote() << "\n" << actual;
    QCOMPARE(actual, expected);
}

void TestDdlRenderer::reservedWords_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << golden(R"sql(
CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    user TEXT NOT NULL,
    "index" INTEGER,
    "Group" TEXT CHECK ("Group" IN ('a', 'b')),
    UNIQUE (user, "Group"),
    CONSTRAINT "check" CHECK ("index" >= 0)
);
CREATE INDEX order_user_index_idx ON "order" (user, "index");
)sql");
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << golden(R"sql(
CREATE TABLE "order" (
    id bigserial PRIMARY KEY,
    "user" text NOT NULL,
    index integer,
    "Group" text CHECK ("Group" IN ('a', 'b')),
    UNIQUE ("user", "Group"),
    CONSTRAINT "check" CHECK ("index" >= 0)
);
CREATE INDEX order_user_index_idx ON "order" ("user", index);
)sql");
}

Table orderTable()
{
    return createTable(QStringLiteral("order"),
                       {
                           column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                           column(QStringLiteral("user"), QStringLiteral("text")).notNull(),
                           column(QStringLiteral("index"), QStringLiteral("integer")),
                           column(QStringLiteral("Group"), QStringLiteral("enum"))
                               .enumValues({QStringLiteral("a"), QStringLiteral("b")}),
                       },
                       {
                           .indexes = {index({QStringLiteral("user"), QStringLiteral("index")})},
                           .uniques = {uniqueOn({QStringLiteral("user"), QStringLiteral("Group")})},
                           .checks = {check(QStringLiteral("\"index\" >= 0"), QStringLiteral("check"))},
                       });
}

void TestDdlRenderer::reservedWords()
{
    QFETCH(QString, dialect);
    QFETCH(QString, expected);
    const auto d = dialectOf(dialect);
    const QString actual = DdlRenderer(*d).script({orderTable()});
    if (actual != expected)
        qWarning().noquote() << "\n" << actual;
    QCOMPARE(actual, expected);
}

void TestDdlRenderer::orderingAndCycle_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << golden(R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    account_id INTEGER REFERENCES accounts
);

CREATE TABLE lines (
    order_id INTEGER PRIMARY KEY REFERENCES "order" (id) ON DELETE CASCADE
);

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER REFERENCES people (id) ON DELETE SET NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams (id) ON UPDATE CASCADE
);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES people (id)
);
)sql");
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << golden(R"sql(
CREATE TABLE customers (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE "order" (
    id bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    account_id integer REFERENCES accounts
);

CREATE TABLE lines (
    order_id bigint PRIMARY KEY REFERENCES "order" (id) ON DELETE CASCADE
);

CREATE TABLE teams (
    id serial PRIMARY KEY,
    lead_id integer
);

CREATE TABLE people (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams (id) ON UPDATE CASCADE
);

CREATE TABLE notes (
    id serial PRIMARY KEY,
    author_id integer REFERENCES people (id)
);

ALTER TABLE teams ADD FOREIGN KEY (lead_id) REFERENCES people (id) ON DELETE SET NULL;
)sql");
}

QList<Table> orderingSchema()
{
    // Input order puts referencing tables first; teams and people reference each other.
    const Table teams = createTable(QStringLiteral("teams"),
                                    {
                                        column(QStringLiteral("id"), QStringLiteral("serial")).primaryKey(),
                                        column(QStringLiteral("lead_id"), QStringLiteral("integer"))
                                            .references(QStringLiteral("people"), {}, QStringLiteral("set null")),
                                    });
    const Table people
        = createTable(QStringLiteral("people"),
                      {
                          column(QStringLiteral("id"), QStringLiteral("serial")).primaryKey(),
                          column(QStringLiteral("team_id"), QStringLiteral("integer"))
                              .notNull()
                              .references(QStringLiteral("teams"), QStringLiteral("id"), {}, QStringLiteral("cascade")),
                      });
    const Table customers = createTable(QStringLiteral("customers"),
                                        {
                                            column(QStringLiteral("id"), QStringLiteral("serial")).primaryKey(),
                                            column(QStringLiteral("name"), QStringLiteral("text")).notNull(),
                                        });
    Table order = createTable(QStringLiteral("order"),
                              {
                                  column(QStringLiteral("id"), QStringLiteral("bigserial")).primaryKey(),
                                  column(QStringLiteral("customer_id"), QStringLiteral("integer"))
                                      .notNull()
                                      .references(QStringLiteral("customers"), {}, QStringLiteral("restrict")),
                                  column(QStringLiteral("account_id"), QStringLiteral("integer"))
                                      .references(QStringLiteral("accounts")), // not among the tables
                              });
    const Table lines = createTable(QStringLiteral("lines"),
                                    {
                                        column(QStringLiteral("order_id"), QStringLiteral("bigint"))
                                            .primaryKey()
                                            .references(QStringLiteral("order"), {}, QStringLiteral("cascade")),
                                    });
    // Not on the cycle, but waiting for it: breaking the cycle must not defer this key.
    const Table notes = createTable(
        QStringLiteral("notes"),
        {
            column(QStringLiteral("id"), QStringLiteral("serial")).primaryKey(),
            column(QStringLiteral("author_id"), QStringLiteral("integer")).references(QStringLiteral("people")),
        });
    return {notes, lines, order, teams, customers, people};
}

void TestDdlRenderer::orderingAndCycle()
{
    QFETCH(QString, dialect);
    QFETCH(QString, expected);
    const auto d = dialectOf(dialect);
    const QString actual = DdlRenderer(*d).script(orderingSchema());
    if (actual != expected)
        qWarning().noquote() << "\n" << actual;
    QCOMPARE(actual, expected);
}

void TestDdlRenderer::statementsHaveNoSemicolons()
{
    for (const DialectKind kind : {DialectKind::SQLite, DialectKind::PostgreSQL}) {
        const auto d = Dialect::create(kind);
        const DdlRenderer renderer(*d);
        QList<Table> tables = orderingSchema();
        tables.prepend(workspaces());
        tables.append(orderLines());
        const QStringList statements = renderer.statements(tables);
        QVERIFY(!statements.isEmpty());
        for (const QString &s : statements) {
            QVERIFY2(!s.trimmed().endsWith(QLatin1Char(';')), qPrintable(s));
            QVERIFY2(!s.startsWith(QLatin1String("--")), qPrintable(s));
        }
        // script() is statements() with terminators, comments and blank lines.
        const QString script = renderer.script(tables);
        for (const QString &s : statements)
            QVERIFY(script.contains(s + QStringLiteral(";\n")));
        QVERIFY(renderer.statements({}).isEmpty());
        QCOMPARE(renderer.script({}), QString());
    }
}

void TestDdlRenderer::indexName()
{
    Table t;
    t.name = QStringLiteral("crm_contacts");
    QCOMPARE(DdlRenderer::indexName(t, index({QStringLiteral("email")})), QStringLiteral("crm_contacts_email_idx"));
    QCOMPARE(DdlRenderer::indexName(t, index({QStringLiteral("last_name"), QStringLiteral("first_name")})),
             QStringLiteral("crm_contacts_last_name_first_name_idx"));
    QCOMPARE(DdlRenderer::indexName(t, index({QStringLiteral("email")}, QStringLiteral("by_email"))),
             QStringLiteral("by_email"));
}

QTEST_GUILESS_MAIN(TestDdlRenderer)
#include "tst_ddlrenderer.moc"
