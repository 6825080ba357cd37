#pragma once

#include <strata/common/Diagnostic.h>

#include <QSet>
#include <QString>

namespace Strata {

class Registry;

// The rules that need the whole project: duplicate packages and tables, missing dependencies,
// cycles, version conflicts, references across packages, workspace scoping. The Registry calls it
// after it has ordered the packages and built the effective tables.
Diagnostics validateProject(const Registry &registry);
// The same rules, reporting only the findings of the packages named in `scope` (the rest of the
// project is still read: who declared a table first, which index names are taken). The Registry
// uses it after a reload, for the changed packages and those whose findings they can change.
Diagnostics validateProject(const Registry &registry, const QSet<QString> &scope);

} // namespace Strata
