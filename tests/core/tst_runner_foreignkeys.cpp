// "-- strata:foreign-keys off" on real SQLite files (issue #11): SQLite's documented table rebuild
// (create the new table, copy, drop the old one, rename) of a parent table whose children reference
// it with ON DELETE CASCADE. With the directive every child row stays, the migration after it runs
// with foreign keys on again, and a rebuild that leaves a reference dangling fails and leaves the
// file as it was; without it, dropping the old table deletes the children, with no error at all.

#include "RunnerTestProject.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace Strata;
using namespace Strata::RunnerTest;

namespace {

const QString Package = QStringLiteral("@fk/shop");

QString initMigration()
{
    return migrationText({QStringLiteral("-- Customers and their orders; deleting a customer deletes its orders.")},
                         QStringLiteral("CREATE TABLE customers (\n"
                                        "    id INTEGER PRIMARY KEY,\n"
                                        "    name TEXT NOT NULL\n"
                                        ");\n"
                                        "CREATE TABLE orders (\n"
                                        "    id INTEGER PRIMARY KEY,\n"
                                        "    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,\n"
                                        "    total INTEGER NOT NULL\n"
                                        ");\n"
                                        "CREATE INDEX orders_customer_idx ON orders (customer_id);\n"
                                        "INSERT INTO customers (id, name) VALUES (1, 'ada'), (2, 'bob'), (3, 'cy');\n"
                                        "INSERT INTO orders (id, customer_id, total)\n"
                                        "VALUES (10, 1, 5), (11, 1, 7), (12, 2, 3), (13, 3, 9), (14, 3, 1);"),
                         QStringLiteral("DROP TABLE orders;\nDROP TABLE customers;"));
}

// Rebuilds customers with a new column (up) and without it (down). `keepAll` false copies only
// customers 1 and 2: orders 13 and 14 of customer 3 then reference a row that is gone.
QString rebuildMigration(bool directive, bool keepAll = true)
{
    QStringList header{QStringLiteral("-- customers gets an email: a rebuild, as SQLite documents it.")};
    if (directive)
        header.append(QStringLiteral("-- strata:foreign-keys off"));
    return migrationText(header,
                         QStringLiteral("CREATE TABLE new_customers (\n"
                                        "    id INTEGER PRIMARY KEY,\n"
                                        "    name TEXT NOT NULL,\n"
                                        "    email TEXT NOT NULL DEFAULT ''\n"
                                        ");\n"
                                        "INSERT INTO new_customers (id, name) SELECT id, name FROM customers%1;\n"
                                        "DROP TABLE customers;\n"
                                        "ALTER TABLE new_customers RENAME TO customers;")
                             .arg(keepAll ? QString() : QStringLiteral(" WHERE id < 3")),
                         QStringLiteral("CREATE TABLE old_customers (\n"
                                        "    id INTEGER PRIMARY KEY,\n"
                                        "    name TEXT NOT NULL\n"
                                        ");\n"
                                        "INSERT INTO old_customers (id, name) SELECT id, name FROM customers;\n"
                                        "DROP TABLE customers;\n"
                                        "ALTER TABLE old_customers RENAME TO customers;"));
}

// Runs with foreign keys as the connection has them: on, they delete customer 1's orders.
QString cascadeMigration()
{
    return migrationText({}, QStringLiteral("DELETE FROM customers WHERE id = 1;"),
                         QStringLiteral("INSERT INTO customers (id, name) VALUES (1, 'ada');"));
}

void writeShop(const QString &root, const QString &rebuild)
{
    CHECK(writeProjectFile(root, DialectKind::SQLite));
    CHECK(writePackage(root, QStringLiteral("shop"), Package));
    CHECK(writeMigration(root, QStringLiteral("shop"), QStringLiteral("0001_init"), initMigration()));
    CHECK(writeMigration(root, QStringLiteral("shop"), QStringLiteral("0002_rebuild"), rebuild));
    CHECK(writeMigration(root, QStringLiteral("shop"), QStringLiteral("0003_cascade"), cascadeMigration()));
}

QStringList rowsOf(const Snapshot &snapshot, const QString &table)
{
    QStringList rows;
    for (const QString &row : snapshot.data) {
        if (row.startsWith(table + QStringLiteral(": ")))
            rows.append(row);
    }
    return rows;
}

// The runner's "foreign keys on/off again" debug lines (strata.migrate), read back from its own
// connection once the migration's transaction is over: the only place that connection can be seen.
QMutex logMutex;
QStringList foreignKeyLog;
QtMessageHandler previousHandler = nullptr;

void captureForeignKeyLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "strata.migrate") == 0 && message.startsWith(QLatin1String("foreign keys"))) {
        const QMutexLocker lock(&logMutex);
        foreignKeyLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList takeForeignKeyLog()
{
    const QMutexLocker lock(&logMutex);
    return std::exchange(foreignKeyLog, {});
}

} // namespace

class TestRunnerForeignKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("strata.migrate.debug=true"));
        previousHandler = qInstallMessageHandler(captureForeignKeyLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }
    void init() { takeForeignKeyLog(); }

    void rebuildKeepsChildRows();
    void rebuildWithoutDirectiveLosesChildRows();
    void violationFailsAndChangesNothing();
    void planShowsIt();
};

void TestRunnerForeignKeys::rebuildKeepsChildRows()
{
    QTemporaryDir project;
    const QString root = project.path();
    CHECK(writeShop(root, rebuildMigration(true)));
    const MigrationGraph graph = loadGraph(root, 3);
    CHECK();
    QTemporaryDir databases;
    const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:shop.db"), databases.path());
    QVERIFY_RESULT(url);

    const RunResult init = run(graph, upRequest(*url, nameOf(Package, QStringLiteral("0001_init"))));
    QVERIFY2(init.ok(), qPrintable(describe(init)));
    const QStringList orders = rowsOf(snapshotOf(*url), QStringLiteral("orders"));
    QCOMPARE(orders.size(), 5);
    QVERIFY(takeForeignKeyLog().isEmpty()); // no directive, no change of foreign_keys

    const RunResult rebuilt = run(graph, upRequest(*url, nameOf(Package, QStringLiteral("0002_rebuild"))));
    QVERIFY2(rebuilt.ok(), qPrintable(describe(rebuilt)));
    QCOMPARE(takeForeignKeyLog(), QStringList{QStringLiteral("foreign keys on again")});
    Snapshot after = snapshotOf(*url);
    QCOMPARE(rowsOf(after, QStringLiteral("orders")), orders); // every child row is there
    QCOMPARE(rowsOf(after, QStringLiteral("customers")),
             (QStringList{QStringLiteral("customers: 1|ada|"), QStringLiteral("customers: 2|bob|"),
                          QStringLiteral("customers: 3|cy|")}));
    const QString schema = after.schema.join(QLatin1Char('\n'));
    QVERIFY2(schema.contains(QStringLiteral("foreign key")) && schema.contains(QStringLiteral("-> customers (id)")),
             qPrintable(schema));

    // The next migration runs on the same connection with foreign keys on: the cascade works again,
    // on the rebuilt table.
    const RunResult cascaded = run(graph, upRequest(*url));
    QVERIFY2(cascaded.ok(), qPrintable(describe(cascaded)));
    after = snapshotOf(*url);
    QCOMPARE(rowsOf(after, QStringLiteral("orders")), orders.mid(2));

    // Down: 0003's down, then 0002's own rebuild back, again with foreign keys off: the orders stay.
    const RunResult back = run(graph, downRequest(*url, 2));
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    QCOMPARE(takeForeignKeyLog(), QStringList{QStringLiteral("foreign keys on again")});
    after = snapshotOf(*url);
    QCOMPARE(rowsOf(after, QStringLiteral("orders")), orders.mid(2));
    QCOMPARE(rowsOf(after, QStringLiteral("customers")),
             (QStringList{QStringLiteral("customers: 1|ada"), QStringLiteral("customers: 2|bob"),
                          QStringLiteral("customers: 3|cy")}));
    QCOMPARE(appliedNames(*url), QStringList{nameOf(Package, QStringLiteral("0001_init"))});
}

