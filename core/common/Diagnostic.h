#pragma once

#include <strata/common/DiagnosticCodes.h>
#include <strata/common/SourceLocation.h>

#include <QList>
#include <QString>

namespace Strata {

// One finding about a project: what is wrong, exactly where, and how to fix it.
// `code` is stable (see docs/validation.md): scripts, suppressions and tests key on it.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;      // kebab-case, e.g. "unknown-reference-table": diagnosticCodeString() of a DiagnosticCode
    QString message;   // names the objects involved; translated
    SourceLocation location;
    QString package;   // the package the finding belongs to; empty for project-level findings
    QString help;      // one line that says how to fix it; translated

    bool isError() const { return severity == Severity::Error; }
    bool hasCode(DiagnosticCode other) const { return code == diagnosticCodeString(other); }
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Severity severity); // "error" / "warning", untranslated (machine output)

// Builders used by loaders and rules, so that a diagnostic is one readable expression. In debug
// builds they assert that the code is reported with its default severity (DiagnosticCodes.h).
Diagnostic makeError(DiagnosticCode code, const QString &message, const SourceLocation &location,
                     const QString &help, const QString &package = {});
Diagnostic makeWarning(DiagnosticCode code, const QString &message, const SourceLocation &location,
                       const QString &help, const QString &package = {});

int countErrors(const Diagnostics &diagnostics);
int countWarnings(const Diagnostics &diagnostics);

// At most `limit` findings of one code in one file are kept, in the order they came; the rest of
// each such group becomes one finding, `findings-omitted`, at the first one left out, saying how many
// (an error when any of them is). A file that repeats one mistake (100,000 keys nobody knows, a line of
// 100,000 broken statements) would otherwise take seconds and hundreds of megabytes to report, while
// nobody reads past the first page of the same finding.
constexpr int FindingsPerFileAndCode = 1000;
void limitFindingsPerFile(Diagnostics &diagnostics, int limit = FindingsPerFileAndCode);

// Sorts by file, line, column, then code, so that output is stable run to run.
void sortDiagnostics(Diagnostics &diagnostics);

} // namespace Strata
