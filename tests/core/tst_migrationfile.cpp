// MigrationFile: sections, header directives and every diagnostic a migration file can produce,
// each at its exact line and column.
#include <strata/loading/MigrationFile.h>
#include <strata/sql/StatementSplitter.h>

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace Strata;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Strata::DialectKind)

namespace {

const QString Dir = u"/project/packages/core/migrations/"_s;

// "code@line:column" per diagnostic, in the order reported.
QStringList describe(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << u"%1@%2:%3"_s.arg(d.code).arg(d.location.line).arg(d.location.column);
    return out;
}

} // namespace

class TestMigrationFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnostics_data();
    void diagnostics();
    void diagnosticFields();
    void sections();
    void requirements();
    void noTransaction_data();
    void noTransaction();
    void foreignKeysOff_data();
    void foreignKeysOff();
    void unknownDirectiveNamesForeignKeys();
    void statementLinesMapToFile();
    void syntaxErrorOffset();
    void read();
    void readErrors();
    void listFolder();
    void manyFiles();
};

void TestMigrationFile::diagnostics_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto pg = DialectKind::PostgreSQL;
    const auto lite = DialectKind::SQLite;
    const QString good = u"-- strata:up\nCREATE TABLE a (id int);\n-- strata:down\nDROP TABLE a;\n"_s;

    for (const auto dialect : {pg, lite}) {
        const char *prefix = dialect == pg ? "pg " : "sqlite ";
        QTest::addRow("%svalid", prefix) << u"0001_init.sql"_s << dialect << good << QStringList();
        QTest::addRow("%ssyntax error in up", prefix)
            << u"0001_init.sql"_s << dialect
            << u"-- strata:up\nCREATE TABLE a (id int);\n\n  SELEC 1;\n-- strata:down\nDROP TABLE a;\n"_s
            << QStringList{u"sql-syntax@4:3"_s};
        QTest::addRow("%ssyntax error in down", prefix)
            << u"0001_init.sql"_s << dialect
            << u"-- strata:up\nCREATE TABLE a (id int);\n-- strata:down\nDROP TABLE a b c;\n"_s
            << QStringList{u"sql-syntax@4:14"_s};
        QTest::addRow("%smissing table is fine", prefix)
            << u"0002_more.sql"_s << dialect
            << u"-- strata:up\nINSERT INTO a VALUES (1);\nCREATE INDEX i ON a (id);\n"_s << QStringList();
        QTest::addRow("%ssyntax error after multi-byte and CRLF", prefix)
            << u"0001_init.sql"_s << dialect
            << u"-- ✓ über\r\n-- strata:up\r\nINSERT INTO a VALUES ('äöü') WHERE;\r\n"_s
            << QStringList{u"sql-syntax@3:30"_s};
    }

    QTest::newRow("missing up") << u"0001_x.sql"_s << pg << u"CREATE TABLE a (id int);\n"_s
                                << QStringList{u"migration-missing-up@1:1"_s};
    QTest::newRow("only down") << u"0001_x.sql"_s << pg << u"-- strata:down\nDROP TABLE a;\n"_s
                               << QStringList{u"migration-missing-up@1:1"_s};
    QTest::newRow("empty file") << u"0001_x.sql"_s << pg << QString() << QStringList{u"migration-missing-up@1:1"_s};
    QTest::newRow("invalid name") << u"init.sql"_s << pg << good << QStringList{u"invalid-migration-name@1:1"_s};
    QTest::newRow("duplicate up")
        << u"0001_x.sql"_s << pg << u"-- strata:up\nSELECT 1;\n  -- strata:up\nSELECT 2;\n"_s
        << QStringList{u"migration-duplicate-section@3:3"_s};
    QTest::newRow("duplicate down")
        << u"0001_x.sql"_s << lite
        << u"-- strata:up\nSELECT 1;\n-- strata:down\nSELECT 2;\n-- migrate:down\nSELECT 3;\n"_s
        << QStringList{u"migration-duplicate-section@5:1"_s};
    QTest::newRow("unknown directive with suggestion")
        << u"0001_x.sql"_s << pg << u"-- strata:reqires core:0001\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-unknown-directive@1:1"_s};
    QTest::newRow("unknown directive inside section")
        << u"0001_x.sql"_s << pg << u"-- strata:up\nSELECT 1;\n    --strata:frobnicate\n"_s
        << QStringList{u"migration-unknown-directive@3:5"_s};
    QTest::newRow("plain comments are fine")
        << u"0001_x.sql"_s << pg
        << u"-- Creates the users table.\n-- strata is nice: really\n/* block */\n-- strata:up\nSELECT 1;\n"_s
        << QStringList();
    QTest::newRow("malformed requires without id")
        << u"0001_x.sql"_s << pg << u"-- strata:requires core\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-malformed-requires@1:20"_s};
    QTest::newRow("malformed requires empty")
        << u"0001_x.sql"_s << pg << u"  -- strata:requires   \n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-malformed-requires@1:3"_s};
    QTest::newRow("malformed requires trailing colon")
        << u"0001_x.sql"_s << pg << u"-- strata:requires ok:0001, @acme/core:\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-malformed-requires@1:29"_s};
    QTest::newRow("empty up")
        << u"0001_x.sql"_s << pg << u"-- strata:up\n-- nothing yet\n\n-- strata:down\nSELECT 1;\n"_s
        << QStringList{u"migration-empty-up@1:1"_s};
    QTest::newRow("empty up at end")
        << u"0001_x.sql"_s << lite << u"-- header\n  -- strata:up"_s << QStringList{u"migration-empty-up@2:3"_s};
    QTest::newRow("sql before up")
        << u"0001_x.sql"_s << pg << u"-- header\n\n  CREATE TABLE a (id int);\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-sql-before-up@3:3"_s};
    QTest::newRow("sql before up after block comment")
        << u"0001_x.sql"_s << lite << u"/* note\n */ SELECT 0;\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-sql-before-up@2:5"_s};
    QTest::newRow("pg reports first syntax error of a section only")
        << u"0001_x.sql"_s << pg << u"-- strata:up\nSELEC 1;\nSELEC 2;\n"_s << QStringList{u"sql-syntax@2:1"_s};
    QTest::newRow("sqlite reports each statement's syntax error")
        << u"0001_x.sql"_s << lite << u"-- strata:up\nSELEC 1;\nSELEC 2;\n"_s
        << QStringList{u"sql-syntax@2:1"_s, u"sql-syntax@3:1"_s};
    QTest::newRow("several problems")
        << u"abc.sql"_s << pg << u"-- strata:bogus\nSELECT 0;\n-- strata:up\n\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"invalid-migration-name@1:1"_s, u"migration-unknown-directive@1:1"_s,
                       u"migration-duplicate-section@5:1"_s, u"migration-sql-before-up@2:1"_s,
                       u"migration-empty-up@3:1"_s};
    QTest::newRow("dbmate markers")
        << u"20240101120000_init.sql"_s << pg
        << u"-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n"_s << QStringList();
    QTest::newRow("markers are case and space tolerant")
        << u"0001_x.sql"_s << pg << u"  --STRATA : UP  \nSELECT 1;\n--   Strata:Down\nSELECT 2;\n"_s << QStringList();
    QTest::newRow("foreign keys off on postgresql")
        << u"0001_x.sql"_s << pg << u"-- strata:foreign-keys off\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-foreign-keys-ignored@1:1"_s};
    QTest::newRow("foreign keys off without a transaction")
        << u"0001_x.sql"_s << lite << u"-- strata:no-transaction\n  -- strata:foreign-keys off\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-foreign-keys-no-transaction@2:3"_s};
    QTest::newRow("foreign keys off without a transaction on postgresql")
        << u"0001_x.sql"_s << pg << u"-- strata:foreign-keys off\n-- migrate:up transaction:false\nSELECT 1;\n"_s
        << QStringList{u"migration-foreign-keys-no-transaction@1:1"_s};
    QTest::newRow("foreign keys on")
        << u"0001_x.sql"_s << lite << u"-- strata:foreign-keys on\n-- strata:up\nSELECT 1;\n"_s
        << QStringList{u"migration-malformed-foreign-keys@1:1"_s};
    QTest::newRow("foreign keys without a value")
        << u"0001_x.sql"_s << lite << u"-- strata:up\nSELECT 1;\n -- strata:foreign-keys\n"_s
        << QStringList{u"migration-malformed-foreign-keys@3:2"_s};
    QTest::newRow("foreign keys off on sqlite")
        << u"0001_x.sql"_s << lite << u"-- strata:foreign-keys off\n-- strata:up\nSELECT 1;\n"_s << QStringList();
    QTest::newRow("sqlite trigger in up")
        << u"0001_x.sql"_s << lite
        << u"-- strata:up\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\nEND;\n"_s << QStringList();
}

