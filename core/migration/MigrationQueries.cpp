#include <strata/migration/MigrationQueries.h>

#include <strata/migration/Connection.h>
#include <strata/migration/Impact.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Migrations". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Migrations)
};

bool isAbsentSqliteFile(const DatabaseUrl &url)
{
    return url.dialect == DialectKind::SQLite && !url.memory && !QFileInfo::exists(url.path);
}

} // namespace

QString checkMigrationDialect(const DatabaseUrl &url, DialectKind projectDialect)
{
    // The migration files are written in the project's dialect; running them on another database
    // would fail half-way through the first migration.
    if (url.dialect == projectDialect)
        return {};
    return Text::tr("the project's migrations are written for %1, but %2 is a %3 database")
        .arg(dialectName(projectDialect), url.display(), dialectName(url.dialect));
}

Result<QList<AppliedMigration>> readMigrationHistory(const DatabaseUrl &url, const HistoryReadOptions &options)
{
    if (!options.createMissingFile && isAbsentSqliteFile(url))
        return QList<AppliedMigration>();
    Connection connection(url);
    if (!connection.isOpen())
        return failure(connection.errorText());
    Result<QList<AppliedMigration>> history = History(connection).readAll();
    if (!history)
        return failure(Text::tr("cannot read the history of %1: %2").arg(url.display(), history.errorMessage()));
    return history;
}

Result<Plan> planRequest(const MigrationGraph &graph, const RunRequest &request, const HistoryReadOptions &options)
{
    const bool absent = !options.createMissingFile && isAbsentSqliteFile(request.url);
    std::optional<Connection> connection;
    QList<AppliedMigration> history;
    if (!absent) {
        connection.emplace(request.url);
        if (!connection->isOpen())
            return failure(connection->errorText());
        Result<QList<AppliedMigration>> rows = History(*connection).readAll();
        if (!rows)
            return failure(Text::tr("cannot read the history of %1: %2").arg(request.url.display(), rows.errorMessage()));
        history = std::move(rows).value();
    }
    const Planner planner(graph, request.url.dialect);
    Result<Plan> plan = request.direction == PlanDirection::Up ? planner.up(history, request.target)
        : request.steps > 0                                    ? planner.downSteps(history, request.steps)
                                                               : planner.downTo(history, request.target);
    if (plan && connection)
        estimateImpact(*connection, *plan);
    return plan;
}

} // namespace Strata
