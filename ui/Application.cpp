#include "Application.h"

#include "settings/Preferences.h"
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

    // The language chosen in the preferences, else the system's. Setting the default locale also
    // makes numbers and dates follow the chosen language.
    const QString language = Preferences::language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // English is the source language; strata_en only adds its plural forms, and is the fallback.
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("strata"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/strata_en")))
        QApplication::installTranslator(translator);

    switch (Preferences::theme()) {
    case Preferences::ThemeChoice::Light:
        Theme::apply(app, QStringLiteral("light"));
        break;
    case Preferences::ThemeChoice::Dark:
        Theme::apply(app, QStringLiteral("dark"));
        break;
    case Preferences::ThemeChoice::System:
        Theme::apply(app);
        break;
    }
}

} // namespace Strata::Ui
