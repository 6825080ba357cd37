// The PostgreSQL DDL interpreter (core/diff) against the real server: each script runs on a fresh
// database of the test server AND through the interpreter, and the catalog read back must equal
// what the interpreter computed (compareCatalog), down to the names PostgreSQL gives constraints,
// the enum types and the checks. Failures and statements not followed are checked with their line.

#include "ExamplesTestSupport.h"

#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/sql/PostgresDialect.h>
#include <strata/sql/StatementSplitter.h>

using namespace Strata;
using namespace Strata::ExamplesTest;

namespace {

QString lines(std::initializer_list<const char *> parts)
{
    QStringList out;
    for (const char *part : parts)
        out.append(QString::fromUtf8(part));
    return out.join(QLatin1Char('\n'));
}

SourceLocation locationAt(const QString &file, int line)
{
    SourceLocation location;
    location.file = file;
    location.line = line;
    location.column = 1;
    return location;
}

SourceLocation scriptStart(int line = 1)
{
    SourceLocation location;
    location.file = QStringLiteral("/project/migrations/0001_test.sql");
    location.line = line;
    location.column = 1;
    return location;
}

} // namespace

class TestPgInterpreter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void followsStatements_data();
    void followsStatements();
    void failures_data();
    void failures();
    void notFollowed();
    void locationsAndText();
    void applyAllInOrder();
    void exampleMigrations();
    void exampleMigrationsRollBack();
    void renderedDdl_data();
    void renderedDdl();

private:
    QSqlDatabase freshDatabase();
    // Runs `scripts` on a fresh database and through `interpreter`, and compares the two.
    void compareWithServer(const QStringList &scripts, PostgresDdlInterpreter &interpreter);

    QStringList m_connections;
    int m_counter = 0;
    PostgresDialect m_dialect;
};

void TestPgInterpreter::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

QSqlDatabase TestPgInterpreter::freshDatabase()
{
    QString error;
    const QString url = Test::createPostgresDatabase(QStringLiteral("interpreter"), &error);
    if (url.isEmpty()) {
        qWarning().noquote() << "no PostgreSQL database:" << error;
        return {};
    }
    const QString name = QStringLiteral("pg_interpreter_%1").arg(++m_counter);
    m_connections.append(name);
    QSqlDatabase db = Test::openPostgres(url, name);
    if (!db.isOpen())
        qWarning().noquote() << db.lastError().text();
    return db;
}

void TestPgInterpreter::compareWithServer(const QStringList &scripts, PostgresDdlInterpreter &interpreter)
{
    QSqlDatabase db = freshDatabase();
    QVERIFY(db.isOpen());
    for (const QString &script : scripts) {
        QStringList statements;
        for (const SqlStatement &statement : StatementSplitter::split(script, DialectKind::PostgreSQL))
            statements.append(statement.sql);
        const QString failed = execute(db, statements);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Result<> applied = interpreter.apply(script, scriptStart());
        QVERIFY2(applied, qPrintable(Test::describeResult(applied)));
    }

    const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::PostgreSQL);
    QVERIFY_RESULT(read);
    const QList<CatalogTable> &catalog = *read;
    const QList<SchemaDifference> differences = compareCatalog(interpreter.tables(), catalog, m_dialect);
    QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));

    // The same tables in the same (creation) order.
    QStringList expectedNames;
    for (const CatalogTable &t : catalog)
        expectedNames.append(t.name);
    QStringList names;
    for (const Table &t : interpreter.tables())
        names.append(t.name);
    QCOMPARE(names, expectedNames);

    for (const CatalogTable &actual : catalog) {
        // Every constraint under the name PostgreSQL gave it (so that DROP CONSTRAINT finds it).
        QStringList expectedConstraints;
        for (const CatalogIndex &index : actual.indexes) {
            if (index.origin != CatalogIndex::Origin::Index)
                expectedConstraints.append(index.name);
        }
        for (const CatalogForeignKey &key : actual.foreignKeys)
            expectedConstraints.append(key.name);
        for (const CatalogCheck &check : actual.checks)
            expectedConstraints.append(check.name);
        QStringList constraints = interpreter.constraintNames(actual.name);
        constraints.sort();
        expectedConstraints.sort();
        QCOMPARE(constraints, expectedConstraints);

        // Checks: the named ones by name, and as many as the catalog has.
        const Table *table = nullptr;
        for (const Table &t : interpreter.tables()) {
            if (t.name == actual.name)
                table = &t;
        }
        QVERIFY(table);
        QCOMPARE(table->checks.size(), actual.checks.size());
        for (const CheckConstraint &check : table->checks) {
            if (check.name.isEmpty())
                continue;
            bool found = false;
            for (const CatalogCheck &c : actual.checks)
                found = found || c.name == check.name;
            QVERIFY2(found, qPrintable(check.name));
        }
    }

    // Enum types and their values, in order.
    QMap<QString, QStringList> enums;
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = "
                                      "t.oid JOIN pg_namespace n ON n.oid = t.typnamespace "
                                      "WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder")));
    while (query.next())
        enums[query.value(0).toString()].append(query.value(1).toString());
    QCOMPARE(interpreter.enumTypes(), enums);
}

