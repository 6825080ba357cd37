#include "Migrations.h"

#include "export/DiagnosticsReport.h"
#include "migration/Connection.h"
#include "migration/Impact.h"
#include "migration/MigrationQueries.h"
#include "migration/RunText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

QString firstLine(const QString &sql)
{
    const QString line = sql.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > 72 ? line.left(69) + QStringLiteral("...") : line;
}

QJsonObject destructiveToJson(const DestructiveChange &change)
{
    static const char *kinds[] = {"drop-table", "drop-column", "drop-index", "truncate", "type-change", "other"};
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kinds[int(change.kind)])},
                       {QStringLiteral("table"), change.table},
                       {QStringLiteral("column"), change.column},
                       {QStringLiteral("description"), change.description},
                       {QStringLiteral("affected"), change.affected}};
}

} // namespace

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
        QStringLiteral("database"), Text::tr("The database: sqlite:PATH, sqlite::memory: or postgresql://USER@HOST:PORT/DB "
                                       "(default: the project's)."),
        Text::tr("URL"));
    return option;
}

const QCommandLineOption &lockTimeoutOption()
{
    static const QCommandLineOption option(QStringLiteral("lock-timeout"),
                                           Text::tr("How long to wait for another runner, in seconds (default 60)."),
                                           Text::tr("SECONDS"), QStringLiteral("60"));
    return option;
}

const QCommandLineOption &dryRunOption()
{
    static const QCommandLineOption option(QStringLiteral("dry-run"),
                                           Text::tr("Prove that the plan runs, and change nothing."));
    return option;
}

bool setUpMigrations(Context &context, MigrationSetup &setup)
{
    if (!context.loadProject(setup.registry)) {
        setup.exitCode = UsageError;
        return false;
    }
    const QString text = context.parser.isSet(databaseOption()) ? context.parser.value(databaseOption())
                                                                : setup.registry.project().databaseUrl();
    QString error;
    setup.url = DatabaseUrl::parse(text, context.projectRoot, &error);
    if (!setup.url.isValid()) {
        context.error(error);
        setup.exitCode = UsageError;
        return false;
    }
    if (const QString wrongDialect = checkMigrationDialect(setup.url, setup.registry.project().dialect);
        !wrongDialect.isEmpty()) {
        context.error(wrongDialect
                      + Text::tr("; use --database with a %1 URL").arg(dialectName(setup.registry.project().dialect)));
        setup.exitCode = UsageError;
        return false;
    }
    setup.url.resolvePassword();
    setup.graph = MigrationGraph::build(setup.registry);
    return true;
}

QJsonObject planToJson(const Plan &plan, const QString &projectRoot)
{
    QJsonArray migrations;
    for (const PlannedMigration &migration : plan.migrations) {
        QJsonArray statements;
        for (const PlannedStatement &statement : migration.statements) {
            QJsonObject entry{{QStringLiteral("number"), int(statements.size()) + 1},
                              {QStringLiteral("line"), statement.fileLine},
                              {QStringLiteral("sql"), statement.statement.sql}};
            if (statement.destructive)
                entry.insert(QStringLiteral("destructive"), destructiveToJson(*statement.destructive));
            statements.append(entry);
        }
        migrations.append(QJsonObject{
            {QStringLiteral("package"), migration.node.package},
            {QStringLiteral("id"), migration.node.migration.id},
            {QStringLiteral("file"), relativePath(migration.node.migration.file, projectRoot)},
            {QStringLiteral("transaction"), !migration.node.migration.noTransaction},
            {QStringLiteral("destructive"), migration.isDestructive()},
            {QStringLiteral("statements"), statements}});
    }
    return QJsonObject{{QStringLiteral("direction"),
                        plan.direction == PlanDirection::Up ? QStringLiteral("up") : QStringLiteral("down")},
                       {QStringLiteral("migrations"), migrations}};
}

