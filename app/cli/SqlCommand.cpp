// strata sql: the DDL of the declared schema, in dependency order, for an empty database.
#include "Cli.h"

#include "sql/DdlRenderer.h"

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Cli", text);
}

const QCommandLineOption &dialectOption()
{
    static const QCommandLineOption option(QStringLiteral("dialect"),
                                           tr("sqlite or postgresql (default: the project's dialect)."),
                                           tr("DIALECT"));
    return option;
}

const QCommandLineOption &withDependenciesOption()
{
    static const QCommandLineOption option(QStringLiteral("with-dependencies"),
                                           tr("With named packages: include the packages they depend on, so "
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
        context.error(tr("unknown dialect \"%1\": use sqlite or postgresql").arg(context.parser.value(dialectOption())));
        return UsageError;
    }

    QStringList chosen = context.parser.positionalArguments().mid(1);
    for (const QString &name : std::as_const(chosen)) {
        if (!registry.package(name)) {
            context.error(tr("no package \"%1\" in the project").arg(name));
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
        context.warning(tr("the project has errors (see 'strata validate'); the SQL may not run as it is"));

    const std::unique_ptr<Dialect> sqlDialect = Dialect::create(dialect);
    context.out << DdlRenderer(*sqlDialect).script(tables);
    context.out.flush();
    return Success;
}

} // namespace

Command sqlCommand()
{
    return Command{QStringLiteral("sql"), tr("Print the CREATE statements of the declared schema."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({dialectOption(), withDependenciesOption()});
                       parser.addPositionalArgument(QStringLiteral("packages"),
                                                    tr("Only these packages (default: all)."),
                                                    QStringLiteral("[PACKAGE...]"));
                   },
                   runSql};
}

} // namespace Strata::Cli