void TestMigrationFile::diagnostics()
{
    QFETCH(QString, fileName);
    QFETCH(DialectKind, dialect);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto result = MigrationFile::parse(text, Dir + fileName, dialect, u"@acme/core"_s);
    QCOMPARE(describe(result.diagnostics), expected);
    for (const Diagnostic &d : result.diagnostics) {
        QCOMPARE(d.location.file, Dir + fileName);
        QCOMPARE(d.package, u"@acme/core"_s);
        QVERIFY2(!d.help.isEmpty(), qPrintable(d.code));
        QVERIFY2(d.message.contains(fileName), qPrintable(d.message));
        QCOMPARE(d.isError(), d.code != u"migration-unknown-directive" && d.code != u"migration-empty-up"
                                  && d.code != u"migration-foreign-keys-ignored");
    }
}

void TestMigrationFile::diagnosticFields()
{
    auto result = MigrationFile::parse(u"-- strata:reqires core:0001\n-- strata:up\nSELECT 1;\n"_s,
                                       Dir + u"0001_x.sql"_s, DialectKind::PostgreSQL);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.first().message.contains(u"strata:requires"_s));
    QCOMPARE(result.diagnostics.first().severity, Severity::Warning);

    result = MigrationFile::parse(u"-- strata:up\nSELECT 1 FROM WHERE;\n"_s, Dir + u"0001_x.sql"_s,
                                  DialectKind::PostgreSQL);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.first().message.contains(u"syntax error at or near \"WHERE\""_s));
    QCOMPARE(result.diagnostics.first().location.offset, 27); // "-- strata:up\n" + "SELECT 1 FROM "
}

