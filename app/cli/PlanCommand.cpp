// strata plan: what migrate (or rollback with --down) would run, in order, changing nothing.
#include "Migrations.h"

#include "migration/Connection.h"
#include "migration/History.h"
#include "migration/Impact.h"

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
    Connection connection(setup.url);
    if (!connection.isOpen()) {
        context.error(connection.errorText());
        return Failure;
    }
    QString error;
    const auto history = History(connection).readAll(&error);
    if (!history) {
        context.error(tr("cannot read the history of %1: %2").arg(setup.url.display(), error));
        return Failure;
    }
    const Planner planner(*setup.graph, setup.url.dialect);
    Plan plan;
    if (context.parser.isSet(downOption())) {
        if (context.parser.isSet(stepsOption()))
            plan = planner.downSteps(*history, context.parser.value(stepsOption()).toInt());
        else if (context.parser.isSet(toOption()))
            plan = planner.downTo(*history, context.parser.value(toOption()));
        else
            plan = planner.downSteps(*history, 1);
    } else {
        plan = planner.up(*history, context.parser.value(toOption()));
    }
    if (!plan.isValid()) {
        context.error(plan.error);
        return Failure;
    }
    estimateImpact(connection, plan);

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
