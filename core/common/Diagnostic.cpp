#include <strata/common/Diagnostic.h>

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Diagnostic". A class with Q_DECLARE_TR_FUNCTIONS
// rather than a free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Diagnostic)
};

} // namespace

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

Diagnostic makeError(DiagnosticCode code, const QString &message, const SourceLocation &location,
                     const QString &help, const QString &package)
{
    Q_ASSERT_X(isDefaultSeverity(code, Severity::Error), "makeError", "this code is reported as a warning");
    return Diagnostic{Severity::Error, diagnosticCodeString(code), message, location, package, help};
}

Diagnostic makeWarning(DiagnosticCode code, const QString &message, const SourceLocation &location,
                       const QString &help, const QString &package)
{
    Q_ASSERT_X(isDefaultSeverity(code, Severity::Warning), "makeWarning", "this code is reported as an error");
    return Diagnostic{Severity::Warning, diagnosticCodeString(code), message, location, package, help};
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

int countWarnings(const Diagnostics &diagnostics)
{
    return int(diagnostics.size()) - countErrors(diagnostics);
}

void limitFindingsPerFile(Diagnostics &diagnostics, int limit)
{
    if (diagnostics.size() <= limit)
        return; // no group can be over the limit
    struct Group
    {
        int seen = 0;
        qsizetype summaryAt = -1; // where in the kept list the group's summary stands
        int omitted = 0;
        bool omittedError = false;
    };
    QHash<QString, Group> groups;
    Diagnostics kept;
    for (Diagnostic &d : diagnostics) {
        Group &group = groups[d.location.file + QLatin1Char('\n') + d.code];
        if (++group.seen <= limit) {
            kept.append(std::move(d));
            continue;
        }
        if (group.summaryAt < 0) {
            group.summaryAt = kept.size();
            Diagnostic summary = d; // the first one left out: its place, its package
            summary.code = diagnosticCodeString(DiagnosticCode::FindingsOmitted);
            summary.location.offset = -1;
            summary.location.length = 0;
            kept.append(summary);
        }
        ++group.omitted;
        group.omittedError = group.omittedError || d.isError();
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &group = it.value();
        if (group.summaryAt < 0)
            continue;
        Diagnostic &summary = kept[group.summaryAt];
        const QString code = it.key().section(QLatin1Char('\n'), -1);
        summary.severity = group.omittedError ? Severity::Error : Severity::Warning;
        summary.message = Text::tr("%n more finding(s) [%1] in this file not listed (Strata lists the first %2 of a code in a file)",
                                   nullptr, group.omitted)
                              .arg(code)
                              .arg(limit);
        summary.help = Text::tr("fix the findings listed, then validate again to see the rest");
    }
    diagnostics = std::move(kept);
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        if (a.location.column != b.location.column)
            return a.location.column < b.location.column;
        if (a.code != b.code)
            return a.code < b.code;
        // A total order: the registry gathers findings by package, so the order they arrive in is
        // not the order to show.
        if (a.package != b.package)
            return a.package < b.package;
        return a.message < b.message;
    });
}

} // namespace Strata