void TestPgInterpreter::followsStatements_data()
{
    QTest::addColumn<QStringList>("scripts");
    QTest::addColumn<QStringList>("checks"); // "name|expression" of the first table, in order

    QTest::newRow("create table: types")
        << QStringList{lines({"CREATE TABLE t (",
                              "  a integer, b bigint, c smallint, d text, e varchar(40), f character varying(12),",
                              "  g char(3), h boolean, i real, j double precision, k numeric(12,2), l numeric,",
                              "  m date, n time, o timestamp, p timestamptz, q uuid, r json, s jsonb, u bytea,",
                              "  v int4, w float8, x decimal(5), y timestamp(3) with time zone, z tsvector,",
                              "  aa integer[], ab varchar(10)[], ac interval, ad inet, ae character varying,",
                              "  af time with time zone, ag bool, ah char",
                              ");"})}
        << QStringList{};
    QTest::newRow("create table: serials, defaults, not null")
        << QStringList{lines({"CREATE TABLE IF NOT EXISTS public.t (",
                              "  id serial, big bigserial NOT NULL, small smallserial,",
                              "  name text NOT NULL DEFAULT 'x', n integer NULL DEFAULT -1,",
                              "  at timestamptz DEFAULT now() NOT NULL, j jsonb DEFAULT '{}'::jsonb,",
                              "  e numeric(5,2) DEFAULT (1 + 2) * 3",
                              ");",
                              "CREATE TABLE IF NOT EXISTS t (other integer);"})}
        << QStringList{};
    QTest::newRow("create table: keys, uniques, checks")
        << QStringList{lines({"CREATE TABLE parent (id bigint PRIMARY KEY, code text UNIQUE, a int, b int,",
                              "  UNIQUE (a, b));",
                              "CREATE TABLE t (",
                              "  x integer CHECK (x > 0), y integer CONSTRAINT y_small CHECK (y < 10),",
                              "  z integer CHECK (z > x), parent_id bigint REFERENCES parent ON DELETE CASCADE,",
                              "  code text REFERENCES parent (code) ON UPDATE SET NULL ON DELETE RESTRICT,",
                              "  other bigint, flag boolean UNIQUE,",
                              "  PRIMARY KEY (x, y), CHECK (true), CONSTRAINT named_fk FOREIGN KEY (other)",
                              "  REFERENCES parent (id) ON DELETE SET DEFAULT, UNIQUE (y, z), CHECK (x <> y));"})}
        << QStringList{};
    QTest::newRow("create table: repeated unique constraints collapse")
        << QStringList{lines({"CREATE TABLE t (id int PRIMARY KEY UNIQUE, a int UNIQUE, UNIQUE (a), b int,",
                              "  CONSTRAINT b_once UNIQUE (b), UNIQUE (b));"})}
        << QStringList{};
    QTest::newRow("drop table")
        << QStringList{lines({"CREATE TABLE a (id int PRIMARY KEY);", "CREATE TABLE b (id int PRIMARY KEY);",
                              "CREATE TABLE c (a_id int REFERENCES a);", "DROP TABLE IF EXISTS nothing;",
                              "DROP TABLE b;", "DROP TABLE a CASCADE;", "CREATE TABLE b (x int);"})}
        << QStringList{};
    QTest::newRow("alter table: columns")
        << QStringList{
               lines({"CREATE TABLE t (id serial PRIMARY KEY, a text, b int, c int NOT NULL, d text DEFAULT 'd');",
                      "ALTER TABLE t ADD COLUMN e varchar(10) NOT NULL DEFAULT 'e', ADD f int UNIQUE CHECK (f > 0);",
                      "ALTER TABLE t ADD COLUMN IF NOT EXISTS e int;",
                      "ALTER TABLE t DROP COLUMN a;",
                      "ALTER TABLE IF EXISTS missing DROP COLUMN a;",
                      "ALTER TABLE t DROP COLUMN IF EXISTS a;",
                      "ALTER TABLE t RENAME COLUMN b TO bee;",
                      "ALTER TABLE t RENAME f TO eff;",
                      "ALTER TABLE t ALTER COLUMN bee TYPE bigint USING bee::bigint, ALTER c DROP NOT NULL;",
                      "ALTER TABLE t ALTER COLUMN d SET NOT NULL, ALTER COLUMN d DROP DEFAULT;",
                      "ALTER TABLE t ALTER COLUMN bee SET DEFAULT 42 + 1, ALTER COLUMN e TYPE text;",
                      "ALTER TABLE t RENAME TO renamed;"})}
        << QStringList{QStringLiteral("|eff > 0")};
    QTest::newRow("alter table: constraints")
        << QStringList{lines({"CREATE TABLE p (id int, code text);",
                              "CREATE TABLE t (id int, p_id int, code text, n int);",
                              "ALTER TABLE p ADD PRIMARY KEY (id), ADD CONSTRAINT p_code_unique UNIQUE (code);",
                              "ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (id);",
                              "ALTER TABLE t ADD FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE SET NULL;",
                              "ALTER TABLE t ADD CONSTRAINT t_code FOREIGN KEY (code) REFERENCES p (code);",
                              "ALTER TABLE t ADD CHECK (n > 0), ADD CONSTRAINT n_small CHECK (n < 100);",
                              "ALTER TABLE t ADD UNIQUE (p_id, code), ADD UNIQUE (n);",
                              "ALTER TABLE t DROP CONSTRAINT t_code;",
                              "ALTER TABLE t DROP CONSTRAINT t_n_check, DROP CONSTRAINT IF EXISTS nope;",
                              "ALTER TABLE t DROP CONSTRAINT t_n_key;",
                              "ALTER TABLE t ADD CHECK (n > 1);",
                              "ALTER TABLE t DROP CONSTRAINT t_pk;",
                              "ALTER TABLE t RENAME CONSTRAINT n_small TO n_below_100;",
                              "ALTER TABLE t ADD PRIMARY KEY (id, n);",
                              "ALTER TABLE p DROP CONSTRAINT p_code_unique CASCADE;"})}
        << QStringList{QStringLiteral("n_below_100|n < 100"), QStringLiteral("|n > 1")};
    QTest::newRow("drop column drops its constraints and indexes")
        << QStringList{lines({"CREATE TABLE p (id int PRIMARY KEY, a int, b int, UNIQUE (a, b), CHECK (a < b));",
                              "CREATE INDEX p_b ON p (b);", "CREATE TABLE c (p_id int REFERENCES p);",
                              "ALTER TABLE p DROP COLUMN b;", "ALTER TABLE p DROP COLUMN id CASCADE;"})}
        << QStringList{};
    QTest::newRow("indexes")
        << QStringList{lines({"CREATE TABLE t (id int, a text, b text);",
                              "CREATE INDEX t_a ON t (a);",
                              "CREATE UNIQUE INDEX ON t (a, b);",
                              "CREATE INDEX ON t (b);",
                              "CREATE INDEX ON t (b);",
                              "CREATE INDEX IF NOT EXISTS t_a ON t (b);",
                              "CREATE INDEX CONCURRENTLY t_id ON public.t (id DESC);",
                              "DROP INDEX t_b_idx;",
                              "DROP INDEX IF EXISTS nothing, t_id;",
                              "ALTER INDEX t_a RENAME TO t_on_a;",
                              "ALTER TABLE t ADD PRIMARY KEY (id);",
                              "ALTER INDEX t_pkey RENAME TO t_key_renamed;",
                              "ALTER TABLE t DROP CONSTRAINT t_key_renamed;",
                              "CREATE UNIQUE INDEX t_b_unique ON t (b);",
                              "ALTER TABLE t ADD CONSTRAINT b_is_unique UNIQUE USING INDEX t_b_unique;",
                              "CREATE UNIQUE INDEX t_id_unique ON t (id);",
                              "ALTER TABLE t ADD PRIMARY KEY USING INDEX t_id_unique;",
                              "ALTER TABLE t DROP CONSTRAINT b_is_unique;"})}
        << QStringList{};
    QTest::newRow("long names are cut as PostgreSQL cuts them")
        << QStringList{lines({"CREATE TABLE a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (",
                              "  a_column_with_an_equally_long_name_that_also_goes_on_and_on int UNIQUE,",
                              "  b int CHECK (b > 0));",
                              "CREATE INDEX ON a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (b);",
                              "CREATE TABLE t (a int);", "CREATE INDEX ON t (a);", "CREATE TABLE t_a_idx1 (x int);",
                              "CREATE INDEX ON t (a);", "ALTER TABLE t ADD CHECK (a > 0), ADD CHECK (a > 1);"})}
        << QStringList{};
    QTest::newRow("comments")
        << QStringList{lines({"CREATE TABLE t (id int, name text);", "COMMENT ON TABLE t IS 'A table';",
                              "COMMENT ON COLUMN t.name IS 'It''s a name';", "COMMENT ON COLUMN public.t.id IS 'x';",
                              "COMMENT ON COLUMN t.id IS NULL;"})}
        << QStringList{};
    QTest::newRow("enum types")
        << QStringList{lines({"CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');",
                              "CREATE TYPE public.size AS ENUM ();",
                              "CREATE TABLE t (id int, m mood NOT NULL DEFAULT 'ok', ms mood[]);",
                              "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';",
                              "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy';",
                              "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';",
                              "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';",
                              "ALTER TYPE size ADD VALUE 'small';",
                              "ALTER TYPE size RENAME TO sizes;",
                              "CREATE TYPE gone AS ENUM ('x');", "ALTER TABLE t ADD COLUMN g gone;",
                              "DROP TYPE gone CASCADE;", "DROP TYPE IF EXISTS nothing;"})}
        << QStringList{};
    QTest::newRow("data and transaction statements change nothing")
        << QStringList{lines({"BEGIN;", "SET search_path TO public;", "CREATE TABLE t (id int);",
                              "INSERT INTO t VALUES (1);", "UPDATE t SET id = 2;", "SELECT * FROM t;",
                              "DELETE FROM t;", "COMMIT;"})}
        << QStringList{};
    QTest::newRow("a default from a sequence makes a serial")
        << QStringList{lines({"CREATE TABLE t (id serial, big bigserial, n int NOT NULL);",
                              "ALTER TABLE t ALTER COLUMN id DROP DEFAULT;",
                              "ALTER TABLE t ALTER COLUMN n SET DEFAULT nextval('t_big_seq'::regclass);",
                              "ALTER TABLE t ALTER COLUMN big TYPE text;"})}
        << QStringList{};
    QTest::newRow("several scripts")
        << QStringList{QStringLiteral("CREATE TABLE t (id bigserial PRIMARY KEY);"),
                       QStringLiteral("ALTER TABLE t ADD COLUMN name text CHECK (name <> '');"),
                       QStringLiteral("ALTER TABLE t ALTER COLUMN id TYPE integer;")}
        << QStringList{QStringLiteral("|name <> ''")};
}

