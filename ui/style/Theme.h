#pragma once

class QApplication;

namespace Strata::Ui {

// Fusion everywhere, in the light or dark palette the desktop asks for. Qt 6.4 has no color-scheme
// hint yet, so the choice comes from the platform theme's palette, GTK_THEME, or STRATA_THEME
// ("dark" / "light", for screenshots and for users whose desktop says nothing).
namespace Theme {

void apply(QApplication &app);
bool isDark();

} // namespace Theme
} // namespace Strata::Ui