void printPlan(Context &context, const Plan &plan)
{
    for (const PlannedMigration &migration : plan.migrations) {
        context.out << migration.node.package << QLatin1Char(':') << migration.node.migration.id;
        if (!migration.node.migration.file.isEmpty())
            context.out << QStringLiteral("  (") << relativePath(migration.node.migration.file, context.projectRoot)
                        << QLatin1Char(')');
        if (migration.node.migration.noTransaction)
            context.out << QStringLiteral("  ") << Text::tr("[no transaction: statements run one by one, outside a transaction]");
        context.out << Qt::endl;
        if (migration.statements.isEmpty())
            context.out << QStringLiteral("    ") << Text::tr("(C++ migration)") << Qt::endl;
        for (int i = 0; i < migration.statements.size(); ++i) {
            const PlannedStatement &statement = migration.statements.at(i);
            context.out << QStringLiteral("  %1  line %2  %3")
                               .arg(i + 1, 3)
                               .arg(statement.fileLine, -4)
                               .arg(firstLine(statement.statement.sql))
                        << Qt::endl;
            if (statement.destructive)
                context.out << QStringLiteral("       ! ") << Text::tr("destructive: %1").arg(describeDestructiveChange(*statement.destructive))
                            << Qt::endl;
        }
    }
}

