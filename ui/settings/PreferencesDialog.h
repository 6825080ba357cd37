#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Strata::Ui {

// Edit > Preferences: the language and the colour theme of the workbench. Both are stored with
// Preferences and take effect at the next start, which the dialog says.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

    // Stores the choices (also what OK does).
    void apply();

private:
    void updateRestartHint();

    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_restartHint;
    QString m_initialLanguage;
    int m_initialTheme = 0;
};

} // namespace Strata::Ui
