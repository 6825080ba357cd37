#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/diff/MigratedSchema.h>

#include <QStringList>

namespace Strata {

class Registry;

// The packages whose database.json asks for a rename ("renamedFrom" on a table or a column), in
// dependency order: only these need the migrated schema to judge their hints.
QStringList packagesWithRenameHints(const Registry &registry);

// The "renamedFrom" hints the migrations have carried out already: the package's migrations produce
// the new name and no longer the old one, so generate has nothing left to rename and the hint can
// go. One warning (rename-settled) at each such hint. A hint whose rename is still to be generated,
// or whose package's migrations were not all replayed (`migrated.notReplayed`), is left alone.
Diagnostics settledRenameHints(const Registry &registry, const MigratedSchema &migrated);

} // namespace Strata
