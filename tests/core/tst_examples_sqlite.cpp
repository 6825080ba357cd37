// The SQLite edition of the example project (examples/) against real SQLite files: its rendered DDL
// and its migrations both produce exactly the declared schema, the migrations roll back to an empty
// database and apply again, and the runner applies them in dependency order.

#include "ExamplesTestSupport.h"

#include <strata/sql/SqliteDialect.h>

#include <QTemporaryDir>

#include <memory>

using namespace Strata;
using namespace Strata::ExamplesTest;

class TestExamplesSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void renderedDdlMatchesCatalog();
    void migrateRollbackMigrate();
    void migrationsFollowDependencies();
    void checksMatchRenderedDdl();

private:
    Result<DatabaseUrl> urlOf(const QString &fileName) const;
    QSqlDatabase open(const QString &fileName, const QString &suffix);

    Registry m_registry;
    std::optional<MigrationGraph> m_graph;
    SqliteDialect m_dialect;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
    int m_counter = 0;
};

void TestExamplesSqlite::initTestCase()
{
    loadProject(Test::examplesDir(), m_registry);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_registry.project().dialect, DialectKind::SQLite);
    m_graph = MigrationGraph::build(m_registry);
    QVERIFY(!m_graph->hasCycles());
    QCOMPARE(m_graph->nodes().size(), MigrationCount);
}

void TestExamplesSqlite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExamplesSqlite::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_dir.reset();
}

Result<DatabaseUrl> TestExamplesSqlite::urlOf(const QString &fileName) const
{
    return DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(fileName), Test::examplesDir());
}

QSqlDatabase TestExamplesSqlite::open(const QString &fileName, const QString &suffix)
{
    const QString name = QStringLiteral("examples_sqlite_%1_%2").arg(++m_counter).arg(suffix);
    m_connections.append(name);
    return Test::openSqlite(m_dir->filePath(fileName), name);
}

void TestExamplesSqlite::renderedDdlMatchesCatalog()
{
    QSqlDatabase db = open(QStringLiteral("ddl.db"), QStringLiteral("ddl"));
    QVERIFY(db.isOpen());
    const QStringList statements = DdlRenderer(m_dialect).statements(m_registry.effectiveTables());
    // 22 tables, their indexes; no comments on SQLite.
    QVERIFY(statements.size() > TableCount);
    const QString failure = execute(db, statements);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::SQLite);
    QVERIFY_RESULT(read);
    const QList<CatalogTable> &catalog = *read;
    QCOMPARE(catalog.size(), TableCount);
    verifyMatchesDeclared(catalog, m_registry, m_dialect);
    verifySpotChecks(catalog, m_registry);

    // SQLite spellings: the rowid key, dialect-specific and portable types.
    const CatalogTable *workspaces = findTable(catalog, QStringLiteral("workspaces"));
    QVERIFY(workspaces);
    QCOMPARE(workspaces->column(u"id")->type, QStringLiteral("INTEGER"));
    QCOMPARE(findTable(catalog, QStringLiteral("notes"))->column(u"search_vector")->type, QStringLiteral("TEXT"));
    QCOMPARE(findTable(catalog, QStringLiteral("payments"))->column(u"amount")->type, QStringLiteral("NUMERIC(12,2)"));
    QCOMPARE(findTable(catalog, QStringLiteral("api_keys"))->column(u"secret_hash")->type, QStringLiteral("BLOB"));
    QCOMPARE(findTable(catalog, QStringLiteral("plans"))->column(u"is_public")->defaultValue, QStringLiteral("1"));
}

