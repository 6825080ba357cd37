// Which statements destroy data (classifyDestructive), for the warnings of plan, migrate and the
// workbench, and how much they would destroy on a real SQLite file (estimateImpact).

#include "TestSupport.h"

#include <strata/migration/Connection.h>
#include <strata/migration/Impact.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <QTest>

using namespace Strata;

namespace {

constexpr int NotDestructive = -1;

int kindOf(DestructiveChange::Kind kind)
{
    return int(kind);
}

} // namespace

class TestDestructive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void typeChangeDescription();
    void impactOnSqlite();
};

void TestDestructive::classify_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");

    const int dropTable = kindOf(DestructiveChange::Kind::DropTable);
    const int dropColumn = kindOf(DestructiveChange::Kind::DropColumn);
    const int dropIndex = kindOf(DestructiveChange::Kind::DropIndex);
    const int truncate = kindOf(DestructiveChange::Kind::Truncate);
    const int retype = kindOf(DestructiveChange::Kind::NarrowingTypeChange);
    const QString none;

    QTest::newRow("DROP TABLE") << QStringLiteral("DROP TABLE deals") << dropTable << QStringLiteral("deals") << none;
    QTest::newRow("lower case") << QStringLiteral("drop table deals") << dropTable << QStringLiteral("deals") << none;
    QTest::newRow("IF EXISTS") << QStringLiteral("DROP TABLE IF EXISTS deals CASCADE") << dropTable
                               << QStringLiteral("deals") << none;
    QTest::newRow("across lines, comment first") << QStringLiteral("-- no longer used\nDROP\n  TABLE\n  deals")
                                                 << dropTable << QStringLiteral("deals") << none;
    QTest::newRow("quoted") << QStringLiteral("DROP TABLE \"Deal Stages\"") << dropTable
                            << QStringLiteral("Deal Stages") << none;
    QTest::newRow("backquoted (SQLite)") << QStringLiteral("DROP TABLE `deals`") << dropTable
                                         << QStringLiteral("deals") << none;
    QTest::newRow("bracketed (SQLite)") << QStringLiteral("DROP TABLE [deals]") << dropTable
                                        << QStringLiteral("deals") << none;
    QTest::newRow("schema-qualified") << QStringLiteral("DROP TABLE public.deals") << dropTable
                                      << QStringLiteral("deals") << none;
    QTest::newRow("schema-qualified, quoted") << QStringLiteral("DROP TABLE \"public\".\"Deals\"") << dropTable
                                              << QStringLiteral("Deals") << none;
    QTest::newRow("schema-qualified, quoted table") << QStringLiteral("DROP TABLE IF EXISTS main.\"deals\"")
                                                    << dropTable << QStringLiteral("deals") << none;
    QTest::newRow("DROP INDEX") << QStringLiteral("DROP INDEX deals_stage_idx") << dropIndex
                                << QStringLiteral("deals_stage_idx") << none;
    QTest::newRow("DROP INDEX CONCURRENTLY IF EXISTS")
        << QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS deals_stage_idx") << dropIndex
        << QStringLiteral("deals_stage_idx") << none;
    QTest::newRow("TRUNCATE") << QStringLiteral("TRUNCATE deals") << truncate << QStringLiteral("deals") << none;
    QTest::newRow("TRUNCATE TABLE ONLY") << QStringLiteral("TRUNCATE TABLE ONLY deals RESTART IDENTITY") << truncate
                                         << QStringLiteral("deals") << none;
    QTest::newRow("DROP COLUMN") << QStringLiteral("ALTER TABLE deals DROP COLUMN closed_at") << dropColumn
                                 << QStringLiteral("deals") << QStringLiteral("closed_at");
    QTest::newRow("DROP without COLUMN") << QStringLiteral("ALTER TABLE deals DROP closed_at") << dropColumn
                                         << QStringLiteral("deals") << QStringLiteral("closed_at");
    QTest::newRow("DROP COLUMN IF EXISTS, ONLY")
        << QStringLiteral("ALTER TABLE IF EXISTS ONLY public.deals DROP COLUMN IF EXISTS \"closed_at\" CASCADE")
        << dropColumn << QStringLiteral("deals") << QStringLiteral("closed_at");
    QTest::newRow("DROP COLUMN after another action")
        << QStringLiteral("ALTER TABLE deals ADD COLUMN won boolean, DROP COLUMN closed_at") << dropColumn
        << QStringLiteral("deals") << QStringLiteral("closed_at");
    QTest::newRow("DROP COLUMN after DROP CONSTRAINT")
        << QStringLiteral("ALTER TABLE deals DROP CONSTRAINT deals_amount_check, DROP COLUMN amount") << dropColumn
        << QStringLiteral("deals") << QStringLiteral("amount");
    QTest::newRow("ALTER COLUMN TYPE") << QStringLiteral("ALTER TABLE deals ALTER COLUMN amount TYPE integer")
                                       << retype << QStringLiteral("deals") << QStringLiteral("amount");
    QTest::newRow("ALTER ... SET DATA TYPE")
        << QStringLiteral("ALTER TABLE deals ALTER amount SET DATA TYPE numeric(10, 2) USING amount::numeric")
        << retype << QStringLiteral("deals") << QStringLiteral("amount");

    // Look-alikes that destroy nothing.
    QTest::newRow("DROP CONSTRAINT") << QStringLiteral("ALTER TABLE deals DROP CONSTRAINT deals_amount_check")
                                     << NotDestructive << none << none;
    QTest::newRow("DROP CONSTRAINT IF EXISTS")
        << QStringLiteral("ALTER TABLE deals DROP CONSTRAINT IF EXISTS deals_amount_check") << NotDestructive << none
        << none;
    QTest::newRow("DROP DEFAULT") << QStringLiteral("ALTER TABLE deals ALTER COLUMN amount DROP DEFAULT")
                                  << NotDestructive << none << none;
    QTest::newRow("DROP NOT NULL") << QStringLiteral("ALTER TABLE deals ALTER COLUMN amount DROP NOT NULL")
                                   << NotDestructive << none << none;
    QTest::newRow("SET DEFAULT") << QStringLiteral("ALTER TABLE deals ALTER COLUMN amount SET DEFAULT 0")
                                 << NotDestructive << none << none;
    QTest::newRow("ADD COLUMN") << QStringLiteral("ALTER TABLE deals ADD COLUMN dropped_at TEXT") << NotDestructive
                                << none << none;
    QTest::newRow("ADD COLUMN named \"drop\"") << QStringLiteral("ALTER TABLE deals ADD COLUMN \"drop\" TEXT")
                                               << NotDestructive << none << none;
    QTest::newRow("RENAME quoted \"alter\" TO \"type\"")
        << QStringLiteral("ALTER TABLE deals RENAME COLUMN \"alter\" TO \"type\"") << NotDestructive << none << none;
    QTest::newRow("RENAME") << QStringLiteral("ALTER TABLE deals RENAME TO old_deals") << NotDestructive << none
                            << none;
    QTest::newRow("string containing DROP TABLE")
        << QStringLiteral("INSERT INTO notes (body) VALUES ('DROP TABLE deals')") << NotDestructive << none << none;
    QTest::newRow("comment containing DROP TABLE")
        << QStringLiteral("-- DROP TABLE deals\nCREATE TABLE deals2 (id INTEGER)") << NotDestructive << none << none;
    QTest::newRow("block comment containing DROP TABLE")
        << QStringLiteral("/* DROP TABLE deals; */ UPDATE deals SET amount = 0") << NotDestructive << none << none;
    QTest::newRow("check string containing DROP COLUMN")
        << QStringLiteral("ALTER TABLE deals ADD CONSTRAINT c CHECK (note <> 'x DROP COLUMN amount')")
        << NotDestructive << none << none;
    QTest::newRow("check string without spaces")
        << QStringLiteral("ALTER TABLE deals ADD CONSTRAINT c CHECK (note<>'DROP COLUMN amount')") << NotDestructive
        << none << none;
    QTest::newRow("DROP VIEW") << QStringLiteral("DROP VIEW deal_totals") << NotDestructive << none << none;
    QTest::newRow("DROP TRIGGER") << QStringLiteral("DROP TRIGGER deals_touch") << NotDestructive << none << none;
    QTest::newRow("CREATE TABLE") << QStringLiteral("CREATE TABLE drop_table (id INTEGER)") << NotDestructive << none
                                  << none;
    QTest::newRow("DELETE") << QStringLiteral("DELETE FROM deals WHERE id = 1") << NotDestructive << none << none;
}