void TestPgInterpreter::followsStatements()
{
    QFETCH(QStringList, scripts);
    QFETCH(QStringList, checks);
    PostgresDdlInterpreter interpreter;
    compareWithServer(scripts, interpreter);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(interpreter.notFollowed().isEmpty(), qPrintable(interpreter.notFollowed().value(0).kind));
    if (!checks.isEmpty()) {
        QStringList actual;
        for (const CheckConstraint &check : interpreter.tables().last().checks)
            actual.append(check.name + QLatin1Char('|') + check.expression);
        QCOMPARE(actual, checks);
    }
}

void TestPgInterpreter::failures_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");   // in the file: the script starts on line 10
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("tables"); // what the statements before the failure left
    QTest::addColumn<int>("columns"); // of the first table, when there is one

    QTest::newRow("alter of a missing table")
        << lines({"CREATE TABLE t (id int);", "", "ALTER TABLE missing ADD COLUMN a int;", "CREATE TABLE u (id int);"})
        << 12 << QStringLiteral("Table missing does not exist.") << 1 << 1;
    QTest::newRow("duplicate column")
        << lines({"CREATE TABLE t (id int);", "-- a comment", "ALTER TABLE t", "  ADD COLUMN id text;"}) << 12
        << QStringLiteral("Column id of table t already exists.") << 1 << 1;
    QTest::newRow("duplicate column in create table")
        << lines({"CREATE TABLE t (", "  id int, id int);"}) << 10
        << QStringLiteral("Column id of table t already exists.") << 0 << 0;
    QTest::newRow("table exists") << lines({"CREATE TABLE t (id int);", "CREATE TABLE t (id int);"}) << 11
                                  << QStringLiteral("Table t already exists.") << 1 << 1;
    QTest::newRow("drop of a missing column")
        << lines({"CREATE TABLE t (id int);", "ALTER TABLE t DROP COLUMN nope;"}) << 11
        << QStringLiteral("Column nope of table t does not exist.") << 1 << 1;
    QTest::newRow("drop of a referenced table")
        << lines({"CREATE TABLE p (id int PRIMARY KEY);", "CREATE TABLE c (p_id int REFERENCES p);", "DROP TABLE p;"})
        << 12 << QStringLiteral("Cannot drop it: the foreign key of c.p_id depends on it (use CASCADE).") << 2 << 1;
    QTest::newRow("reference to a missing table")
        << lines({"CREATE TABLE c (p_id int REFERENCES p);"}) << 10
        << QStringLiteral("The foreign key references table p, which does not exist.") << 0 << 0;
    QTest::newRow("syntax error")
        << lines({"CREATE TABLE t (id int);", "CREATE TABLE u (id int);", "CREAT TABLE v (id int);",
                  "CREATE TABLE w (id int);"})
        << 12 << QStringLiteral("Syntax error: syntax error at or near \"CREAT\".") << 2 << 1;
    QTest::newRow("missing constraint")
        << lines({"CREATE TABLE t (id int);", "ALTER TABLE t DROP CONSTRAINT t_pkey;"}) << 11
        << QStringLiteral("Table t has no constraint t_pkey.") << 1 << 1;
    // A statement of several steps that fails at a later one leaves nothing behind.
    QTest::newRow("second command of an ALTER TABLE")
        << lines({"CREATE TABLE t (id int);", "ALTER TABLE t ADD COLUMN a int, DROP COLUMN id,",
                  "  ADD COLUMN b int REFERENCES missing;"})
        << 11 << QStringLiteral("The foreign key references table missing, which does not exist.") << 1 << 1;
    QTest::newRow("constraint of a new column")
        << lines({"CREATE TABLE t (id int);", "ALTER TABLE t ADD COLUMN a int PRIMARY KEY REFERENCES missing;"})
        << 11 << QStringLiteral("The foreign key references table missing, which does not exist.") << 1 << 1;
    QTest::newRow("second table of a DROP TABLE")
        << lines({"CREATE TABLE t (id int);", "CREATE TABLE p (id int PRIMARY KEY);",
                  "CREATE TABLE c (p_id int REFERENCES p);", "DROP TABLE t, p;"})
        << 13 << QStringLiteral("Cannot drop it: the foreign key of c.p_id depends on it (use CASCADE).") << 3 << 1;
}

