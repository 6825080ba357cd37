#pragma once

// The migration runner's guarantees, written once and run on both dialects: tst_runner_sqlite runs
// them on SQLite files, tst_pg_runner on fresh databases of the test PostgreSQL server. Each test
// writes a small project of its own (strata.json, packages, migration files) into a temporary
// folder, loads it as the CLI does (PackageScanner, MigrationGraph) and runs a real MigrationRunner.
//
// The bodies use QVERIFY/QCOMPARE; helpers that verify are called through CHECK(), which returns
// from the body when the helper failed.
//
// The tst_ files include "moc_RunnerTestProject.cpp" so that AUTOMOC compiles RunEvents for them.

#include "TestSupport.h"

#include <strata/loading/PackageScanner.h>
#include <strata/migration/Connection.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationContext.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include <strata/sql/CatalogReader.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define CHECK(expression)                                                                                          \
    do {                                                                                                           \
        expression;                                                                                                \
        if (QTest::currentTestFailed())                                                                            \
            return;                                                                                                \
    } while (false)

namespace Strata::RunnerTest {

inline QString nameOf(const QString &package, const QString &id)
{
    return package + QLatin1Char(':') + id;
}

inline QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(path) : resolved;
}

// 1-based line of the first occurrence of `needle` in `text` (0 when absent).
inline int lineOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count(QLatin1Char('\n'))) + 1;
}

// ---------------------------------------------------------------------------------------------
// Projects on disk

// A migration file: header lines (directives), the up section and, unless null, the down section.
inline QString migrationText(const QStringList &header, const QString &up, const QString &down = QString())
{
    QString text;
    for (const QString &line : header)
        text += line + QLatin1Char('\n');
    text += QStringLiteral("\n-- strata:up\n") + up + QLatin1Char('\n');
    if (!down.isNull())
        text += QStringLiteral("\n-- strata:down\n") + down + QLatin1Char('\n');
    return text;
}

inline void writeProjectFile(const QString &root, DialectKind dialect)
{
    const QByteArray json = "{\n  \"packages\": [\"packages/*\"],\n  \"dialect\": \""
        + dialectName(dialect).toUtf8() + "\"\n}\n";
    QVERIFY(Test::writeFile(root + QStringLiteral("/strata.json"), json));
}

// packages/<folder>/database.json, with no tables: these tests are about migrations only.
inline void writePackage(const QString &root, const QString &folder, const QString &name,
                         const QStringList &dependencies = {})
{
    QStringList quoted;
    for (const QString &dependency : dependencies)
        quoted.append(QLatin1Char('"') + dependency + QLatin1Char('"'));
    const QString json = QStringLiteral("{\n  \"packageName\": \"%1\",\n  \"version\": \"1.0.0\",\n"
                                        "  \"dependencies\": [%2],\n  \"tables\": []\n}\n")
                             .arg(name, quoted.join(QStringLiteral(", ")));
    QVERIFY(Test::writeFile(root + QStringLiteral("/packages/") + folder + QStringLiteral("/database.json"),
                            json.toUtf8()));
    QDir().mkpath(root + QStringLiteral("/packages/") + folder + QStringLiteral("/migrations"));
}

inline QString migrationPath(const QString &root, const QString &folder, const QString &id)
{
    return root + QStringLiteral("/packages/") + folder + QStringLiteral("/migrations/") + id + QStringLiteral(".sql");
}

inline void writeMigration(const QString &root, const QString &folder, const QString &id, const QString &text)
{
    QVERIFY(Test::writeFile(migrationPath(root, folder, id), text.toUtf8()));
}

// Loads the project as `strata migrate` does. `expectedNodes` guards against a file that silently
// failed to load.
inline MigrationGraph loadGraph(const QString &root, int expectedNodes)
{
    Registry registry;
    discoverAndRegister(root, registry);
    const MigrationGraph graph = MigrationGraph::build(registry);
    QStringList found;
    for (const MigrationNode &node : graph.nodes())
        found.append(nameOf(node.package, node.migration.id));
    [&] { QVERIFY2(graph.nodes().size() == expectedNodes, qPrintable(found.join(QStringLiteral(", ")))); }();
    return graph;
}

inline QStringList namesInOrder(const MigrationGraph &graph)
{
    QStringList names;
    for (int index : graph.order())
        names.append(nameOf(graph.nodes().at(index).package, graph.nodes().at(index).migration.id));
    return names;
}

// A C++ migration (createMigration with the fields these tests use).
inline Migration cppMigration(const QString &id, const MigrationStep &up, const MigrationStep &down = {})
{
    MigrationSpec spec;
    spec.id = id;
    spec.up = up;
    spec.down = down;
    return createMigration(spec);
}

using Callable = MigrationCallable::Function;

// ---------------------------------------------------------------------------------------------
// Databases

// Where a suite's databases come from: a fresh SQLite file or a fresh PostgreSQL database each time.
class Backend
{
public:
    explicit Backend(DialectKind dialect) : m_dialect(dialect) {}
    DialectKind dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == DialectKind::PostgreSQL; }

    Result<DatabaseUrl> freshDatabase()
    {
        if (m_dialect == DialectKind::SQLite) {
            const QString path = m_dir.path() + QStringLiteral("/db%1.sqlite").arg(++m_counter);
            return DatabaseUrl::parse(QStringLiteral("sqlite:") + path, m_dir.path());
        }
        QString error;
        const QString url = Test::createPostgresDatabase(QStringLiteral("runner"), &error);
        if (url.isEmpty())
            return failure(QStringLiteral("no PostgreSQL database: ") + error);
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url, {});
        if (parsed)
            parsed->resolvePassword();
        return parsed;
    }

    // What the database says when a statement names a table it does not have.
    QString missingTableError() const
    {
        return isPostgres() ? QStringLiteral("relation \"no_such_table\" does not exist")
                            : QStringLiteral("no such table: no_such_table");
    }

private:
    DialectKind m_dialect;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

inline Result<> execOn(const DatabaseUrl &url, const QString &sql)
{
    Connection connection(url);
    if (!connection.isOpen())
        return failure(connection.errorText());
    return connection.exec(sql);
}

// Tables the tests create themselves (not through migrations) to watch what migrations do.
inline void createLogTables(const DatabaseUrl &url)
{
    const QString key = url.dialect == DialectKind::PostgreSQL ? QStringLiteral("seq SERIAL PRIMARY KEY")
                                                                 : QStringLiteral("seq INTEGER PRIMARY KEY AUTOINCREMENT");
    QVERIFY_RESULT(execOn(url, QStringLiteral("CREATE TABLE run_log (%1, name TEXT NOT NULL)").arg(key)));
    QVERIFY_RESULT(execOn(url, QStringLiteral("CREATE TABLE down_log (%1, name TEXT NOT NULL)").arg(key)));
}

// The `name` column of a log table in insertion order.
inline QStringList logOf(const DatabaseUrl &url, const QString &table)
{
    Connection connection(url);
    QSqlQuery query(connection.database());
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM %1 ORDER BY seq").arg(table))) {
        qWarning().noquote() << query.lastError().text();
        return {QStringLiteral("<cannot read %1>").arg(table)};
    }
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

