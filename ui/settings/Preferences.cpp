#include "settings/Preferences.h"

#include "settings/WorkbenchSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace Strata::Ui::Preferences {

QString language()
{
    return workbenchSettings().language.value();
}

void setLanguage(const QString &code)
{
    workbenchSettings().language.setValue(code); // "" (the system's) removes the key
}

ThemeChoice theme()
{
    const QString value = workbenchSettings().theme.value();
    if (value == u"light")
        return ThemeChoice::Light;
    if (value == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void setTheme(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::System:
        workbenchSettings().theme.setValue({}); // removes the key
        break;
    case ThemeChoice::Light:
        workbenchSettings().theme.setValue(QStringLiteral("light"));
        break;
    case ThemeChoice::Dark:
        workbenchSettings().theme.setValue(QStringLiteral("dark"));
        break;
    }
}

QList<Language> availableLanguages(const QString &folder)
{
    QList<Language> languages;
    languages.append({QString(), QCoreApplication::translate("Strata::Ui::Preferences", "System default")});
    // English is the source language: it has no translation of its own beyond plural forms.
    languages.append({QStringLiteral("en"), QLocale(QLocale::English).nativeLanguageName()});
    const QStringList files = QDir(folder).entryList({QStringLiteral("strata_*.qm")}, QDir::Files,
                                                                      QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(7, file.size() - 7 - 3); // strata_<code>.qm
        if (code == u"en")
            continue;
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "deutsch" in some CLDR data sets
        languages.append({code, name.isEmpty() ? code : name});
    }
    return languages;
}

} // namespace Strata::Ui::Preferences
