// strata validate: every finding about the project, for people (text) and for CI (json).
#include "Cli.h"

#include "export/DiagnosticsReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Strata::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Cli", text);
}

const QCommandLineOption &strictOption()
{
    static const QCommandLineOption option(QStringLiteral("strict"), tr("Fail on warnings too."));
    return option;
}

const QCommandLineOption &skipOption()
{
    static const QCommandLineOption option(QStringLiteral("skip"),
                                           tr("Skip the rule with this code for this run (repeatable)."),
                                           tr("CODE"));
    return option;
}

int runValidate(Context &context)
{
    if (context.format != u"" && context.format != u"text" && context.format != u"json") {
        context.error(tr("unknown format \"%1\" for validate: use text or json").arg(context.format));
        return UsageError;
    }
    // Deliberately never freed: the process ends right after the report, and tearing down every
    // table, column and migration of a large project one allocation at a time would cost a tenth of
    // the run (the operating system takes the memory back at once).
    Registry &registry = *new Registry;
    const QStringList skipped = context.parser.values(skipOption());
    registry.setSkippedCodes(skipped);
    if (!context.loadProject(registry))
        return UsageError;

    // Skipping a rule must never be silent: say what was left out, and why.
    QStringList skippedReport;
    for (const QString &code : registry.project().disabledCodes)
        skippedReport.append(tr("%1 (strata.json)").arg(code));
    for (const QString &code : skipped)
        skippedReport.append(tr("%1 (--skip)").arg(code));
    if (!skippedReport.isEmpty())
        context.warning(tr("rules skipped: %1").arg(skippedReport.join(QStringLiteral(", "))));

    const Diagnostics &diagnostics = registry.diagnostics();
    const int errors = countErrors(diagnostics);
    const int warnings = countWarnings(diagnostics);
    const bool strict = context.parser.isSet(strictOption());

    if (context.format == u"json") {
        OrderedJson report = diagnosticsToJson(diagnostics, context.projectRoot);
        if (!skipped.isEmpty() || !registry.project().disabledCodes.isEmpty())
            report.insert(QStringLiteral("skipped"),
                          QJsonValue(QJsonArray::fromStringList(registry.project().disabledCodes + skipped)));
        context.printJson(report);
    } else {
        for (const Diagnostic &d : diagnostics) {
            if (context.quiet && !d.isError() && !strict)
                continue;
            context.out << diagnosticToText(d, context.projectRoot);
        }
        if (!context.quiet) {
            context.out << tr("%1 packages, %2 errors, %3 warnings")
                               .arg(registry.packages().size())
                               .arg(errors)
                               .arg(warnings)
                        << Qt::endl;
        }
    }
    context.out.flush();
    if (errors > 0 || (strict && warnings > 0))
        return Failure;
    return Success;
}

} // namespace

Command validateCommand()
{
    return Command{QStringLiteral("validate"), tr("Check every package and report problems."),
                   [](QCommandLineParser &parser) { parser.addOptions({strictOption(), skipOption()}); },
                   runValidate};
}

} // namespace Strata::Cli
