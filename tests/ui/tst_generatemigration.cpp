// "Generate Migration..." and drift in the window, on real files: the dialog for a package with an
// added column (the difference, the ALTER, the file it writes, which hot reload brings into the
// registry and the editor opens, and the badge that goes away), a dropped column refused until
// "Allow destructive changes" is ticked, a write that fails shown in the dialog, and the drift of a
// real SQLite file on the project's page before and after migrating it.
#include "TestSupport.h"

#include "MainWindow.h"
#include "diff/DriftTracker.h"
#include "diff/GenerateMigrationDialog.h"
#include "diff/SchemaDiffTracker.h"
#include "editor/EditorArea.h"
#include "editor/SourceEditor.h"
#include <strata/migration/MigrationRunner.h>
#include "migrations/DatabaseActions.h"
#include "migrations/MigrationConnection.h"
#include "migrations/MigrationStatusTracker.h"
#include "migrations/SqlView.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "pages/SummaryPage.h"
#include "panels/PackagesPanel.h"
#include "project/ProjectSession.h"
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Strata;
using namespace Strata::Ui;

namespace {

constexpr int Timeout = 20000;
const QString Shop = QStringLiteral("shop");

QByteArray columnJson(const QByteArray &name, const QByteArray &type, const QByteArray &extra = {})
{
    return "{ \"name\": \"" + name + "\", \"type\": \"" + type + "\"" + extra + " }";
}

// shop's database.json: the table "items" with these columns, and "tags" when asked for.
QByteArray shopPackage(const QList<QByteArray> &itemColumns, bool withTags = false)
{
    QByteArray tables = "    { \"name\": \"items\", \"columns\": [\n      " + itemColumns.join(",\n      ") + " ] }";
    if (withTags)
        tables += ",\n    { \"name\": \"tags\", \"columns\": [\n      "
            + columnJson("id", "bigserial", ", \"primaryKey\": true") + ",\n      "
            + columnJson("label", "varchar(40)", ", \"notNull\": true") + " ] }";
    return "{\n  \"packageName\": \"shop\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {},\n  \"tables\": [\n"
        + tables + "\n  ]\n}\n";
}

const QByteArray IdColumn = columnJson("id", "bigserial", ", \"primaryKey\": true");
const QByteArray NameColumn = columnJson("name", "varchar(80)", ", \"notNull\": true");

QString pageText(const MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.summaryPage()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestGenerateMigration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;

    QString shopDir() const { return m_root + QStringLiteral("/packages/shop"); }

    // A project of one package, shop, whose first migration creates items (id, name) and
    // `migrationColumns` more; database.json declares `declared`.
    bool writeProject(const QList<QByteArray> &declared, const QByteArray &migrationColumns = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->path() + QStringLiteral("/project");
        return Test::writeFile(m_root + QStringLiteral("/strata.json"),
                               "{ \"packages\": [\"packages/*\"], \"dialect\": \"sqlite\" }\n")
            && Test::writeFile(shopDir() + QStringLiteral("/database.json"), shopPackage(declared))
            && Test::writeFile(shopDir() + QStringLiteral("/migrations/0001_items.sql"),
                               "-- strata:up\nCREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL"
                                   + migrationColumns + ");\n-- strata:down\nDROP TABLE items;\n");
    }

    void openAndSettle(MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        window.schemaDiffTracker()->setDebounceInterval(20);
        window.databaseActions()->statusTracker()->setDebounceInterval(20);
        window.openProject(m_root);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->registry()->package(Shop) != nullptr, Timeout);
        window.session()->reloader()->watcher().setDebounce(50);
        QTRY_VERIFY_WITH_TIMEOUT(window.schemaDiffTracker()->hasResult() && window.schemaDiffTracker()->isIdle(),
                                 Timeout);
    }

    // The dialog the package tree's context menu opens for shop.
    GenerateMigrationDialog *openFromContextMenu(MainWindow &window)
    {
        auto *packages = window.panel<PackagesPanel>(PanelId::Packages);
        const QModelIndex source = packages->model()->findItem(Shop);
        const QModelIndex row = packages->view()->model()->index(source.row(), 0);
        std::unique_ptr<QMenu> menu(packages->createContextMenu(row));
        if (!menu)
            return nullptr;
        QAction *generate = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("&Generate Migration…"))
                generate = action;
        }
        if (!generate || !generate->isEnabled())
            return nullptr;
        generate->trigger();
        return window.findChild<GenerateMigrationDialog *>();
    }

