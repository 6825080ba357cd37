// strata baseline: adopt a database that another tool created. The pending migrations are recorded
// as applied without running them, and only when the database holds what they produce.
#include "Migrations.h"

#include <strata/diff/Baseline.h>
#include <strata/diff/MigratedSchema.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace Strata::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &forceOption()
{
    static const QCommandLineOption option(
        QStringLiteral("force"),
        Text::tr("Record the migrations even when the database differs from what they produce (with a warning)."));
    return option;
}

QJsonArray migrationsToJson(const QList<std::pair<QString, QString>> &migrations)
{
    QJsonArray list;
    for (const auto &[package, id] : migrations)
        list.append(QJsonObject{{QStringLiteral("package"), package}, {QStringLiteral("id"), id}});
    return list;
}

int runBaseline(Context &context)
{
    MigrationSetup setup;
    if (!setUpMigrations(context, setup))
        return setup.exitCode;
    BaselineRequest request;
    request.url = setup.url;
    request.target = context.parser.value(toOption());
    request.force = context.parser.isSet(forceOption());
    request.scratchDatabaseUrl = context.parser.value(devDatabaseOption());
    for (const Table &table : setup.registry.effectiveTables())
        request.projectTables.insert(table.name);
    const Result<BaselineResult> done = baseline(*setup.graph, setup.registry.project().dialect, request);
    if (!done) {
        context.error(done.errorMessage());
        return Failure;
    }
    const BaselineResult &result = *done;

    if (context.format == u"json") {
        QJsonArray differences;
        for (const SchemaDifference &d : result.differences)
            differences.append(QJsonObject{{QStringLiteral("kind"), differenceKindName(d.kind)},
                                           {QStringLiteral("table"), d.table},
                                           {QStringLiteral("object"), d.object},
                                           {QStringLiteral("migrations"), d.expected},
                                           {QStringLiteral("database"), d.actual},
                                           {QStringLiteral("message"), d.message}});
        context.printJson(QJsonObject{{QStringLiteral("database"), setup.url.display()},
                                      {QStringLiteral("refused"), result.refused},
                                      {QStringLiteral("recorded"), migrationsToJson(result.recorded)},
                                      {QStringLiteral("pending"), migrationsToJson(result.pending)},
                                      {QStringLiteral("differences"), differences},
                                      {QStringLiteral("otherTables"), QJsonArray::fromStringList(result.otherTables)}});
        return result.refused ? Failure : Success;
    }

    if (result.pending.isEmpty()) {
        context.out << Text::tr("Nothing to record on %1: no migration is pending.").arg(setup.url.display()) << Qt::endl;
        return Success;
    }
    if (!result.differences.isEmpty()) {
        QTextStream &stream = result.refused ? context.err : context.out;
        stream << (result.refused
                       ? Text::tr("strata: error: %1 differs from what the %n migration(s) produce; nothing recorded:",
                                  nullptr, int(result.pending.size()))
                       : Text::tr("strata: warning: %1 differs from what the %n migration(s) produce; recorded anyway "
                                  "(--force):",
                                  nullptr, int(result.pending.size())))
                      .arg(setup.url.display())
               << Qt::endl;
        for (const SchemaDifference &d : result.differences)
            stream << QStringLiteral("  ") << d.message << Qt::endl;
        if (result.refused) {
            stream << Text::tr("  help: make the database match (strata diff --database lists what the declared "
                               "schema expects), or record anyway with --force")
                   << Qt::endl;
            return Failure;
        }
    }
    for (const QString &table : result.otherTables)
        context.out << Text::tr("note: table %1 belongs to no package; left as it is").arg(table) << Qt::endl;
    context.out << Text::tr("Recorded %n migration(s) as applied on %1 without running them:", nullptr,
                            int(result.recorded.size()))
                       .arg(setup.url.display())
                << Qt::endl;
    for (const auto &[package, id] : result.recorded)
        context.out << QStringLiteral("  ") << package << QLatin1Char(':') << id << Qt::endl;
    return Success;
}

} // namespace

Command baselineCommand()
{
    return Command{QStringLiteral("baseline"),
                   Text::tr("Record the pending migrations as applied without running them, after checking that "
                            "the database holds what they produce."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({databaseOption(), toOption(), forceOption(), devDatabaseOption()});
                   },
                   runBaseline,
                   {QStringLiteral("strata -C examples baseline"),
                    QStringLiteral("strata -C examples baseline --database postgresql://app@db.internal:5432/app "
                                   "--to @acme/crm")}};
}

} // namespace Strata::Cli
