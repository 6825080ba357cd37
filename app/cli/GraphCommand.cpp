// strata graph: the package dependency graph, or the table graph, as DOT, Mermaid or JSON.
#include "Cli.h"

#include <strata/export/GraphExport.h>

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &tablesOption()
{
    static const QCommandLineOption option(QStringLiteral("tables"),
                                           Text::tr("Draw the tables clustered by package, with their foreign keys."));
    return option;
}

int runGraph(Context &context)
{
    const QString format = context.format.isEmpty() || context.format == u"text" ? QStringLiteral("dot")
                                                                                  : context.format;
    if (format != u"dot" && format != u"mermaid" && format != u"json") {
        context.error(Text::tr("unknown format \"%1\" for graph: use dot, mermaid or json").arg(format));
        return UsageError;
    }
    Registry registry;
    if (!context.loadProject(registry))
        return UsageError;
    const GraphOptions options{context.parser.isSet(tablesOption())};
    if (format == u"json")
        context.printJson(graphToJson(registry, options));
    else
        context.out << (format == u"dot" ? graphToDot(registry, options) : graphToMermaid(registry, options));
    context.out.flush();
    return Success;
}

} // namespace

Command graphCommand()
{
    return Command{QStringLiteral("graph"), Text::tr("Print the dependency graph (--format dot, mermaid or json)."),
                   [](QCommandLineParser &parser) { parser.addOption(tablesOption()); }, runGraph,
                   {QStringLiteral("strata -C examples graph | dot -Tsvg > packages.svg"),
                    QStringLiteral("strata -C examples graph --tables --format mermaid")}};
}

} // namespace Strata::Cli