void TestRunnerForeignKeys::rebuildWithoutDirectiveLosesChildRows()
{
    // The danger the directive is for: the same rebuild with foreign keys on runs without an
    // error, and DROP TABLE's implicit DELETE has cascaded into every order.
    QTemporaryDir project;
    const QString root = project.path();
    CHECK(writeShop(root, rebuildMigration(false)));
    const MigrationGraph graph = loadGraph(root, 3);
    CHECK();
    QTemporaryDir databases;
    const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:shop.db"), databases.path());
    QVERIFY_RESULT(url);
    const RunResult init = run(graph, upRequest(*url, nameOf(Package, QStringLiteral("0001_init"))));
    QVERIFY2(init.ok(), qPrintable(describe(init)));
    QCOMPARE(rowsOf(snapshotOf(*url), QStringLiteral("orders")).size(), 5);

    const RunResult rebuilt = run(graph, upRequest(*url, nameOf(Package, QStringLiteral("0002_rebuild"))));
    QVERIFY2(rebuilt.ok(), qPrintable(describe(rebuilt)));
    QCOMPARE(rowsOf(snapshotOf(*url), QStringLiteral("orders")), QStringList());
    QCOMPARE(rowsOf(snapshotOf(*url), QStringLiteral("customers")).size(), 3);
    QVERIFY(takeForeignKeyLog().isEmpty());
}

void TestRunnerForeignKeys::violationFailsAndChangesNothing()
{
    QTemporaryDir project;
    const QString root = project.path();
    CHECK(writeShop(root, rebuildMigration(true, false)));
    const MigrationGraph graph = loadGraph(root, 3);
    CHECK();
    QTemporaryDir databases;
    const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:shop.db"), databases.path());
    QVERIFY_RESULT(url);
    const RunResult init = run(graph, upRequest(*url, nameOf(Package, QStringLiteral("0001_init"))));
    QVERIFY2(init.ok(), qPrintable(describe(init)));
    const Snapshot before = snapshotOf(*url);
    const QByteArray hashBefore = fileHash(url->path);

    const RunResult result = run(graph, upRequest(*url));
    QVERIFY(!result.ok());
    QVERIFY2(!result.error, qPrintable(result.errorMessage()));
    QVERIFY(result.failure.has_value());
    QCOMPARE(result.failure->id, QStringLiteral("0002_rebuild"));
    QCOMPARE(result.failure->statementNumber, 0); // after every statement ran, before COMMIT
    const QString &message = result.failure->databaseError;
    QVERIFY2(message.contains(QStringLiteral("row 13 of table orders")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("of customers")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("and 1 more violation")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("foreign_key_check")), qPrintable(message));
    QCOMPARE(reportedNames(result), QStringList{nameOf(Package, QStringLiteral("0002_rebuild"))});
    QCOMPARE(result.migrations.last().statements.size(), 4);
    QCOMPARE(takeForeignKeyLog(), QStringList{QStringLiteral("foreign keys on again")});

    // Rolled back whole: the catalog, every row and the history as before, and the file byte for byte.
    CHECK(compareSnapshots(snapshotOf(*url), before));
    QCOMPARE(fileHash(url->path), hashBefore);
    QCOMPARE(appliedNames(*url), QStringList{nameOf(Package, QStringLiteral("0001_init"))});
}

void TestRunnerForeignKeys::planShowsIt()
{
    QTemporaryDir project;
    const QString root = project.path();
    CHECK(writeShop(root, rebuildMigration(true)));
    const MigrationGraph graph = loadGraph(root, 3);
    CHECK();
    const Result<Plan> sqlite = Planner(graph, DialectKind::SQLite).up({});
    QVERIFY_RESULT(sqlite);
    QCOMPARE(sqlite->migrations.size(), 3);
    QVERIFY(!sqlite->migrations.at(0).foreignKeysOff);
    QVERIFY(sqlite->migrations.at(1).foreignKeysOff);
    QVERIFY(!sqlite->migrations.at(2).foreignKeysOff);
    // PostgreSQL keeps its constraints on: the directive does nothing there.
    const Result<Plan> postgres = Planner(graph, DialectKind::PostgreSQL).up({});
    QVERIFY_RESULT(postgres);
    QVERIFY(!postgres->migrations.at(1).foreignKeysOff);
}

QTEST_GUILESS_MAIN(TestRunnerForeignKeys)
#include "tst_runner_foreignkeys.moc"
#include "moc_RunnerTestProject.cpp"
