// strata graph: the package dependency graph, or the table graph, as DOT, Mermaid or JSON.
#include "Cli.h"

#include "export/GraphExport.h"

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Cli", text);
}

const QCommandLineOption &tablesOption()
{
    static const QCommandLineOption option(QStringLiteral("tables"),
                                           tr("Draw the tables clustered by package, with their foreign keys."));
    return option;
}

int runGraph(Context &context)
{
    const QString format = context.format.isEmpty() || context.format == u"text" ? QStringLiteral("dot")
                                                                                  : context.format;
    if (format != u"dot" && format != u"mermaid" && format != u"json") {
        context.error(tr("unknown format \"%1\" for graph: use dot, mermaid or json").arg(format));
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
    return Command{QStringLiteral("graph"), tr("Print the dependency graph (--format dot, mermaid or json)."),
                   [](QCommandLineParser &parser) { parser.addOption(tablesOption()); }, runGraph};
}

} // namespace Strata::Cli
