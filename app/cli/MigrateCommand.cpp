// strata migrate: apply the pending migrations, each in one transaction with its history row.
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
        context.error(Text::tr("--lock-timeout takes a number of seconds"));
        return UsageError;
    }
    return runAndReport(context, setup, request);
}

} // namespace

Command migrateCommand()
{
    return Command{QStringLiteral("migrate"), Text::tr("Apply the pending migrations."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({databaseOption(), toOption(), dryRunOption(), lockTimeoutOption()});
                   },
                   runMigrate,
                   {QStringLiteral("strata -C examples migrate"), QStringLiteral("strata -C examples migrate --dry-run"),
                    QStringLiteral("strata -C examples migrate --to @acme/crm --database postgresql://app@db.internal/app")}};
}

} // namespace Strata::Cli