void TestMigrationFile::sections()
{
    const QString text = u"-- Users.\n-- strata:requires auth:0002_roles\n\n"
                         "-- strata:up\nCREATE TABLE u (id int);\n\nCREATE INDEX ui ON u (id);\n"
                         "-- strata:down\nDROP TABLE u;\n"_s;
    const auto result = MigrationFile::parse(text, Dir + u"0003_users.sql"_s, DialectKind::PostgreSQL);
    QVERIFY(result.diagnostics.isEmpty());
    const Migration &m = result.migration;
    QCOMPARE(m.id, u"0003_users"_s);
    QCOMPARE(m.sequence(), 3);
    QCOMPARE(m.file, Dir + u"0003_users.sql"_s);
    QCOMPARE(m.location.line, 1);
    QCOMPARE(m.up.sql, u"CREATE TABLE u (id int);\n\nCREATE INDEX ui ON u (id);\n"_s);
    QCOMPARE(m.up.firstLine, 5);
    QCOMPARE(m.down.sql, u"DROP TABLE u;\n"_s);
    QCOMPARE(m.down.firstLine, 9);
    QVERIFY(m.hasDown());
    QCOMPARE(m.upLocation.line, 4);
    QCOMPARE(m.upLocation.column, 1);
    QCOMPARE(m.upLocation.offset, 46);
    QCOMPARE(m.upLocation.length, 12);
    QCOMPARE(m.downLocation.line, 8);
    QVERIFY(!m.noTransaction);

    // Without a down section.
    const auto upOnly = MigrationFile::parse(u"-- strata:up\nSELECT 1;"_s, Dir + u"0004.sql"_s, DialectKind::SQLite);
    QVERIFY(upOnly.diagnostics.isEmpty());
    QCOMPARE(upOnly.migration.id, u"0004"_s);
    QVERIFY(!upOnly.migration.hasDown());
    QCOMPARE(upOnly.migration.up.sql, u"SELECT 1;"_s);
}

