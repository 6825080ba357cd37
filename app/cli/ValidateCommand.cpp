// strata validate: every finding about the project, for people (text) and for CI (json).
#include "Cli.h"

#include <strata/common/DiagnosticCodes.h>
#include <strata/common/Suggest.h>
#include <strata/diff/MigratedSchema.h>
#include <strata/diff/RenameHints.h>
#include <strata/export/DiagnosticsReport.h>

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

const QCommandLineOption &strictOption()
{
    static const QCommandLineOption option(QStringLiteral("strict"), Text::tr("Fail on warnings too."));
    return option;
}

const QCommandLineOption &skipOption()
{
    static const QCommandLineOption option(QStringLiteral("skip"),
                                           Text::tr("Skip the rule with this code for this run (repeatable)."),
                                           Text::tr("CODE"));
    return option;
}

// The "renamedFrom" hints the migrations have carried out (rename-settled). Only the packages that
// hold a hint are replayed (with what they depend on), so a project without one pays nothing.
Diagnostics settledRenames(Context &context, const Registry &registry)
{
    const QString code = diagnosticCodeString(DiagnosticCode::RenameSettled);
    if (registry.skippedCodes().contains(code) || registry.project().disabledCodes.contains(code))
        return {};
    const QStringList packages = packagesWithRenameHints(registry);
    const std::shared_ptr<const MigrationGraph> graph = registry.migrationGraph();
    if (packages.isEmpty() || !graph)
        return {};
    Result<MigratedSchema> migrated = migratedSchema(*graph, registry.project().dialect, packages);
    if (!migrated) {
        context.warning(Text::tr("cannot tell which \"renamedFrom\" hints are settled: %1").arg(migrated.errorMessage()));
        return {};
    }
    return settledRenameHints(registry, *migrated);
}

int runValidate(Context &context)
{
    if (context.format != u"" && context.format != u"text" && context.format != u"json") {
        context.error(Text::tr("unknown format \"%1\" for validate: use text or json").arg(context.format));
        return UsageError;
    }
    // Never destroyed: the process ends right after the report.
    Registry &registry = keptUntilExit<Registry>();
    const QStringList skipped = context.parser.values(skipOption());
    registry.setSkippedCodes(skipped);
    if (!context.loadProject(registry))
        return UsageError;

    // A misspelt code would skip nothing, silently. (strata.json's are findings of the project.)
    for (const QString &code : skipped) {
        if (diagnosticCodeNamed(code))
            continue;
        const QString near = suggest(code, diagnosticCodeNames());
        context.warning(near.isEmpty()
                            ? Text::tr("--skip %1 names no rule (the codes are listed in docs/validation.md)").arg(code)
                            : Text::tr("--skip %1 names no rule; did you mean \"%2\"?").arg(code, near));
    }
    // Skipping a rule must never be silent: say what was left out, and why.
    QStringList skippedReport;
    for (const QString &code : registry.project().disabledCodes)
        skippedReport.append(Text::tr("%1 (strata.json)").arg(code));
    for (const QString &code : skipped)
        skippedReport.append(Text::tr("%1 (--skip)").arg(code));
    if (!skippedReport.isEmpty())
        context.warning(Text::tr("rules skipped: %1").arg(skippedReport.join(QStringLiteral(", "))));

    Diagnostics diagnostics = registry.diagnostics();
    if (const Diagnostics hints = settledRenames(context, registry); !hints.isEmpty()) {
        diagnostics += hints;
        sortDiagnostics(diagnostics);
    }
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
            context.out << Text::tr("%n package(s)", nullptr, int(registry.packages().size())) << QStringLiteral(", ")
                        << Text::tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
                        << Text::tr("%n warning(s)", nullptr, warnings) << Qt::endl;
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
    return Command{QStringLiteral("validate"), Text::tr("Check every package and report problems."),
                   [](QCommandLineParser &parser) { parser.addOptions({strictOption(), skipOption()}); },
                   runValidate,
                   {QStringLiteral("strata -C examples validate"),
                    QStringLiteral("strata -C examples validate --strict --format json > findings.json"),
                    QStringLiteral("strata -C examples validate --skip missing-primary-key")}};
}

} // namespace Strata::Cli
