// The PostgreSQL edition of the example project (examples/postgresql/: the same database.json files,
// PostgreSQL migrations) against fresh databases of the test server: its rendered DDL and its
// migrations both produce exactly the declared schema, the migrations roll back to an empty database
// and apply again, and the runner applies them in dependency order.

#include "ExamplesTestSupport.h"

#include <strata/sql/PostgresDialect.h>

using namespace Strata;
using namespace Strata::ExamplesTest;

namespace {

QString projectRoot()
{
    return Test::examplesDir() + QStringLiteral("/postgresql");
}

} // namespace

class TestPgExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void renderedDdlMatchesCatalog();
    void migrateRollbackMigrate();
    void migrationsFollowDependencies();
    void checksMatchRenderedDdl();

private:
    // A fresh, empty database of the test server; fails the test when there is none.
    QString createDatabase();
    Result<DatabaseUrl> parse(const QString &url) const;
    QSqlDatabase open(const QString &url);
    // The database with the rendered DDL run on it.
    QSqlDatabase openRendered();

    Registry m_registry;
    std::optional<MigrationGraph> m_graph;
    PostgresDialect m_dialect;
    QStringList m_connections;
    int m_counter = 0;
};

void TestPgExamples::initTestCase()
{
    loadProject(projectRoot(), m_registry);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_registry.project().dialect, DialectKind::PostgreSQL);
    m_graph = MigrationGraph::build(m_registry);
    QVERIFY(!m_graph->hasCycles());
    QCOMPARE(m_graph->nodes().size(), MigrationCount);
    // The PostgreSQL edition runs its own migration files, not the SQLite ones beside the targets
    // of its database.json links.
    for (const MigrationNode &node : m_graph->nodes())
        QVERIFY2(node.migration.file.startsWith(projectRoot() + QLatin1Char('/')), qPrintable(node.migration.file));
}

void TestPgExamples::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

QString TestPgExamples::createDatabase()
{
    QString error;
    const QString url = Test::createPostgresDatabase(QStringLiteral("examples"), &error);
    if (url.isEmpty())
        qWarning().noquote() << "no PostgreSQL database:" << error;
    return url;
}

Result<DatabaseUrl> TestPgExamples::parse(const QString &url) const
{
    return DatabaseUrl::parse(url, projectRoot());
}

QSqlDatabase TestPgExamples::open(const QString &url)
{
    const QString name = QStringLiteral("pg_examples_%1").arg(++m_counter);
    m_connections.append(name);
    QSqlDatabase db = Test::openPostgres(url, name);
    if (!db.isOpen())
        qWarning().noquote() << db.lastError().text();
    return db;
}

QSqlDatabase TestPgExamples::openRendered()
{
    const QString url = createDatabase();
    if (url.isEmpty())
        return {};
    QSqlDatabase db = open(url);
    if (!db.isOpen())
        return db;
    const QString failure = execute(db, DdlRenderer(m_dialect).statements(m_registry.effectiveTables()));
    if (!failure.isEmpty()) {
        qWarning().noquote() << failure;
        db.close();
    }
    return db;
}

void TestPgExamples::renderedDdlMatchesCatalog()
{
    QSqlDatabase db = openRendered();
    QVERIFY(db.isOpen());

    const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::PostgreSQL);
    QVERIFY_RESULT(read);
    const QList<CatalogTable> &catalog = *read;
    QCOMPARE(catalog.size(), TableCount);
    verifyMatchesDeclared(catalog, m_registry, m_dialect);
    verifySpotChecks(catalog, m_registry);

    // PostgreSQL spellings: serial keys, dialect-specific and portable types, comments.
    const CatalogTable *workspaces = findTable(catalog, QStringLiteral("workspaces"));
    QVERIFY(workspaces);
    QCOMPARE(workspaces->column(u"id")->type, QStringLiteral("bigint"));
    QVERIFY(workspaces->column(u"id")->defaultValue.startsWith(QLatin1String("nextval(")));
    QCOMPARE(findTable(catalog, QStringLiteral("notes"))->column(u"search_vector")->type, QStringLiteral("tsvector"));
    QCOMPARE(findTable(catalog, QStringLiteral("payments"))->column(u"amount")->type, QStringLiteral("numeric(12,2)"));
    QCOMPARE(findTable(catalog, QStringLiteral("api_keys"))->column(u"id")->type, QStringLiteral("uuid"));
    QCOMPARE(findTable(catalog, QStringLiteral("audit_events"))->column(u"payload")->type, QStringLiteral("jsonb"));
    QCOMPARE(findTable(catalog, QStringLiteral("plans"))->column(u"is_public")->defaultValue, QStringLiteral("true"));
    QCOMPARE(findTable(catalog, QStringLiteral("deals"))->comment,
             QStringLiteral("A sales opportunity moving through the pipeline."));
}

