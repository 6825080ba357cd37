// StatementSplitter: statements and syntax errors of PostgreSQL and SQLite scripts, each with its
// exact line and column, for the shapes migrations hold.
#include <strata/sql/StatementSplitter.h>

#include <QtConcurrent>
#include <QtTest>

using namespace Strata;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Strata::DialectKind)

namespace {

// "line:column|sql" per statement: one string per statement reads well in the data table.
QStringList describe(const QList<SqlStatement> &statements)
{
    QStringList out;
    for (const SqlStatement &s : statements)
        out << u"%1:%2|%3"_s.arg(s.line).arg(s.column).arg(s.sql);
    return out;
}

QStringList describe(const QList<SqlSyntaxError> &errors)
{
    QStringList out;
    for (const SqlSyntaxError &e : errors)
        out << u"%1:%2|%3"_s.arg(e.line).arg(e.column).arg(e.message);
    return out;
}

} // namespace

class TestStatementSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void offsets();
    void syntax_data();
    void syntax();
    void combinedMatchesSeparateCalls();
    void threads();
};

void TestStatementSplitter::split_data()
{
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    const auto pg = DialectKind::PostgreSQL;
    const auto lite = DialectKind::SQLite;

    for (const auto dialect : {pg, lite}) {
        const char *prefix = dialect == pg ? "pg " : "sqlite ";
        QTest::addRow("%sempty", prefix) << dialect << QString() << QStringList();
        QTest::addRow("%sonly comments", prefix)
            << dialect << u"-- nothing here\n/* nor here */\n"_s << QStringList();
        QTest::addRow("%stwo statements", prefix)
            << dialect << u"CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"_s
            << QStringList{u"1:1|CREATE TABLE a (id int)"_s, u"2:1|CREATE TABLE b (id int)"_s};
        QTest::addRow("%sno final semicolon", prefix)
            << dialect << u"SELECT 1;\n  SELECT 2"_s << QStringList{u"1:1|SELECT 1"_s, u"2:3|SELECT 2"_s};
        QTest::addRow("%sleading comments skipped", prefix)
            << dialect << u"-- first\n/* block\n comment */  SELECT 1;\n\n-- x;y\nSELECT 2;"_s
            << QStringList{u"3:14|SELECT 1"_s, u"6:1|SELECT 2"_s};
        QTest::addRow("%sstring with semicolon", prefix)
            << dialect << u"INSERT INTO t VALUES ('a;b', 'it''s;');\nSELECT 2;"_s
            << QStringList{u"1:1|INSERT INTO t VALUES ('a;b', 'it''s;')"_s, u"2:1|SELECT 2"_s};
        QTest::addRow("%squoted identifier with semicolon", prefix)
            << dialect << u"CREATE TABLE \"a;b\" (\"c;\" int); SELECT 1"_s
            << QStringList{u"1:1|CREATE TABLE \"a;b\" (\"c;\" int)"_s, u"1:32|SELECT 1"_s};
        QTest::addRow("%sCRLF line endings", prefix)
            << dialect << u"SELECT 1;\r\n\r\n  SELECT 2;\r\n"_s
            << QStringList{u"1:1|SELECT 1"_s, u"3:3|SELECT 2"_s};
        QTest::addRow("%smulti-byte characters before statements", prefix)
            << dialect << u"SELECT 'äöü€'; /* 𝄞 */ SELECT 'ß';\n-- ✓ done\n  SELECT 3;"_s
            << QStringList{u"1:1|SELECT 'äöü€'"_s, u"1:24|SELECT 'ß'"_s, u"3:3|SELECT 3"_s};
        QTest::addRow("%strailing comment dropped", prefix)
            << dialect << u"SELECT 1 -- one;\n;\nSELECT 2 /* two */;"_s
            << QStringList{u"1:1|SELECT 1"_s, u"3:1|SELECT 2"_s};
        QTest::addRow("%scomment with semicolon inside statement", prefix)
            << dialect << u"SELECT 1, -- a;b\n 2;"_s << QStringList{u"1:1|SELECT 1, -- a;b\n 2"_s};
        QTest::addRow("%sempty statements", prefix)
            << dialect << u";;SELECT 1;;\n;SELECT 2"_s << QStringList{u"1:3|SELECT 1"_s, u"2:2|SELECT 2"_s};
    }

    QTest::newRow("pg dollar quoted function body")
        << pg
        << u"CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\nSELECT f();"_s
        << QStringList{u"1:1|CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql"_s,
                       u"6:1|SELECT f()"_s};
    QTest::newRow("pg tagged dollar quote")
        << pg << u"SELECT $body$ a; $$ b; $body$; SELECT 2"_s
        << QStringList{u"1:1|SELECT $body$ a; $$ b; $body$"_s, u"1:32|SELECT 2"_s};
    QTest::newRow("pg nested block comments")
        << pg << u"/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2"_s
        << QStringList{u"1:41|SELECT 1"_s, u"1:51|SELECT 2"_s};
    QTest::newRow("pg escape string")
        << pg << u"SELECT E'a\\';b'; SELECT 2"_s << QStringList{u"1:1|SELECT E'a\\';b'"_s, u"1:18|SELECT 2"_s};
    QTest::newRow("pg begin atomic body")
        << pg
        << u"CREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\nEND;\nSELECT 2;"_s
        << QStringList{u"1:1|CREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\nEND"_s,
                       u"5:1|SELECT 2"_s};
    QTest::newRow("pg syntax error still splits")
        << pg << u"SELECT 1;\nSELEC 2;\nSELECT 'x;y' FROM"_s
        << QStringList{u"1:1|SELECT 1"_s, u"2:1|SELEC 2"_s, u"3:1|SELECT 'x;y' FROM"_s};
    QTest::newRow("pg unterminated string still splits")
        << pg << u"SELECT 1;\nSELECT 'abc; SELECT 2"_s
        << QStringList{u"1:1|SELECT 1"_s, u"2:1|SELECT 'abc; SELECT 2"_s};
    QTest::newRow("pg do block")
        << pg << u"DO $x$ BEGIN PERFORM 1; END $x$;\nSELECT 1"_s
        << QStringList{u"1:1|DO $x$ BEGIN PERFORM 1; END $x$"_s, u"2:1|SELECT 1"_s};

    QTest::newRow("sqlite trigger with begin end")
        << lite
        << u"CREATE TABLE t (id INTEGER);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
           "  INSERT INTO log VALUES (1);\n  UPDATE t SET id = 2;\nEND;\nSELECT 3;"_s
        << QStringList{u"1:1|CREATE TABLE t (id INTEGER)"_s,
                       u"2:1|CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                       "  INSERT INTO log VALUES (1);\n  UPDATE t SET id = 2;\nEND"_s,
                       u"6:1|SELECT 3"_s};
    QTest::newRow("sqlite bracket and backtick identifiers")
        << lite << u"SELECT [a;b], `c;d` FROM t; SELECT 2"_s
        << QStringList{u"1:1|SELECT [a;b], `c;d` FROM t"_s, u"1:29|SELECT 2"_s};
    QTest::newRow("sqlite block comments do not nest")
        << lite << u"/* a /* b */ SELECT 1; SELECT 2"_s << QStringList{u"1:14|SELECT 1"_s, u"1:24|SELECT 2"_s};
    QTest::newRow("sqlite dollar is not a quote")
        << lite << u"SELECT $a; SELECT 2"_s << QStringList{u"1:1|SELECT $a"_s, u"1:12|SELECT 2"_s};
}

