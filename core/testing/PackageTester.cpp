#include <strata/testing/PackageTester.h>

#include <strata/migration/Connection.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/TemporaryDatabase.h>
#include <strata/registry/Registry.h>
#include <strata/sql/CatalogSchema.h>
#include <strata/sql/SchemaComparison.h>
#include <strata/testing/Fixture.h>
#include <strata/testing/FixtureRows.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::PackageTest)
};

const QString HistoryTable = QLatin1String(History::TableName);

// Where the declared side of a difference is written: the column, else the table, else database.json.
SourceLocation declaredAt(const PackageDefinition &package, const SchemaDifference &difference)
{
    if (const Table *table = package.table(difference.table)) {
        if (const Column *column = table->column(difference.object); column && column->location.isValid())
            return column->location;
        if (table->location.isValid())
            return table->location;
    }
    return package.location;
}

SourceLocation fileAt(const QString &file, int line)
{
    SourceLocation where;
    where.file = file;
    where.line = line;
    where.column = file.isEmpty() ? 0 : 1;
    return where;
}

// Why a run of the migrations stopped, as a message at the failing statement.
PackageTestMessage runFailure(const RunResult &result)
{
    if (!result.failure)
        return {result.errorMessage(), {}};
    const MigrationFailure &f = *result.failure;
    const QString name = f.package + u':' + f.id;
    const QString text = f.statementNumber > 0
        ? Text::tr("%1 failed at statement %2: %3").arg(name, QString::number(f.statementNumber), f.databaseError)
        : Text::tr("%1 failed: %2").arg(name, f.databaseError);
    return {text, fileAt(f.file, f.fileLine)};
}

} // namespace

// One package's test, on its own scratch database.
class PackageTestSession
{
public:
    PackageTestSession(PackageTester &tester, const QString &package)
        : m_tester(tester), m_package(tester.m_packages.value(package))
    {
        for (const int index : tester.m_graph->order()) {
            const MigrationNode &node = tester.m_graph->nodes().at(index);
            if (node.package == package)
                m_own.append(&node.migration);
        }
    }

    PackageTestResult run()
    {
        QElapsedTimer timer;
        timer.start();
        m_result.package = m_package.name;
        TemporaryDatabase scratch(m_tester.m_options.server);
        Result<DatabaseUrl> url = scratch.create();
        if (!url) {
            fail(PackageTestStepKind::Migrate, {url.errorMessage(), {}});
        } else {
            m_url = *url;
            runSteps();
        }
        m_result.elapsedMs = timer.elapsed();
        return m_result;
    }

private:
    void runSteps()
    {
        if (!timed(PackageTestStepKind::Migrate, [&] { return migrate(); }))
            return skipRest(Text::tr("its migrations do not apply"));
        // A schema that differs is no reason not to try the round trip: both findings help.
        timed(PackageTestStepKind::Schema, [&] { return compareSchema(PackageTestStepKind::Schema); });
        if (m_cancelled)
            return skipRest({});
        if (!timed(PackageTestStepKind::Rollback, [&] { return rollback(); }))
            return skipRest(m_notReversible ? Text::tr("the round trip stops at a migration without a down section")
                                            : Text::tr("the rollback failed"));
        if (!timed(PackageTestStepKind::Reapply, [&] { return applyOwn(PackageTestStepKind::Reapply, false); }))
            return skipRest(Text::tr("its migrations do not apply again"));
        timed(PackageTestStepKind::SchemaAgain, [&] { return compareSchema(PackageTestStepKind::SchemaAgain); });
        finishFixtures();
    }