void TestPgExamples::migrateRollbackMigrate()
{
    const QString database = createDatabase();
    QVERIFY(!database.isEmpty());
    const Result<DatabaseUrl> parsed = parse(database);
    QVERIFY_RESULT(parsed);
    const DatabaseUrl &url = *parsed;

    MigrationRunner runner;
    const RunResult up = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(up.ok(), qPrintable(runSummary(up)));
    QCOMPARE(up.migrations.size(), MigrationCount);
    verifyStatus(*m_graph, readHistory(url), MigrationState::Applied);
    if (QTest::currentTestFailed())
        return;

    QSqlDatabase db = open(database);
    QVERIFY(db.isOpen());
    const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::PostgreSQL);
    QVERIFY_RESULT(read);
    QList<CatalogTable> catalog = *read;
    QCOMPARE(catalog.size(), TableCount + 1); // and strata_migrations
    verifyMatchesDeclared(catalog, m_registry, m_dialect);
    verifySpotChecks(catalog, m_registry);
    if (QTest::currentTestFailed())
        return;

    const RunResult rolledBack = runner.run(*m_graph, requestAll(url, PlanDirection::Down));
    QVERIFY2(rolledBack.ok(), qPrintable(runSummary(rolledBack)));
    QCOMPARE(rolledBack.migrations.size(), MigrationCount);
    catalog = readCatalog(db, DialectKind::PostgreSQL).value_or(QList<CatalogTable>{});
    QCOMPARE(catalog.size(), 1);
    QCOMPARE(catalog.first().name, historyTable());
    // Nothing else left behind in the schema: no sequence, index, view or type.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.relkind::text || ' ' || c.relname FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname NOT LIKE 'strata_migrations%' "
        "UNION ALL SELECT 'type ' || t.typname FROM pg_type t "
        "WHERE t.typnamespace = current_schema()::regnamespace AND t.typrelid = 0 AND t.typelem = 0")));
    QStringList leftovers;
    while (query.next())
        leftovers.append(query.value(0).toString());
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", ")));
    const QList<AppliedMigration> history = readHistory(url);
    QVERIFY(history.isEmpty());
    verifyStatus(*m_graph, history, MigrationState::Pending);
    if (QTest::currentTestFailed())
        return;

    const RunResult again = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(again.ok(), qPrintable(runSummary(again)));
    QCOMPARE(again.migrations.size(), MigrationCount);
    verifyStatus(*m_graph, readHistory(url), MigrationState::Applied);
    catalog = readCatalog(db, DialectKind::PostgreSQL).value_or(QList<CatalogTable>{});
    verifyMatchesDeclared(catalog, m_registry, m_dialect);
    verifySpotChecks(catalog, m_registry);
}

void TestPgExamples::migrationsFollowDependencies()
{
    const QString database = createDatabase();
    QVERIFY(!database.isEmpty());
    const Result<DatabaseUrl> parsed = parse(database);
    QVERIFY_RESULT(parsed);
    const DatabaseUrl &url = *parsed;
    MigrationRunner runner;
    const RunResult result = runner.run(*m_graph, requestAll(url, PlanDirection::Up));
    QVERIFY2(result.ok(), qPrintable(runSummary(result)));
    verifyOrdering(m_registry, result);
    if (QTest::currentTestFailed())
        return;

    const QList<AppliedMigration> history = readHistory(url);
    QCOMPARE(history.size(), result.migrations.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        QCOMPARE(history.at(i).package, result.migrations.at(i).package);
        QCOMPARE(history.at(i).id, result.migrations.at(i).id);
    }
}

void TestPgExamples::checksMatchRenderedDdl()
{
    QSqlDatabase rendered = openRendered();
    QVERIFY(rendered.isOpen());

    const QString database = createDatabase();
    QVERIFY(!database.isEmpty());
    const Result<DatabaseUrl> url = parse(database);
    QVERIFY_RESULT(url);
    MigrationRunner runner;
    const RunResult result = runner.run(*m_graph, requestAll(*url, PlanDirection::Up));
    QVERIFY2(result.ok(), qPrintable(runSummary(result)));
    QSqlDatabase migrated = open(database);
    QVERIFY(migrated.isOpen());

    // Names included: PostgreSQL names an unnamed check after its table and column, so a check
    // written at table level where the schema has it on the column would show here.
    const QMap<QString, QStringList> expected = checkConstraints(rendered, DialectKind::PostgreSQL);
    const QMap<QString, QStringList> actual = checkConstraints(migrated, DialectKind::PostgreSQL);
    int count = 0;
    for (const QStringList &list : expected)
        count += list.size();
    QCOMPARE(count, 21); // 7 enum columns, 14 table checks
    QVERIFY2(expected.value(QStringLiteral("subscriptions"))
                 .contains(QStringLiteral("subscriptions_seats_positive CHECK ((seats > 0))")),
             qPrintable(expected.value(QStringLiteral("subscriptions")).join(u'\n')));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(actual.value(it.key()), it.value());
    QCOMPARE(actual.keys(), expected.keys());
}

QTEST_GUILESS_MAIN(TestPgExamples)
#include "tst_pg_examples.moc"
