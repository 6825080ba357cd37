// Database URLs: parsing every spelling Strata accepts, display() that never shows a password,
// .pgpass lines with wildcards and escapes, and where resolvePassword() looks.

#include "TestSupport.h"

#include <strata/migration/DatabaseUrl.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parse_data();
    void parse();
    void pgpass_data();
    void pgpass();
    void resolvePassword();

private:
    QByteArray m_savedPassword;
    QByteArray m_savedPassfile;
};

// Each test sets the environment it needs; the caller's is restored afterwards.
void TestDatabaseUrl::init()
{
    m_savedPassword = qgetenv("PGPASSWORD");
    m_savedPassfile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

void TestDatabaseUrl::cleanup()
{
    const auto restore = [](const char *name, const QByteArray &value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("PGPASSWORD", m_savedPassword);
    restore("PGPASSFILE", m_savedPassfile);
}

void TestDatabaseUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("memory");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");

    const QString root = QStringLiteral("/projects/app");
    const QString none;
    // text, root, valid, postgres, path, memory, host, port, user, password, database, display
    QTest::newRow("sqlite relative") << QStringLiteral("sqlite:data/app.db") << root << true << false
                                     << QStringLiteral("/projects/app/data/app.db") << false << none << 5432 << none
                                     << none << none << QStringLiteral("sqlite:/projects/app/data/app.db");
    QTest::newRow("sqlite relative, dot-dot") << QStringLiteral("sqlite:../shared/app.db") << root << true << false
                                              << QStringLiteral("/projects/shared/app.db") << false << none << 5432
                                              << none << none << none << QStringLiteral("sqlite:/projects/shared/app.db");
    QTest::newRow("sqlite relative, default location") << QStringLiteral("sqlite:.strata/strata.db") << root << true
                                                       << false << QStringLiteral("/projects/app/.strata/strata.db")
                                                       << false << none << 5432 << none << none << none
                                                       << QStringLiteral("sqlite:/projects/app/.strata/strata.db");
    QTest::newRow("sqlite absolute") << QStringLiteral("sqlite:/var/lib/app/app.db") << root << true << false
                                     << QStringLiteral("/var/lib/app/app.db") << false << none << 5432 << none << none
                                     << none << QStringLiteral("sqlite:/var/lib/app/app.db");
    QTest::newRow("sqlite:///absolute") << QStringLiteral("sqlite:///var/lib/app/app.db") << root << true << false
                                        << QStringLiteral("/var/lib/app/app.db") << false << none << 5432 << none
                                        << none << none << QStringLiteral("sqlite:/var/lib/app/app.db");
    QTest::newRow("sqlite memory") << QStringLiteral("sqlite::memory:") << root << true << false << none << true
                                   << none << 5432 << none << none << none << QStringLiteral("sqlite::memory:");
    QTest::newRow("surrounding spaces") << QStringLiteral("  sqlite::memory: ") << root << true << false << none
                                        << true << none << 5432 << none << none << none
                                        << QStringLiteral("sqlite::memory:");
    QTest::newRow("sqlite without a file") << QStringLiteral("sqlite:") << root << false << false << none << false
                                           << none << 5432 << none << none << none << none;

    QTest::newRow("postgresql, everything") << QStringLiteral("postgresql://app:s3cret@db.example.com:6543/crm")
                                            << root << true << true << none << false
                                            << QStringLiteral("db.example.com") << 6543 << QStringLiteral("app")
                                            << QStringLiteral("s3cret") << QStringLiteral("crm")
                                            << QStringLiteral("postgresql://app:***@db.example.com:6543/crm");
    QTest::newRow("postgres://, no password, no port")
        << QStringLiteral("postgres://app@db.example.com/crm") << root << true << true << none << false
        << QStringLiteral("db.example.com") << 5432 << QStringLiteral("app") << none << QStringLiteral("crm")
        << QStringLiteral("postgresql://app@db.example.com:5432/crm");
    QTest::newRow("no database: the user's") << QStringLiteral("postgresql://app:s3cret@localhost:5433") << root
                                             << true << true << none << false << QStringLiteral("localhost") << 5433
                                             << QStringLiteral("app") << QStringLiteral("s3cret")
                                             << QStringLiteral("app")
                                             << QStringLiteral("postgresql://app:***@localhost:5433/app");
    QTest::newRow("no database, trailing slash") << QStringLiteral("postgresql://app@localhost/") << root << true
                                                 << true << none << false << QStringLiteral("localhost") << 5432
                                                 << QStringLiteral("app") << none << QStringLiteral("app")
                                                 << QStringLiteral("postgresql://app@localhost:5432/app");
    QTest::newRow("no user") << QStringLiteral("postgresql://localhost/crm") << root << true << true << none << false
                             << QStringLiteral("localhost") << 5432 << none << none << QStringLiteral("crm")
                             << QStringLiteral("postgresql://localhost:5432/crm");
    QTest::newRow("no user, no database") << QStringLiteral("postgres://127.0.0.1:5433") << root << true << true
                                          << none << false << QStringLiteral("127.0.0.1") << 5433 << none << none
                                          << QStringLiteral("postgres")
                                          << QStringLiteral("postgresql://127.0.0.1:5433/postgres");
    QTest::newRow("percent-encoded password") << QStringLiteral("postgresql://app:p%40ss%3Aw%2Frd@db/crm") << root
                                              << true << true << none << false << QStringLiteral("db") << 5432
                                              << QStringLiteral("app") << QStringLiteral("p@ss:w/rd")
                                              << QStringLiteral("crm")
                                              << QStringLiteral("postgresql://app:***@db:5432/crm");
    QTest::newRow("options kept for display") << QStringLiteral("postgresql://app:s3cret@db/crm?sslmode=require")
                                              << root << true << true << none << false << QStringLiteral("db") << 5432
                                              << QStringLiteral("app") << QStringLiteral("s3cret")
                                              << QStringLiteral("crm")
                                              << QStringLiteral("postgresql://app:***@db:5432/crm?sslmode=require");
    QTest::newRow("password as an option") << QStringLiteral("postgresql://app@db/crm?sslmode=require&password=s3cret")
                                           << root << true << true << none << false << QStringLiteral("db") << 5432
                                           << QStringLiteral("app") << QStringLiteral("s3cret")
                                           << QStringLiteral("crm")
                                           << QStringLiteral("postgresql://app:***@db:5432/crm?sslmode=require");

    QTest::newRow("postgresql without a host") << QStringLiteral("postgresql://app:s3cret@/crm") << root << false
                                               << true << none << false << none << 5432 << none << none << none
                                               << none;
    QTest::newRow("postgresql, bad port") << QStringLiteral("postgresql://app:s3cret@db:port/crm") << root << false
                                          << true << none << false << none << 5432 << none << none << none << none;
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://app:s3cret@db/crm") << root << false << false << none
                                    << false << none << 5432 << none << none << none << none;
    QTest::newRow("empty") << QString() << root << false << false << none << false << none << 5432 << none << none
                           << none << none;
}

void TestDatabaseUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, root);
    QFETCH(bool, valid);
    QFETCH(bool, postgres);
    QFETCH(QString, path);
    QFETCH(bool, memory);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, display);

    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(text, root);
    if (!valid) {
        QVERIFY(!parsed);
        const QString error = parsed.errorMessage();
        QVERIFY(!error.isEmpty());
        // An error message may be printed and logged: it never repeats a password.
        QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
        return;
    }
    QVERIFY_RESULT(parsed);
    const DatabaseUrl &url = *parsed;
    QCOMPARE(url.dialect, postgres ? DialectKind::PostgreSQL : DialectKind::SQLite);
    QCOMPARE(url.path, path);
    QCOMPARE(url.memory, memory);
    QCOMPARE(url.host, host);
    QCOMPARE(url.port, port);
    QCOMPARE(url.user, user);
    QCOMPARE(url.password, password);
    QCOMPARE(url.database, database);
    QCOMPARE(url.display(), display);
    if (!password.isEmpty())
        QVERIFY2(!url.display().contains(password), qPrintable(url.display()));
    // The display form parses back to the same place (with the password masked away).
    if (postgres && password.isEmpty()) {
        const Result<DatabaseUrl> again = DatabaseUrl::parse(url.display(), root);
        QVERIFY_RESULT(again);
        QCOMPARE(again->display(), url.display());
    }
}

