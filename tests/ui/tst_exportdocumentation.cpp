// File > Export Documentation... on real folders: the dialog's defaults (the project's dialect, the
// selected package, a folder kept per project), an export of examples/ in each format that writes the
// site and offers to open it, a second export that rewrites nothing, a folder holding someone else's
// file refused with its name, and a cancel that leaves the folder untouched.
#include "TestSupport.h"

#include "MainWindow.h"
#include <strata/docs/DocsSite.h>
#include "docs/ExportDocumentationDialog.h"
#include "project/ProjectSession.h"
#include "project/Selection.h"
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 120000;

// A project large enough that building its pages takes far longer than a click: `packages`
// packages in a chain, each with `tables` tables referring to the previous package's first table.
bool writeLargeProject(const QString &root, int packages, int tables)
{
    if (!Test::writeFile(root + u"/strata.json"_s, "{ \"packages\": [\"packages/*\"] }\n"))
        return false;
    for (int p = 0; p < packages; ++p) {
        const QByteArray name = "pkg" + QByteArray::number(p);
        QByteArrayList tableJson;
        for (int t = 0; t < tables; ++t) {
            QByteArray columns = "{ \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true }, "
                                 "{ \"name\": \"label\", \"type\": \"text\", \"comment\": \"What it is called\" }";
            if (p > 0)
                columns += ", { \"name\": \"parent_id\", \"type\": \"bigint\", \"references\": { \"table\": \"pkg"
                    + QByteArray::number(p - 1) + "_t0\" } }";
            tableJson.append("{ \"name\": \"" + name + "_t" + QByteArray::number(t) + "\", \"columns\": [" + columns + "] }");
        }
        const QByteArray dependencies =
            p > 0 ? QByteArray("{ \"pkg" + QByteArray::number(p - 1) + "\": \"*\" }") : QByteArray("{}");
        const QByteArray json = "{ \"packageName\": \"" + name + "\", \"version\": \"1.0.0\", \"dependencies\": "
            + dependencies + ", \"tables\": [" + tableJson.join(", ") + "] }\n";
        if (!Test::writeFile(root + u"/packages/"_s + QString::fromLatin1(name) + u"/database.json"_s, json))
            return false;
    }
    return true;
}

QStringList filesIn(const QString &folder)
{
    QStringList files;
    QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        files.append(info.fileName());
    return files;
}

} // namespace

