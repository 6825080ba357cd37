#include "settings/PreferencesDialog.h"

#include "settings/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Strata::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_theme(new QComboBox(this)), m_restartHint(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_initialLanguage = Preferences::language();
    for (const Preferences::Language &language : Preferences::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    m_language->setAccessibleName(tr("Language"));

    m_theme->addItem(tr("Follow the system"), int(Preferences::ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(Preferences::ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::ThemeChoice::Dark));
    m_initialTheme = int(Preferences::theme());
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_initialTheme)));
    m_theme->setAccessibleName(tr("Theme"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);

    m_restartHint->setWordWrap(true);
    m_restartHint->setText(tr("The new language and theme apply when Strata Workbench starts again."));
    m_restartHint->setEnabled(false); // drawn in the disabled colour: a remark, not a warning

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartHint);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartHint);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartHint);
    updateRestartHint();
    setMinimumWidth(380);
}

void PreferencesDialog::apply()
{
    Preferences::setLanguage(m_language->currentData().toString());
    Preferences::setTheme(Preferences::ThemeChoice(m_theme->currentData().toInt()));
}

void PreferencesDialog::updateRestartHint()
{
    const bool changed = m_language->currentData().toString() != m_initialLanguage
        || m_theme->currentData().toInt() != m_initialTheme;
    m_restartHint->setVisible(changed);
}

} // namespace Strata::Ui
