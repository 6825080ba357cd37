#include <strata/diff/Baseline.h>

#include <strata/diff/MigratedSchema.h>
#include <strata/migration/Connection.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/sql/CatalogReader.h>
#include <strata/sql/CatalogSchema.h>

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Baseline)
};

} // namespace

Result<BaselineResult> baseline(const MigrationGraph &graph, DialectKind projectDialect, const BaselineRequest &request)
{
    BaselineResult result;
    Connection connection(request.url);
    if (!connection.isOpen())
        return failure(connection.errorText());
    History history(connection);
    Result<QList<AppliedMigration>> applied = history.readAll();
    if (!applied)
        return applied.error();
    Result<Plan> plan = Planner(graph, projectDialect).up(*applied, request.target);
    if (!plan)
        return plan.error();
    for (const PlannedMigration &planned : plan->migrations)
        result.pending.append({planned.node.package, planned.node.migration.id});
    if (result.pending.isEmpty())
        return result;

    // What the recorded migrations and the pending ones produce, in the graph's order.
    QSet<QString> wanted;
    for (const AppliedMigration &row : *applied)
        wanted.insert(row.package + u'\n' + row.id);
    for (const auto &[package, id] : std::as_const(result.pending))
        wanted.insert(package + u'\n' + id);
    QList<int> order;
    for (const int node : graph.order()) {
        const MigrationNode &n = graph.nodes().at(node);
        if (wanted.contains(n.package + u'\n' + n.migration.id))
            order.append(node);
    }
    Result<MigratedSchema> migrated = migratedSchemaOf(graph, projectDialect, order, request.scratchDatabaseUrl);
    if (!migrated)
        return migrated.error();
    if (migrated->failure)
        return failure(Text::tr("migration %1 of %2 does not run (%3), so what the migrations produce is not known")
                           .arg(migrated->failure->migration, migrated->failure->package,
                                migrated->failure->error.message),
                       migrated->failure->error.location);

    Result<QList<CatalogTable>> catalog = readCatalog(connection.database(), request.url.dialect);
    if (!catalog)
        return catalog.error();
    const CatalogSchema live = schemaFromCatalog(*catalog, request.url.dialect);
    QSet<QString> produced;
    for (const Table &t : migrated->tables)
        produced.insert(t.name);
    QList<Table> known;
    for (const Table &table : live.tables) {
        if (table.name == QLatin1String(History::TableName))
            continue;
        if (produced.contains(table.name) || request.projectTables.contains(table.name))
            known.append(table);
        else
            result.otherTables.append(table.name);
    }
    const std::unique_ptr<Dialect> dialect = Dialect::create(request.url.dialect);
    result.differences = compareSchemas(migrated->tables, known, *dialect);
    if (!result.differences.isEmpty() && !request.force) {
        result.refused = true;
        return result;
    }

    // Recorded in one transaction, under the runners' lock, re-checking what another runner did.
    const bool postgres = request.url.dialect == DialectKind::PostgreSQL;
    if (Result<> begun = connection.exec(postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s); !begun)
        return begun.error();
    const auto abort = [&](const ResultError &error) -> Result<BaselineResult> {
        (void)connection.exec(u"ROLLBACK"_s);
        return error;
    };
    if (postgres) {
        QSqlQuery lock(connection.database());
        if (!lock.exec(u"SELECT pg_try_advisory_xact_lock(%1)"_s.arg(MigrationAdvisoryLockKey)) || !lock.next()
            || !lock.value(0).toBool())
            return abort(failure(Text::tr("another migration runner holds the lock of %1; try again when it is done")
                                     .arg(request.url.display())));
    }
    if (Result<> table = history.ensureTable(); !table)
        return abort(table.error());
    for (const PlannedMigration &planned : plan->migrations) {
        const MigrationNode &node = planned.node;
        Result<bool> done = history.isApplied(node.package, node.migration.id);
        if (!done)
            return abort(done.error());
        if (*done)
            continue;
        AppliedMigration row;
        row.package = node.package;
        row.id = node.migration.id;
        row.checksum = node.checksum;
        row.packageVersion = node.packageVersion;
        row.appliedAt = QDateTime::currentDateTimeUtc();
        if (Result<> recorded = history.record(row); !recorded)
            return abort(recorded.error());
        result.recorded.append({node.package, node.migration.id});
    }
    if (Result<> committed = connection.exec(u"COMMIT"_s); !committed)
        return abort(committed.error());
    return result;
}

} // namespace Strata
