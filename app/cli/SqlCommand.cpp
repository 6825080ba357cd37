// strata sql: the DDL of the declared schema, in dependency order, for an empty database.
#include "Cli.h"

#include <strata/sql/DdlRenderer.h>

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &dialectOption()
{
    static const QCommandLineOption option(QStringLiteral("dialect"),
                                           Text::tr("sqlite or postgresql (default: the project's dialect)."),
                                           Text::tr("DIALECT"));
    return option;
}

const QCommandLineOption &withDependenciesOption()
{
    static const QCommandLineOption option(QStringLiteral("with-dependencies"),
                                           Text::tr("With named packages: include the packages they depend on, so "
                                              "that the script runs on an empty database."));
    return option;
}

int runSql(Context &context)
{
    Registry registry;
    if (!context.loadProject(registry))
        return UsageError;

    DialectKind dialect = registry.project().dialect;
    if (context.parser.isSet(dialectOption()) && !parseDialectName(context.parser.value(dialectOption()), &dialect)) {
        context.error(Text::tr("unknown dialect \"%1\": use sqlite or postgresql").arg(context.parser.value(dialectOption())));
        return UsageError;
    }

    QStringList chosen = context.parser.positionalArguments().mid(1);
    for (const QString &name : std::as_const(chosen)) {
        if (!registry.package(name)) {
            context.error(Text::tr("no package \"%1\" in the project").arg(name));
            return UsageError;
        }
    }
    if (!chosen.isEmpty() && context.parser.isSet(withDependenciesOption())) {
        for (const QString &name : QStringList(chosen))
            chosen += registry.transitiveDependenciesOf(name);
    }

    QList<Table> tables;
    for (const PackageDefinition &package : registry.packages()) {
        if (chosen.isEmpty() || chosen.contains(package.name))
            tables += registry.effectiveTables(package.name);
    }
    if (countErrors(registry.diagnostics()) > 0)
        context.warning(Text::tr("the project has errors (see 'strata validate'); the SQL may not run as it is"));

    const std::unique_ptr<Dialect> sqlDialect = Dialect::create(dialect);
    context.out << DdlRenderer(*sqlDialect).script(tables);
    context.out.flush();
    return Success;
}

} // namespace

Command sqlCommand()
{
    return Command{QStringLiteral("sql"), Text::tr("Print the CREATE statements of the declared schema."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({dialectOption(), withDependenciesOption()});
                       parser.addPositionalArgument(QStringLiteral("packages"),
                                                    Text::tr("Only these packages (default: all)."),
                                                    QStringLiteral("[PACKAGE...]"));
                   },
                   runSql,
                   {QStringLiteral("strata -C examples sql --dialect postgresql > schema.sql"),
                    QStringLiteral("strata -C examples sql @acme/crm --with-dependencies")}};
}

} // namespace Strata::Cli