    // Runs a step, records it (passed unless it said otherwise); false when the test stops here.
    template<typename Body>
    bool timed(PackageTestStepKind kind, Body body)
    {
        if (m_tester.m_cancelled.load()) {
            m_cancelled = true;
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        step(kind);
        const bool goOn = body();
        step(kind).elapsedMs = timer.elapsed();
        return goOn && !m_cancelled;
    }

    PackageTestStep &step(PackageTestStepKind kind)
    {
        for (PackageTestStep &s : m_result.steps) {
            if (s.kind == kind)
                return s;
        }
        m_result.steps.append(PackageTestStep{kind, PackageTestOutcome::Passed, {}, 0});
        return m_result.steps.last();
    }

    void fail(PackageTestStepKind kind, const PackageTestMessage &message)
    {
        PackageTestStep &s = step(kind);
        s.outcome = PackageTestOutcome::Failed;
        s.messages.append(message);
    }

    void skipRest(const QString &why)
    {
        const QString reason = m_cancelled ? Text::tr("cancelled") : why;
        for (const PackageTestStepKind kind : {PackageTestStepKind::Migrate, PackageTestStepKind::Schema,
                                               PackageTestStepKind::Rollback, PackageTestStepKind::Reapply,
                                               PackageTestStepKind::SchemaAgain}) {
            bool done = false;
            for (const PackageTestStep &s : std::as_const(m_result.steps))
                done = done || s.kind == kind;
            if (!done)
                m_result.steps.append(PackageTestStep{kind, PackageTestOutcome::Skipped, {{reason, {}}}, 0});
        }
        finishFixtures();
    }

    void finishFixtures()
    {
        if (m_fixtures.isEmpty() && !m_result.step(PackageTestStepKind::Fixtures))
            return;
        // Last in the list: its findings come from every step before it.
        PackageTestStep fixtures = step(PackageTestStepKind::Fixtures);
        m_result.steps.removeIf([](const PackageTestStep &s) { return s.kind == PackageTestStepKind::Fixtures; });
        if (fixtures.outcome == PackageTestOutcome::Passed)
            fixtures.messages.append({Text::tr("%n fixture row(s) kept", nullptr, int(m_rowsLoaded)), {}});
        m_result.steps.append(fixtures);
    }

    bool cancelledBeforeRun()
    {
        m_cancelled = m_cancelled || m_tester.m_cancelled.load();
        return m_cancelled;
    }

    RunResult runUp(const QString &target)
    {
        MigrationRunner runner;
        RunRequest request;
        request.url = m_url;
        request.direction = PlanDirection::Up;
        request.target = target;
        return runner.run(*m_tester.m_graph, request);
    }

    RunResult runDown(int steps)
    {
        MigrationRunner runner;
        RunRequest request;
        request.url = m_url;
        request.direction = PlanDirection::Down;
        request.steps = steps;
        return runner.run(*m_tester.m_graph, request);
    }

    // The packages to migrate up to so that every dependency is applied: each direct dependency
    // with migrations, and for one without, its own dependencies (the planner refuses a target
    // that has no migration).
    void dependencyTargets(const QString &package, QStringList &targets, QSet<QString> &seen) const
    {
        for (const QString &dependency : m_tester.m_dependencies.value(package)) {
            if (seen.contains(dependency))
                continue;
            seen.insert(dependency);
            if (!m_tester.m_packages.value(dependency).migrations.isEmpty())
                targets.append(dependency);
            else
                dependencyTargets(dependency, targets, seen);
        }
    }

    bool migrate()
    {
        if (Result<QList<Fixture>> fixtures = readFixtures(m_package, m_tester.m_dialect); !fixtures)
            fail(PackageTestStepKind::Fixtures, {fixtures.errorMessage(), fixtures.error().location});
        else
            m_fixtures = *fixtures;
        QStringList targets;
        QSet<QString> seen;
        dependencyTargets(m_package.name, targets, seen);
        for (const QString &target : std::as_const(targets)) {
            if (cancelledBeforeRun())
                return false;
            if (const RunResult result = runUp(target); !result.ok()) {
                fail(PackageTestStepKind::Migrate, runFailure(result));
                return false;
            }
        }
        Connection connection(m_url);
        Result<QList<CatalogTable>> base = readCatalog(connection.database(), m_url.dialect);
        if (!base) {
            fail(PackageTestStepKind::Migrate, {base.errorMessage(), {}});
            return false;
        }
        m_base = *base;
        for (const CatalogTable &table : std::as_const(m_base))
            m_baseTables.insert(table.name);
        if (m_own.isEmpty())
            loadFixturesAt(QString());
        return applyOwn(PackageTestStepKind::Migrate, true);
    }

    // The package's own migrations; one at a time while fixture rows are watched (or fixtures are
    // still to load), so that a row a migration loses is blamed on that migration.
    bool applyOwn(PackageTestStepKind kind, bool loadFixtures)
    {
        if (m_own.isEmpty())
            return true;
        const bool stepwise = !m_watched.isEmpty() || (loadFixtures && !m_fixtures.isEmpty());
        if (!stepwise) {
            if (cancelledBeforeRun())
                return false;
            const RunResult result = runUp(m_package.name);
            if (!result.ok())
                fail(kind, runFailure(result));
            return result.ok();
        }
        for (const Migration *migration : std::as_const(m_own)) {
            if (cancelledBeforeRun())
                return false;
            const RunResult result = runUp(m_package.name + u':' + migration->id);
            if (!result.ok()) {
                fail(kind, runFailure(result));
                return false;
            }
            checkRows(Text::tr("after migration %1").arg(migration->id));
            if (loadFixtures)
                loadFixturesAt(migration->id);
        }
        return true;
    }

    // Loads the fixtures that load after `migrationId` (empty: after the last, or now when the
    // package has no migrations) and watches their rows.
    void loadFixturesAt(const QString &migrationId)
    {
        const QString last = m_own.isEmpty() ? QString() : m_own.constLast()->id;
        for (const Fixture &fixture : std::as_const(m_fixtures)) {
            if ((fixture.after.isEmpty() ? last : fixture.after) != migrationId)
                continue;
            Connection connection(m_url);
            Result<TableKeys> before = readTableKeys(connection);
            if (!before) {
                fail(PackageTestStepKind::Fixtures, {before.errorMessage(), fileAt(fixture.file, 1)});
                continue;
            }
            bool loaded = true;
            for (const SqlStatement &statement : fixture.statements) {
                if (Result<> done = connection.exec(statement.sql); !done) {
                    fail(PackageTestStepKind::Fixtures,
                         {Text::tr("the fixture does not load: %1").arg(done.errorMessage()),
                          fileAt(fixture.file, statement.line)});
                    loaded = false;
                    break;
                }
            }
            Result<TableKeys> after = loaded ? readTableKeys(connection) : Result<TableKeys>(TableKeys{});
            if (!after) {
                fail(PackageTestStepKind::Fixtures, {after.errorMessage(), fileAt(fixture.file, 1)});
                continue;
            }
            for (const FixtureRow &row : rowsAdded(*before, *after, fixture.file)) {
                m_watched.append({row, migrationId});
                ++m_rowsLoaded;
            }
        }
    }

    // Every watched row must still be there; a lost one is reported once.
    void checkRows(const QString &when)
    {
        if (m_watched.isEmpty())
            return;
        Connection connection(m_url);
        for (qsizetype i = 0; i < m_watched.size();) {
            const FixtureRow &row = m_watched.at(i).row;
            if (rowExists(connection, row)) {
                ++i;
                continue;
            }
            fail(PackageTestStepKind::Fixtures,
                 {Text::tr("row %1 of table %2 is gone %3").arg(row.describe(), row.table, when), fileAt(row.fixture, 1)});
            m_watched.removeAt(i);
        }
    }

    bool rollback()
    {
        if (m_own.isEmpty())
            return true;
        for (const Migration *migration : std::as_const(m_own)) {
            if (migration->hasDown())
                continue;
            m_notReversible = true;
            PackageTestStep &s = step(PackageTestStepKind::Rollback);
            s.outcome = m_tester.m_options.requireDown ? PackageTestOutcome::Failed : PackageTestOutcome::Skipped;
            s.messages.append({Text::tr("migration %1 has no down section: not reversible").arg(migration->id),
                               migration->location});
        }
        if (m_notReversible)
            return false;

        if (m_watched.isEmpty()) {
            if (cancelledBeforeRun())
                return false;
            if (const RunResult result = runDown(int(m_own.size())); !result.ok()) {
                fail(PackageTestStepKind::Rollback, runFailure(result));
                return false;
            }
        } else {
            for (qsizetype i = m_own.size() - 1; i >= 0; --i) {
                if (cancelledBeforeRun())
                    return false;
                if (const RunResult result = runDown(1); !result.ok()) {
                    fail(PackageTestStepKind::Rollback, runFailure(result));
                    return false;
                }
                // Rows loaded after this migration went with the tables it made; rows in the
                // dependencies' tables stay watched.
                const QString id = m_own.at(i)->id;
                m_watched.removeIf([&](const WatchedRow &watched) {
                    return watched.after == id && !m_baseTables.contains(watched.row.table);
                });
                checkRows(Text::tr("after rolling back migration %1").arg(id));
            }
        }

        Connection connection(m_url);
        Result<QList<CatalogTable>> after = readCatalog(connection.database(), m_url.dialect);
        if (!after) {
            fail(PackageTestStepKind::Rollback, {after.errorMessage(), {}});
            return false;
        }
        const std::unique_ptr<Dialect> dialect = Dialect::create(m_url.dialect);
        SchemaComparisonOptions options;
        options.ignoredTables = {HistoryTable};
        const QList<SchemaDifference> differences = compareSchemas(schemaFromCatalog(m_base, m_url.dialect).tables,
                                                                   schemaFromCatalog(*after, m_url.dialect).tables,
                                                                   *dialect, options);
        for (const SchemaDifference &d : differences) {
            const QString text = d.kind == SchemaDifference::Kind::ExtraTable
                ? Text::tr("table %1 is still there after the rollback").arg(d.table)
                : d.kind == SchemaDifference::Kind::MissingTable
                ? Text::tr("table %1 of a dependency is gone after the rollback").arg(d.table)
                : Text::tr("the dependencies' schema changed: %1").arg(d.message);
            fail(PackageTestStepKind::Rollback, {text, m_own.constLast()->downLocation});
        }
        return differences.isEmpty();
    }

    bool compareSchema(PackageTestStepKind kind)
    {
        Connection connection(m_url);
        Result<QList<CatalogTable>> catalog = readCatalog(connection.database(), m_url.dialect);
        if (!catalog) {
            fail(kind, {catalog.errorMessage(), {}});
            return false;
        }
        DeclaredSchema declared = m_tester.m_declared;
        declared.packages = {m_package.name};
        const SchemaDiff diff = diffWithDatabase(declared, *catalog, m_url.dialect, {HistoryTable});
        bool matches = true;
        for (const PackageDiff &package : diff.packages) {
            for (const SchemaDifference &d : package.differences) {
                fail(kind, {d.message, declaredAt(m_package, d)});
                matches = false;
            }
        }
        // Tables its migrations made that no package declares: a declaration forgotten.
        QSet<QString> declaredNames;
        for (const QList<Table> &tables : std::as_const(declared.tables)) {
            for (const Table &table : tables)
                declaredNames.insert(table.name);
        }
        for (const CatalogTable &table : std::as_const(*catalog)) {
            if (table.name == HistoryTable || m_baseTables.contains(table.name) || declaredNames.contains(table.name))
                continue;
            fail(kind, {Text::tr("Table %1 exists but is not declared.").arg(table.name), m_package.location});
            matches = false;
        }
        for (const QString &line : diff.notRepresented)
            step(kind).messages.append({Text::tr("note: %1").arg(line), {}});
        return matches;
    }

    struct WatchedRow
    {
        FixtureRow row;
        QString after; // the migration it loaded after
    };

    PackageTester &m_tester;
    const PackageDefinition m_package;
    QList<const Migration *> m_own; // in the graph's order
    DatabaseUrl m_url;
    PackageTestResult m_result;
    QList<Fixture> m_fixtures;
    QList<WatchedRow> m_watched;
    qsizetype m_rowsLoaded = 0;
    QList<CatalogTable> m_base; // the dependencies' schema, before the package's migrations
    QSet<QString> m_baseTables;
    bool m_notReversible = false;
    bool m_cancelled = false;
};

PackageTester::PackageTester(const Registry &registry, PackageTestOptions options)
    : m_graph(registry.migrationGraph()),
      m_declared(DeclaredSchema::of(registry)),
      m_dialect(registry.project().dialect),
      m_options(std::move(options))
{
    for (const PackageDefinition &package : registry.packages()) {
        m_packages.insert(package.name, package);
        m_dependencies.insert(package.name, registry.dependenciesOf(package.name));
    }
}

PackageTestResult PackageTester::test(const QString &package)
{
    return PackageTestSession(*this, package).run();
}

PackageTestRun PackageTester::run(const QStringList &packages)
{
    const QStringList names = packages.isEmpty() ? m_declared.allPackages : packages;
    PackageTestRun run;
    for (int i = 0; i < names.size(); ++i) {
        if (m_cancelled.load()) {
            run.cancelled = true;
            break;
        }
        if (m_progress)
            m_progress(i, int(names.size()), names.at(i));
        run.packages.append(test(names.at(i)));
    }
    run.cancelled = run.cancelled || m_cancelled.load();
    return run;
}

} // namespace Strata
