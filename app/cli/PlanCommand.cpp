// strata plan: what migrate (or rollback with --down) would run, in order, changing nothing.
#include "Migrations.h"

#include <strata/migration/MigrationQueries.h>

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &downOption()
{
    static const QCommandLineOption option(QStringLiteral("down"), Text::tr("Plan a rollback instead (with --steps or --to)."));
    return option;
}

const QCommandLineOption &sqlOption()
{
    static const QCommandLineOption option(
        QStringLiteral("sql"), Text::tr("Print only the SQL script that would run, with comments naming each migration."));
    return option;
}

const QCommandLineOption &stepsOption()
{
    static const QCommandLineOption option(QStringLiteral("steps"), Text::tr("With --down: the last N applied migrations."),
                                           Text::tr("N"));
    return option;
}

int runPlan(Context &context)
{
    const bool script = context.parser.isSet(sqlOption());
    if (script && !context.format.isEmpty() && context.format != u"text") {
        context.error(Text::tr("--sql prints SQL: leave out --format %1").arg(context.format));
        return UsageError;
    }
    MigrationSetup setup;
    if (!setUpMigrations(context, setup))
        return setup.exitCode;
    RunRequest request;
    request.url = setup.url;
    if (context.parser.isSet(downOption())) {
        request.direction = PlanDirection::Down;
        if (context.parser.isSet(stepsOption())) {
            bool ok = false;
            request.steps = context.parser.value(stepsOption()).toInt(&ok);
            // Zero steps would plan a rollback of everything (the runner's "no steps" form).
            if (!ok || request.steps < 1) {
                context.error(Text::tr("--steps takes a whole number of at least 1"));
                return UsageError;
            }
        }
        else if (context.parser.isSet(toOption()))
            request.target = context.parser.value(toOption());
        else
            request.steps = 1;
    } else {
        request.target = context.parser.value(toOption());
    }
    const Result<Plan> planned = planRequest(*setup.graph, request);
    if (!planned) {
        context.error(planned.errorMessage());
        return Failure;
    }
    const Plan &plan = *planned;
    if (context.format == u"json") {
        QJsonObject json = planToJson(plan, context.projectRoot);
        json.insert(QStringLiteral("database"), setup.url.display());
        context.printJson(json);
        return Success;
    }
    if (script) {
        printPlanScript(context, plan, setup.url.display());
        return Success;
    }
    if (plan.migrations.isEmpty()) {
        context.out << Text::tr("Nothing to do on %1.").arg(setup.url.display()) << Qt::endl;
        return Success;
    }
    const int count = int(plan.migrations.size());
    context.out << (plan.direction == PlanDirection::Up
                        ? Text::tr("%n migration(s) would run on %1:", nullptr, count)
                        : Text::tr("%n migration(s) would be rolled back on %1:", nullptr, count))
                       .arg(setup.url.display())
                << Qt::endl;
    printPlan(context, plan);
    if (plan.hasDestructive())
        context.out << Qt::endl << Text::tr("The plan has destructive statements (marked !).") << Qt::endl;
    return Success;
}

} // namespace

Command planCommand()
{
    return Command{QStringLiteral("plan"), Text::tr("Show what migrate would run, statement by statement."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({databaseOption(), toOption(), downOption(), stepsOption(), sqlOption()});
                   },
                   runPlan,
                   {QStringLiteral("strata -C examples plan"), QStringLiteral("strata -C examples plan --sql > pending.sql"),
                    QStringLiteral("strata -C examples plan --down --steps 2")}};
}

} // namespace Strata::Cli
