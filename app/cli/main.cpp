// strata: the command line for terminals and CI. Everything it does lives in core/; the commands
// here only read arguments and format results.
#include "Cli.h"

#include <QCoreApplication>

#include <malloc.h>
#include <sqlite3.h>

int main(int argc, char *argv[])
{
    // Loading builds and frees a JSON tree per package on several threads; without this glibc hands
    // the memory back to the kernel after every file, which costs a third of the load time.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    // Validation prepares every migration statement with SQLite (in memory, on the loader threads).
    // Debian's SQLite has no lookaside memory, so each of its many small allocations would also take
    // the global lock of its memory statistics, which nothing here reads. Must precede any other
    // use of SQLite; it fails harmlessly otherwise.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    return Strata::Cli::run(QCoreApplication::arguments());
}
