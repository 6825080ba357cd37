// strata repair: after a person has checked them, accept edited migrations (record their current
// checksums) and forget migrations whose files are gone.
#include "Migrations.h"

#include <strata/migration/Connection.h>
#include <strata/migration/History.h>

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

int runRepair(Context &context)
{
    MigrationSetup setup;
    if (!setUpMigrations(context, setup))
        return setup.exitCode;
    Connection connection(setup.url);
    if (!connection.isOpen()) {
        context.error(connection.errorText());
        return Failure;
    }
    History history(connection);
    const Result<QList<AppliedMigration>> rows = history.readAll();
    if (!rows) {
        context.error(Text::tr("cannot read the history of %1: %2").arg(setup.url.display(), rows.errorMessage()));
        return Failure;
    }
    QJsonArray repaired;
    for (const MigrationStatus &status : migrationStatus(*setup.graph, *rows)) {
        Result<> ok;
        QString action;
        if (status.state == MigrationState::Modified) {
            ok = history.updateChecksum(status.package, status.id, status.currentChecksum);
            action = QStringLiteral("checksum-updated");
            if (ok && context.format != u"json")
                context.out << Text::tr("%1:%2: recorded the checksum of the edited file").arg(status.package, status.id)
                            << Qt::endl;
        } else if (status.state == MigrationState::Missing) {
            ok = history.remove(status.package, status.id);
            action = QStringLiteral("forgotten");
            if (ok && context.format != u"json")
                context.out << Text::tr("%1:%2: forgot the migration whose file is gone").arg(status.package, status.id)
                            << Qt::endl;
        } else {
            continue;
        }
        if (!ok) {
            context.error(Text::tr("cannot repair %1:%2: %3").arg(status.package, status.id, ok.errorMessage()));
            return Failure;
        }
        repaired.append(QJsonObject{{QStringLiteral("package"), status.package},
                                    {QStringLiteral("id"), status.id},
                                    {QStringLiteral("action"), action}});
    }
    if (context.format == u"json")
        context.printJson(QJsonObject{{QStringLiteral("database"), setup.url.display()},
                                      {QStringLiteral("repaired"), repaired}});
    else if (repaired.isEmpty())
        context.out << Text::tr("Nothing to repair on %1.").arg(setup.url.display()) << Qt::endl;
    return Success;
}

} // namespace

Command repairCommand()
{
    return Command{QStringLiteral("repair"),
                   Text::tr("Accept edited migrations and forget deleted ones, after checking them."),
                   [](QCommandLineParser &parser) { parser.addOption(databaseOption()); }, runRepair,
                   {QStringLiteral("strata -C examples repair"),
                    QStringLiteral("strata -C examples repair --database postgresql://app@db.internal/app")}};
}

} // namespace Strata::Cli
