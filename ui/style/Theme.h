#pragma once

#include <QString>

class QApplication;

namespace Strata::Ui {

// Fusion everywhere, in the light or dark palette the desktop asks for. Qt 6.4 has no color-scheme
// hint yet, so the choice comes from STRATA_THEME ("dark" / "light", for screenshots), else the
// user's preference (`preferred`: "dark", "light", or empty to follow the desktop), else GTK_THEME
// or the platform theme's palette.
namespace Theme {

void apply(QApplication &app, const QString &preferred = {});
bool isDark();

} // namespace Theme
} // namespace Strata::Ui