void TestStatementSplitter::split()
{
    QFETCH(DialectKind, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(StatementSplitter::split(script, dialect)), expected);
}

void TestStatementSplitter::offsets()
{
    // UTF-16 offsets: the statement text sits at `offset` in the script.
    const QString script = u"-- 𝄞 ü\nSELECT 'é';\n /* ✓ */ SELECT 2"_s;
    for (const auto dialect : {DialectKind::PostgreSQL, DialectKind::SQLite}) {
        const auto statements = StatementSplitter::split(script, dialect);
        QCOMPARE(statements.size(), 2);
        for (const SqlStatement &s : statements)
            QCOMPARE(script.mid(s.offset, s.sql.size()), s.sql);
        QCOMPARE(statements.at(1).column, 10);
    }
}

void TestStatementSplitter::syntax_data()
{
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected"); // "line:column|message"

    const auto pg = DialectKind::PostgreSQL;
    const auto lite = DialectKind::SQLite;

    for (const auto dialect : {pg, lite}) {
        const char *prefix = dialect == pg ? "pg " : "sqlite ";
        QTest::addRow("%svalid script", prefix) << dialect
            << u"CREATE TABLE a (id int);\n-- c\nINSERT INTO a VALUES (1);"_s << QStringList();
        QTest::addRow("%smissing table is not a syntax error", prefix) << dialect
            << u"INSERT INTO later_table VALUES (1);\nCREATE INDEX i ON nowhere (x);\nSELECT nope FROM gone;"_s
            << QStringList();
        QTest::addRow("%sempty", prefix) << dialect << QString() << QStringList();
    }

    QTest::newRow("pg misspelled keyword")
        << pg << u"SELECT 1;\n\n  SELEC 2;"_s << QStringList{u"3:3|syntax error at or near \"SELEC\""_s};
    QTest::newRow("pg error after multi-byte characters")
        << pg << u"-- ✓ 𝄞\nSELECT 'äöü', 1 FROM WHERE x;"_s
        << QStringList{u"2:22|syntax error at or near \"WHERE\""_s};
    QTest::newRow("pg only the first error")
        << pg << u"SELECT FROM FROM;\nSELEC 2;"_s << QStringList{u"1:13|syntax error at or near \"FROM\""_s};
    QTest::newRow("pg error with CRLF")
        << pg << u"SELECT 1;\r\nCREATE TABLE t (id int,, x int);\r\n"_s
        << QStringList{u"2:24|syntax error at or near \",\""_s};
    QTest::newRow("pg end of input")
        << pg << u"SELECT (1"_s << QStringList{u"1:10|syntax error at end of input"_s};
    QTest::newRow("pg end of input before trailing comments")
        << pg << u"SELECT 1;\nSELECT (1\n\n-- done\n"_s << QStringList{u"2:10|syntax error at end of input"_s};
    QTest::newRow("pg unterminated string")
        << pg << u"SELECT 1;\nSELECT 'abc"_s << QStringList{u"2:8|unterminated quoted string at or near \"'abc\""_s};

    QTest::newRow("sqlite misspelled keyword")
        << lite << u"SELECT 1;\n\n  SELEC 2;"_s << QStringList{u"3:3|near \"SELEC\": syntax error"_s};
    QTest::newRow("sqlite error after multi-byte characters")
        << lite << u"-- ✓ 𝄞\nSELECT 'äöü', 1 FROM WHERE x;"_s
        << QStringList{u"2:22|near \"WHERE\": syntax error"_s};
    QTest::newRow("sqlite every statement checked")
        << lite << u"SELECT FROM;\nCREATE TABLE ok (id int);\n SELEC 2;"_s
        << QStringList{u"1:8|near \"FROM\": syntax error"_s, u"3:2|near \"SELEC\": syntax error"_s};
    QTest::newRow("sqlite error with CRLF")
        << lite << u"SELECT 1;\r\nCREATE TABLE t (id int,, x int);\r\n"_s
        << QStringList{u"2:24|near \",\": syntax error"_s};
    QTest::newRow("sqlite incomplete input")
        << lite << u"CREATE TABLE t (a int"_s << QStringList{u"1:22|incomplete input"_s};
    QTest::newRow("sqlite unrecognized token")
        << lite << u"SELECT 1;\nSELECT 'abc"_s << QStringList{u"2:8|unrecognized token: \"'abc\""_s};
    QTest::newRow("sqlite trigger referencing later table is fine")
        << lite << u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO x VALUES (1); END;"_s << QStringList();
}