void TestPgInterpreter::failures()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, tables);
    QFETCH(int, columns);

    PostgresDdlInterpreter interpreter;
    const Result<> result = interpreter.apply(script, scriptStart(10));
    QVERIFY(!result);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().location.file, scriptStart().file);
    QCOMPARE(result.error().location.line, line);
    QCOMPARE(interpreter.tables().size(), tables);
    if (tables > 0)
        QCOMPARE(interpreter.tables().first().columns.size(), columns);

    // The server refuses the same script at the same statement.
    QSqlDatabase db = freshDatabase();
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    int refusedAt = 0;
    for (const SqlStatement &statement : StatementSplitter::split(script, DialectKind::PostgreSQL)) {
        if (!query.exec(statement.sql)) {
            refusedAt = statement.line + 9;
            break;
        }
    }
    QCOMPARE(refusedAt, line);
}

void TestPgInterpreter::notFollowed()
{
    const QString script = lines({
        "CREATE EXTENSION IF NOT EXISTS pgcrypto;",                                          // 5
        "CREATE TABLE t (id int PRIMARY KEY, a int, b int, c text);",                        // 6
        "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$",                    // 7
        "BEGIN NEW.a := 1; RETURN NEW; END; $$;",                                            // 8
        "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();",  // 9
        "DO $$ BEGIN RAISE NOTICE 'hi'; END $$;",                                             // 10
        "CREATE VIEW v AS SELECT id FROM t;",                                                 // 11
        "CREATE SEQUENCE s;",                                                                 // 12
        "CREATE TABLE u (a int, b int, FOREIGN KEY (a, b) REFERENCES t (a, b));",             // 13
        "CREATE INDEX t_lower ON t (lower(c));",                                              // 14
        "CREATE INDEX t_partial ON t (a) WHERE a > 0;",                                       // 15
        "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",                                           // 16
        "DROP VIEW v;",                                                                       // 17
        "DROP INDEX t_lower;",                                                                // 18
        "CREATE INDEX t_a_with_b ON t (a) INCLUDE (b);",                                      // 19
    });
    PostgresDdlInterpreter interpreter;
    const Result<> applied = interpreter.apply(script, scriptStart(5));
    QVERIFY2(applied, qPrintable(Test::describeResult(applied)));
    QStringList reported;
    for (const NotFollowedStatement &statement : interpreter.notFollowed())
        reported.append(statement.kind + QLatin1Char('@') + QString::number(statement.location.line));
    QCOMPARE(reported, (QStringList{
                           QStringLiteral("CREATE EXTENSION@5"),
                           QStringLiteral("CREATE FUNCTION@7"),
                           QStringLiteral("CREATE TRIGGER@9"),
                           QStringLiteral("DO@10"),
                           QStringLiteral("CREATE VIEW@11"),
                           QStringLiteral("CREATE SEQUENCE@12"),
                           QStringLiteral("composite FOREIGN KEY@13"),
                           QStringLiteral("CREATE INDEX on an expression@14"),
                           QStringLiteral("partial INDEX (WHERE)@15"),
                           QStringLiteral("ALTER TABLE ENABLE ROW SECURITY@16"),
                           QStringLiteral("DROP VIEW@17"),
                           QStringLiteral("INDEX INCLUDE@19"),
                       }));
    QCOMPARE(interpreter.notFollowed().at(1).sql,
             QStringLiteral("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN NEW.a := 1; "
                            "RETURN NEW; END; $$"));
    QCOMPARE(interpreter.notFollowed().at(1).location.file, scriptStart().file);
    // What the model can hold of them is held: the tables, the partial index by its columns.
    QCOMPARE(interpreter.tables().size(), 2);
    QCOMPARE(interpreter.tables().first().indexes.size(), 2);
    QCOMPARE(interpreter.tables().first().indexes.first().name, QStringLiteral("t_partial"));
}