void TestMigrationFile::requirements()
{
    const QString text = u"-- strata:requires @acme/core:0001_init\n"
                         "--strata:requires  auth:0002_roles, billing:0007\n-- strata:up\nSELECT 1;\n"_s;
    const auto result = MigrationFile::parse(text, Dir + u"0005_x.sql"_s, DialectKind::PostgreSQL);
    QVERIFY(result.diagnostics.isEmpty());
    const auto &reqs = result.migration.requirements;
    QCOMPARE(reqs.size(), 3);
    QCOMPARE(reqs[0].package, u"@acme/core"_s);
    QCOMPARE(reqs[0].migrationId, u"0001_init"_s);
    QCOMPARE(reqs[0].location.line, 1);
    QCOMPARE(reqs[0].location.column, 20);
    QCOMPARE(reqs[0].location.length, 20);
    QCOMPARE(reqs[1].package, u"auth"_s);
    QCOMPARE(reqs[1].migrationId, u"0002_roles"_s);
    QCOMPARE(reqs[1].location.line, 2);
    QCOMPARE(reqs[1].location.column, 20);
    QCOMPARE(reqs[2].package, u"billing"_s);
    QCOMPARE(reqs[2].migrationId, u"0007"_s);
    QCOMPARE(reqs[2].location.column, 37);
    QCOMPARE(reqs[2].location.file, Dir + u"0005_x.sql"_s);
}

void TestMigrationFile::noTransaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("noTransaction");
    QTest::newRow("default") << u"-- strata:up\nSELECT 1;\n"_s << false;
    QTest::newRow("first line") << u"-- strata:no-transaction\n-- strata:up\nSELECT 1;\n"_s << true;
    QTest::newRow("after other header lines")
        << u"-- about\n-- strata:requires a:0001\n  -- Strata:No-Transaction\n-- strata:up\nSELECT 1;\n"_s << true;
    QTest::newRow("dbmate transaction false") << u"-- migrate:up transaction:false\nSELECT 1;\n"_s << true;
    QTest::newRow("dbmate transaction true") << u"-- migrate:up transaction:true\nSELECT 1;\n"_s << false;
}

void TestMigrationFile::noTransaction()
{
    QFETCH(QString, text);
    QFETCH(bool, noTransaction);
    const auto result = MigrationFile::parse(text, Dir + u"0001_x.sql"_s, DialectKind::PostgreSQL);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.migration.noTransaction, noTransaction);
}

void TestMigrationFile::foreignKeysOff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("foreignKeysOff");
    QTest::newRow("default") << u"-- strata:up\nSELECT 1;\n"_s << false;
    QTest::newRow("header") << u"-- strata:foreign-keys off\n-- strata:up\nSELECT 1;\n"_s << true;
    QTest::newRow("case and space tolerant") << u"-- a rebuild\n  --Strata:Foreign-Keys   OFF  \n-- strata:up\nSELECT 1;\n"_s
                                             << true;
    QTest::newRow("dbmate prefix") << u"-- migrate:foreign-keys off\n-- migrate:up\nSELECT 1;\n"_s << true;
    QTest::newRow("no-transaction is another directive")
        << u"-- strata:no-transaction\n-- strata:up\nSELECT 1;\n"_s << false;
}

