// strata generate: for each package whose declared schema differs from what its migrations
// produce, one new migration file that makes them equal (and a down section that undoes it).
#include "Cli.h"

#include <strata/diff/MigratedSchema.h>
#include <strata/diff/MigrationGenerator.h>
#include <strata/export/DiagnosticsReport.h>
#include <strata/registry/MigrationGraph.h>

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &nameOption()
{
    static const QCommandLineOption option(QStringLiteral("name"),
                                           Text::tr("The name of the new migrations (default: schema_changes)."),
                                           Text::tr("NAME"), QStringLiteral("schema_changes"));
    return option;
}

const QCommandLineOption &allowDestructiveOption()
{
    static const QCommandLineOption option(
        QStringLiteral("allow-destructive"),
        Text::tr("Also write changes that lose data: a dropped table or column, a narrower type, a dropped enum value."));
    return option;
}

const QCommandLineOption &generateDryRunOption()
{
    static const QCommandLineOption option(QStringLiteral("dry-run"),
                                           Text::tr("Print the migrations, and write nothing."));
    return option;
}

int runGenerate(Context &context)
{
    Registry registry;
    if (!context.loadProject(registry))
        return UsageError;
    QStringList packages = context.parser.positionalArguments().mid(1);
    for (const QString &name : packages) {
        if (!registry.package(name)) {
            context.error(Text::tr("no package \"%1\" in the project").arg(name));
            return UsageError;
        }
    }
    const QString name = context.parser.value(nameOption());
    if (!isValidMigrationName(name)) {
        context.error(Text::tr("--name must be lower-case letters, digits and underscores"));
        return UsageError;
    }
    if (packages.isEmpty())
        packages = registry.packageNames();

    Result<MigratedSchema> migrated = migratedSchema(*registry.migrationGraph(), registry.project().dialect, packages);
    if (!migrated) {
        context.error(migrated.errorMessage());
        return Failure;
    }
    if (migrated->failure) {
        context.error(Text::tr("migration %1 of %2 does not run: %3; fix it before generating")
                          .arg(migrated->failure->migration, migrated->failure->package,
                               migrated->failure->error.message));
        return Failure;
    }

    GenerationOptions options;
    options.allowDestructive = context.parser.isSet(allowDestructiveOption());
    const bool dryRun = context.parser.isSet(generateDryRunOption());
    int written = 0;
    bool refused = false;
    for (const QString &package : std::as_const(packages)) {
        const GeneratedMigration migration = generateMigration(registry, *migrated, package, options);
        if (migration.isEmpty())
            continue;
        const PackageDefinition *definition = registry.package(package);
        if (!migration.refusals.isEmpty()) {
            refused = true;
            for (const GenerationRefusal &refusal : migration.refusals) {
                context.error(Text::tr("%1: %2").arg(package, refusal.message));
                context.err << QStringLiteral("  ") << Text::tr("help: %1").arg(refusal.help) << Qt::endl;
            }
            context.err << Text::tr("%1: nothing written").arg(package) << Qt::endl;
            continue;
        }
        const QString path = nextMigrationPath(*definition, name);
        if (path.isEmpty()) {
            context.error(Text::tr("%1: the package has no folder to write a migration into").arg(package));
            refused = true;
            continue;
        }
        const QString text = migrationFileText(migration);
        if (!dryRun) {
            if (const Result<> written = writeMigrationFile(path, text); !written) {
                context.error(Text::tr("cannot write %1: %2").arg(path, written.errorMessage()));
                return Failure;
            }
        }
        ++written;
        context.out << (dryRun ? Text::tr("%1: would write %2") : Text::tr("%1: wrote %2"))
                           .arg(package, relativePath(path, context.projectRoot))
                    << Qt::endl;
        if (!context.quiet)
            context.out << text << Qt::endl;
    }
    if (written == 0 && !refused)
        context.out << Text::tr("nothing to generate") << Qt::endl;
    return refused ? Failure : Success;
}

} // namespace

Command generateCommand()
{
    return Command{QStringLiteral("generate"),
                   Text::tr("Write a migration for each package whose declared schema differs from what its "
                            "migrations produce."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({nameOption(), allowDestructiveOption(), generateDryRunOption()});
                       parser.addPositionalArgument(QStringLiteral("packages"),
                                                    Text::tr("The packages to generate for (default: all)."),
                                                    QStringLiteral("[PACKAGE...]"));
                   },
                   runGenerate,
                   {QStringLiteral("strata -C examples generate --dry-run"),
                    QStringLiteral("strata -C examples generate @acme/crm --name add_notes")}};
}

} // namespace Strata::Cli