void TestExamplesSqlite::migrateRollbackMigrate()
{
    const Result<DatabaseUrl> parsed = urlOf(QStringLiteral("migrated.db"));
    QVERIFY_RESULT(parsed);
    const DatabaseUrl &url = *parsed;

    MigrationRunner runner;
    const RunResult up = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(up.ok(), qPrintable(runSummary(up)));
    QCOMPARE(up.migrations.size(), MigrationCount);
    verifyStatus(*m_graph, readHistory(url), MigrationState::Applied);
    if (QTest::currentTestFailed())
        return;

    {
        QSqlDatabase db = open(QStringLiteral("migrated.db"), QStringLiteral("up"));
        QVERIFY(db.isOpen());
        const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::SQLite);
        QVERIFY_RESULT(read);
        const QList<CatalogTable> &catalog = *read;
        QCOMPARE(catalog.size(), TableCount + 1); // and strata_migrations
        verifyMatchesDeclared(catalog, m_registry, m_dialect);
        verifySpotChecks(catalog, m_registry);
        if (QTest::currentTestFailed())
            return;
        db.close();
    }

    const RunResult rolledBack = runner.run(*m_graph, requestAll(url, PlanDirection::Down));
    QVERIFY2(rolledBack.ok(), qPrintable(runSummary(rolledBack)));
    QCOMPARE(rolledBack.migrations.size(), MigrationCount);
    {
        QSqlDatabase db = open(QStringLiteral("migrated.db"), QStringLiteral("down"));
        QVERIFY(db.isOpen());
        const QList<CatalogTable> catalog = readCatalog(db, DialectKind::SQLite).value_or(QList<CatalogTable>{});
        QCOMPARE(catalog.size(), 1);
        QCOMPARE(catalog.first().name, historyTable());
        // No index, view or trigger left behind either.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                          "AND tbl_name <> 'strata_migrations'")));
        QStringList leftovers;
        while (query.next())
            leftovers.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", ")));
        db.close();
    }
    const QList<AppliedMigration> history = readHistory(url);
    QVERIFY(history.isEmpty());
    verifyStatus(*m_graph, history, MigrationState::Pending);
    if (QTest::currentTestFailed())
        return;

    const RunResult again = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(again.ok(), qPrintable(runSummary(again)));
    QCOMPARE(again.migrations.size(), MigrationCount);
    verifyStatus(*m_graph, readHistory(url), MigrationState::Applied);
    QSqlDatabase db = open(QStringLiteral("migrated.db"), QStringLiteral("again"));
    QVERIFY(db.isOpen());
    const QList<CatalogTable> catalog = readCatalog(db, DialectKind::SQLite).value_or(QList<CatalogTable>{});
    verifyMatchesDeclared(catalog, m_registry, m_dialect);
    verifySpotChecks(catalog, m_registry);
}

void TestExamplesSqlite::migrationsFollowDependencies()
{
    const Result<DatabaseUrl> parsed = urlOf(QStringLiteral("ordered.db"));
    QVERIFY_RESULT(parsed);
    const DatabaseUrl &url = *parsed;
    MigrationRunner runner;
    const RunResult result = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(result.ok(), qPrintable(runSummary(result)));
    verifyOrdering(m_registry, result);
    if (QTest::currentTestFailed())
        return;

    // The history records the same order.
    const QList<AppliedMigration> history = readHistory(url);
    QCOMPARE(history.size(), result.migrations.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(history.at(i).package, result.migrations.at(i).package);
        QCOMPARE(history.at(i).id, result.migrations.at(i).id);
    }
}

void TestExamplesSqlite::checksMatchRenderedDdl()
{
    QSqlDatabase rendered = open(QStringLiteral("ddl.db"), QStringLiteral("checks_ddl"));
    QVERIFY(rendered.isOpen());
    const QString failure = execute(rendered, DdlRenderer(m_dialect).statements(m_registry.effectiveTables()));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const Result<DatabaseUrl> parsed = urlOf(QStringLiteral("migrated.db"));
    QVERIFY_RESULT(parsed);
    const DatabaseUrl &url = *parsed;
    MigrationRunner runner;
    const RunResult result = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(result.ok(), qPrintable(runSummary(result)));
    QSqlDatabase migrated = open(QStringLiteral("migrated.db"), QStringLiteral("checks_migrated"));
    QVERIFY(migrated.isOpen());

    const QMap<QString, QStringList> expected = checkConstraints(rendered, DialectKind::SQLite);
    const QMap<QString, QStringList> actual = checkConstraints(migrated, DialectKind::SQLite);
    // Not vacuous: the enum checks and the named and unnamed table checks are all there.
    int count = 0;
    for (const QStringList &list : expected)
        count += list.size();
    QCOMPARE(count, 21); // 7 enum columns, 14 table checks
    QVERIFY(expected.value(QStringLiteral("subscriptions"))
                .contains(QStringLiteral("subscriptions_seats_positive CHECK (seats > 0)")));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(actual.value(it.key()), it.value());
    QCOMPARE(actual.keys(), expected.keys());
}

QTEST_GUILESS_MAIN(TestExamplesSqlite)
#include "tst_examples_sqlite.moc"