void TestMigrationFile::foreignKeysOff()
{
    QFETCH(QString, text);
    QFETCH(bool, foreignKeysOff);
    const auto result = MigrationFile::parse(text, Dir + u"0001_x.sql"_s, DialectKind::SQLite);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.migration.foreignKeysOff, foreignKeysOff);
    QVERIFY(!result.migration.noTransaction || !foreignKeysOff);
}

void TestMigrationFile::unknownDirectiveNamesForeignKeys()
{
    const auto result = MigrationFile::parse(u"-- strata:foreign-key off\n-- strata:up\nSELECT 1;\n"_s,
                                             Dir + u"0001_x.sql"_s, DialectKind::SQLite);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics.first().message.contains(u"did you mean \"strata:foreign-keys\"?"_s),
             qPrintable(result.diagnostics.first().message));
    QVERIFY2(result.diagnostics.first().help.contains(u"strata:foreign-keys"_s), qPrintable(result.diagnostics.first().help));
    QVERIFY(!result.migration.foreignKeysOff);
}

void TestMigrationFile::statementLinesMapToFile()
{
    // A statement's line within the section plus firstLine - 1 is its line in the file.
    const QString text = u"-- h\n\n-- strata:up\n\nCREATE TABLE a (id int);\n  INSERT INTO a VALUES (1);\n"_s;
    const auto result = MigrationFile::parse(text, Dir + u"0001_x.sql"_s, DialectKind::SQLite);
    const auto statements = StatementSplitter::split(result.migration.up.sql, DialectKind::SQLite);
    QCOMPARE(statements.size(), 2);
    const QStringList lines = text.split(u'\n');
    for (const SqlStatement &s : statements) {
        const int fileLine = result.migration.up.firstLine + s.line - 1;
        QCOMPARE(lines.at(fileLine - 1).mid(s.column - 1, s.sql.size()), s.sql);
    }
}

void TestMigrationFile::syntaxErrorOffset()
{
    // Offsets are UTF-8 bytes of the file, so that editors can underline the exact spot.
    const QString text = u"-- ü\n-- strata:up\nSELECT 'é' FROM WHERE;\n"_s;
    const auto result = MigrationFile::parse(text, Dir + u"0001_x.sql"_s, DialectKind::SQLite);
    QCOMPARE(result.diagnostics.size(), 1);
    const SourceLocation at = result.diagnostics.first().location;
    QCOMPARE(at.line, 3);
    QCOMPARE(at.column, 17);
    QCOMPARE(text.toUtf8().mid(at.offset, 5), QByteArray("WHERE"));
}

void TestMigrationFile::read()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"0001_init.sql"_s);
    // A byte order mark is dropped; the rest is the same as parse().
    QVERIFY(Test::writeFile(path, "\xEF\xBB\xBF-- strata:up\nCREATE TABLE \xC3\xBC (id int);\n"));
    const auto result = MigrationFile::read(path, DialectKind::PostgreSQL, u"core"_s);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.migration.id, u"0001_init"_s);
    QCOMPARE(result.migration.file, QFileInfo(path).absoluteFilePath());
    QCOMPARE(result.migration.up.sql, u"CREATE TABLE ü (id int);\n"_s);
}

