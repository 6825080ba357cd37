// strata plan: what migrate (or rollback with --down) would run, in order, changing nothing.
#include "Migrations.h"

#include "migration/MigrationQueries.h"

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Cli", text);
}

const QCommandLineOption &toOption()
{
    static const QCommandLineOption option(QStringLiteral("to"),
                                           tr("Only up to this migration (PACKAGE or PACKAGE:ID)."), tr("TARGET"));
    return option;
}

const QCommandLineOption &downOption()
{
    static const QCommandLineOption option(QStringLiteral("down"), tr("Plan a rollback instead (with --steps or --to)."));
    return option;
}

const QCommandLineOption &stepsOption()
{
    static const QCommandLineOption option(QStringLiteral("steps"), tr("With --down: the last N applied migrations."),
                                           tr("N"));
    return option;
}

int runPlan(Context &context)
{
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
                context.error(tr("--steps takes a whole number of at least 1"));
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
    const Plan plan = planRequest(*setup.graph, request);
    if (!plan.isValid()) {
        context.error(plan.error);
        return Failure;
    }
    if (context.format == u"json") {
        QJsonObject json = planToJson(plan, context.projectRoot);
        json.insert(QStringLiteral("database"), setup.url.display());
        context.printJson(json);
        return Success;
    }
    if (plan.migrations.isEmpty()) {
        context.out << tr("Nothing to do on %1.").arg(setup.url.display()) << Qt::endl;
        return Success;
    }
    context.out << (plan.direction == PlanDirection::Up ? tr("%1 migrations would run on %2:")
                                                        : tr("%1 migrations would be rolled back on %2:"))
                       .arg(plan.migrations.size())
                       .arg(setup.url.display())
                << Qt::endl;
    printPlan(context, plan);
    if (plan.hasDestructive())
        context.out << tr("The plan has destructive statements (marked !).") << Qt::endl;
    return Success;
}

} // namespace

Command planCommand()
{
    return Command{QStringLiteral("plan"), tr("Show what migrate would run, statement by statement."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({databaseOption(), toOption(), downOption(), stepsOption()});
                   },
                   runPlan};
}

} // namespace Strata::Cli
