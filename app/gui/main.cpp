// strata-workbench: the desktop GUI. Everything but startup lives in ui/ (strata_ui).
#include "Application.h"
#include "MainWindow.h"
#include "models/LogModel.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    // First, so that the Log dock also shows what happens before the window exists.
    Strata::Ui::LogModel::installMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    Strata::Ui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Strata schema workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "The project folder to open."),
                                 QStringLiteral("[PROJECT]"));
    parser.process(app);

    Strata::Ui::MainWindow window;
    window.show();
    window.openInitialProject(parser.positionalArguments().value(0));
    return app.exec();
}