inline QList<AppliedMigration> historyOf(const DatabaseUrl &url)
{
    Connection connection(url);
    const Result<QList<AppliedMigration>> rows = History(connection).readAll();
    if (!rows) {
        qWarning().noquote() << "cannot read the history:" << rows.errorMessage();
        return {};
    }
    return *rows;
}

// "package:id" of every history row, in application order.
inline QStringList appliedNames(const DatabaseUrl &url)
{
    QStringList names;
    for (const AppliedMigration &row : historyOf(url))
        names.append(nameOf(row.package, row.id));
    return names;
}

inline QStringList tableNames(const DatabaseUrl &url)
{
    Connection connection(url);
    QStringList names;
    for (const CatalogTable &table : readCatalog(connection.database(), url.dialect).value_or(QList<CatalogTable>{}))
        names.append(table.name);
    names.sort();
    return names;
}

// Everything a migration could change, as lines that QCOMPARE shows side by side: the catalog of
// every table (the history table too), the rows of every table, and the history as History reads it.
struct Snapshot
{
    QStringList schema;
    QStringList data;
    QStringList history;
};

inline QString describeTable(const CatalogTable &table)
{
    QStringList parts{QStringLiteral("table ") + table.name};
    for (const CatalogColumn &c : table.columns)
        parts.append(QStringLiteral("column %1 %2%3 default=%4")
                         .arg(c.name, c.type, c.notNull ? QStringLiteral(" not null") : QString(), c.defaultValue));
    parts.append(QStringLiteral("primary key (%1)").arg(table.primaryKey.join(QLatin1Char(','))));
    for (const CatalogForeignKey &k : table.foreignKeys)
        parts.append(QStringLiteral("foreign key %1 (%2) -> %3 (%4)")
                         .arg(k.name, k.columns.join(QLatin1Char(',')), k.referencedTable,
                              k.referencedColumns.join(QLatin1Char(','))));
    for (const CatalogIndex &i : table.indexes)
        parts.append(QStringLiteral("index %1 (%2)%3").arg(i.name, i.columns.join(QLatin1Char(',')),
                                                           i.unique ? QStringLiteral(" unique") : QString()));
    for (const CatalogCheck &c : table.checks)
        parts.append(QStringLiteral("check %1 %2").arg(c.name, c.definition));
    return parts.join(QStringLiteral("; "));
}

inline Snapshot snapshotOf(const DatabaseUrl &url)
{
    Snapshot snapshot;
    Connection connection(url);
    if (!connection.isOpen()) {
        snapshot.schema.append(QStringLiteral("<cannot open: %1>").arg(connection.errorText()));
        return snapshot;
    }
    Result<QList<CatalogTable>> read = readCatalog(connection.database(), url.dialect);
    if (!read)
        snapshot.schema.append(QStringLiteral("<catalog error: %1>").arg(read.errorMessage()));
    QList<CatalogTable> catalog = std::move(read).value_or(QList<CatalogTable>{});
    std::sort(catalog.begin(), catalog.end(),
              [](const CatalogTable &a, const CatalogTable &b) { return a.name < b.name; });
    for (const CatalogTable &table : std::as_const(catalog)) {
        snapshot.schema.append(describeTable(table));
        QStringList order;
        for (int i = 1; i <= table.columns.size(); ++i)
            order.append(QString::number(i));
        QSqlQuery query(connection.database());
        if (!query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table.name, order.join(QLatin1Char(','))))) {
            snapshot.data.append(QStringLiteral("<cannot read %1: %2>").arg(table.name, query.lastError().text()));
            continue;
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            snapshot.data.append(table.name + QStringLiteral(": ") + values.join(QLatin1Char('|')));
        }
    }
    const Result<QList<AppliedMigration>> rows = History(connection).readAll();
    if (!rows)
        snapshot.history.append(QStringLiteral("<history error: %1>").arg(rows.errorMessage()));
    for (const AppliedMigration &row : rows.value_or(QList<AppliedMigration>{}))
        snapshot.history.append(QStringLiteral("%1 %2 %3 v%4 #%5 at %6 in %7 ms")
                                    .arg(nameOf(row.package, row.id), row.checksum, row.packageVersion)
                                    .arg(row.ordinal)
                                    .arg(row.appliedAt.toString(Qt::ISODateWithMs))
                                    .arg(row.executionMs));
    return snapshot;
}

inline void compareSnapshots(const Snapshot &actual, const Snapshot &expected)
{
    QCOMPARE(actual.schema, expected.schema);
    QCOMPARE(actual.data, expected.data);
    QCOMPARE(actual.history, expected.history);
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(Test::readFile(path), QCryptographicHash::Sha256).toHex();
}

// ---------------------------------------------------------------------------------------------
// Running

inline RunRequest upRequest(const DatabaseUrl &url, const QString &target = {}, bool dryRun = false)
{
    RunRequest request;
    request.url = url;
    request.direction = PlanDirection::Up;
    request.target = target;
    request.dryRun = dryRun;
    request.lockTimeoutSeconds = 10;
    return request;
}

inline RunRequest downRequest(const DatabaseUrl &url, int steps, const QString &target = {})
{
    RunRequest request = upRequest(url, target);
    request.direction = PlanDirection::Down;
    request.steps = steps;
    return request;
}

inline QString describe(const RunResult &result)
{
    QString text = result.errorMessage();
    if (result.failure) {
        const MigrationFailure &f = *result.failure;
        text += QStringLiteral("failed %1 statement %2 (line %3): %4 [%5]")
                    .arg(nameOf(f.package, f.id))
                    .arg(f.statementNumber)
                    .arg(f.fileLine)
                    .arg(f.databaseError, f.statement);
    }
    return text;
}

inline RunResult run(const MigrationGraph &graph, const RunRequest &request)
{
    MigrationRunner runner;
    return runner.run(graph, request);
}

inline QStringList reportedNames(const RunResult &result)
{
    QStringList names;
    for (const MigrationReport &report : result.migrations)
        names.append(nameOf(report.package, report.id));
    return names;
}

// Collects the runner's signals on the receiving (GUI) thread, as a window would: queued, in the
// order they arrive, and re-emits `finished` there for a QSignalSpy.
class RunEvents : public QObject
{
    Q_OBJECT

public:
    explicit RunEvents(MigrationRunner *runner)
    {
        connect(runner, &MigrationRunner::planned, this,
                [this](const Plan &plan) { events.append(QStringLiteral("planned %1").arg(plan.migrations.size())); });
        connect(runner, &MigrationRunner::migrationStarted, this,
                [this](int index, int total, const QString &package, const QString &id) {
                    events.append(QStringLiteral("started %1/%2 %3").arg(index).arg(total).arg(nameOf(package, id)));
                });
        connect(runner, &MigrationRunner::statementFinished, this,
                [this](int index, const StatementReport &statement) {
                    events.append(QStringLiteral("statement %1.%2").arg(index).arg(statement.number));
                });
        connect(runner, &MigrationRunner::migrationFinished, this,
                [this](int index, const MigrationReport &report) {
                    events.append(QStringLiteral("finished %1 %2").arg(index).arg(nameOf(report.package, report.id)));
                });
        connect(runner, &MigrationRunner::finished, this, [this](const RunResult &r) {
            result = r;
            events.append(QStringLiteral("done"));
            Q_EMIT finished();
        });
    }