void TestPgInterpreter::locationsAndText()
{
    // Statements after multi-byte text keep exact lines and columns; expressions are cut from the
    // UTF-8 text with the parse tree's byte offsets.
    const QString script = QStringLiteral("COMMENT ON TABLE t IS 'Größe ☃';  CREATE TABLE u (\n"
                                          "  s text DEFAULT 'ä' || 'ö' CHECK (s <> /* ☃ */ 'ß'),\n"
                                          "  n int DEFAULT -1 NOT NULL CHECK (n IN (1, 2)) );");
    PostgresDdlInterpreter interpreter({[] {
        Table t;
        t.name = QStringLiteral("t");
        return t;
    }()});
    SourceLocation start = scriptStart(3);
    start.column = 5;
    const Result<> applied = interpreter.apply(script, start);
    QVERIFY2(applied, qPrintable(Test::describeResult(applied)));
    QCOMPARE(interpreter.tables().size(), 2);
    QCOMPARE(interpreter.tables().at(0).comment, QStringLiteral("Größe ☃"));
    const Table &u = interpreter.tables().at(1);
    QCOMPARE(u.location.line, 3);
    QCOMPARE(u.location.column, 5 + 34);
    QCOMPARE(u.columns.at(0).defaultValue.sql, QStringLiteral("'ä' || 'ö'"));
    QCOMPARE(u.checks.at(0).expression, QStringLiteral("s <> /* ☃ */ 'ß'"));
    QCOMPARE(u.columns.at(1).defaultValue.sql, QStringLiteral("-1"));
    QCOMPARE(u.columns.at(1).typeSpelling, QStringLiteral("int"));
    QCOMPARE(u.columns.at(1).type.kind, TypeKind::Integer);
    QCOMPARE(u.checks.at(1).expression, QStringLiteral("n IN (1, 2)"));
    QCOMPARE(interpreter.constraintNames(QStringLiteral("u")),
             (QStringList{QStringLiteral("u_s_check"), QStringLiteral("u_n_check")}));
}

