// strata diff: what each package declares that its migrations do not produce (or a live database
// does not hold), and the reverse.
#include "Migrations.h"

#include <strata/diff/MigratedSchema.h>
#include <strata/diff/SchemaDiff.h>
#include <strata/export/DiagnosticsReport.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace Strata::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

// Not the migration commands' --database: here it has no default, since without it the other side is
// the migrations.
const QCommandLineOption &liveDatabaseOption()
{
    static const QCommandLineOption option(
        QStringLiteral("database"),
        Text::tr("Compare with this live database instead of the migrations: sqlite:PATH or "
                 "postgresql://USER@HOST:PORT/DB."),
        Text::tr("URL"));
    return option;
}

// Where the declared side of a difference is written: the column, else the table, else the package.
SourceLocation declaredLocation(const Registry &registry, const QString &package, const SchemaDifference &d)
{
    if (const TableRef ref = registry.findTable(d.table); ref && ref.package == package) {
        if (const Column *column = ref.table->column(d.object); column && column->location.isValid())
            return column->location;
        if (ref.table->location.isValid())
            return ref.table->location;
    }
    if (const PackageDefinition *definition = registry.package(package)) {
        SourceLocation where;
        where.file = definition->file;
        where.line = definition->file.isEmpty() ? 0 : 1;
        where.column = where.line;
        return where;
    }
    return {};
}

QString locationText(const SourceLocation &where, const QString &root)
{
    if (!where.isValid())
        return {};
    return relativePath(where.file, root) + QLatin1Char(':') + QString::number(where.line) + QLatin1Char(':')
        + QString::number(where.column);
}

QJsonObject differenceToJson(const SchemaDifference &d, const SourceLocation &where, const QString &root)
{
    QJsonObject entry{{QStringLiteral("kind"), differenceKindName(d.kind)},
                      {QStringLiteral("table"), d.table},
                      {QStringLiteral("object"), d.object},
                      {QStringLiteral("declared"), d.expected},
                      {QStringLiteral("actual"), d.actual},
                      {QStringLiteral("message"), d.message}};
    if (where.isValid()) {
        entry.insert(QStringLiteral("file"), relativePath(where.file, root));
        entry.insert(QStringLiteral("line"), where.line);
        entry.insert(QStringLiteral("column"), where.column);
    }
    return entry;
}

void printText(Context &context, const Registry &registry, const SchemaDiff &diff, const QString &otherSide)
{
    int differing = 0;
    for (const PackageDiff &package : diff.packages) {
        if (!package.differs()) {
            if (context.verbose)
                context.out << Text::tr("%1: no differences").arg(package.package) << Qt::endl;
            continue;
        }
        ++differing;
        if (package.notReplayed && !package.failure) {
            // Its differences would be those of half a replay: noise next to the cause.
            context.out << Text::tr("%1: its migrations were not replayed: a migration before them does not run")
                               .arg(package.package)
                        << Qt::endl;
            continue;
        }
        context.out << Text::tr("%1: %n difference(s) with %2", nullptr, int(package.differences.size()))
                               .arg(package.package, otherSide)
                        << Qt::endl;
        if (package.failure) {
            const ReplayFailure &f = *package.failure;
            context.out << QStringLiteral("  ") << locationText(f.error.location, context.projectRoot)
                        << QStringLiteral(": ")
                        << Text::tr("error: migration %1 does not run: %2; the schema is the one before it")
                               .arg(f.migration, f.error.message)
                        << Qt::endl;
        }
        for (const SchemaDifference &d : package.differences) {
            const QString where = locationText(declaredLocation(registry, package.package, d), context.projectRoot);
            context.out << QStringLiteral("  ") << (where.isEmpty() ? QString() : where + QStringLiteral(": "))
                        << d.message << Qt::endl;
        }
    }
    if (!diff.undeclared.isEmpty()) {
        context.out << Text::tr("Not declared by any package (not an error):") << Qt::endl;
        for (const SchemaDifference &d : diff.undeclared)
            context.out << QStringLiteral("  ") << d.table << Qt::endl;
    }
    for (const QString &line : diff.notRepresented)
        context.out << Text::tr("note: %1").arg(line) << Qt::endl;
    for (const NotFollowedStatement &statement : diff.notFollowed)
        context.out << locationText(statement.location, context.projectRoot) << QStringLiteral(": ")
                    << Text::tr("note: not followed without a server (%1); its effect is not in the comparison, "
                                "--dev-database replays it")
                           .arg(statement.kind)
                    << Qt::endl;
    const int differences = diff.differenceCount() - int(diff.undeclared.size());
    context.out << Text::tr("%n package(s) compared", nullptr, int(diff.packages.size())) << QStringLiteral(": ")
                << (differing == 0 ? Text::tr("no differences")
                                   : Text::tr("%n with differences", nullptr, differing) + QStringLiteral(" (")
                                         + Text::tr("%n difference(s)", nullptr, differences) + QLatin1Char(')'))
                << Qt::endl;
}

