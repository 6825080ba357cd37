// strata rollback: run down sections in reverse order of application.
#include "Migrations.h"

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &stepsOption()
{
    static const QCommandLineOption option(QStringLiteral("steps"), Text::tr("Roll back the last N applied migrations."),
                                           Text::tr("N"));
    return option;
}

const QCommandLineOption &rollbackToOption()
{
    static const QCommandLineOption option(
        QStringLiteral("to"), Text::tr("Roll back every migration applied after PACKAGE:ID (which stays applied)."),
        Text::tr("PACKAGE:ID"));
    return option;
}

const QCommandLineOption &allOption()
{
    static const QCommandLineOption option(QStringLiteral("all"), Text::tr("Roll back every applied migration."));
    return option;
}

int runRollback(Context &context)
{
    const int chosen = int(context.parser.isSet(stepsOption())) + int(context.parser.isSet(rollbackToOption()))
        + int(context.parser.isSet(allOption()));
    if (chosen != 1) {
        context.error(Text::tr("rollback needs exactly one of --steps N, --to PACKAGE:ID or --all"));
        return UsageError;
    }
    MigrationSetup setup;
    if (!setUpMigrations(context, setup))
        return setup.exitCode;
    RunRequest request;
    request.url = setup.url;
    request.direction = PlanDirection::Down;
    request.dryRun = context.parser.isSet(dryRunOption());
    bool ok = true;
    if (context.parser.isSet(stepsOption())) {
        request.steps = context.parser.value(stepsOption()).toInt(&ok);
        if (!ok || request.steps < 1) {
            context.error(Text::tr("--steps takes a whole number of at least 1"));
            return UsageError;
        }
    } else if (context.parser.isSet(rollbackToOption())) {
        request.target = context.parser.value(rollbackToOption());
    }
    request.lockTimeoutSeconds = context.parser.value(lockTimeoutOption()).toInt(&ok);
    if (!ok || request.lockTimeoutSeconds < 0) {
        context.error(Text::tr("--lock-timeout takes a number of seconds"));
        return UsageError;
    }
    return runAndReport(context, setup, request);
}

} // namespace

Command rollbackCommand()
{
    return Command{QStringLiteral("rollback"), Text::tr("Undo applied migrations with their down sections."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({databaseOption(), stepsOption(), rollbackToOption(), allOption(), dryRunOption(),
                                          lockTimeoutOption()});
                   },
                   runRollback,
                   {QStringLiteral("strata -C examples rollback --steps 1"),
                    QStringLiteral("strata -C examples rollback --to @acme/crm:001_crm_base --dry-run")}};
}

} // namespace Strata::Cli