int runAndReport(Context &context, MigrationSetup &setup, const RunRequest &request)
{
    MigrationRunner runner;
    const bool text = context.format != u"json";
    const bool up = request.direction == PlanDirection::Up;

    QObject::connect(&runner, &MigrationRunner::planned, [&](const Plan &plan) {
        if (!text)
            return;
        // Say what destructive statements would destroy before any of them runs.
        Plan estimated = plan;
        {
            // Waits for another runner's lock no longer than the run itself would (--lock-timeout):
            // with the default five seconds, this read outlasted a holder and the run went on.
            Connection connection(request.url, Connection::Options{request.lockTimeoutSeconds * 1000});
            if (connection.isOpen())
                estimateImpact(connection, estimated);
        }
        context.out << (request.dryRun ? Text::tr("Dry run on %1: %2 migrations").arg(request.url.display()).arg(plan.migrations.size())
                                       : (up ? Text::tr("Migrating %1: %2 pending") : Text::tr("Rolling back %1: %2 migrations"))
                                             .arg(request.url.display())
                                             .arg(plan.migrations.size()))
                    << Qt::endl;
        for (const PlannedMigration &migration : estimated.migrations) {
            for (const PlannedStatement &statement : migration.statements) {
                if (statement.destructive)
                    context.out << QStringLiteral("  ! %1:%2 ").arg(migration.node.package, migration.node.migration.id)
                                << Text::tr("destructive: %1").arg(describeDestructiveChange(*statement.destructive)) << Qt::endl;
            }
        }
    });
    QObject::connect(&runner, &MigrationRunner::migrationStarted,
                     [&](int, int, const QString &package, const QString &id) {
                         if (text && !context.quiet)
                             context.out << package << QLatin1Char(':') << id << Qt::endl;
                     });
    QObject::connect(&runner, &MigrationRunner::statementFinished, [&](int, const StatementReport &statement) {
        if (text && !context.quiet)
            context.out << QStringLiteral("  %1  line %2  %3  %4 ms")
                               .arg(statement.number, 3)
                               .arg(statement.fileLine, -4)
                               .arg(firstLine(statement.sql))
                               .arg(statement.elapsedMs)
                        << Qt::endl;
    });
    QObject::connect(&runner, &MigrationRunner::migrationFinished, [&](int, const MigrationReport &report) {
        if (!text || context.quiet)
            return;
        if (report.alreadyDone)
            context.out << QStringLiteral("  ") << Text::tr("already done by another runner") << Qt::endl;
        else if (report.notExecuted)
            context.out << QStringLiteral("  ") << Text::tr("not executed in a dry run (no-transaction migration)") << Qt::endl;
        else
            context.out << QStringLiteral("  ") << Text::tr("done in %1 ms").arg(report.elapsedMs) << Qt::endl;
    });

    const RunResult result = runner.run(*setup.graph, request);

    if (!text) {
        QJsonArray migrations;
        for (const MigrationReport &report : result.migrations) {
            QJsonArray statements;
            for (const StatementReport &statement : report.statements)
                statements.append(QJsonObject{{QStringLiteral("number"), statement.number},
                                              {QStringLiteral("line"), statement.fileLine},
                                              {QStringLiteral("sql"), statement.sql},
                                              {QStringLiteral("ms"), statement.elapsedMs}});
            migrations.append(QJsonObject{{QStringLiteral("package"), report.package},
                                          {QStringLiteral("id"), report.id},
                                          {QStringLiteral("ms"), report.elapsedMs},
                                          {QStringLiteral("alreadyDone"), report.alreadyDone},
                                          {QStringLiteral("notExecuted"), report.notExecuted},
                                          {QStringLiteral("statements"), statements}});
        }
        QJsonObject json{{QStringLiteral("database"), request.url.display()},
                         {QStringLiteral("direction"), up ? QStringLiteral("up") : QStringLiteral("down")},
                         {QStringLiteral("dryRun"), request.dryRun},
                         {QStringLiteral("ok"), result.ok},
                         {QStringLiteral("cancelled"), result.cancelled},
                         {QStringLiteral("migrations"), migrations}};
        if (!result.error.isEmpty())
            json.insert(QStringLiteral("error"), result.error);
        if (result.failure) {
            const MigrationFailure &f = *result.failure;
            json.insert(QStringLiteral("failure"),
                        QJsonObject{{QStringLiteral("package"), f.package},
                                    {QStringLiteral("id"), f.id},
                                    {QStringLiteral("file"), relativePath(f.file, context.projectRoot)},
                                    {QStringLiteral("statement"), f.statementNumber},
                                    {QStringLiteral("line"), f.fileLine},
                                    {QStringLiteral("sql"), f.statement},
                                    {QStringLiteral("error"), f.databaseError}});
        }
        context.printJson(json);
    }

    if (!result.error.isEmpty()) {
        context.error(result.error);
        return Failure;
    }
    if (result.failure) {
        context.error(describeMigrationFailure(*result.failure, context.projectRoot));
        if (!result.failure->statement.isEmpty())
            context.err << QStringLiteral("  statement: ") << firstLine(result.failure->statement) << Qt::endl;
        int before = 0;
        for (const MigrationReport &report : result.migrations)
            before += report.alreadyDone || report.notExecuted ? 0 : 1;
        bool transactional = true;
        for (const PlannedMigration &planned : result.plan.migrations) {
            if (planned.node.package == result.failure->package && planned.node.migration.id == result.failure->id)
                transactional = !planned.node.migration.noTransaction;
        }
        // A no-transaction migration cannot be undone: say so rather than promise a clean state.
        context.err << (transactional ? Text::tr("  the failed migration left no trace; %1 migrations before it stay %2")
                                      : Text::tr("  the failed migration ran without a transaction: its statements before "
                                           "the failing one stay; %1 migrations before it stay %2"))
                           .arg(before - 1)
                           .arg(up ? Text::tr("applied") : Text::tr("rolled back"))
                    << Qt::endl;
        return Failure;
    }
    if (text) {
        int done = 0;
        qint64 total = 0;
        for (const MigrationReport &report : result.migrations) {
            done += report.alreadyDone || report.notExecuted ? 0 : 1;
            total += report.elapsedMs;
        }
        if (result.cancelled)
            context.out << Text::tr("Cancelled after %1 migrations.").arg(done) << Qt::endl;
        else if (request.dryRun)
            context.out << Text::tr("Dry run passed: %1 migrations ran and were undone; nothing changed.").arg(done) << Qt::endl;
        else if (done == 0)
            context.out << Text::tr("Nothing to do.") << Qt::endl;
        else
            context.out << (up ? Text::tr("Applied %1 migrations in %2 ms.") : Text::tr("Rolled back %1 migrations in %2 ms."))
                               .arg(done)
                               .arg(total)
                        << Qt::endl;
    }
    return result.cancelled ? Failure : Success;
}

} // namespace Strata::Cli