void TestDatabaseUrl::pgpass_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exact line") << QStringLiteral("db.example.com") << 5432 << QStringLiteral("crm")
                                << QStringLiteral("app") << QStringLiteral("exact");
    QTest::newRow("first match wins over a later exact line")
        << QStringLiteral("other.example.com") << 5432 << QStringLiteral("crm") << QStringLiteral("app")
        << QStringLiteral("any-host");
    QTest::newRow("wildcard port and database, escaped colon")
        << QStringLiteral("db.example.com") << 6000 << QStringLiteral("billing") << QStringLiteral("admin")
        << QStringLiteral("admin:pass");
    QTest::newRow("escaped backslash") << QStringLiteral("localhost") << 5432 << QStringLiteral("x")
                                       << QStringLiteral("y") << QStringLiteral("local\\pw");
    QTest::newRow("localhost line matches 127.0.0.1") << QStringLiteral("127.0.0.1") << 5432 << QStringLiteral("x")
                                                      << QStringLiteral("y") << QStringLiteral("local\\pw");
    QTest::newRow("escaped colon in the database field") << QStringLiteral("h") << 5432 << QStringLiteral("my:db")
                                                         << QStringLiteral("u") << QStringLiteral("colon-db");
    QTest::newRow("CRLF line") << QStringLiteral("crlf.example.com") << 5432 << QStringLiteral("d")
                               << QStringLiteral("u") << QStringLiteral("crlf");
    QTest::newRow("wrong user") << QStringLiteral("db.example.com") << 5432 << QStringLiteral("crm")
                                << QStringLiteral("nobody") << QString();
    QTest::newRow("wrong port") << QStringLiteral("other.example.com") << 5433 << QStringLiteral("crm")
                                << QStringLiteral("app") << QString();
    QTest::newRow("a wildcard is not a prefix") << QStringLiteral("db.example.com") << 5432
                                                << QStringLiteral("crm2") << QStringLiteral("app2") << QString();
}

