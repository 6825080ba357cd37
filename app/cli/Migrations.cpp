#include "Migrations.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/Connection.h>
#include <strata/migration/DatabaseMessage.h>
#include <strata/migration/Impact.h>
#include <strata/migration/MigrationQueries.h>
#include <strata/migration/RunText.h>

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

// The error block of a failed migration on stderr: which migration, where in its file, the whole
// statement, the database's message on one line with its SQLSTATE (and its DETAIL, HINT... lines),
// and what the failure left behind.
void printFailure(Context &context, const RunResult &result, bool up)
{
    const MigrationFailure &failure = *result.failure;
    const QString name = failure.package + QLatin1Char(':') + failure.id;
    QString where = relativePath(failure.file, context.projectRoot);
    if (failure.fileLine > 0)
        where += QLatin1Char(':') + QString::number(failure.fileLine);
    if (failure.statementNumber > 0)
        context.error(Text::tr("%1 failed at statement %2 (%3)").arg(name, QString::number(failure.statementNumber), where));
    else if (!failure.file.isEmpty())
        context.error(Text::tr("%1 failed (%2)").arg(name, where));
    else
        context.error(Text::tr("%1 failed").arg(name));

    QTextStream &err = context.err;
    if (!failure.statement.isEmpty()) {
        err << QStringLiteral("  ") << Text::tr("statement:") << Qt::endl;
        for (const QString &line : failure.statement.split(QLatin1Char('\n')))
            err << QStringLiteral("    ") << line << Qt::endl;
    }
    const DatabaseMessage message = DatabaseMessage::parse(failure.databaseError);
    err << QStringLiteral("  ") << Text::tr("database: %1").arg(message.oneLine()) << Qt::endl;
    for (const DatabaseMessage::Field &field : message.fields)
        err << QStringLiteral("  ") << field.label.toLower() << QStringLiteral(": ") << field.text << Qt::endl;

    // Applied (or rolled back) before the failure: the reports that did work, less the failed one (last).
    int before = -1;
    for (const MigrationReport &report : result.migrations)
        before += report.alreadyDone || report.notExecuted ? 0 : 1;
    bool transactional = true;
    for (const PlannedMigration &planned : result.plan.migrations) {
        if (planned.node.package == failure.package && planned.node.migration.id == failure.id)
            transactional = !planned.node.migration.noTransaction;
    }
    // A no-transaction migration cannot be undone: say so rather than promise a clean state.
    QString consequence = transactional ? Text::tr("The failed migration left no trace.")
                                        : Text::tr("The failed migration ran without a transaction: its statements "
                                                   "before the failing one stay.");
    if (before > 0)
        consequence += QLatin1Char(' ')
            + (up ? Text::tr("%n migration(s) before it stay(s) applied.", nullptr, before)
                  : Text::tr("%n migration(s) before it stay(s) rolled back.", nullptr, before));
    err << QStringLiteral("  ") << consequence << Qt::endl;
    if (const QString help = migrationFailureHelp(failure); !help.isEmpty())
        err << QStringLiteral("  help: ") << help << Qt::endl;
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

const QCommandLineOption &toOption()
{
    static const QCommandLineOption option(QStringLiteral("to"),
                                           Text::tr("Only up to this migration (PACKAGE or PACKAGE:ID)."), Text::tr("TARGET"));
    return option;
}

const QCommandLineOption &devDatabaseOption()
{
    static const QCommandLineOption option(
        QStringLiteral("dev-database"),
        Text::tr("Replay the migrations on a scratch database created on this server (and dropped afterwards)."),
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
    Result<DatabaseUrl> url = DatabaseUrl::parse(text, context.projectRoot);
    if (!url) {
        context.error(url.errorMessage());
        setup.exitCode = UsageError;
        return false;
    }
    setup.url = std::move(url).value();
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
        const int count = int(plan.migrations.size());
        context.out << (request.dryRun ? Text::tr("Dry run on %1: %n migration(s)", nullptr, count)
                            : up       ? Text::tr("Migrating %1: %n pending", nullptr, count)
                                       : Text::tr("Rolling back %1: %n migration(s)", nullptr, count))
                           .arg(request.url.display())
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
            context.out << QStringLiteral("  %1  %2  %3  %4 ms")
                               .arg(statement.number, 3)
                               .arg(Text::tr("line %1").arg(statement.fileLine), -9)
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
                         {QStringLiteral("ok"), result.ok()},
                         {QStringLiteral("cancelled"), result.cancelled},
                         {QStringLiteral("migrations"), migrations}};
        if (result.error)
            json.insert(QStringLiteral("error"), result.errorMessage());
        if (result.failure) {
            const MigrationFailure &f = *result.failure;
            QJsonObject failure{{QStringLiteral("package"), f.package},
                                {QStringLiteral("id"), f.id},
                                {QStringLiteral("file"), relativePath(f.file, context.projectRoot)},
                                {QStringLiteral("statement"), f.statementNumber},
                                {QStringLiteral("line"), f.fileLine},
                                {QStringLiteral("sql"), f.statement},
                                {QStringLiteral("error"), f.databaseError}};
            // PostgreSQL's error code, for scripts that tell "already exists" (42P07) from the rest.
            if (const QString sqlState = DatabaseMessage::parse(f.databaseError).sqlState; !sqlState.isEmpty())
                failure.insert(QStringLiteral("sqlState"), sqlState);
            if (const QString help = migrationFailureHelp(f); !help.isEmpty())
                failure.insert(QStringLiteral("help"), help);
            json.insert(QStringLiteral("failure"), failure);
        }
        context.printJson(json);
    }

    if (result.error) {
        context.error(result.errorMessage());
        return Failure;
    }
    if (result.failure) {
        printFailure(context, result, up);
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
            context.out << Text::tr("Cancelled after %n migration(s).", nullptr, done) << Qt::endl;
        else if (request.dryRun)
            context.out << Text::tr("Dry run passed: %n migration(s) run and undone; nothing changed.", nullptr, done)
                        << Qt::endl;
        else if (done == 0)
            context.out << Text::tr("Nothing to do.") << Qt::endl;
        else
            context.out << (up ? Text::tr("Applied %n migration(s) in %1 ms.", nullptr, done)
                               : Text::tr("Rolled back %n migration(s) in %1 ms.", nullptr, done))
                               .arg(total)
                        << Qt::endl;
    }
    return result.cancelled ? Failure : Success;
}

} // namespace Strata::Cli