void TestStatementSplitter::syntax()
{
    QFETCH(DialectKind, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(StatementSplitter::checkSyntax(script, dialect)), expected);
}

void TestStatementSplitter::combinedMatchesSeparateCalls()
{
    const QString script = u"SELECT 1;\nSELEC 2;\nCREATE TABLE t (id int);"_s;
    for (const auto dialect : {DialectKind::PostgreSQL, DialectKind::SQLite}) {
        QList<SqlSyntaxError> errors;
        const auto statements = StatementSplitter::split(script, dialect, &errors);
        QCOMPARE(describe(statements), describe(StatementSplitter::split(script, dialect)));
        QCOMPARE(describe(errors), describe(StatementSplitter::checkSyntax(script, dialect)));
        QCOMPARE(errors.size(), 1);
    }
}

void TestStatementSplitter::threads()
{
    // Loaders check files from several threads: results must not depend on what other threads do.
    QList<int> jobs(400);
    std::iota(jobs.begin(), jobs.end(), 0);
    const auto failures = QtConcurrent::blockingMappedReduced(
        jobs,
        [](int i) {
            const auto dialect = i % 2 ? DialectKind::SQLite : DialectKind::PostgreSQL;
            const QString script = u"CREATE TABLE t%1 (id int);\nSELEC %1;\n"_s.arg(i);
            QList<SqlSyntaxError> errors;
            const auto statements = StatementSplitter::split(script, dialect, &errors);
            return statements.size() == 2 && errors.size() == 1 && errors.first().line == 2 ? 0 : 1;
        },
        [](int &sum, int failed) { sum += failed; });
    QCOMPARE(failures, 0);
}

QTEST_GUILESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
