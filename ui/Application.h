#pragma once

class QApplication;

namespace Strata::Ui {

// What every Strata GUI program sets up before its first window: names (for QSettings), the
// translation for the system locale (from :/i18n, embedded by the program's build), Qt's own
// translation, and the Fusion theme in the desktop's light or dark palette.
void setUpApplication(QApplication &app);

} // namespace Strata::Ui
