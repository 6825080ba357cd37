// strata migrate: apply the pending migrations, each in one transaction with its history row.
#include "Migrations.h"

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

int runMigrate(Context &context)
{
    MigrationSetup setup;
    if (!setUpMigrations(context, setup))
        return setup.exitCode;
    RunRequest request;
    request.url = setup.url;
    request.direction = PlanDirection::Up;
    request.target = context.parser.value(toOption());
    request.dryRun = context.parser.isSet(dryRunOption());
    bool ok = false;
    request.lockTimeoutSeconds = context.parser.value(lockTimeoutOption()).toInt(&ok);
    if (!ok || request.lockTimeoutSeconds < 0) {
        context.error(tr("--lock-timeout takes a number of seconds"));
        return UsageError;
    }
    return runAndReport(context, setup, request);
}

} // namespace

Command migrateCommand()
{
    return Command{QStringLiteral("migrate"), tr("Apply the pending migrations."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({databaseOption(), toOption(), dryRunOption(), lockTimeoutOption()});
                   },
                   runMigrate};
}

} // namespace Strata::Cli
