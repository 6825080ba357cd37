// The parts of `strata generate` that need no database: the next migration id in a package's own
// scheme, the file a generated migration is written as, and a trigger's text after a rename
// (golden strings).

#include <strata/diff/MigrationGenerator.h>
#include <strata/diff/SqliteRebuild.h>
#include <strata/sql/Dialect.h>

#include <QRegularExpression>
#include <QTest>

using namespace Strata;

class TestMigrationGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextId_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << QStringList() << QStringLiteral("0001_add");
        QTest::newRow("three digits") << QStringList{QStringLiteral("001_a"), QStringLiteral("002_b")}
                                      << QStringLiteral("003_add");
        QTest::newRow("four digits, unordered") << QStringList{QStringLiteral("0009_c"), QStringLiteral("0002_b")}
                                                << QStringLiteral("0010_add");
        QTest::newRow("padding outgrown") << QStringList{QStringLiteral("99_x")} << QStringLiteral("100_add");
    }
    void nextId()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        QCOMPARE(nextMigrationId(existing, QStringLiteral("add")), expected);
    }

    void timestampAfterTheLast()
    {
        // A timestamp from the future: the next one still sorts after it.
        const QString id = nextMigrationId({QStringLiteral("29991231235959_late")}, QStringLiteral("add"));
        QCOMPARE(id, QStringLiteral("29991231235960_add"));
        const QString now = nextMigrationId({QStringLiteral("20240101000000_a")}, QStringLiteral("add"));
        QVERIFY2(QRegularExpression(QStringLiteral("^20\\d{12}_add$")).match(now).hasMatch(), qPrintable(now));
        QVERIFY(now > QStringLiteral("20240101000000_a"));
    }

    void fileText()
    {
        GeneratedMigration migration;
        migration.package = QStringLiteral("@acme/crm");
        migration.up = {QStringLiteral("ALTER TABLE deals ADD COLUMN note TEXT")};
        migration.down = {QStringLiteral("ALTER TABLE deals DROP COLUMN note")};
        migration.requirements = {QStringLiteral("@acme/core:0003_users")};
        migration.foreignKeysOff = true;
        QCOMPARE(migrationFileText(migration),
                 QStringLiteral("-- Written by strata generate for @acme/crm.\n"
                                "-- strata:requires @acme/core:0003_users\n"
                                "-- strata:foreign-keys off\n"
                                "\n-- strata:up\n"
                                "ALTER TABLE deals ADD COLUMN note TEXT;\n"
                                "\n-- strata:down\n"
                                "ALTER TABLE deals DROP COLUMN note;\n"));
    }

    // What SQLite's RENAME does to a trigger that names the table or column, on a kept text: names
    // in any case and quoting follow; strings, comments and longer names do not.
    void renamedInTriggerText()
    {
        const std::unique_ptr<Dialect> sqlite = Dialect::create(DialectKind::SQLite);
        QCOMPARE(renamedInSql(QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON Parents BEGIN UPDATE \"parents\" SET n = 1 "
                                             "WHERE parents_id = 2 AND note = 'parents'; -- parents\nEND"),
                              QStringLiteral("parents"), QStringLiteral("folks"), *sqlite),
                 QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON folks BEGIN UPDATE folks SET n = 1 "
                                "WHERE parents_id = 2 AND note = 'parents'; -- parents\nEND"));
        QCOMPARE(renamedInSql(QStringLiteral("SELECT [score], `score`, score2 FROM x"), QStringLiteral("score"),
                              QStringLiteral("points"), *sqlite),
                 QStringLiteral("SELECT points, points, score2 FROM x"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationGenerator)
#include "tst_migrationgenerator.moc"
