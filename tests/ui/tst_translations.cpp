// The translations: every message of translations/strata_de.ts and every English plural form is
// written (a string added to the sources without a German text fails here once
// scripts/update-translations.sh has run), the compiled German catalogue translates the window, and
// placeables (%1, %n) survive translation.
#include "MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Strata::Ui;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool plural = false;
    QStringList numerusForms;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.plural) {
                while (xml.readNextStartElement())
                    current.numerusForms.append(xml.readElementText());
            } else {
                current.translation = xml.readElementText();
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeables(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("German") << QStringLiteral("strata_de.ts") << 200;
        QTest::newRow("English plurals") << QStringLiteral("strata_en.ts") << 20;
    }

    void isComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        const QList<TsMessage> messages = readTs(QStringLiteral(STRATA_SOURCE_DIR "/translations/") + file);
        QVERIFY(messages.size() > atLeast);
        QStringList missing;
        for (const TsMessage &message : messages) {
            if (message.type == u"vanished" || message.type == u"obsolete")
                continue;
            const bool empty = message.plural
                ? message.numerusForms.size() < 2 || message.numerusForms.contains(QString())
                : message.translation.isEmpty();
            if (message.type == u"unfinished" || empty)
                missing.append(message.context + QStringLiteral(": ") + message.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(missing.size())
                                               + missing.mid(0, 40).join(u'\n')));
    }

    // A translation that drops or invents %1 would print the wrong thing, or nothing.
    void germanKeepsPlaceables()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(STRATA_SOURCE_DIR "/translations/strata_de.ts"));
        QStringList wrong;
        for (const TsMessage &message : messages) {
            if (message.type == u"vanished" || message.type == u"obsolete")
                continue;
            const QStringList expected = placeables(message.source);
            const QStringList translations = message.plural ? message.numerusForms : QStringList{message.translation};
            for (const QString &translation : translations) {
                QStringList got = placeables(translation);
                // A plural's singular form may spell the number out ("ein Paket").
                if (message.plural && expected.contains(QStringLiteral("%n")) && !got.contains(QStringLiteral("%n"))) {
                    got.append(QStringLiteral("%n"));
                    got.sort();
                }
                if (got != expected)
                    wrong.append(message.source + QStringLiteral(" -> ") + translation);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void germanCatalogueTranslatesTheWindow()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(STRATA_QM_DIR "/strata_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            QSettings().clear();
            MainWindow window;
            QStringList menus;
            for (QAction *action : window.menuBar()->actions())
                menus.append(action->text());
            QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
            QVERIFY2(!menus.contains(QStringLiteral("&File")), qPrintable(menus.join(u',')));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // Qt's own catalogue (qt6-translations-l10n, installed by scripts/install-deps.sh), loaded by
    // ui/Application.cpp from where Qt keeps it: without it, a German window's standard buttons
    // stay English.
    void qtsOwnGermanTranslatesStandardButtons()
    {
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QVERIFY(QCoreApplication::installTranslator(&qt));
        {
            QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
            QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
            QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        }
        QCoreApplication::removeTranslator(&qt);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
