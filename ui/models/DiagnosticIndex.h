#pragma once

#include <strata/common/Diagnostic.h>
#include "style/Icons.h"

#include <QHash>
#include <QString>

namespace Strata {
struct SourceLocation;
}

namespace Strata::Ui {

// Counts of findings, and the state they add up to.
struct ProblemCount
{
    int errors = 0;
    int warnings = 0;

    ItemState state() const
    {
        return errors ? ItemState::Errors : warnings ? ItemState::Warnings : ItemState::Valid;
    }
    void add(const Diagnostic &diagnostic);
    ProblemCount &operator+=(const ProblemCount &other);
    bool operator==(const ProblemCount &) const = default;
};

// Answers "which findings fall inside this value?" for the tree's state icons: a finding belongs to
// a table or column when its position lies within that value's byte range in the same file, and to
// a migration when it is about the migration's file.
class DiagnosticIndex
{
public:
    explicit DiagnosticIndex(const Diagnostics &diagnostics);

    ProblemCount ofPackage(const QString &package) const;
    // Findings of `package` located within `location`'s range (or on its line when it has no range).
    ProblemCount within(const QString &package, const SourceLocation &location) const;
    // Findings of `package` anywhere in `file`.
    ProblemCount inFile(const QString &package, const QString &file) const;

private:
    QHash<QString, Diagnostics> m_byPackage;
};

} // namespace Strata::Ui
