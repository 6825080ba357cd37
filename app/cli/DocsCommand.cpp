// strata docs: the project's documentation (HTML or Markdown) written into a folder, or --check that the
// folder holds what would be written.
#include "Cli.h"

#include <strata/common/Suggest.h>
#include <strata/docs/Docs.h>

#include <QCoreApplication>
#include <QDir>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &outOption()
{
    static const QCommandLineOption option(QStringLiteral("out"), Text::tr("The folder to write the documentation into."),
                                           Text::tr("DIR"));
    return option;
}

const QCommandLineOption &docsDialectOption()
{
    static const QCommandLineOption option(QStringLiteral("dialect"),
                                           Text::tr("Show column types as sqlite or postgresql names them (default: the "
                                                    "project's dialect)."),
                                           Text::tr("DIALECT"));
    return option;
}

const QCommandLineOption &checkOption()
{
    static const QCommandLineOption option(QStringLiteral("check"),
                                           Text::tr("Write nothing; exit with 1 when the folder is not what would be "
                                                    "written, naming the stale, missing and extra files."));
    return option;
}

void printPaths(Context &context, const QString &label, const QStringList &paths)
{
    for (const QString &path : paths)
        context.out << label << QLatin1Char(' ') << path << Qt::endl;
}

int runDocs(Context &context)
{
    const std::optional<DocsFormat> format = docsFormatFromName(context.format.isEmpty() ? QStringLiteral("html") : context.format);
    if (!format) {
        context.error(Text::tr("unknown format \"%1\" for docs: use html or markdown").arg(context.format));
        return UsageError;
    }
    const QString out = context.parser.value(outOption());
    if (out.isEmpty()) {
        context.error(Text::tr("docs needs --out DIR, the folder to write the documentation into"));
        return UsageError;
    }
    Registry registry;
    if (!context.loadProject(registry))
        return UsageError;
    DocsOptions options;
    options.format = *format;
    options.dialect = registry.project().dialect;
    if (context.parser.isSet(docsDialectOption())
        && !parseDialectName(context.parser.value(docsDialectOption()), &options.dialect)) {
        context.error(Text::tr("unknown dialect \"%1\": use sqlite or postgresql").arg(context.parser.value(docsDialectOption())));
        return UsageError;
    }
    const QStringList packages = context.parser.positionalArguments().mid(1);
    for (const QString &name : packages) {
        if (registry.package(name))
            continue;
        const QString near = suggest(name, registry.packageNames());
        context.error(near.isEmpty() ? Text::tr("no package \"%1\" in the project").arg(name)
                                     : Text::tr("no package \"%1\" in the project; did you mean \"%2\"?").arg(name, near));
        return UsageError;
    }
    if (countErrors(registry.diagnostics()) > 0)
        context.warning(Text::tr("the project has errors (see 'strata validate'); the documentation lists them on its "
                                 "project page"));

    const Result<DocsSite> site = buildDocs(DocsInput::of(registry, packages), options);
    if (!site) {
        context.error(site.errorMessage());
        return Failure;
    }
    const QString folder = QDir::toNativeSeparators(QDir::cleanPath(QDir(out).absolutePath()));
    if (context.parser.isSet(checkOption())) {
        const DocsCheck check = checkDocsSite(out, *site);
        printPaths(context, Text::tr("stale:"), check.stale);
        printPaths(context, Text::tr("missing:"), check.missing);
        printPaths(context, Text::tr("extra:"), check.extra);
        if (!check.upToDate()) {
            context.error(Text::tr("%1 is not up to date: run 'strata docs' without --check").arg(folder));
            return Failure;
        }
        if (!context.quiet)
            context.out << Text::tr("%1 is up to date").arg(folder) << Qt::endl;
        return Success;
    }
    const Result<DocsWriteSummary> written = writeDocsSite(out, *site);
    if (!written) {
        context.error(written.errorMessage());
        return Failure;
    }
    context.out << Text::tr("%1 written, %2 unchanged, %3 removed: %4")
                       .arg(written->written.size())
                       .arg(written->unchanged.size())
                       .arg(written->removed.size())
                       .arg(folder)
                << Qt::endl;
    return Success;
}

} // namespace

Command docsCommand()
{
    return Command{QStringLiteral("docs"),
                   Text::tr("Write the documentation of the schema (--format html or markdown) into a folder."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({outOption(), docsDialectOption(), checkOption()});
                       parser.addPositionalArgument(QStringLiteral("packages"),
                                                    Text::tr("Only these packages and what they depend on (default: all)."),
                                                    QStringLiteral("[PACKAGE...]"));
                   },
                   runDocs,
                   {QStringLiteral("strata -C examples docs --out site"),
                    QStringLiteral("strata -C examples docs --format markdown --out docs/schema"),
                    QStringLiteral("strata -C examples docs --format markdown --out docs/schema --check")}};
}

} // namespace Strata::Cli
