#pragma once

#include "validation/Diagnostic.h"

namespace Strata {

class Registry;

// The rules that need the whole project: duplicate packages and tables, missing dependencies,
// cycles, version conflicts, references across packages, workspace scoping. The Registry calls it
// after it has ordered the packages and built the effective tables.
Diagnostics validateProject(const Registry &registry);

} // namespace Strata