void TestPgInterpreter::applyAllInOrder()
{
    // More scripts than one batch, so that parsing runs ahead of applying; the failure stops it.
    QList<PostgresDdlInterpreter::Script> scripts;
    for (int i = 0; i < 300; ++i)
        scripts.append({QStringLiteral("CREATE TABLE t%1 (id int PRIMARY KEY);").arg(i),
                        locationAt(QStringLiteral("/p/%1.sql").arg(i), 3)});
    scripts[200].sql = QStringLiteral("-- breaks\nALTER TABLE missing ADD COLUMN a int;");
    PostgresDdlInterpreter interpreter;
    const Result<> result = interpreter.applyAll(scripts);
    QVERIFY(!result);
    QCOMPARE(result.error().location.file, QStringLiteral("/p/200.sql"));
    QCOMPARE(result.error().location.line, 4);
    QCOMPARE(interpreter.tables().size(), 200);
    QCOMPARE(interpreter.tables().last().name, QStringLiteral("t199"));

    scripts.removeAt(200);
    PostgresDdlInterpreter all;
    QVERIFY_RESULT(all.applyAll(scripts));
    QCOMPARE(all.tables().size(), 299);
    QCOMPARE(all.tables().at(250).name, QStringLiteral("t251"));
    QCOMPARE(all.tables().at(250).location.file, QStringLiteral("/p/251.sql"));
    QCOMPARE(all.constraintNames(QStringLiteral("t251")), QStringList{QStringLiteral("t251_pkey")});
}

