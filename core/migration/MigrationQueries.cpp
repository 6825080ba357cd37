#include "MigrationQueries.h"

#include "migration/Connection.h"
#include "migration/Impact.h"

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

std::optional<QList<AppliedMigration>> readMigrationHistory(const DatabaseUrl &url, QString *error,
                                                            const HistoryReadOptions &options)
{
    if (!options.createMissingFile && isAbsentSqliteFile(url))
        return QList<AppliedMigration>();
    Connection connection(url);
    if (!connection.isOpen()) {
        if (error)
            *error = connection.errorText();
        return std::nullopt;
    }
    QString readError;
    std::optional<QList<AppliedMigration>> history = History(connection).readAll(&readError);
    if (!history && error)
        *error = Text::tr("cannot read the history of %1: %2").arg(url.display(), readError);
    return history;
}

Plan planRequest(const MigrationGraph &graph, const RunRequest &request, const HistoryReadOptions &options)
{
    Plan plan;
    plan.direction = request.direction;
    const bool absent = !options.createMissingFile && isAbsentSqliteFile(request.url);
    std::optional<Connection> connection;
    QList<AppliedMigration> history;
    if (!absent) {
        connection.emplace(request.url);
        if (!connection->isOpen()) {
            plan.error = connection->errorText();
            return plan;
        }
        QString error;
        const auto rows = History(*connection).readAll(&error);
        if (!rows) {
            plan.error = Text::tr("cannot read the history of %1: %2").arg(request.url.display(), error);
            return plan;
        }
        history = *rows;
    }
    const Planner planner(graph, request.url.dialect);
    if (request.direction == PlanDirection::Up)
        plan = planner.up(history, request.target);
    else if (request.steps > 0)
        plan = planner.downSteps(history, request.steps);
    else
        plan = planner.downTo(history, request.target);
    if (plan.isValid() && connection)
        estimateImpact(*connection, plan);
    return plan;
}

} // namespace Strata