void TestDestructive::classify()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QFETCH(QString, table);
    QFETCH(QString, column);

    for (DialectKind dialect : {DialectKind::SQLite, DialectKind::PostgreSQL}) {
        const std::optional<DestructiveChange> change = classifyDestructive(sql, dialect);
        if (kind == NotDestructive) {
            QVERIFY2(!change, change ? qPrintable(change->description) : "");
            continue;
        }
        QVERIFY(change.has_value());
        QCOMPARE(int(change->kind), kind);
        QCOMPARE(change->table, table);
        QCOMPARE(change->column, column);
        QCOMPARE(change->affected, -1); // unknown until estimated
        QVERIFY(!change->description.isEmpty());
        QVERIFY2(change->description.contains(table), qPrintable(change->description));
    }
}

void TestDestructive::typeChangeDescription()
{
    const auto change = classifyDestructive(
        QStringLiteral("ALTER TABLE deals ALTER COLUMN amount TYPE numeric(10, 2) USING amount::numeric"),
        DialectKind::PostgreSQL);
    QVERIFY(change.has_value());
    QVERIFY2(change->description.contains(QStringLiteral("deals.amount")), qPrintable(change->description));
    QVERIFY2(change->description.contains(QStringLiteral("numeric(10,2)")), qPrintable(change->description));
    const auto varchar = classifyDestructive(QStringLiteral("ALTER TABLE deals ALTER COLUMN name TYPE varchar(40)"),
                                             DialectKind::PostgreSQL);
    QVERIFY(varchar.has_value());
    QVERIFY2(varchar->description.contains(QStringLiteral("varchar(40)")), qPrintable(varchar->description));
}

