#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>

namespace Strata::Ui::Preferences {

namespace {
const auto LanguageKey = QStringLiteral("preferences/language");
const auto ThemeKey = QStringLiteral("preferences/theme");
} // namespace

QString language()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

ThemeChoice theme()
{
    const QString value = QSettings().value(ThemeKey).toString();
    if (value == u"light")
        return ThemeChoice::Light;
    if (value == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void setTheme(ThemeChoice theme)
{
    QSettings settings;
    switch (theme) {
    case ThemeChoice::System:
        settings.remove(ThemeKey);
        break;
    case ThemeChoice::Light:
        settings.setValue(ThemeKey, QStringLiteral("light"));
        break;
    case ThemeChoice::Dark:
        settings.setValue(ThemeKey, QStringLiteral("dark"));
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
