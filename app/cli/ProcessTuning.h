#pragma once

namespace Strata::Cli {

// Tunes the process for loading large projects before anything else runs: glibc's heap is reserved
// up front (large pages, two arenas, never trimmed) and SQLite keeps no memory statistics. Call it
// first in main(), before QCoreApplication and any use of SQLite.
void tuneProcessForLoading();

} // namespace Strata::Cli