private Q_SLOTS:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_generatemigration")); }

    void init() { QSettings().clear(); }

    void addedColumnIsWrittenReloadedAndOpened()
    {
        QVERIFY(writeProject({IdColumn, NameColumn, columnJson("notes", "text")}));
        MainWindow window;
        openAndSettle(window);
        const PackageTreeModel *tree = window.panel<PackagesPanel>(PanelId::Packages)->model();
        QTRY_COMPARE_WITH_TIMEOUT(tree->schemaDifferences(Shop), 1, Timeout);
        QAction *menuAction = window.databaseActions()->generateAction();
        QVERIFY(menuAction->isEnabled());
        QVERIFY(menuAction->statusTip().contains(Shop));
        QCOMPARE(window.databaseActions()->generationTargets(), QStringList{Shop});

        GenerateMigrationDialog *dialog = openFromContextMenu(window);
        QVERIFY(dialog);
        QVERIFY(!dialog->isWaiting());
        QCOMPARE(dialog->differencesModel()->stringList(),
                 QStringList{QStringLiteral("Column items.notes is declared but missing.")});
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("schema_changes"));
        QCOMPARE(dialog->fileLabel()->text(), QStringLiteral("packages/shop/migrations/0002_schema_changes.sql"));
        QVERIFY2(dialog->upView()->text().contains(QStringLiteral("ALTER TABLE items ADD COLUMN notes TEXT;")),
                 qPrintable(dialog->upView()->text()));
        QVERIFY(dialog->upView()->highlightedLines().isEmpty());
        QVERIFY(dialog->refusalsLabel()->isHidden());
        QVERIFY(dialog->writeButton()->isEnabled());

        // The name is checked, and the file name follows it.
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("X-"));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("schema_changes")); // not typed: not allowed
        dialog->nameEdit()->clear();
        QVERIFY(!dialog->writeButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("add_notes"));
        QCOMPARE(dialog->fileLabel()->text(), QStringLiteral("packages/shop/migrations/0002_add_notes.sql"));
        QVERIFY(dialog->writeButton()->isEnabled());

        const QString path = shopDir() + QStringLiteral("/migrations/0002_add_notes.sql");
        QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QString::fromUtf8(Test::readFile(path)),
                 QStringLiteral("-- Written by strata generate for shop.\n\n"
                                "-- strata:up\n"
                                "ALTER TABLE items ADD COLUMN notes TEXT;\n\n"
                                "-- strata:down\n"
                                "ALTER TABLE items DROP COLUMN notes;\n"));

        // Hot reload brings it into the registry (nothing reloaded by hand); the editor shows it;
        // once compared again, the badge and the menu's action go.
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->registry()->package(Shop)->migrations.size() == 2, Timeout);
        QCOMPARE(window.session()->registry()->package(Shop)->migrations.last().id, QStringLiteral("0002_add_notes"));
        QVERIFY(window.editorArea()->editorFor(path));
        QCOMPARE(window.editorArea()->currentEditor(), window.editorArea()->editorFor(path));
        QTRY_COMPARE_WITH_TIMEOUT(tree->schemaDifferences(Shop), 0, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!menuAction->isEnabled(), Timeout);
        QVERIFY(menuAction->statusTip().contains(QStringLiteral("No package has schema changes")));
    }

    void droppedColumnIsRefusedUntilAllowed()
    {
        QVERIFY(writeProject({IdColumn, NameColumn}, ", legacy TEXT"));
        MainWindow window;
        openAndSettle(window);
        QTRY_COMPARE_WITH_TIMEOUT(window.panel<PackagesPanel>(PanelId::Packages)->model()->schemaDifferences(Shop), 1,
                                  Timeout);
        // Nothing selected: the Database menu's action is for every package with changes.
        GenerateMigrationDialog *dialog = window.databaseActions()->showGenerateDialog({});
        QVERIFY(!dialog->isWaiting());
        QCOMPARE(dialog->planned().size(), 1);
        QVERIFY(dialog->refusalsLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->refusalsLabel()->text().contains(QStringLiteral("Column items.legacy would be dropped")),
                 qPrintable(dialog->refusalsLabel()->text()));
        QVERIFY(dialog->refusalsLabel()->text().contains(QStringLiteral("Allow destructive changes")));
        QVERIFY(!dialog->writeButton()->isEnabled());
        QVERIFY(!dialog->write());
        QVERIFY(!QFileInfo::exists(shopDir() + QStringLiteral("/migrations/0002_schema_changes.sql")));

        dialog->allowDestructiveBox()->setChecked(true);
        QVERIFY(dialog->refusalsLabel()->isHidden());
        QVERIFY(dialog->writeButton()->isEnabled());
        const QStringList lines = dialog->upView()->text().split(QLatin1Char('\n'));
        QStringList highlighted;
        for (int line : dialog->upView()->highlightedLines())
            highlighted.append(lines.value(line));
        QVERIFY2(highlighted.join(QLatin1Char('\n')).contains(QStringLiteral("DROP")), qPrintable(dialog->upView()->text()));
        QVERIFY(std::any_of(highlighted.cbegin(), highlighted.cend(),
                            [](const QString &line) { return line.startsWith(QStringLiteral("-- DESTRUCTIVE")); }));
        QVERIFY(dialog->write());
        QVERIFY(QFileInfo::exists(shopDir() + QStringLiteral("/migrations/0002_schema_changes.sql")));
    }

    // Declarations with errors are never written out: the dialog says to fix them first.
    void aPackageWithErrorsIsRefused()
    {
        QVERIFY(writeProject({IdColumn, NameColumn, columnJson("odd", "no_such_type")}));
        MainWindow window;
        openAndSettle(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.panel<PackagesPanel>(PanelId::Packages)->model()->schemaDifferences(Shop) > 0,
                                 Timeout);
        GenerateMigrationDialog *dialog = window.databaseActions()->showGenerateDialog({});
        QVERIFY(dialog->refusalsLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->refusalsLabel()->text().contains(QStringLiteral("Package shop has 1 error")),
                 qPrintable(dialog->refusalsLabel()->text()));
        QVERIFY(!dialog->writeButton()->isEnabled());
        dialog->allowDestructiveBox()->setChecked(true);
        QVERIFY(!dialog->writeButton()->isEnabled());
        QVERIFY(!dialog->write());
        QVERIFY(!QFileInfo::exists(shopDir() + QStringLiteral("/migrations/0002_schema_changes.sql")));
    }

    // A "renamedFrom" still to be generated is no problem; once the generated migration renames the
    // column, the Problems list warns (rename-settled) at the hint, as `strata validate` does.
    void settledRenameIsListedInProblems()
    {
        const QByteArray renamed = columnJson("title", "text", ", \"renamedFrom\": \"label\"");
        QVERIFY(writeProject({IdColumn, NameColumn, renamed}, ", label TEXT"));
        MainWindow window;
        openAndSettle(window);
        const QString code = QStringLiteral("rename-settled");
        const auto settled = [&] {
            Diagnostics found;
            for (const Diagnostic &d : window.problemsModel()->diagnostics()) {
                if (d.code == code)
                    found.append(d);
            }
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(window.panel<PackagesPanel>(PanelId::Packages)->model()->schemaDifferences(Shop) > 0,
                                 Timeout);
        QVERIFY(settled().isEmpty());

        GenerateMigrationDialog *dialog = window.databaseActions()->showGenerateDialog({});
        QVERIFY2(dialog->upView()->text().contains(QStringLiteral("RENAME COLUMN label TO title")),
                 qPrintable(dialog->upView()->text()));
        QVERIFY(dialog->write());
        QTRY_COMPARE_WITH_TIMEOUT(settled().size(), 1, Timeout);
        const Diagnostic d = settled().constFirst();
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.package, Shop);
        QCOMPARE(d.location.file, QFileInfo(shopDir() + QStringLiteral("/database.json")).absoluteFilePath());
        const QString json = QString::fromUtf8(Test::readFile(shopDir() + QStringLiteral("/database.json")));
        const QStringList lines = json.split(QLatin1Char('\n'));
        QVERIFY(d.location.line >= 1 && d.location.line <= lines.size());
        QCOMPARE(lines.at(d.location.line - 1).mid(d.location.column - 1, 7), QStringLiteral("\"label\""));

        // The hint removed: the warning goes with the next comparison.
        QVERIFY(Test::writeFile(shopDir() + QStringLiteral("/database.json"),
                                shopPackage({IdColumn, NameColumn, columnJson("title", "text")})));
        QTRY_VERIFY_WITH_TIMEOUT(settled().isEmpty(), Timeout);
    }

    // A file in the way: the failure is said in the dialog, and stays said through the reload its
    // arrival causes.
    void writeErrorIsShownInTheDialog()
    {
        QVERIFY(writeProject({IdColumn, NameColumn, columnJson("notes", "text")}));
        MainWindow window;
        openAndSettle(window);
        QTRY_COMPARE_WITH_TIMEOUT(window.panel<PackagesPanel>(PanelId::Packages)->model()->schemaDifferences(Shop), 1,
                                  Timeout);
        GenerateMigrationDialog *dialog = window.databaseActions()->showGenerateDialog({Shop});
        const QString path = shopDir() + QStringLiteral("/migrations/0002_schema_changes.sql");
        QVERIFY(Test::writeFile(path, "-- strata:up\nSELECT 1;\n"));
        QVERIFY(!dialog->write());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->messageLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("Cannot write packages/shop/migrations/0002_schema_changes.sql")),
                 qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(QString::fromUtf8(Test::readFile(path)), QStringLiteral("-- strata:up\nSELECT 1;\n"));
        // The file in the way is a migration too: hot reload reads it, the dialog generates again
        // (now 0003), and the failure is still there to read.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->fileLabel()->text().endsWith(QStringLiteral("0003_schema_changes.sql")), Timeout);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("Cannot write")));
        dialog->close();
    }

    void driftIsListedOnTheProjectPage()
    {
        QVERIFY(writeProject({IdColumn, NameColumn}));
        QVERIFY(Test::writeFile(shopDir() + QStringLiteral("/database.json"), shopPackage({IdColumn, NameColumn}, true)));
        QVERIFY(Test::writeFile(shopDir() + QStringLiteral("/migrations/0002_tags.sql"),
                                "-- strata:up\nCREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL);\n"
                                "-- strata:down\nDROP TABLE tags;\n"));
        MainWindow window;
        openAndSettle(window);
        DriftTracker *drift = window.databaseActions()->driftTracker();
        QVERIFY(!drift->hasResult()); // the project's default database does not exist: nothing to compare
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/.strata/strata.db")));
        QVERIFY(!pageText(window).contains(QStringLiteral("Database drift")));

        // A real SQLite file with the first migration applied: tags is declared but missing.
        const QString database = m_dir->path() + QStringLiteral("/shop.db");
        const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite:") + database, m_root);
        const MigrationGraph graph = MigrationGraph::build(*window.session()->registry());
        MigrationRunner runner;
        QVERIFY(runner.run(graph, RunRequest{url, PlanDirection::Up, QStringLiteral("shop:0001_items")}).ok());
        QVERIFY(window.databaseActions()->connection()->setTarget(QStringLiteral("sqlite:") + database));
        QTRY_VERIFY_WITH_TIMEOUT(drift->hasResult(), Timeout);
        QCOMPARE(drift->differenceCount(), 1);
        // (No catalogue is loaded here: the source's "difference(s)" is what shows.)
        QTRY_VERIFY_WITH_TIMEOUT(pageText(window).contains(QStringLiteral("Database drift:")), Timeout);
        QVERIFY2(pageText(window).contains(QStringLiteral("1 difference(s) with the declared schema")),
                 qPrintable(pageText(window)));
        QVERIFY2(pageText(window).contains(QStringLiteral("• shop · tags: Table tags is declared but missing.")),
                 qPrintable(pageText(window)));

        // Migrated (as the run dialog does, then the status is read again): it matches.
        QVERIFY(runner.run(graph, RunRequest{url, PlanDirection::Up, {}}).ok());
        window.databaseActions()->statusTracker()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(pageText(window).contains(QStringLiteral("The database matches the declared schema.")),
                                 Timeout);
        QCOMPARE(drift->differenceCount(), 0);
    }
};

QTEST_MAIN(TestGenerateMigration)
#include "tst_generatemigration.moc"
