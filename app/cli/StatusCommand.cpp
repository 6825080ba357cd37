// strata status: every migration as applied, pending, modified or missing on one database.
#include "Migrations.h"

#include <strata/diff/SchemaDiff.h>
#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/MigrationQueries.h>

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

const QCommandLineOption &checkOption()
{
    static const QCommandLineOption option(QStringLiteral("check"),
                                           Text::tr("Exit 1 when anything is pending, modified or missing, or when "
                                                    "the database has drifted from the declared schema."));
    return option;
}

int runStatus(Context &context)
{
    MigrationSetup setup;
    if (!setUpMigrations(context, setup))
        return setup.exitCode;
    const Result<QList<AppliedMigration>> history = readMigrationHistory(setup.url);
    if (!history) {
        context.error(history.errorMessage());
        return Failure;
    }
    const QList<MigrationStatus> statuses = migrationStatus(*setup.graph, *history);
    QHash<MigrationState, int> counts;
    for (const MigrationStatus &status : statuses)
        ++counts[status.state];
    // Drift: what the database lacks or has otherwise in the packages it should be up to date with.
    // An empty database (nothing applied) has nothing to drift from.
    SchemaDiff drift;
    const QStringList settled = counts.value(MigrationState::Applied) > 0
        ? settledPackages(setup.registry, statuses)
        : QStringList();
    if (!settled.isEmpty()) {
        Result<SchemaDiff> compared = diffWithLiveDatabase(setup.registry, setup.url, settled);
        if (!compared) {
            context.error(compared.errorMessage());
            return Failure;
        }
        drift = *compared;
    }
    QJsonArray driftedPackages;
    for (const PackageDiff &package : drift.packages) {
        if (package.differs())
            driftedPackages.append(QJsonObject{{QStringLiteral("package"), package.package},
                                               {QStringLiteral("differences"), int(package.differences.size())}});
    }

    if (context.format == u"json") {
        QJsonArray list;
        for (const MigrationStatus &status : statuses) {
            QJsonObject entry{{QStringLiteral("package"), status.package},
                              {QStringLiteral("id"), status.id},
                              {QStringLiteral("state"), migrationStateName(status.state)},
                              {QStringLiteral("file"), relativePath(status.file, context.projectRoot)}};
            if (status.applied) {
                entry.insert(QStringLiteral("appliedAt"), status.applied->appliedAt.toString(Qt::ISODateWithMs));
                entry.insert(QStringLiteral("executionMs"), status.applied->executionMs);
            }
            list.append(entry);
        }
        QJsonObject summary;
        for (MigrationState state : {MigrationState::Applied, MigrationState::Pending, MigrationState::Modified,
                                     MigrationState::Missing})
            summary.insert(migrationStateName(state), counts.value(state));
        context.printJson(QJsonObject{{QStringLiteral("database"), setup.url.display()},
                                      {QStringLiteral("migrations"), list},
                                      {QStringLiteral("summary"), summary},
                                      {QStringLiteral("drift"),
                                       QJsonObject{{QStringLiteral("differences"), drift.differenceCount()},
                                                   {QStringLiteral("packages"), driftedPackages}}}});
    } else {
        qsizetype packageWidth = 7, idWidth = 9;
        for (const MigrationStatus &status : statuses) {
            packageWidth = std::max(packageWidth, status.package.size());
            idWidth = std::max(idWidth, status.id.size());
        }
        context.out << Text::tr("PACKAGE").leftJustified(packageWidth) << QStringLiteral("  ")
                    << Text::tr("MIGRATION").leftJustified(idWidth) << QStringLiteral("  ") << Text::tr("STATE").leftJustified(8)
                    << QStringLiteral("  ") << Text::tr("APPLIED AT") << Qt::endl;
        for (const MigrationStatus &status : statuses) {
            context.out << status.package.leftJustified(packageWidth) << QStringLiteral("  ")
                        << status.id.leftJustified(idWidth) << QStringLiteral("  ")
                        << migrationStateName(status.state).leftJustified(8) << QStringLiteral("  ")
                        << (status.applied ? status.applied->appliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                           : QString())
                        << Qt::endl;
        }
        context.out << Text::tr("%1 applied, %2 pending, %3 modified, %4 missing on %5")
                           .arg(counts.value(MigrationState::Applied))
                           .arg(counts.value(MigrationState::Pending))
                           .arg(counts.value(MigrationState::Modified))
                           .arg(counts.value(MigrationState::Missing))
                           .arg(setup.url.display())
                    << Qt::endl;
        if (drift.differs())
            context.out << Text::tr("drift: %n difference(s) with the declared schema in %1; "
                                    "'strata diff --database %2' lists them",
                                    nullptr, drift.differenceCount())
                               .arg(Text::tr("%n package(s)", nullptr, int(driftedPackages.size())),
                                    setup.url.display())
                        << Qt::endl;
    }
    if (context.parser.isSet(checkOption())
        && (counts.value(MigrationState::Pending) || counts.value(MigrationState::Modified)
            || counts.value(MigrationState::Missing) || drift.differs()))
        return Failure;
    return Success;
}

} // namespace

Command statusCommand()
{
    return Command{QStringLiteral("status"), Text::tr("Show every migration as applied, pending, modified or missing."),
                   [](QCommandLineParser &parser) { parser.addOptions({databaseOption(), checkOption()}); },
                   runStatus,
                   {QStringLiteral("strata -C examples status"),
                    QStringLiteral("strata -C examples status --check --database postgresql://app@db.internal:5432/app")}};
}

} // namespace Strata::Cli
