#include "Application.h"

#include "style/Theme.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Strata::Ui {

void setUpApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationName(QStringLiteral("strata-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Strata Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("strata-workbench"));

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // English is the source language; strata_en only adds its plural forms, and is the fallback.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("strata"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/strata_en")))
        QApplication::installTranslator(translator);

    Theme::apply(app);
}

} // namespace Strata::Ui