    QStringList events;
    RunResult result;

Q_SIGNALS:
    void finished();
};

// ---------------------------------------------------------------------------------------------
// The project of the failure, dry-run, modified and no-transaction tests: package @rt/core with
// 0001_base (a table with rows), 0002_multi (five statements) and 0003_after.

inline const QString &corePackage()
{
    static const QString name = QStringLiteral("@rt/core");
    return name;
}

inline QString baseMigration()
{
    return migrationText({QStringLiteral("-- A table with rows that later migrations change.")},
                         QStringLiteral("CREATE TABLE base (\n    id INTEGER PRIMARY KEY,\n    label TEXT NOT NULL\n);\n"
                                        "INSERT INTO base (id, label) VALUES (1, 'a'), (2, 'b');"),
                         QStringLiteral("DROP TABLE base;"));
}

inline QStringList multiStatements()
{
    return {
        QStringLiteral("CREATE TABLE items (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL\n);"),
        QStringLiteral("INSERT INTO items (id, name)\nVALUES (1, 'one'), (2, 'two');"),
        QStringLiteral("ALTER TABLE base ADD COLUMN note TEXT;"),
        QStringLiteral("CREATE INDEX base_label_idx ON base (label);"),
        QStringLiteral("UPDATE base\n   SET label = 'changed', note = 'x'\n WHERE id = 1;"),
    };
}

inline QString failingStatement()
{
    return QStringLiteral("INSERT INTO no_such_table (id)\nVALUES (1);");
}

// 0002_multi with a failing statement inserted before statement `failAt` (1-based; 0 = none).
inline QString multiMigration(int failAt = 0)
{
    QStringList statements = multiStatements();
    if (failAt > 0)
        statements.insert(failAt - 1, failingStatement());
    QString up;
    for (int i = 0; i < statements.size(); ++i)
        up += QStringLiteral("-- step %1\n%2\n\n").arg(i + 1).arg(statements.at(i));
    return migrationText({QStringLiteral("-- Five statements that change new and existing tables.")}, up.trimmed(),
                         QStringLiteral("DROP INDEX base_label_idx;\nDROP TABLE items;"));
}

inline QString afterMigration()
{
    return migrationText({}, QStringLiteral("CREATE TABLE after_t (id INTEGER PRIMARY KEY);"),
                         QStringLiteral("DROP TABLE after_t;"));
}

inline void writeCoreProject(const QString &root, DialectKind dialect, int failAt = 0)
{
    CHECK(writeProjectFile(root, dialect));
    CHECK(writePackage(root, QStringLiteral("core"), corePackage()));
    CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0001_base"), baseMigration()));
    CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0002_multi"), multiMigration(failAt)));
    CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0003_after"), afterMigration()));
}

// ---------------------------------------------------------------------------------------------
// The project of the ordering and rollback tests: @rt/a <- @rt/b <- @rt/c (package dependencies)
// and @rt/x, which depends on nothing but is tied in by requires lines: x2 requires b2, a3 requires x1.
// Every migration creates a table t_<name> and logs itself to run_log; its down section logs to
// down_log and drops the table.

struct OrderMigration
{
    QString shortName; // "a1"
    QStringList requirements; // short names
};

struct OrderPackage
{
    QString folder;
    QStringList dependencies;
    QList<OrderMigration> migrations;
};

inline QList<OrderPackage> orderPackages()
{
    return {
        {QStringLiteral("a"), {}, {{QStringLiteral("a1"), {}}, {QStringLiteral("a2"), {}}, {QStringLiteral("a3"), {QStringLiteral("x1")}}}},
        {QStringLiteral("b"), {QStringLiteral("a")}, {{QStringLiteral("b1"), {}}, {QStringLiteral("b2"), {}}, {QStringLiteral("b3"), {}}}},
        {QStringLiteral("c"), {QStringLiteral("b")}, {{QStringLiteral("c1"), {}}, {QStringLiteral("c2"), {}}}},
        {QStringLiteral("x"), {}, {{QStringLiteral("x1"), {}}, {QStringLiteral("x2"), {QStringLiteral("b2")}}, {QStringLiteral("x3"), {}}}},
    };
}

inline QString orderPackageName(const QString &folder)
{
    return QStringLiteral("@rt/") + folder;
}

inline QString orderId(const QString &shortName)
{
    return QStringLiteral("000") + shortName.right(1) + QLatin1Char('_') + shortName;
}

// "b2" -> "@rt/b:0002_b2"
inline QString orderName(const QString &shortName)
{
    return nameOf(orderPackageName(shortName.left(1)), orderId(shortName));
}

inline QStringList orderNames(const QStringList &shortNames)
{
    QStringList names;
    for (const QString &s : shortNames)
        names.append(orderName(s));
    return names;
}

inline QString orderMigrationText(const OrderMigration &m, bool withDown)
{
    QStringList header{QStringLiteral("-- %1").arg(m.shortName)};
    for (const QString &r : m.requirements)
        header.append(QStringLiteral("-- strata:requires ") + orderName(r));
    return migrationText(header,
                         QStringLiteral("CREATE TABLE t_%1 (id INTEGER PRIMARY KEY);\n"
                                        "INSERT INTO run_log (name) VALUES ('%1');")
                             .arg(m.shortName),
                         withDown ? QStringLiteral("INSERT INTO down_log (name) VALUES ('%1');\nDROP TABLE t_%1;")
                                        .arg(m.shortName)
                                  : QString());
}

// Writes the project; `reverse` creates the packages and files in the opposite order.
inline void writeOrderProject(const QString &root, DialectKind dialect, bool reverse = false)
{
    CHECK(writeProjectFile(root, dialect));
    QList<OrderPackage> packages = orderPackages();
    if (reverse)
        std::reverse(packages.begin(), packages.end());
    for (OrderPackage &package : packages) {
        QStringList dependencies;
        for (const QString &d : package.dependencies)
            dependencies.append(orderPackageName(d));
        CHECK(writePackage(root, package.folder, orderPackageName(package.folder), dependencies));
        if (reverse)
            std::reverse(package.migrations.begin(), package.migrations.end());
        for (const OrderMigration &m : std::as_const(package.migrations))
            CHECK(writeMigration(root, package.folder, orderId(m.shortName), orderMigrationText(m, true)));
    }
}

inline constexpr int OrderMigrationCount = 11;

// The order the graph's documented tie rule gives (package dependency order a, b, c, x; then the
// migration's position): x1 is pulled in before a3 by a3's requirement; x2 waits for b2.
inline QStringList expectedOrder()
{
    return orderNames({QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("x1"), QStringLiteral("a3"),
                       QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"), QStringLiteral("c1"),
                       QStringLiteral("c2"), QStringLiteral("x2"), QStringLiteral("x3")});
}

