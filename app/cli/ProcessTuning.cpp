#include "ProcessTuning.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstdlib> // first: it defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Strata::Cli {

namespace {

// Loading a large project allocates a few hundred megabytes in small pieces, and on the virtual
// machines CI runs on, the first touch of every 4 KB page of it is a costly fault (a third of the
// whole run for 10,000 tables). So glibc's main heap is reserved up front in one piece that the
// kernel may back with 2 MB pages. The reservation is address space only: memory is used as it is
// touched, as before. Anything unexpected leaves glibc's defaults.
void reserveHeap()
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr size_t Reserve = size_t(512) << 20;
    constexpr size_t LargePage = size_t(2) << 20;
    // Two arenas: one loader thread shares the main heap (and its large pages) with the main thread,
    // which waits while they load; the other keeps an arena of its own, grown 4 KB at a time outside
    // the reservation. With a single arena the two loader threads took turns on its lock: at times
    // thousands of sleeps per run, costing more than the faults saved.
    mallopt(M_ARENA_MAX, 2);
    // Blocks up to 32 MB (the largest allowed) from the heap too, not from mappings of their own.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    // Never hand the reservation back (loading builds and frees a JSON tree per package: giving the
    // memory back after every file cost a third of the load time even before).
    mallopt(M_TRIM_THRESHOLD, int(2 * Reserve));
    // Grow the heap once by the reservation: a block the current top cannot hold, freed at once.
    mallopt(M_TOP_PAD, int(Reserve));
    const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
    void *const probe = malloc(LargePage);
    const auto at = reinterpret_cast<uintptr_t>(probe);
    const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
    // The block started where the heap's free top started (below the old end when it had room).
    const bool grown = at && before != uintptr_t(-1) && after > before && at < after && after - at > Reserve / 2;
    free(probe); // back into the top: the trim threshold keeps it
    if (grown) {
        const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
        const uintptr_t start = at / page * page;
        madvise(reinterpret_cast<void *>(start), size_t(after - start), MADV_HUGEPAGE);
    }
    mallopt(M_TOP_PAD, 16 << 20);
#elif defined(__GLIBC__)
    // Loading builds and frees a JSON tree per package on several threads; without this glibc hands
    // the memory back to the kernel after every file, which costs a third of the load time.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
}


} // namespace

void tuneProcessForLoading()
{
    reserveHeap();
    // Validation prepares every migration statement with SQLite (in memory, on the loader threads).
    // Debian's SQLite has no lookaside memory, so each of its many small allocations would also take
    // the global lock of its memory statistics, which nothing here reads. Must precede any other
    // use of SQLite; it fails harmlessly otherwise.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

} // namespace Strata::Cli
