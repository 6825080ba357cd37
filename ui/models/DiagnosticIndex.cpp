#include "models/DiagnosticIndex.h"

#include <strata/common/SourceLocation.h>

namespace Strata::Ui {

void ProblemCount::add(const Diagnostic &diagnostic)
{
    if (diagnostic.isError())
        ++errors;
    else
        ++warnings;
}

ProblemCount &ProblemCount::operator+=(const ProblemCount &other)
{
    errors += other.errors;
    warnings += other.warnings;
    return *this;
}

DiagnosticIndex::DiagnosticIndex(const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics)
        m_byPackage[diagnostic.package].append(diagnostic);
}

ProblemCount DiagnosticIndex::ofPackage(const QString &package) const
{
    ProblemCount count;
    for (const Diagnostic &diagnostic : m_byPackage.value(package))
        count.add(diagnostic);
    return count;
}

ProblemCount DiagnosticIndex::within(const QString &package, const SourceLocation &location) const
{
    ProblemCount count;
    if (!location.isValid())
        return count;
    const bool hasRange = location.offset >= 0 && location.length > 0;
    for (const Diagnostic &diagnostic : m_byPackage.value(package)) {
        const SourceLocation &at = diagnostic.location;
        if (at.file != location.file)
            continue;
        const bool inside = hasRange && at.offset >= 0
            ? at.offset >= location.offset && at.offset < location.offset + location.length
            : at.line == location.line && location.line > 0;
        if (inside)
            count.add(diagnostic);
    }
    return count;
}

ProblemCount DiagnosticIndex::inFile(const QString &package, const QString &file) const
{
    ProblemCount count;
    if (file.isEmpty())
        return count;
    for (const Diagnostic &diagnostic : m_byPackage.value(package)) {
        if (diagnostic.location.file == file)
            count.add(diagnostic);
    }
    return count;
}

} // namespace Strata::Ui
