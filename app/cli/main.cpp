// strata: the command line for terminals and CI. Everything it does lives in core/; the commands
// here only read arguments and format results.
#include "Cli.h"
#include "ProcessTuning.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    Strata::Cli::tuneProcessForLoading();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    Strata::Cli::installTranslations(app);
    return Strata::Cli::run(QCoreApplication::arguments());
}
