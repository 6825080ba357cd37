#include "Diagnostic.h"

#include <algorithm>

namespace Strata {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

Diagnostic makeError(const QString &code, const QString &message, const SourceLocation &location,
                     const QString &help, const QString &package)
{
    return Diagnostic{Severity::Error, code, message, location, package, help};
}

Diagnostic makeWarning(const QString &code, const QString &message, const SourceLocation &location,
                       const QString &help, const QString &package)
{
    return Diagnostic{Severity::Warning, code, message, location, package, help};
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
