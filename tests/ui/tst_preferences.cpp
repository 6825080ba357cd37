// The preferences: language and theme stored in QSettings, the languages offered, and the dialog.
#include "settings/Preferences.h"
#include "settings/PreferencesDialog.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Strata::Ui;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void defaultsFollowTheSystem()
    {
        QCOMPARE(Preferences::language(), QString());
        QCOMPARE(Preferences::theme(), Preferences::ThemeChoice::System);
    }

    void storesAndClearsChoices()
    {
        Preferences::setLanguage(QStringLiteral("de"));
        Preferences::setTheme(Preferences::ThemeChoice::Dark);
        QCOMPARE(Preferences::language(), QStringLiteral("de"));
        QCOMPARE(Preferences::theme(), Preferences::ThemeChoice::Dark);
        Preferences::setLanguage({});
        Preferences::setTheme(Preferences::ThemeChoice::System);
        QVERIFY(!QSettings().contains(QStringLiteral("preferences/language")));
        QVERIFY(!QSettings().contains(QStringLiteral("preferences/theme")));
    }

    // The build compiles translations/*.ts next to the workbench; German must be offered.
    void offersTheCompiledLanguages()
    {
        const QList<Preferences::Language> languages = Preferences::availableLanguages(QStringLiteral(STRATA_QM_DIR));
        QStringList codes;
        for (const Preferences::Language &language : languages)
            codes.append(language.code);
        QCOMPARE(codes.value(0), QString()); // system default first
        QCOMPARE(codes.value(1), QStringLiteral("en"));
        QVERIFY2(codes.contains(QStringLiteral("de")), qPrintable(codes.join(u',')));
        QCOMPARE(codes.count(QStringLiteral("en")), 1); // strata_en.qm is not a second English
        for (const Preferences::Language &language : languages)
            if (language.code == u"de")
                QCOMPARE(language.nativeName, QStringLiteral("Deutsch"));
    }

    void dialogShowsAndStoresTheChoice()
    {
        Preferences::setTheme(Preferences::ThemeChoice::Light);
        PreferencesDialog dialog;
        QCOMPARE(dialog.themeBox()->currentData().toInt(), int(Preferences::ThemeChoice::Light));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        const int english = dialog.languageBox()->findData(QStringLiteral("en"));
        QVERIFY(english >= 0);
        dialog.languageBox()->setCurrentIndex(english);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Preferences::ThemeChoice::Dark)));
        dialog.apply();
        QCOMPARE(Preferences::language(), QStringLiteral("en"));
        QCOMPARE(Preferences::theme(), Preferences::ThemeChoice::Dark);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
