// strata: the command line for terminals and CI. Everything it does lives in core/; the commands
// here only read arguments and format results.
#include "Cli.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char *argv[])
{
    // Loading builds and frees a JSON tree per package on several threads; without this glibc hands
    // the memory back to the kernel after every file, which costs a third of the load time.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    return Strata::Cli::run(QCoreApplication::arguments());
}