void TestMigrationFile::readErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const auto single = [](const MigrationFile::Parsed &r) {
        return r.diagnostics.size() == 1 ? r.diagnostics.first() : Diagnostic{};
    };

    Diagnostic d = single(MigrationFile::read(dir.filePath(u"0001_missing.sql"_s), DialectKind::SQLite, u"p"_s));
    QCOMPARE(d.code, u"migration-unreadable"_s);
    QCOMPARE(d.package, u"p"_s);
    QVERIFY(d.message.contains(u"0001_missing.sql"_s));

    // The name is still checked when the file cannot be read.
    const auto named = MigrationFile::read(dir.filePath(u"missing.sql"_s), DialectKind::SQLite);
    QCOMPARE(describe(named.diagnostics),
             (QStringList{u"invalid-migration-name@1:1"_s, u"migration-unreadable@1:1"_s}));

    QVERIFY(QDir(dir.path()).mkdir(u"0002_folder.sql"_s));
    d = single(MigrationFile::read(dir.filePath(u"0002_folder.sql"_s), DialectKind::SQLite));
    QCOMPARE(d.code, u"migration-unreadable"_s);

    const QString latin1 = dir.filePath(u"0003_latin1.sql"_s);
    QVERIFY(Test::writeFile(latin1, "-- strata:up\n-- ok \xC3\xA9\nINSERT INTO t VALUES ('\xE9t\xE9');\n"));
    const auto bad = MigrationFile::read(latin1, DialectKind::SQLite);
    d = single(bad);
    QCOMPARE(d.code, u"migration-encoding"_s);
    QCOMPARE(d.location.line, 3);
    QCOMPARE(d.location.column, 24);
    QCOMPARE(d.location.offset, 45);
    QVERIFY(d.isError());
    QCOMPARE(bad.migration.id, u"0003_latin1"_s);

    const QString overlong = dir.filePath(u"0004_overlong.sql"_s);
    QVERIFY(Test::writeFile(overlong, "-- strata:up\nSELECT '\xC0\xAF';\n"));
    QCOMPARE(single(MigrationFile::read(overlong, DialectKind::SQLite)).code, u"migration-encoding"_s);

    const QString big = dir.filePath(u"0005_big.sql"_s);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(16 * 1024 * 1024 + 1));
    }
    d = single(MigrationFile::read(big, DialectKind::SQLite));
    QCOMPARE(d.code, u"migration-too-large"_s);
    QCOMPARE(d.location.file, QFileInfo(big).absoluteFilePath());
}

void TestMigrationFile::listFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"0010_c.sql", "0002_b.sql", "0001_a.sql", "notes.txt", "0003_d.SQL.bak"})
        QVERIFY(Test::writeFile(dir.filePath(QString::fromLatin1(name)), "-- strata:up\n"));
    QVERIFY(QDir(dir.path()).mkpath(u"sub/0000_nested.sql"_s) || true);
    QVERIFY(Test::writeFile(dir.filePath(u"sub/0000_deep.sql"_s), "-- strata:up\n"));
    const QStringList expected = {dir.filePath(u"0001_a.sql"_s), dir.filePath(u"0002_b.sql"_s),
                                  dir.filePath(u"0010_c.sql"_s)};
    QCOMPARE(MigrationFile::listFolder(dir.path()), expected);
    QVERIFY(MigrationFile::listFolder(dir.filePath(u"nowhere"_s)).isEmpty());
}

void TestMigrationFile::manyFiles()
{
    // Loaders parse every migration of a project on a thread pool; 10,000 small files must be quick.
    QList<QString> texts;
    for (int i = 0; i < 10000; ++i) {
        texts.append(u"-- strata:requires core:0001_init\n-- strata:up\nCREATE TABLE t%1 (id integer PRIMARY KEY, "
                     "name text NOT NULL);\nCREATE INDEX t%1_name ON t%1 (name);\n-- strata:down\nDROP TABLE t%1;\n"_s
                         .arg(i));
    }
    for (const auto dialect : {DialectKind::PostgreSQL, DialectKind::SQLite}) {
        QElapsedTimer timer;
        timer.start();
        const int problems = QtConcurrent::blockingMappedReduced(
            texts,
            [dialect](const QString &text) {
                const auto r = MigrationFile::parse(text, Dir + u"0002_x.sql"_s, dialect);
                return int(r.diagnostics.size()) + (r.migration.requirements.size() == 1 ? 0 : 1);
            },
            [](int &sum, int n) { sum += n; });
        QCOMPARE(problems, 0);
        qInfo("%s: 10,000 files in %lld ms", dialect == DialectKind::SQLite ? "sqlite" : "postgresql",
              timer.elapsed());
    }
}

QTEST_GUILESS_MAIN(TestMigrationFile)
#include "tst_migrationfile.moc"
