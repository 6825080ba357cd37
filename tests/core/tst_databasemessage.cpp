// DatabaseMessage: the error texts Qt's drivers hand over, taken apart into one line with its
// SQLSTATE and the labelled lines after it. The PostgreSQL rows are texts the QPSQL driver gave for
// real statements (the CLI's failing-migration scenario checks one end to end on the server).

#include <strata/migration/DatabaseMessage.h>

#include <QTest>

using Strata::DatabaseMessage;

class TestDatabaseMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("oneLine");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QStringList>("fields"); // "LABEL: text"

        QTest::newRow("postgresql, with the statement quoted")
            << QStringLiteral("ERROR:  relation \"no_such_table\" does not exist\n"
                              "LINE 1: INSERT INTO no_such_table (id)\n"
                              "                    ^\n"
                              "(42P01)")
            << QStringLiteral("relation \"no_such_table\" does not exist (SQLSTATE 42P01)") << QStringLiteral("42P01")
            << QStringList();
        QTest::newRow("postgresql, detail")
            << QStringLiteral("ERROR:  duplicate key value violates unique constraint \"t_pkey\"\n"
                              "DETAIL:  Key (id)=(1) already exists.\n(23505)")
            << QStringLiteral("duplicate key value violates unique constraint \"t_pkey\" (SQLSTATE 23505)")
            << QStringLiteral("23505") << QStringList{QStringLiteral("DETAIL: Key (id)=(1) already exists.")};
        QTest::newRow("postgresql, hint and context")
            << QStringLiteral("ERROR:  function nope() does not exist\n"
                              "LINE 1: SELECT nope()\n"
                              "               ^\n"
                              "HINT:  No function matches the given name and argument types.\n"
                              "CONTEXT:  PL/pgSQL function f() line 3 at RETURN\n"
                              "(42883)")
            << QStringLiteral("function nope() does not exist (SQLSTATE 42883)") << QStringLiteral("42883")
            << QStringList{QStringLiteral("HINT: No function matches the given name and argument types."),
                           QStringLiteral("CONTEXT: PL/pgSQL function f() line 3 at RETURN")};
        QTest::newRow("postgresql in German (lc_messages)")
            << QStringLiteral("FEHLER:  Relation »x« existiert nicht\nZEILE 1: SELECT * FROM x\n"
                              "                      ^\n(42P01)")
            << QStringLiteral("Relation »x« existiert nicht (SQLSTATE 42P01)") << QStringLiteral("42P01") << QStringList();
        QTest::newRow("sqlite") << QStringLiteral("no such table: no_such_table")
                                << QStringLiteral("no such table: no_such_table") << QString() << QStringList();
        QTest::newRow("sqlite, parentheses that are no SQLSTATE")
            << QStringLiteral("CHECK constraint failed: total > 0 (total)")
            << QStringLiteral("CHECK constraint failed: total > 0 (total)") << QString() << QStringList();
        QTest::newRow("a message of our own around the database's")
            << QStringLiteral("cannot write the history row: ERROR:  permission denied for table strata_migrations\n(42501)")
            << QStringLiteral("cannot write the history row: ERROR:  permission denied for table strata_migrations "
                              "(SQLSTATE 42501)")
            << QStringLiteral("42501") << QStringList();
        QTest::newRow("empty") << QString() << QString() << QString() << QStringList();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, oneLine);
        QFETCH(QString, sqlState);
        QFETCH(QStringList, fields);
        const DatabaseMessage message = DatabaseMessage::parse(text);
        QCOMPARE(message.oneLine(), oneLine);
        QCOMPARE(message.sqlState, sqlState);
        QStringList got;
        for (const DatabaseMessage::Field &field : message.fields)
            got.append(field.label + QStringLiteral(": ") + field.text);
        QCOMPARE(got, fields);
        QVERIFY(!message.oneLine().contains(QLatin1Char('\n')));
    }

    // The failures that get a help line: objects a migration creates that are there already.
    void kind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("alreadyExists");

        const auto pg = [](const char *message, const char *state) {
            return QStringLiteral("ERROR:  %1\n(%2)").arg(QString::fromUtf8(message), QString::fromLatin1(state));
        };
        QTest::newRow("postgresql table (42P07)") << pg("relation \"deals\" already exists", "42P07") << true;
        QTest::newRow("postgresql column (42701)")
            << pg("column \"closed_at\" of relation \"deals\" already exists", "42701") << true;
        QTest::newRow("postgresql type or constraint (42710)") << pg("type \"deal_stage\" already exists", "42710") << true;
        QTest::newRow("postgresql schema (42P06)") << pg("schema \"crm\" already exists", "42P06") << true;
        QTest::newRow("postgresql in German, by its code")
            << QStringLiteral("FEHLER:  Relation »deals« existiert bereits\n(42P07)") << true;
        QTest::newRow("postgresql missing table (42P01)") << pg("relation \"x\" does not exist", "42P01") << false;
        QTest::newRow("postgresql duplicate key (23505)")
            << pg("duplicate key value violates unique constraint \"t_pkey\"", "23505") << false;
        QTest::newRow("sqlite table") << QStringLiteral("table deals already exists") << true;
        QTest::newRow("sqlite quoted table") << QStringLiteral("table \"deals\" already exists") << true;
        QTest::newRow("sqlite index") << QStringLiteral("index deals_title_idx already exists") << true;
        QTest::newRow("sqlite column") << QStringLiteral("duplicate column name: closed_at") << true;
        QTest::newRow("sqlite rename onto a name in use")
            << QStringLiteral("there is already another table or index with this name: deals") << true;
        QTest::newRow("sqlite missing table") << QStringLiteral("no such table: x") << false;
        QTest::newRow("sqlite unique constraint")
            << QStringLiteral("UNIQUE constraint failed: deals.title") << false;
        QTest::newRow("sqlite, the words elsewhere in the message")
            << QStringLiteral("CHECK constraint failed: note <> 'table x already exists'") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void kind()
    {
        QFETCH(QString, text);
        QFETCH(bool, alreadyExists);
        QCOMPARE(DatabaseMessage::parse(text).kind() == DatabaseMessage::Kind::AlreadyExists, alreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseMessage)
#include "tst_databasemessage.moc"
