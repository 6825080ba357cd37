#pragma once

#include "project/Selection.h"

namespace Strata {
class Registry;
struct Diagnostic;
} // namespace Strata

namespace Strata::Ui {

// What selecting a problem selects: its package, or the table its location lies inside (same
// file, byte offset within the table's object). Empty for project-level findings and for packages
// the registry does not know.
SelectionTarget selectionTargetOf(const Registry &registry, const Diagnostic &diagnostic);

} // namespace Strata::Ui