// Every "a runs before b" the project states, checked on an applied order.
inline void verifyOrderConstraints(const QStringList &applied)
{
    const QList<std::pair<const char *, const char *>> before = {
        {"a1", "a2"}, {"a2", "a3"}, {"b1", "b2"}, {"b2", "b3"}, {"c1", "c2"}, {"x1", "x2"}, {"x2", "x3"},
        {"a3", "b1"}, {"b3", "c1"}, // package dependencies: all of a before b, all of b before c
        {"b2", "x2"}, {"x1", "a3"}, // requires lines
    };
    for (const auto &[first, second] : before) {
        const qsizetype i = applied.indexOf(orderName(QString::fromLatin1(first)));
        const qsizetype j = applied.indexOf(orderName(QString::fromLatin1(second)));
        if (i < 0 || j < 0)
            continue; // not both applied (a target run)
        QVERIFY2(i < j, qPrintable(QStringLiteral("%1 ran after %2: %3")
                                       .arg(QLatin1String(first), QLatin1String(second), applied.join(QLatin1Char(' ')))));
    }
}

// ---------------------------------------------------------------------------------------------
// The test bodies. Each tst_ file owns one Suite and forwards its slots to it.

class Suite
{
public:
    explicit Suite(DialectKind dialect) : m_backend(dialect) {}

    // 1. A failure at any statement of a migration leaves the database as it was before it.
    static void failureAtEveryStatement_data()
    {
        QTest::addColumn<int>("failAt");
        const int count = int(multiStatements().size());
        for (int k = 1; k <= count + 1; ++k) {
            const QByteArray name = k <= count ? QByteArray("before statement " + QByteArray::number(k))
                                                : QByteArray("after the last statement");
            QTest::newRow(name.constData()) << k;
        }
    }

    void failureAtEveryStatement()
    {
        QFETCH(int, failAt);
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeCoreProject(root, dialect(), failAt));
        const MigrationGraph graph = loadGraph(root, 3);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;

        const RunResult first = run(graph, upRequest(url, nameOf(corePackage(), QStringLiteral("0001_base"))));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const Snapshot before = snapshotOf(url);
        QCOMPARE(before.history.size(), 1);

        const RunResult result = run(graph, upRequest(url));
        QVERIFY(!result.ok());
        QVERIFY2(!result.error, qPrintable(result.errorMessage()));
        QVERIFY(result.failure.has_value());
        const MigrationFailure &failure = *result.failure;
        const QString file = migrationPath(root, QStringLiteral("core"), QStringLiteral("0002_multi"));
        QCOMPARE(failure.package, corePackage());
        QCOMPARE(failure.id, QStringLiteral("0002_multi"));
        QCOMPARE(canonical(failure.file), canonical(file));
        QCOMPARE(failure.statementNumber, failAt);
        const QString text = QString::fromUtf8(Test::readFile(file));
        const int line = lineOf(text, QStringLiteral("INSERT INTO no_such_table"));
        QVERIFY(line > 0);
        QCOMPARE(failure.fileLine, line);
        QVERIFY2(failure.statement.startsWith(QStringLiteral("INSERT INTO no_such_table")), qPrintable(failure.statement));
        QVERIFY2(failure.databaseError.contains(m_backend.missingTableError()), qPrintable(failure.databaseError));

        // The statements before the failure ran and were reported; the failed migration comes last.
        QCOMPARE(reportedNames(result), QStringList{nameOf(corePackage(), QStringLiteral("0002_multi"))});
        QCOMPARE(result.migrations.last().statements.size(), failAt - 1);

        // Nothing of the failed migration is left: schema, rows and history are as before it.
        CHECK(compareSnapshots(snapshotOf(url), before));
        QCOMPARE(appliedNames(url), QStringList{nameOf(corePackage(), QStringLiteral("0001_base"))});