void TestPgInterpreter::exampleMigrations()
{
    Registry registry;
    loadProject(Test::examplesDir() + QStringLiteral("/postgresql"), registry);
    if (QTest::currentTestFailed())
        return;
    const MigrationGraph graph = MigrationGraph::build(registry);
    PostgresDdlInterpreter interpreter;
    QSqlDatabase db = freshDatabase();
    QVERIFY(db.isOpen());
    for (int node : graph.order()) {
        const Migration &migration = graph.nodes().at(node).migration;
        QStringList statements;
        for (const SqlStatement &statement : StatementSplitter::split(migration.up.sql, DialectKind::PostgreSQL))
            statements.append(statement.sql);
        const QString failed = execute(db, statements);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        SourceLocation start;
        start.file = migration.file;
        start.line = migration.up.firstLine;
        const Result<> applied = interpreter.apply(migration.up.sql, start);
        QVERIFY2(applied, qPrintable(Test::describeResult(applied)));
    }
    const QList<CatalogTable> catalog = readCatalog(db, DialectKind::PostgreSQL).value_or(QList<CatalogTable>{});
    QCOMPARE(interpreter.tables().size(), TableCount);
    // applyAll (parsed on the pool) gives the same schema.
    QList<PostgresDdlInterpreter::Script> scripts;
    for (int node : graph.order()) {
        const Migration &migration = graph.nodes().at(node).migration;
        scripts.append({migration.up.sql, locationAt(migration.file, migration.up.firstLine)});
    }
    PostgresDdlInterpreter all;
    QVERIFY_RESULT(all.applyAll(scripts));
    const QList<SchemaDifference> allDifferences = compareCatalog(all.tables(), catalog, m_dialect);
    QVERIFY2(allDifferences.isEmpty(), qPrintable(describe(allDifferences)));
    const QList<SchemaDifference> differences = compareCatalog(interpreter.tables(), catalog, m_dialect);
    QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
    QVERIFY(interpreter.notFollowed().isEmpty());
    // And it is the schema the packages declare.
    const QList<SchemaDifference> declared = compareCatalog(registry.effectiveTables(), catalog, m_dialect);
    QVERIFY2(declared.isEmpty(), qPrintable(describe(declared)));

    // A table's location is the statement that created it.
    for (const Table &table : interpreter.tables()) {
        QVERIFY2(table.location.file.endsWith(QLatin1String(".sql")), qPrintable(table.name));
        const QStringList fileLines = QString::fromUtf8(Test::readFile(table.location.file)).split(QLatin1Char('\n'));
        QVERIFY2(fileLines.value(table.location.line - 1)
                     .mid(table.location.column - 1)
                     .startsWith(QLatin1String("CREATE TABLE ") + table.name),
                 qPrintable(table.name));
    }
}

