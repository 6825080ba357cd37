// `strata plan` as a reviewer reads it, through the real binary on SQLite: every statement whole
// (a trigger's body, a multi-line CREATE) under its migration, destructive statements marked, and
// `--sql`, the script migrate would run, which must itself run on an empty database.

#include "MigrateTestProject.h"

#include <strata/sql/StatementSplitter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Migrate;

namespace {

// @pl/shop: 001_orders (a table and a trigger, each over several lines, the trigger indented by a
// block of its own) and 002_index (no transaction). Rolling 001 back drops the table.
bool writePlanProject(const QString &root)
{
    return writeProjectFile(root, QStringLiteral("sqlite"))
        && writePackage(root, QStringLiteral("shop"), QStringLiteral("@pl/shop"), {},
                        {{QStringLiteral("001_orders.sql"),
                          QStringLiteral("-- Orders, and a trigger that stamps them.\n"
                                         "-- strata:up\n"
                                         "CREATE TABLE orders (\n"
                                         "    id INTEGER PRIMARY KEY,\n"
                                         "    total INTEGER NOT NULL, -- cents\n"
                                         "    updated_at TEXT\n"
                                         ");\n"
                                         "\n"
                                         "  CREATE TRIGGER orders_touch AFTER UPDATE OF total ON orders\n"
                                         "  BEGIN\n"
                                         "\n"
                                         "      UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id;\n"
                                         "  END;\n"
                                         "\n"
                                         "-- strata:down\n"
                                         "DROP TRIGGER orders_touch;\n"
                                         "DROP TABLE orders;\n")},
                         {QStringLiteral("002_index.sql"),
                          QStringLiteral("-- strata:no-transaction\n"
                                         "-- strata:up\n"
                                         "CREATE INDEX orders_total ON orders (total) -- for reports\n"
                                         ";\n")}});
}

// @pl/shop again, with 002_rebuild: a table rebuild under "-- strata:foreign-keys off".
bool writeRebuildProject(const QString &root)
{
    return writeProjectFile(root, QStringLiteral("sqlite"))
        && writePackage(root, QStringLiteral("shop"), QStringLiteral("@pl/shop"), {},
                        {{QStringLiteral("001_orders.sql"),
                          QStringLiteral("-- strata:up\n"
                                         "CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER NOT NULL);\n")},
                         {QStringLiteral("002_rebuild.sql"),
                          QStringLiteral("-- strata:foreign-keys off\n"
                                         "-- strata:up\n"
                                         "CREATE TABLE new_orders (id INTEGER PRIMARY KEY, total INTEGER);\n"
                                         "INSERT INTO new_orders (id, total) SELECT id, total FROM orders;\n"
                                         "DROP TABLE orders;\n"
                                         "ALTER TABLE new_orders RENAME TO orders;\n")}});
}

QString dbUrl(const QString &root)
{
    return QStringLiteral("sqlite:") + root + QStringLiteral("/.strata/strata.db");
}

} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeStatements()
    {
        QTemporaryDir dir;
        QVERIFY(writePlanProject(dir.path()));
        const CliResult r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString expected = QStringLiteral(
            "2 migrations would run on %1:\n"
            "\n"
            "@pl/shop:001_orders  (packages/shop/migrations/001_orders.sql)\n"
            "    1  line 3     CREATE TABLE orders (\n"
            "                      id INTEGER PRIMARY KEY,\n"
            "                      total INTEGER NOT NULL, -- cents\n"
            "                      updated_at TEXT\n"
            "                  )\n"
            "    2  line 9     CREATE TRIGGER orders_touch AFTER UPDATE OF total ON orders\n"
            "                  BEGIN\n"
            "\n"
            "                      UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id;\n"
            "                  END\n"
            "\n"
            "@pl/shop:002_index  (packages/shop/migrations/002_index.sql)  "
            "[no transaction: statements run one by one, outside a transaction]\n"
            "    1  line 3     CREATE INDEX orders_total ON orders (total)\n")
                                     .arg(dbUrl(dir.path()));
        QCOMPARE(QString::fromUtf8(r.out), expected);
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
    }

    void destructiveStaysMarked()
    {
        QTemporaryDir dir;
        QVERIFY(writePlanProject(dir.path()));
        CliResult r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("migrate"), QStringLiteral("--to"),
                              QStringLiteral("@pl/shop:001_orders")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan"), QStringLiteral("--down")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString expected = QStringLiteral(
            "1 migration would be rolled back on %1:\n"
            "\n"
            "@pl/shop:001_orders  (packages/shop/migrations/001_orders.sql)\n"
            "    1  line 16    DROP TRIGGER orders_touch\n"
            "    2  line 17    DROP TABLE orders\n"
            "       ! destructive: drops table orders and all its rows (0 rows)\n"
            "\n"
            "The plan has destructive statements (marked !).\n")
                                     .arg(dbUrl(dir.path()));
        QCOMPARE(QString::fromUtf8(r.out), expected);

        r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan"), QStringLiteral("--down"),
                    QStringLiteral("--sql")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("BEGIN;\nDROP TRIGGER orders_touch;\n-- ! destructive: drops table orders and all its "
                                "rows (0 rows)\nDROP TABLE orders;\nCOMMIT;\n"),
                 qPrintable(describe(r)));
    }

    // What migrate would run, as one script: golden text, then run on an empty database.
    void sqlScript()
    {
        QTemporaryDir dir;
        QVERIFY(writePlanProject(dir.path()));
        const CliResult r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan"), QStringLiteral("--sql")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString script = QString::fromUtf8(r.out);
        const QString expected = QStringLiteral(
            "-- strata plan --sql: 2 migrations that migrate would run on %1, in order.\n"
            "-- Each migration also writes its row of strata_migrations in its transaction; this script does not.\n"
            "\n"
            "-- @pl/shop:001_orders (packages/shop/migrations/001_orders.sql)\n"
            "BEGIN;\n"
            "CREATE TABLE orders (\n"
            "    id INTEGER PRIMARY KEY,\n"
            "    total INTEGER NOT NULL, -- cents\n"
            "    updated_at TEXT\n"
            ");\n"
            "CREATE TRIGGER orders_touch AFTER UPDATE OF total ON orders\n"
            "BEGIN\n"
            "\n"
            "    UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id;\n"
            "END;\n"
            "COMMIT;\n"
            "\n"
            "-- @pl/shop:002_index (packages/shop/migrations/002_index.sql)\n"
            "-- No transaction: migrate runs these statements one by one, outside a transaction.\n"
            "CREATE INDEX orders_total ON orders (total);\n")
                                     .arg(dbUrl(dir.path()));
        QCOMPARE(script, expected);

        // The script runs, and leaves what migrate would: the table, its trigger and the index.
        const QList<Strata::SqlStatement> statements = Strata::StatementSplitter::split(script, Strata::DialectKind::SQLite);
        QCOMPARE(statements.size(), 5);
        Db db(dir.path() + QStringLiteral("/script.db"));
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        for (const Strata::SqlStatement &statement : statements) {
            QString error;
            QVERIFY2(db.exec(statement.sql, &error), qPrintable(statement.sql + QStringLiteral(": ") + error));
        }
        QCOMPARE(db.column(QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE 'orders%' ORDER BY name")),
                 (QStringList{QStringLiteral("orders"), QStringLiteral("orders_total"), QStringLiteral("orders_touch")}));
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/.strata/strata.db"))
                || Db(dir.path() + QStringLiteral("/.strata/strata.db")).column(
                       QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'orders'")).isEmpty());
    }

    // "-- strata:foreign-keys off" in all three forms; the migration without it as before.
    void foreignKeysOff()
    {
        QTemporaryDir dir;
        QVERIFY(writeRebuildProject(dir.path()));
        CliResult r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("\n@pl/shop:001_orders  (packages/shop/migrations/001_orders.sql)\n"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("\n@pl/shop:002_rebuild  (packages/shop/migrations/002_rebuild.sql)  "
                                "[foreign keys off: checked before commit, then back on]\n"),
                 qPrintable(describe(r)));

        r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray migrations = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("migrations")).toArray();
        QCOMPARE(migrations.size(), 2);
        QCOMPARE(migrations.at(0).toObject().value(QStringLiteral("foreignKeysOff")), QJsonValue(false));
        QCOMPARE(migrations.at(1).toObject().value(QStringLiteral("foreignKeysOff")), QJsonValue(true));
        QCOMPARE(migrations.at(1).toObject().value(QStringLiteral("transaction")), QJsonValue(true));

        r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan"), QStringLiteral("--sql")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("-- @pl/shop:001_orders (packages/shop/migrations/001_orders.sql)\nBEGIN;\n"),
                 qPrintable(describe(r)));
        QVERIFY2(r.out.contains("-- @pl/shop:002_rebuild (packages/shop/migrations/002_rebuild.sql)\n"
                                "-- Foreign keys off: migrate checks them before COMMIT and rolls back on a violation.\n"
                                "PRAGMA foreign_keys = OFF;\n"
                                "BEGIN;\n"
                                "CREATE TABLE new_orders (id INTEGER PRIMARY KEY, total INTEGER);\n"
                                "INSERT INTO new_orders (id, total) SELECT id, total FROM orders;\n"
                                "-- ! destructive: drops table orders and all its rows\n"
                                "DROP TABLE orders;\n"
                                "ALTER TABLE new_orders RENAME TO orders;\n"
                                "PRAGMA foreign_key_check;\n"
                                "COMMIT;\n"
                                "PRAGMA foreign_keys = ON;\n"),
                 qPrintable(describe(r)));
    }

    void sqlWithJsonIsAUsageError()
    {
        QTemporaryDir dir;
        QVERIFY(writePlanProject(dir.path()));
        const CliResult r = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("plan"), QStringLiteral("--sql"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("strata: error: --sql prints SQL: leave out --format json\n"));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