        // Fixed, the same migration runs from the start, and the next one after it.
        CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0002_multi"), multiMigration()));
        const MigrationGraph fixed = loadGraph(root, 3);
        const RunResult again = run(fixed, upRequest(url));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(appliedNames(url), (QStringList{nameOf(corePackage(), QStringLiteral("0001_base")),
                                                 nameOf(corePackage(), QStringLiteral("0002_multi")),
                                                 nameOf(corePackage(), QStringLiteral("0003_after"))}));
        const Snapshot after = snapshotOf(url);
        QVERIFY(after.data.contains(QStringLiteral("base: 1|changed|x")));
        QVERIFY(after.data.contains(QStringLiteral("items: 2|two")));
    }

    // 2. An edited applied migration blocks the planner until repaired; a deleted one is missing.
    void modifiedAndMissing()
    {
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeCoreProject(root, dialect()));
        const MigrationGraph graph = loadGraph(root, 3);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        const RunResult applied = run(graph, upRequest(url));
        QVERIFY2(applied.ok(), qPrintable(describe(applied)));

        // Edit the applied 0001_base, and add a new pending migration.
        const QString baseFile = migrationPath(root, QStringLiteral("core"), QStringLiteral("0001_base"));
        QString edited = baseMigration();
        edited.replace(QStringLiteral("(2, 'b')"), QStringLiteral("(2, 'B')"));
        CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0001_base"), edited));
        CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0004_new"),
                             migrationText({}, QStringLiteral("CREATE TABLE new_t (id INTEGER PRIMARY KEY);"))));
        const MigrationGraph changed = loadGraph(root, 4);
        CHECK();
        const QList<AppliedMigration> history = historyOf(url);

        QList<MigrationStatus> status = migrationStatus(changed, history);
        QCOMPARE(status.size(), 4);
        QCOMPARE(status.at(0).id, QStringLiteral("0001_base"));
        QCOMPARE(status.at(0).state, MigrationState::Modified);
        QCOMPARE(canonical(status.at(0).file), canonical(baseFile));
        QVERIFY(status.at(0).recordedChecksum != status.at(0).currentChecksum);
        QCOMPARE(status.at(1).state, MigrationState::Applied);
        QCOMPARE(status.at(2).state, MigrationState::Applied);
        QCOMPARE(status.at(3).state, MigrationState::Pending);

        const Result<Plan> refused = Planner(changed, dialect()).up(history);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(status.at(0).file), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(nameOf(corePackage(), QStringLiteral("0001_base"))), qPrintable(refused.errorMessage()));

        // The runner refuses too, and changes nothing.
        const Snapshot before = snapshotOf(url);
        const RunResult blocked = run(changed, upRequest(url));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.errorMessage(), refused.errorMessage());
        CHECK(compareSnapshots(snapshotOf(url), before));

        // What `strata repair` does: record the file's checksum as the applied one.
        {
            Connection connection(url);
            QVERIFY_RESULT(History(connection).updateChecksum(corePackage(), QStringLiteral("0001_base"),
                                                              status.at(0).currentChecksum));
        }
        status = migrationStatus(changed, historyOf(url));
        QCOMPARE(status.at(0).state, MigrationState::Applied);
        const Result<Plan> repaired = Planner(changed, dialect()).up(historyOf(url));
        QVERIFY_RESULT(repaired);
        QCOMPARE(repaired->migrations.size(), 1);
        const RunResult after = run(changed, upRequest(url));
        QVERIFY2(after.ok(), qPrintable(describe(after)));
        QCOMPARE(reportedNames(after), QStringList{nameOf(corePackage(), QStringLiteral("0004_new"))});

        // A deleted applied migration is missing, and blocks the planner by name.
        QVERIFY(QFile::remove(migrationPath(root, QStringLiteral("core"), QStringLiteral("0003_after"))));
        const MigrationGraph deleted = loadGraph(root, 3);
        CHECK();
        status = migrationStatus(deleted, historyOf(url));
        QCOMPARE(status.size(), 4);
        QCOMPARE(status.last().id, QStringLiteral("0003_after"));
        QCOMPARE(status.last().state, MigrationState::Missing);
        QVERIFY(status.last().file.isEmpty());
        QVERIFY(status.last().applied.has_value());
        const Result<Plan> missing = Planner(deleted, dialect()).up(historyOf(url));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(nameOf(corePackage(), QStringLiteral("0003_after"))), qPrintable(missing.errorMessage()));
    }

    // 3. A dry run changes nothing, and reports a failure as a real run would.
    void dryRun()
    {
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeCoreProject(root, dialect()));
        CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0004_fails"),
                             migrationText({}, QStringLiteral("CREATE TABLE fails_t (id INTEGER PRIMARY KEY);\n")
                                                   + failingStatement())));
        const MigrationGraph graph = loadGraph(root, 4);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        if (!m_backend.isPostgres()) {
            // A dry run against a database that does not exist yet does not create it.
            const RunResult nothing = run(graph, upRequest(url, nameOf(corePackage(), QStringLiteral("0003_after")), true));
            QVERIFY2(nothing.ok(), qPrintable(describe(nothing)));
            QCOMPARE(nothing.migrations.size(), 3);
            QVERIFY(!QFileInfo::exists(url.path));
        }
        const RunResult first = run(graph, upRequest(url, nameOf(corePackage(), QStringLiteral("0001_base"))));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const Snapshot before = snapshotOf(url);
        const QByteArray hashBefore = m_backend.isPostgres() ? QByteArray() : fileHash(url.path);

        const RunResult dry = run(graph, upRequest(url, nameOf(corePackage(), QStringLiteral("0003_after")), true));
        QVERIFY2(dry.ok(), qPrintable(describe(dry)));
        QVERIFY(dry.dryRun);
        QCOMPARE(reportedNames(dry), (QStringList{nameOf(corePackage(), QStringLiteral("0002_multi")),
                                                  nameOf(corePackage(), QStringLiteral("0003_after"))}));
        QCOMPARE(dry.migrations.first().statements.size(), int(multiStatements().size()));
        QVERIFY(!dry.migrations.first().notExecuted);
        CHECK(compareSnapshots(snapshotOf(url), before));
        if (!m_backend.isPostgres())
            QCOMPARE(fileHash(url.path), hashBefore);

        // A failing plan: the dry run names the failure, and still changes nothing.
        const RunResult failing = run(graph, upRequest(url, {}, true));
        QVERIFY(!failing.ok());
        QVERIFY(failing.dryRun);
        QVERIFY(failing.failure.has_value());
        QCOMPARE(failing.failure->id, QStringLiteral("0004_fails"));
        QCOMPARE(failing.failure->statementNumber, 2);
        QVERIFY2(failing.failure->databaseError.contains(m_backend.missingTableError()),
                 qPrintable(failing.failure->databaseError));
        CHECK(compareSnapshots(snapshotOf(url), before));
        if (!m_backend.isPostgres())
            QCOMPARE(fileHash(url.path), hashBefore);

        // The dry runs left no lock and no transaction behind: the real run works.
        const RunResult real = run(graph, upRequest(url, nameOf(corePackage(), QStringLiteral("0003_after"))));
        QVERIFY2(real.ok(), qPrintable(describe(real)));
        QVERIFY(!real.dryRun);
        QCOMPARE(appliedNames(url).size(), 3);
    }

    // 4. A no-transaction migration runs statement by statement outside a transaction.
    static void noTransaction_data()
    {
        QTest::addColumn<bool>("directive");
        QTest::addColumn<bool>("failLast");
        QTest::newRow("no-transaction") << true << false;
        QTest::newRow("without the directive (control)") << false << false;
        QTest::newRow("no-transaction, last statement fails") << true << true;
    }

    void noTransaction()
    {
        QFETCH(bool, directive);
        QFETCH(bool, failLast);
        // A statement each database refuses inside a transaction block.
        const QString outsideOnly = m_backend.isPostgres()
            ? QStringLiteral("CREATE INDEX CONCURRENTLY base_label_cidx ON base (label);")
            : QStringLiteral("VACUUM;");
        const QString refusal = m_backend.isPostgres()
            ? QStringLiteral("CREATE INDEX CONCURRENTLY cannot run inside a transaction block")
            : QStringLiteral("cannot VACUUM from within a transaction");

        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeCoreProject(root, dialect()));
        QString up = QStringLiteral("CREATE TABLE outside_t (id INTEGER PRIMARY KEY);\n") + outsideOnly
            + QStringLiteral("\nINSERT INTO outside_t (id) VALUES (1);");
        if (failLast)
            up += QLatin1Char('\n') + failingStatement();
        QStringList header{QStringLiteral("-- Runs outside a transaction.")};
        if (directive)
            header.append(QStringLiteral("-- strata:no-transaction"));
        CHECK(writeMigration(root, QStringLiteral("core"), QStringLiteral("0002_multi"), migrationText(header, up)));
        const MigrationGraph graph = loadGraph(root, 3);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        const RunResult first = run(graph, upRequest(url, nameOf(corePackage(), QStringLiteral("0001_base"))));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const Snapshot before = snapshotOf(url);

        // The plan marks it.
        const Result<Plan> plan = Planner(graph, dialect()).up(historyOf(url));
        QVERIFY_RESULT(plan);
        QCOMPARE(plan->migrations.size(), 2);
        QCOMPARE(plan->migrations.at(0).node.migration.noTransaction, directive);
        QVERIFY(!plan->migrations.at(1).node.migration.noTransaction);

        // A dry run changes nothing; on PostgreSQL (one rolled-back transaction) the migration
        // cannot run and is reported as not executed, and the next one still runs.
        if (directive && !failLast) {
            const RunResult dry = run(graph, upRequest(url, {}, true));
            QVERIFY2(dry.ok(), qPrintable(describe(dry)));
            QCOMPARE(dry.migrations.size(), 2);
            QCOMPARE(dry.migrations.at(0).notExecuted, m_backend.isPostgres());
            QCOMPARE(dry.migrations.at(0).statements.size(), m_backend.isPostgres() ? 0 : 3);
            QVERIFY(!dry.migrations.at(1).notExecuted);
            CHECK(compareSnapshots(snapshotOf(url), before));
        }

        const RunResult result = run(graph, upRequest(url));
        const QString migration = nameOf(corePackage(), QStringLiteral("0002_multi"));
        if (directive && !failLast) {
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            QCOMPARE(result.migrations.at(0).statements.size(), 3);
            QCOMPARE(appliedNames(url).size(), 3);
            const Snapshot after = snapshotOf(url);
            QVERIFY(after.data.contains(QStringLiteral("outside_t: 1")));
            if (m_backend.isPostgres())
                QVERIFY2(after.schema.join(QLatin1Char('\n')).contains(QStringLiteral("index base_label_cidx (label)")),
                         qPrintable(after.schema.join(QLatin1Char('\n'))));
        } else if (!directive) {
            // In a transaction the statement fails, and nothing of the migration is left.
            QVERIFY(!result.ok());
            QVERIFY(result.failure.has_value());
            QCOMPARE(result.failure->statementNumber, 2);
            QVERIFY2(result.failure->databaseError.contains(refusal), qPrintable(result.failure->databaseError));
            CHECK(compareSnapshots(snapshotOf(url), before));
        } else {
            // Outside a transaction the statements before the failure stay: nothing can undo them.
            // The migration is not recorded, so it runs again once fixed.
            QVERIFY(!result.ok());
            QVERIFY(result.failure.has_value());
            QCOMPARE(result.failure->statementNumber, 4);
            QVERIFY2(result.failure->databaseError.contains(m_backend.missingTableError()),
                     qPrintable(result.failure->databaseError));
            QCOMPARE(appliedNames(url), QStringList{nameOf(corePackage(), QStringLiteral("0001_base"))});
            QVERIFY(!appliedNames(url).contains(migration));
            const Snapshot after = snapshotOf(url);
            QVERIFY(after.data.contains(QStringLiteral("outside_t: 1")));
        }
    }

    // 5. Cross-package order: the graph is respected, deterministic, and targets take only ancestors.
    void crossPackageOrder()
    {
        QTemporaryDir forward;
        QTemporaryDir backward;
        CHECK(writeOrderProject(forward.path(), dialect(), false));
        CHECK(writeOrderProject(backward.path(), dialect(), true));
        const MigrationGraph graph = loadGraph(forward.path(), OrderMigrationCount);
        CHECK();
        const MigrationGraph reversed = loadGraph(backward.path(), OrderMigrationCount);
        CHECK();
        QVERIFY(!graph.hasCycles());
        QCOMPARE(namesInOrder(graph), expectedOrder());
        QCOMPARE(namesInOrder(reversed), expectedOrder());
        QCOMPARE(namesInOrder(loadGraph(forward.path(), OrderMigrationCount)), expectedOrder());

        QStringList shortOrder;
        for (const QString &name : expectedOrder())
            shortOrder.append(name.right(2));
        for (const MigrationGraph *g : {&graph, &reversed}) {
            const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
            QVERIFY_RESULT(fresh);
            const DatabaseUrl &url = *fresh;
            CHECK(createLogTables(url));
            const RunResult result = run(*g, upRequest(url));
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            QCOMPARE(appliedNames(url), expectedOrder());
            QCOMPARE(reportedNames(result), expectedOrder());
            QCOMPARE(logOf(url, QStringLiteral("run_log")), shortOrder);
            CHECK(verifyOrderConstraints(appliedNames(url)));
        }

        // A target applies only itself and what it depends on.
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        CHECK(createLogTables(url));
        const RunResult partial = run(graph, upRequest(url, orderName(QStringLiteral("b2"))));
        QVERIFY2(partial.ok(), qPrintable(describe(partial)));
        QCOMPARE(appliedNames(url), orderNames({QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("x1"),
                                                QStringLiteral("a3"), QStringLiteral("b1"), QStringLiteral("b2")}));
        // A package target: the rest of b and all of c, but not x2 and x3.
        const RunResult package = run(graph, upRequest(url, QStringLiteral("@rt/c")));
        QVERIFY2(package.ok(), qPrintable(describe(package)));
        QCOMPARE(reportedNames(package), orderNames({QStringLiteral("b3"), QStringLiteral("c1"), QStringLiteral("c2")}));
        const RunResult rest = run(graph, upRequest(url));
        QVERIFY2(rest.ok(), qPrintable(describe(rest)));
        QCOMPARE(reportedNames(rest), orderNames({QStringLiteral("x2"), QStringLiteral("x3")}));
        CHECK(verifyOrderConstraints(appliedNames(url)));
        const RunResult unknown = run(graph, upRequest(url, QStringLiteral("@rt/b:0009_none")));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errorMessage().contains(QStringLiteral("@rt/b:0009_none")), qPrintable(unknown.errorMessage()));
    }

    // 6. Rollback by steps, to a migration, and all of it: down sections newest first.
    void rollback()
    {
        QTemporaryDir project;
        CHECK(writeOrderProject(project.path(), dialect()));
        const MigrationGraph graph = loadGraph(project.path(), OrderMigrationCount);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        CHECK(createLogTables(url));
        const RunResult up = run(graph, upRequest(url));
        QVERIFY2(up.ok(), qPrintable(describe(up)));

        const RunResult steps = run(graph, downRequest(url, 2));
        QVERIFY2(steps.ok(), qPrintable(describe(steps)));
        QCOMPARE(reportedNames(steps), orderNames({QStringLiteral("x3"), QStringLiteral("x2")}));
        QCOMPARE(logOf(url, QStringLiteral("down_log")), (QStringList{QStringLiteral("x3"), QStringLiteral("x2")}));
        QCOMPARE(appliedNames(url), expectedOrder().mid(0, 9));
        QVERIFY(!tableNames(url).contains(QStringLiteral("t_x2")));
        QVERIFY(tableNames(url).contains(QStringLiteral("t_c2")));

        const RunResult to = run(graph, downRequest(url, 0, orderName(QStringLiteral("b2"))));
        QVERIFY2(to.ok(), qPrintable(describe(to)));
        QCOMPARE(reportedNames(to), orderNames({QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("b3")}));
        QCOMPARE(appliedNames(url), expectedOrder().mid(0, 6));
        QCOMPARE(appliedNames(url).last(), orderName(QStringLiteral("b2")));
        QVERIFY(tableNames(url).contains(QStringLiteral("t_b2")));
        QVERIFY(!tableNames(url).contains(QStringLiteral("t_b3")));

        const RunResult all = run(graph, downRequest(url, 0));
        QVERIFY2(all.ok(), qPrintable(describe(all)));
        QCOMPARE(reportedNames(all), orderNames({QStringLiteral("b2"), QStringLiteral("b1"), QStringLiteral("a3"),
                                                 QStringLiteral("x1"), QStringLiteral("a2"), QStringLiteral("a1")}));
        QCOMPARE(logOf(url, QStringLiteral("down_log")),
                 (QStringList{QStringLiteral("x3"), QStringLiteral("x2"), QStringLiteral("c2"), QStringLiteral("c1"),
                              QStringLiteral("b3"), QStringLiteral("b2"), QStringLiteral("b1"), QStringLiteral("a3"),
                              QStringLiteral("x1"), QStringLiteral("a2"), QStringLiteral("a1")}));
        QVERIFY(appliedNames(url).isEmpty());
        QCOMPARE(tableNames(url), (QStringList{QStringLiteral("down_log"), QStringLiteral("run_log"),
                                               QString::fromLatin1(History::TableName)}));

        // And up again, as the first time.
        const RunResult again = run(graph, upRequest(url));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(appliedNames(url), expectedOrder());
    }

    // 6. A migration without a down section cannot be rolled back, nor anything behind it.
    void rollbackWithoutDown()
    {
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeProjectFile(root, dialect()));
        CHECK(writePackage(root, QStringLiteral("solo"), QStringLiteral("@rt/solo")));
        CHECK(writeMigration(root, QStringLiteral("solo"), QStringLiteral("0001_one"),
                             migrationText({}, QStringLiteral("CREATE TABLE one_t (id INTEGER PRIMARY KEY);"),
                                           QStringLiteral("DROP TABLE one_t;"))));
        CHECK(writeMigration(root, QStringLiteral("solo"), QStringLiteral("0002_nodown"),
                             migrationText({}, QStringLiteral("CREATE TABLE two_t (id INTEGER PRIMARY KEY);"))));
        CHECK(writeMigration(root, QStringLiteral("solo"), QStringLiteral("0003_three"),
                             migrationText({}, QStringLiteral("CREATE TABLE three_t (id INTEGER PRIMARY KEY);"),
                                           QStringLiteral("DROP TABLE three_t;"))));
        const MigrationGraph graph = loadGraph(root, 3);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        const RunResult up = run(graph, upRequest(url));
        QVERIFY2(up.ok(), qPrintable(describe(up)));
        const RunResult one = run(graph, downRequest(url, 1));
        QVERIFY2(one.ok(), qPrintable(describe(one)));
        QCOMPARE(appliedNames(url).size(), 2);

        const Snapshot before = snapshotOf(url);
        const QString noDown = QStringLiteral("@rt/solo:0002_nodown");
        for (const RunRequest &request : {downRequest(url, 1), downRequest(url, 0), downRequest(url, 0, QStringLiteral("@rt/solo:0001_one"))}) {
            const Result<Plan> plan = request.steps > 0 ? Planner(graph, dialect()).downSteps(historyOf(url), request.steps)
                                                        : Planner(graph, dialect()).downTo(historyOf(url), request.target);
            QVERIFY(!plan);
            QVERIFY2(plan.errorMessage().contains(noDown), qPrintable(plan.errorMessage()));
            const RunResult refused = run(graph, request);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.errorMessage(), plan.errorMessage());
            QVERIFY(refused.migrations.isEmpty());
            CHECK(compareSnapshots(snapshotOf(url), before));
        }
    }

    // 6. A migration that an applied migration of another package still needs stays.
    static void rollbackRefusedForDependent_data()
    {
        QTest::addColumn<bool>("byRequiresLine");
        QTest::newRow("package dependency") << false;
        QTest::newRow("requires line") << true;
    }

    void rollbackRefusedForDependent()
    {
        QFETCH(bool, byRequiresLine);
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeProjectFile(root, dialect()));
        // Independent at first: "early" sorts first, so its migration is applied first.
        CHECK(writePackage(root, QStringLiteral("early"), QStringLiteral("@rt/early")));
        CHECK(writePackage(root, QStringLiteral("late"), QStringLiteral("@rt/late")));
        const QString earlyUp = QStringLiteral("CREATE TABLE early_t (id INTEGER PRIMARY KEY);");
        CHECK(writeMigration(root, QStringLiteral("early"), QStringLiteral("0001_e1"),
                             migrationText({}, earlyUp, QStringLiteral("DROP TABLE early_t;"))));
        CHECK(writeMigration(root, QStringLiteral("late"), QStringLiteral("0001_l1"),
                             migrationText({}, QStringLiteral("CREATE TABLE late_t (id INTEGER PRIMARY KEY);"),
                                           QStringLiteral("DROP TABLE late_t;"))));
        const MigrationGraph graph = loadGraph(root, 2);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        const RunResult up = run(graph, upRequest(url));
        QVERIFY2(up.ok(), qPrintable(describe(up)));
        QCOMPARE(appliedNames(url), (QStringList{QStringLiteral("@rt/early:0001_e1"), QStringLiteral("@rt/late:0001_l1")}));

        // Then early comes to need late (its up section unchanged, so still "applied").
        if (byRequiresLine) {
            CHECK(writeMigration(root, QStringLiteral("early"), QStringLiteral("0001_e1"),
                                 migrationText({QStringLiteral("-- strata:requires @rt/late:0001_l1")}, earlyUp,
                                               QStringLiteral("DROP TABLE early_t;"))));
        } else {
            CHECK(writePackage(root, QStringLiteral("early"), QStringLiteral("@rt/early"), {QStringLiteral("@rt/late")}));
        }
        const MigrationGraph changed = loadGraph(root, 2);
        CHECK();
        for (const MigrationStatus &s : migrationStatus(changed, historyOf(url)))
            QCOMPARE(s.state, MigrationState::Applied);
        const Snapshot before = snapshotOf(url);
        const Result<Plan> plan = Planner(changed, dialect()).downSteps(historyOf(url), 1);
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(QStringLiteral("@rt/late:0001_l1")) && plan.errorMessage().contains(QStringLiteral("@rt/early:0001_e1")),
                 qPrintable(plan.errorMessage()));
        const RunResult refused = run(changed, downRequest(url, 1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(), plan.errorMessage());
        CHECK(compareSnapshots(snapshotOf(url), before));
        // Rolled back together (dependent first), both go.
        const RunResult both = run(changed, downRequest(url, 2));
        QVERIFY2(both.ok(), qPrintable(describe(both)));
        QCOMPARE(reportedNames(both), (QStringList{QStringLiteral("@rt/early:0001_e1"), QStringLiteral("@rt/late:0001_l1")}));
        QVERIFY(appliedNames(url).isEmpty());
    }

    // 7. Cancel on a worker thread: the running migration finishes, no later one starts.
    void cancel()
    {
        auto started = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        Registry registry;
        registry.registerDatabase(cancelPackage(started, release));
        const MigrationGraph graph = MigrationGraph::build(registry);
        QCOMPARE(graph.nodes().size(), 4);
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;

        MigrationRunner runner;
        RunEvents events(&runner);
        QSignalSpy finished(&events, &RunEvents::finished);
        runner.start(graph, upRequest(url));
        QVERIFY2(started->tryAcquire(1, 30000), "the blocking migration did not start");
        QVERIFY(runner.isRunning());
        // Its transaction is open and uncommitted: others see only the first migration.
        QCOMPARE(appliedNames(url), QStringList{QStringLiteral("@rt/cancel:0001_first")});
        runner.cancel();
        release->release();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(!runner.isRunning());

        const RunResult &result = events.result;
        QVERIFY(result.cancelled);
        QVERIFY2(!result.error && !result.failure, qPrintable(describe(result)));
        QCOMPARE(reportedNames(result), (QStringList{QStringLiteral("@rt/cancel:0001_first"),
                                                     QStringLiteral("@rt/cancel:0002_blocking")}));
        QCOMPARE(appliedNames(url), (QStringList{QStringLiteral("@rt/cancel:0001_first"),
                                                 QStringLiteral("@rt/cancel:0002_blocking")}));
        const QStringList tables = tableNames(url);
        QVERIFY(tables.contains(QStringLiteral("first_t")));
        QVERIFY(tables.contains(QStringLiteral("blocking_t")));
        QVERIFY(!tables.contains(QStringLiteral("third_t")));
        QCOMPARE(events.events, (QStringList{
                                    QStringLiteral("planned 4"),
                                    QStringLiteral("started 0/4 @rt/cancel:0001_first"),
                                    QStringLiteral("statement 0.1"),
                                    QStringLiteral("statement 0.2"),
                                    QStringLiteral("finished 0 @rt/cancel:0001_first"),
                                    QStringLiteral("started 1/4 @rt/cancel:0002_blocking"),
                                    QStringLiteral("finished 1 @rt/cancel:0002_blocking"),
                                    QStringLiteral("done"),
                                }));

        // Started again, it goes on from there.
        release->release(10);
        runner.start(graph, upRequest(url));
        QVERIFY(finished.wait(30000));
        QVERIFY2(events.result.ok() && !events.result.cancelled, qPrintable(describe(events.result)));
        QCOMPARE(reportedNames(events.result), (QStringList{QStringLiteral("@rt/cancel:0003_third"),
                                                            QStringLiteral("@rt/cancel:0004_fourth")}));
    }

    // 7. A cancel right after start, before the worker reaches the first migration, runs nothing.
    void cancelRightAfterStart()
    {
        auto started = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>(10);
        Registry registry;
        registry.registerDatabase(cancelPackage(started, release));
        const MigrationGraph graph = MigrationGraph::build(registry);
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        MigrationRunner runner;
        RunEvents events(&runner);
        QSignalSpy finished(&events, &RunEvents::finished);
        runner.start(graph, upRequest(url));
        runner.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(events.result.cancelled);
        QVERIFY2(events.result.migrations.isEmpty(), qPrintable(reportedNames(events.result).join(QLatin1Char(' '))));
        QVERIFY(appliedNames(url).isEmpty());
    }

    // 8. A C++ migration that fails leaves no trace.
    static void failingCallable_data()
    {
        QTest::addColumn<bool>("statementFails");
        QTest::newRow("returns false") << false;
        QTest::newRow("a statement fails") << true;
    }

    void failingCallable()
    {
        QFETCH(bool, statementFails);
        Registry registry;
        PackageRegistration package;
        package.packageName = QStringLiteral("@rt/cpp");
        package.version = QStringLiteral("2.0.0");
        package.migrations = {
            cppMigration(QStringLiteral("0001_first"), MigrationStep("CREATE TABLE first_t (id INTEGER PRIMARY KEY);\n"
                                                 "INSERT INTO first_t (id) VALUES (1), (2);")),
            cppMigration(QStringLiteral("0002_callable"), MigrationStep(Callable(
                                 [statementFails](MigrationContext &context) -> Result<> {
                                     QStringList statements{QStringLiteral("CREATE TABLE callable_t (id INTEGER PRIMARY KEY)"),
                                                            QStringLiteral("INSERT INTO callable_t (id) VALUES (1)"),
                                                            QStringLiteral("UPDATE first_t SET id = 10 WHERE id = 1")};
                                     if (statementFails)
                                         statements.append(QStringLiteral("INSERT INTO no_such_table (id) VALUES (1)"));
                                     for (const QString &sql : statements) {
                                         if (Result<> done = context.exec(sql); !done)
                                             return done; // the database's message
                                     }
                                     return failure({}); // the code's own failure, without a reason
                                 }))),
            cppMigration(QStringLiteral("0003_after"), MigrationStep("CREATE TABLE after_t (id INTEGER PRIMARY KEY);")),
        };
        registry.registerDatabase(package);
        const MigrationGraph graph = MigrationGraph::build(registry);
        QCOMPARE(graph.nodes().size(), 3);
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        const RunResult first = run(graph, upRequest(url, QStringLiteral("@rt/cpp:0001_first")));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const Snapshot before = snapshotOf(url);

        const RunResult result = run(graph, upRequest(url));
        QVERIFY(!result.ok());
        QVERIFY(result.failure.has_value());
        QCOMPARE(result.failure->package, QStringLiteral("@rt/cpp"));
        QCOMPARE(result.failure->id, QStringLiteral("0002_callable"));
        QCOMPARE(result.failure->statementNumber, 0);
        if (statementFails)
            QVERIFY2(result.failure->databaseError.contains(m_backend.missingTableError()),
                     qPrintable(result.failure->databaseError));
        else
            QVERIFY2(!result.failure->databaseError.isEmpty(), "a failure without a reason");
        CHECK(compareSnapshots(snapshotOf(url), before));
        QCOMPARE(appliedNames(url), QStringList{QStringLiteral("@rt/cpp:0001_first")});
    }