void TestPgInterpreter::exampleMigrationsRollBack()
{
    Registry registry;
    loadProject(Test::examplesDir() + QStringLiteral("/postgresql"), registry);
    if (QTest::currentTestFailed())
        return;
    const MigrationGraph graph = MigrationGraph::build(registry);
    PostgresDdlInterpreter interpreter;
    for (int node : graph.order()) {
        const Migration &migration = graph.nodes().at(node).migration;
        QVERIFY_RESULT(interpreter.apply(migration.up.sql, locationAt(migration.file, migration.up.firstLine)));
    }
    for (auto it = graph.order().crbegin(); it != graph.order().crend(); ++it) {
        const Migration &migration = graph.nodes().at(*it).migration;
        QVERIFY_RESULT(interpreter.apply(migration.down.sql, locationAt(migration.file, migration.down.firstLine)));
    }
    QVERIFY(interpreter.tables().isEmpty());
    QVERIFY(interpreter.enumTypes().isEmpty());
}

void TestPgInterpreter::renderedDdl_data()
{
    QTest::addColumn<QString>("project");
    QTest::newRow("examples") << Test::examplesDir();
    QTest::newRow("examples/postgresql") << Test::examplesDir() + QStringLiteral("/postgresql");
}

void TestPgInterpreter::renderedDdl()
{
    QFETCH(QString, project);
    Registry registry;
    loadProject(project, registry);
    if (QTest::currentTestFailed())
        return;
    const QString script = DdlRenderer(m_dialect).script(registry.effectiveTables());
    PostgresDdlInterpreter interpreter;
    compareWithServer({script}, interpreter);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(interpreter.tables().size(), TableCount);
    QVERIFY(interpreter.notFollowed().isEmpty());
}

QTEST_GUILESS_MAIN(TestPgInterpreter)
#include "tst_pg_interpreter.moc"