void TestDatabaseUrl::pgpass()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, expected);

    const QString pgpass = QStringLiteral(
        "# hostname:port:database:username:password\n"
        "\n"
        "db.example.com:5432:crm:app:exact\n"
        "*:5432:crm:app:any-host\n"
        "other.example.com:5432:crm:app:never-reached\n"
        "db.example.com:*:*:admin:admin\\:pass\n"
        "localhost:5432:*:*:local\\\\pw\n"
        "h:5432:my\\:db:u:colon-db\n"
        "crlf.example.com:5432:d:u:crlf\r\n"
        "too:few:fields\n"
        "db.example.com:5432:crm*:app2:prefix\n");
    QCOMPARE(DatabaseUrl::passwordFromPgpass(pgpass, host, port, database, user), expected);
}

void TestDatabaseUrl::resolvePassword()
{
    QTemporaryDir dir;
    const QString passfile = dir.path() + QStringLiteral("/pgpass");
    QVERIFY(Test::writeFile(passfile, "db:5432:crm:app:from-file\n*:*:*:other:other-file\n"));

    // PGPASSWORD first.
    qputenv("PGPASSWORD", "from-env");
    qputenv("PGPASSFILE", passfile.toLocal8Bit());
    DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("postgresql://app@db/crm"), {});
    url.resolvePassword();
    QCOMPARE(url.password, QStringLiteral("from-env"));
    QVERIFY(!url.display().contains(QStringLiteral("from-env")));

    // A password in the URL wins over both.
    url = *DatabaseUrl::parse(QStringLiteral("postgresql://app:in-url@db/crm"), {});
    url.resolvePassword();
    QCOMPARE(url.password, QStringLiteral("in-url"));

    // Without PGPASSWORD, the file PGPASSFILE names.
    qunsetenv("PGPASSWORD");
    url = *DatabaseUrl::parse(QStringLiteral("postgresql://app@db/crm"), {});
    url.resolvePassword();
    QCOMPARE(url.password, QStringLiteral("from-file"));
    url = *DatabaseUrl::parse(QStringLiteral("postgresql://other@elsewhere:6000/x"), {});
    url.resolvePassword();
    QCOMPARE(url.password, QStringLiteral("other-file"));
    url = *DatabaseUrl::parse(QStringLiteral("postgresql://nobody@db/crm"), {});
    url.resolvePassword();
    QVERIFY(url.password.isEmpty());

    // A missing file is no error: no password.
    qputenv("PGPASSFILE", (dir.path() + QStringLiteral("/absent")).toLocal8Bit());
    url = *DatabaseUrl::parse(QStringLiteral("postgresql://app@db/crm"), {});
    url.resolvePassword();
    QVERIFY(url.password.isEmpty());

    // SQLite needs none.
    qputenv("PGPASSWORD", "from-env");
    url = *DatabaseUrl::parse(QStringLiteral("sqlite::memory:"), {});
    url.resolvePassword();
    QVERIFY(url.password.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