void printJson(Context &context, const Registry &registry, const SchemaDiff &diff, const QString &compared,
               const QString &database)
{
    QJsonArray packages;
    int differing = 0;
    for (const PackageDiff &package : diff.packages) {
        QJsonArray differences;
        for (const SchemaDifference &d : package.differences)
            differences.append(differenceToJson(d, declaredLocation(registry, package.package, d), context.projectRoot));
        QJsonObject entry{{QStringLiteral("package"), package.package},
                          {QStringLiteral("differs"), package.differs()},
                          {QStringLiteral("replayed"), !package.notReplayed},
                          {QStringLiteral("differences"), differences}};
        if (package.failure) {
            const ReplayFailure &f = *package.failure;
            entry.insert(QStringLiteral("replayFailure"),
                         QJsonObject{{QStringLiteral("migration"), f.migration},
                                     {QStringLiteral("message"), f.error.message},
                                     {QStringLiteral("file"), relativePath(f.error.location.file, context.projectRoot)},
                                     {QStringLiteral("line"), f.error.location.line}});
        }
        differing += package.differs() ? 1 : 0;
        packages.append(entry);
    }
    QJsonArray undeclared;
    for (const SchemaDifference &d : diff.undeclared)
        undeclared.append(d.table);
    QJsonArray notFollowed;
    for (const NotFollowedStatement &statement : diff.notFollowed)
        notFollowed.append(QJsonObject{{QStringLiteral("kind"), statement.kind},
                                       {QStringLiteral("file"), relativePath(statement.location.file, context.projectRoot)},
                                       {QStringLiteral("line"), statement.location.line}});
    QJsonObject result{{QStringLiteral("compared"), compared},
                       {QStringLiteral("packages"), packages},
                       {QStringLiteral("undeclared"), undeclared},
                       {QStringLiteral("notRepresented"), QJsonArray::fromStringList(diff.notRepresented)},
                       {QStringLiteral("notFollowed"), notFollowed},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("packages"), int(diff.packages.size())},
                                    {QStringLiteral("differing"), differing},
                                    {QStringLiteral("differences"), diff.differenceCount() - int(diff.undeclared.size())},
                                    {QStringLiteral("undeclared"), int(diff.undeclared.size())}}}};
    if (!database.isEmpty())
        result.insert(QStringLiteral("database"), database);
    context.printJson(result);
}

int runDiff(Context &context)
{
    if (!context.format.isEmpty() && context.format != u"text" && context.format != u"json") {
        context.error(Text::tr("--format must be text or json for diff"));
        return UsageError;
    }
    // Never destroyed, nor the migrated schema: the process ends right after the report.
    Registry &registry = keptUntilExit<Registry>();
    if (!context.loadProject(registry))
        return UsageError;
    const QStringList packages = context.parser.positionalArguments().mid(1);
    for (const QString &name : packages) {
        if (!registry.package(name)) {
            context.error(Text::tr("no package \"%1\" in the project").arg(name));
            return UsageError;
        }
    }
    const DialectKind dialect = registry.project().dialect;

    SchemaDiff diff;
    QString otherSide, compared, database;
    if (context.parser.isSet(liveDatabaseOption())) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(context.parser.value(liveDatabaseOption()), context.projectRoot);
        if (!url) {
            context.error(url.errorMessage());
            return UsageError;
        }
        url->resolvePassword();
        Result<SchemaDiff> live = diffWithLiveDatabase(registry, *url, packages);
        if (!live) {
            context.error(live.errorMessage());
            return Failure;
        }
        diff = *live;
        otherSide = url->display();
        compared = QStringLiteral("database");
        database = url->display();
    } else {
        // The registry's own graph, built while the project loaded: not a second one.
        Result<MigratedSchema> replayed
            = migratedSchema(*registry.migrationGraph(), dialect, packages, context.parser.value(devDatabaseOption()));
        if (!replayed) {
            context.error(replayed.errorMessage());
            return Failure;
        }
        MigratedSchema &migrated = keptUntilExit<MigratedSchema>();
        migrated = std::move(*replayed);
        diff = diffWithMigrations(registry, migrated, packages);
        // A failure in a package left out of the comparison still explains the others: say where.
        if (migrated.failure && !packages.isEmpty() && !packages.contains(migrated.failure->package))
            context.warning(Text::tr("migration %1 of %2 does not run: %3")
                                .arg(migrated.failure->migration, migrated.failure->package,
                                     migrated.failure->error.message));
        otherSide = Text::tr("its migrations");
        compared = QStringLiteral("migrations");
    }

    if (context.format == u"json")
        printJson(context, registry, diff, compared, database);
    else
        printText(context, registry, diff, otherSide);
    return diff.differs() ? Failure : Success;
}

} // namespace

Command diffCommand()
{
    return Command{QStringLiteral("diff"),
                   Text::tr("Compare each package's declared schema with what its migrations produce (or a live "
                            "database); exit 1 when they differ."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({liveDatabaseOption(), devDatabaseOption()});
                       parser.addPositionalArgument(QStringLiteral("packages"),
                                                    Text::tr("The packages to compare (default: all)."),
                                                    QStringLiteral("[PACKAGE...]"));
                   },
                   runDiff,
                   {QStringLiteral("strata -C examples diff"),
                    QStringLiteral("strata -C examples diff @acme/crm --format json"),
                    QStringLiteral("strata -C examples diff --database sqlite:.strata/strata.db")}};
}

} // namespace Strata::Cli
