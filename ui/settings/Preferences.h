#pragma once

#include <QList>
#include <QString>

namespace Strata::Ui {

// The workbench's own preferences, kept in WorkbenchSettings (language, theme). Read once at start-up by setUpApplication
// (language and theme apply from the next start: Qt retranslates nothing that is already built).
namespace Preferences {

// A language the workbench has a translation for. `code` is a QLocale name ("de"); the empty code
// means "follow the system".
struct Language
{
    QString code;
    QString nativeName; // "Deutsch"; for the empty code, a translated "System default"
};

enum class ThemeChoice { System, Light, Dark };

QString language();                      // "" = system
void setLanguage(const QString &code);
ThemeChoice theme();
void setTheme(ThemeChoice theme);

// "System default", English, then every language with a compiled translation strata_<code>.qm in
// `folder` (the programs embed theirs under :/i18n).
QList<Language> availableLanguages(const QString &folder = QStringLiteral(":/i18n"));

} // namespace Preferences
} // namespace Strata::Ui