private:
    DialectKind dialect() const { return m_backend.dialect(); }

    // @rt/cancel: an SQL migration, a C++ one that blocks until released, and two more.
    static PackageRegistration cancelPackage(std::shared_ptr<QSemaphore> started, std::shared_ptr<QSemaphore> release)
    {
        PackageRegistration package;
        package.packageName = QStringLiteral("@rt/cancel");
        package.version = QStringLiteral("1.0.0");
        package.migrations = {
            cppMigration(QStringLiteral("0001_first"), MigrationStep("CREATE TABLE first_t (id INTEGER PRIMARY KEY);\n"
                                                 "INSERT INTO first_t (id) VALUES (1);")),
            cppMigration(QStringLiteral("0002_blocking"), MigrationStep(Callable(
                                 [started, release](MigrationContext &context) -> Result<> {
                                     if (Result<> made = context.exec(QStringLiteral("CREATE TABLE blocking_t (id INTEGER PRIMARY KEY)"));
                                         !made)
                                         return made;
                                     started->release();
                                     if (!release->tryAcquire(1, 30000))
                                         return failure(QStringLiteral("not released within 30 s"));
                                     return {};
                                 }))),
            cppMigration(QStringLiteral("0003_third"), MigrationStep("CREATE TABLE third_t (id INTEGER PRIMARY KEY);")),
            cppMigration(QStringLiteral("0004_fourth"), MigrationStep("CREATE TABLE fourth_t (id INTEGER PRIMARY KEY);")),
        };
        return package;
    }

    Backend m_backend;
};

} // namespace Strata::RunnerTest