// A plan that drops a table, a column and an index, truncates, and drops a table it creates itself.
void TestDestructive::impactOnSqlite()
{
    QTemporaryDir dir;
    const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite:impact.db"), dir.path());
    Connection connection(url);
    QVERIFY2(connection.isOpen(), qPrintable(connection.errorText()));
    for (const char *sql : {
             "CREATE TABLE deals (id INTEGER PRIMARY KEY, note TEXT, amount INTEGER)",
             "INSERT INTO deals (id, note, amount) VALUES (1, 'a', 10), (2, NULL, 20), (3, 'c', NULL)",
             "CREATE INDEX deals_amount_idx ON deals (amount)",
             "CREATE TABLE logs (id INTEGER PRIMARY KEY)",
             "INSERT INTO logs (id) VALUES (1), (2), (3), (4), (5)",
             "CREATE TABLE empty_t (id INTEGER PRIMARY KEY)",
         }) {
        QVERIFY_RESULT(connection.exec(QString::fromLatin1(sql)));
    }

    Registry registry;
    PackageRegistration package;
    package.packageName = QStringLiteral("@rt/impact");
    package.version = QStringLiteral("1.0.0");
    MigrationSpec spec;
    spec.id = QStringLiteral("0001_cleanup");
    spec.up = MigrationStep("ALTER TABLE deals DROP COLUMN note;\n"
                             "TRUNCATE logs;\n"
                             "DROP INDEX deals_amount_idx;\n"
                             "CREATE TABLE scratch (id INTEGER);\n"
                             "DROP TABLE scratch;\n"
                             "DROP TABLE empty_t;\n"
                             "ALTER TABLE deals ALTER COLUMN amount TYPE smallint;\n"
                             "DROP TABLE \"DEALS\";\n"
                             "INSERT INTO logs (id) VALUES (9)");
    package.migrations = {createMigration(spec)};
    registry.registerDatabase(package);
    const MigrationGraph graph = MigrationGraph::build(registry);
    Result<Plan> planned = Planner(graph, DialectKind::SQLite).up({});
    QVERIFY_RESULT(planned);
    Plan &plan = *planned;
    QCOMPARE(plan.migrations.size(), 1);
    QVERIFY(plan.hasDestructive());
    QVERIFY(plan.migrations.first().isDestructive());
    const QList<PlannedStatement> &before = plan.migrations.first().statements;
    QCOMPARE(before.size(), 9);
    for (const PlannedStatement &s : before) {
        if (s.destructive)
            QCOMPARE(s.destructive->affected, -1);
    }

    estimateImpact(connection, plan);
    const QList<PlannedStatement> &statements = plan.migrations.first().statements;
    QCOMPARE(statements.at(0).destructive->kind, DestructiveChange::Kind::DropColumn);
    QCOMPARE(statements.at(0).destructive->affected, 2); // two notes are not null
    QCOMPARE(statements.at(1).destructive->kind, DestructiveChange::Kind::Truncate);
    QCOMPARE(statements.at(1).destructive->affected, 5);
    QCOMPARE(statements.at(2).destructive->kind, DestructiveChange::Kind::DropIndex);
    QCOMPARE(statements.at(2).destructive->affected, -1); // an index holds no data of its own
    QVERIFY(!statements.at(3).destructive);
    QCOMPARE(statements.at(4).destructive->affected, -1); // the plan creates it: unknown now
    QCOMPARE(statements.at(5).destructive->kind, DestructiveChange::Kind::DropTable);
    QCOMPARE(statements.at(5).destructive->affected, 0);
    QCOMPARE(statements.at(6).destructive->kind, DestructiveChange::Kind::NarrowingTypeChange);
    QCOMPARE(statements.at(6).destructive->affected, 2); // two amounts are not null
    // SQLite names are case-insensitive: "DEALS" is deals.
    QCOMPARE(statements.at(7).destructive->kind, DestructiveChange::Kind::DropTable);
    QCOMPARE(statements.at(7).destructive->affected, 3);
    QVERIFY(!statements.at(8).destructive);

    // Estimating reads only: the data is still there.
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(note) FROM deals")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QCOMPARE(query.value(1).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestDestructive)
#include "tst_destructive.moc"