class TestExportDocumentation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // examples/ copied and registered.
    QString loadExamples(Registry &registry, const QString &name)
    {
        const QString root = Test::copyExamples(m_dir.filePath(name));
        if (root.isEmpty() || discoverAndRegister(root, registry) == 0)
            return {};
        return root;
    }

    bool exportAndWait(ExportDocumentationDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ExportDocumentationDialog::finished);
        dialog.exportButton()->click();
        // finished() comes through the event loop (QFutureWatcher), never from within the click.
        return finished.wait(Timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(u"tst_exportdocumentation"_s);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        Registry registry;
        const QString root = loadExamples(registry, u"defaults"_s);
        QVERIFY(!root.isEmpty());

        ExportDocumentationDialog withSelection(&registry, u"@acme/crm"_s);
        QCOMPARE(withSelection.folderEdit()->text(), QDir::toNativeSeparators(root + u"/docs/database"_s));
        QCOMPARE(withSelection.dialectBox()->currentText(), u"SQLite"_s); // examples/strata.json
        QVERIFY(withSelection.selectedPackageButton()->isChecked());
        QVERIFY(withSelection.selectedPackageButton()->text().contains(u"@acme/crm"_s));
        QVERIFY(withSelection.allPackagesButton()->text().contains(
            QString::number(registry.packageNames().size())));
        QVERIFY(withSelection.exportButton()->isEnabled());
        QVERIFY(!withSelection.openButton()->isEnabled()); // nothing exported yet

        ExportDocumentationDialog nothingSelected(&registry, QString());
        QVERIFY(nothingSelected.allPackagesButton()->isChecked());
        QVERIFY(!nothingSelected.selectedPackageButton()->isEnabled());
        nothingSelected.folderEdit()->clear();
        QVERIFY(!nothingSelected.exportButton()->isEnabled());
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<int>("formatIndex");
        QTest::addColumn<QString>("entry");
        QTest::newRow("html") << 0 << u"index.html"_s;
        QTest::newRow("markdown") << 1 << u"README.md"_s;
    }

    void exportsEachFormat()
    {
        QFETCH(int, formatIndex);
        QFETCH(QString, entry);
        Registry registry;
        const QString root = loadExamples(registry, u"export-"_s + entry);
        QVERIFY(!root.isEmpty());
        const QString out = m_dir.filePath(u"out-"_s + entry);

        {
            ExportDocumentationDialog dialog(&registry, QString());
            dialog.formatBox()->setCurrentIndex(formatIndex);
            dialog.folderEdit()->setText(out);
            QVERIFY(exportAndWait(dialog));
            QVERIFY2(dialog.succeeded(), qPrintable(dialog.outcome()));
            QCOMPARE(dialog.entryPage(), QDir(out).filePath(entry));
            QVERIFY(QFileInfo::exists(dialog.entryPage()));
            QVERIFY(QFileInfo::exists(QDir(out).filePath(DocsManifestName)));
            QVERIFY(dialog.openButton()->isEnabled());
            QVERIFY2(dialog.outcome().contains(QDir::toNativeSeparators(out)), qPrintable(dialog.outcome()));
            QVERIFY(!dialog.progressBar()->isVisible());
        }
        // The folder and the format are remembered for the project.
        ExportDocumentationDialog again(&registry, QString());
        QCOMPARE(again.folderEdit()->text(), QDir::toNativeSeparators(out));
        QCOMPARE(again.formatBox()->currentIndex(), formatIndex);
        const QDateTime written = QFileInfo(QDir(out).filePath(entry)).lastModified();
        QVERIFY(exportAndWait(again));
        QVERIFY2(again.succeeded(), qPrintable(again.outcome()));
        QVERIFY2(again.outcome().startsWith(u"0 file"_s) && again.outcome().contains(u" 0 removed"_s), qPrintable(again.outcome()));
        QCOMPARE(QFileInfo(QDir(out).filePath(entry)).lastModified(), written);
    }

    void refusesSomeoneElsesFile()
    {
        Registry registry;
        QVERIFY(!loadExamples(registry, u"foreign"_s).isEmpty());
        const QString out = m_dir.filePath(u"foreign-out"_s);
        QVERIFY(Test::writeFile(out + u"/index.html"_s, "<p>the team's own page</p>\n"));

        ExportDocumentationDialog dialog(&registry, QString());
        dialog.formatBox()->setCurrentIndex(0);
        dialog.folderEdit()->setText(out);
        QVERIFY(exportAndWait(dialog));
        QVERIFY(!dialog.succeeded());
        QVERIFY2(dialog.outcome().contains(u"index.html"_s), qPrintable(dialog.outcome()));
        QVERIFY(!dialog.openButton()->isEnabled());
        QCOMPARE(Test::readFile(out + u"/index.html"_s), QByteArray("<p>the team's own page</p>\n"));
        QCOMPARE(filesIn(out), QStringList{u"index.html"_s});
    }

    void cancelLeavesTheFolderAlone()
    {
        const QString root = m_dir.filePath(u"large"_s);
        QVERIFY(writeLargeProject(root, 150, 10));
        Registry registry;
        QCOMPARE(discoverAndRegister(root, registry), 150);
        const QString out = m_dir.filePath(u"large-out"_s);

        ExportDocumentationDialog dialog(&registry, QString());
        dialog.formatBox()->setCurrentIndex(1);
        dialog.folderEdit()->setText(out);
        QSignalSpy finished(&dialog, &ExportDocumentationDialog::finished);
        dialog.exportButton()->click();
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.formatBox()->isEnabled());
        dialog.reject(); // the Cancel button while it runs
        QVERIFY(dialog.isVisible() || !dialog.result()); // not closed by the cancel
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY2(dialog.outcome().contains(u"cancelled"_s), qPrintable(dialog.outcome()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(dialog.formatBox()->isEnabled());
    }

    void fileMenuOpensIt()
    {
        const QString root = Test::copyExamples(m_dir.filePath(u"window"_s));
        QVERIFY(!root.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QAction *exportAction = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
                if (action->text() == u"Export &Documentation…"_s)
                    exportAction = action;
            }
        }
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled()); // no project yet
        window.openProject(root);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading() && exportAction->isEnabled(), Timeout);
        window.selection()->select(SelectionTarget::ofPackage(u"@acme/crm"_s));
        exportAction->trigger();
        auto *dialog = window.findChild<ExportDocumentationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->selectedPackageButton()->isChecked());
        QVERIFY(dialog->selectedPackageButton()->text().contains(u"@acme/crm"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestExportDocumentation)
#include "tst_exportdocumentation.moc"
