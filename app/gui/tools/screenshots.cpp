// strata-workbench-screenshots PROJECT OUTDIR [SUFFIX]: renders the workbench's main views to PNG
// files (docs/screenshots, via scripts/screenshots.sh). Not installed.
#include "Application.h"
#include "MainWindow.h"
#include "diff/DriftTracker.h"
#include "diff/GenerateMigrationDialog.h"
#include "docs/ExportDocumentationDialog.h"
#include "diff/SchemaDiffTracker.h"
#include "editor/EditorArea.h"
#include <strata/migration/MigrationRunner.h>
#include "migrations/DatabaseActions.h"
#include "migrations/MigrationConnection.h"
#include "migrations/MigrationStatusTracker.h"
#include "migrations/SqlView.h"
#include "migrations/RunDialog.h"
#include "migrations/SqlPreviewDialog.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "panels/LogPanel.h"
#include "panels/PackagesPanel.h"
#include "project/ProjectSession.h"
#include "project/Selection.h"
#include "testing/PackageTestRunner.h"
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace Strata::Ui;

namespace {

void settle()
{
    // Let layouts, deferred resizes and icon rendering run before grabbing.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QEventLoop loop;
        QTimer::singleShot(40, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// Runs the event loop until `done` holds (at most `ms` milliseconds).
template<typename Condition>
void waitFor(Condition done, int ms = 20000)
{
    for (int waited = 0; waited < ms && !done(); waited += 50) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

bool save(QWidget *window, const QString &dir, const QString &name, const QString &suffix)
{
    settle();
    const QString path = dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png");
    const bool ok = window->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    setUpApplication(app);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: strata-workbench-screenshots PROJECT OUTDIR [SUFFIX]");
        return 2;
    }
    const QString project = args.at(1);
    const QString out = args.at(2);
    const QString suffix = args.value(3);
    QDir().mkpath(out);

    MainWindow window;
    window.panel<LogPanel>(PanelId::Log)->setLevel(LogPanel::Level::Debug); // the log shows what loading did
    window.resize(1360, 820);
    window.show();
    bool ok = true;
    if (suffix.isEmpty()) {
        window.openInitialProject({});
        ok &= save(&window, out, QStringLiteral("welcome"), suffix);
    }

    QEventLoop loading;
    QObject::connect(window.session(), &ProjectSession::loaded, &loading, &QEventLoop::quit);
    QObject::connect(window.session(), &ProjectSession::loadFailed, &loading, [&] { loading.exit(1); });
    window.openProject(project);
    if (loading.exec() != 0)
        return 1;
    // The schema changes are worked out after the load, off the GUI thread: shown once known.
    for (int waited = 0; waited < 100 && !window.schemaDiffTracker()->hasResult(); ++waited) {
        QEventLoop diff;
        QTimer::singleShot(50, &diff, &QEventLoop::quit);
        diff.exec();
    }
    ok &= save(&window, out, QStringLiteral("project"), suffix);

    // The package with the most dependencies, and its first table: the richest pages.
    const Strata::Registry &registry = *window.session()->registry();
    const Strata::PackageDefinition &package = registry.packages().constLast();
    window.panel<PackagesPanel>(PanelId::Packages)->selectItem(package.name);
    ok &= save(&window, out, QStringLiteral("package"), suffix);
    const QList<Strata::Table> tables = registry.effectiveTables(package.name);
    if (!tables.isEmpty()) {
        auto *tree = window.panel<PackagesPanel>(PanelId::Packages);
        tree->selectItem(package.name, tables.constLast().name);
        tree->view()->expand(tree->view()->currentIndex());
        ok &= save(&window, out, QStringLiteral("table"), suffix);
    }

    // The editor at the first problem, as a double-click in the Problems dock opens it, with the
    // log of the load open beside the problems.
    const Strata::Diagnostics &diagnostics = registry.diagnostics();
    if (!diagnostics.isEmpty()) {
        const Strata::SourceLocation &at = diagnostics.first().location;
        Q_EMIT window.openLocationRequested(at.file, at.line, at.column);
        window.panel<LogPanel>(PanelId::Log)->show();
        ok &= save(&window, out, QStringLiteral("editor"), suffix);
    }

    // The SQL preview of the project's declared schema, and the run dialog's preview of what
    // `Run Migrations` would apply to the project's empty database.
    SqlPreviewDialog preview(window.session()->registry(), window.databaseActions()->connection(), &window);
    preview.resize(900, 620);
    preview.show();
    ok &= save(&preview, out, QStringLiteral("sql-preview"), suffix);
    preview.close();

    RunDialog run(window.session()->registry(), window.databaseActions()->connection(), Strata::PlanDirection::Up,
                  &window);
    run.resize(900, 620);
    QEventLoop planning;
    QObject::connect(&run, &RunDialog::planReady, &planning, &QEventLoop::quit);
    run.show();
    QTimer::singleShot(20000, &planning, &QEventLoop::quit);
    planning.exec();
    ok &= save(&run, out, QStringLiteral("run-dialog"), suffix);
    run.close();

    // File > Export Documentation..., after exporting the HTML site of the selected package.
    {
        QTemporaryDir docsDir;
        ExportDocumentationDialog exportDialog(window.session()->registry(), QStringLiteral("@acme/crm"), &window);
        exportDialog.folderEdit()->setText(docsDir.path() + QStringLiteral("/docs"));
        exportDialog.show();
        QEventLoop exporting;
        QObject::connect(&exportDialog, &ExportDocumentationDialog::finished, &exporting, &QEventLoop::quit);
        exportDialog.startExport();
        QTimer::singleShot(20000, &exporting, &QEventLoop::quit);
        exporting.exec();
        ok &= exportDialog.succeeded();
        ok &= save(&exportDialog, out, QStringLiteral("export-documentation"), suffix);
        exportDialog.close();
    }

    // "Generate Migration..." for a package whose change is written as it is, and for one whose
    // change is refused until destructive changes are allowed (scripts/screenshots.sh makes both).
    SchemaDiffTracker *tracker = window.schemaDiffTracker();
    waitFor([tracker] { return tracker->hasResult() && tracker->isIdle(); });
    bool normalShown = false, refusedShown = false;
    for (const QString &name : tracker->packagesWithChanges()) {
        GenerateMigrationDialog dialog(window.session()->registry(), tracker, {name}, &window);
        dialog.resize(900, 680);
        dialog.show();
        const bool refused = !dialog.planned().isEmpty() && !dialog.planned().constFirst().migration.refusals.isEmpty();
        // The normal one: written as it is, nothing destructive in it (not a rebuild).
        const bool plain = !refused && dialog.upView()->script().destructiveCount() == 0;
        if (dialog.planned().isEmpty() || (refused ? refusedShown : (normalShown || !plain)))
            continue;
        ok &= save(&dialog, out, refused ? QStringLiteral("generate-migration-refused") : QStringLiteral("generate-migration"),
                   suffix);
        (refused ? refusedShown : normalShown) = true;
        dialog.close();
    }

    // The project's page connected to a database migrated to the end: what database.json says
    // since then is its drift.
    QTemporaryDir databaseDir;
    const QString databasePath = databaseDir.path() + QStringLiteral("/strata.db");
    const Strata::Result<Strata::DatabaseUrl> url
        = Strata::DatabaseUrl::parse(QStringLiteral("sqlite:") + databasePath, window.session()->root());
    Strata::MigrationRunner runner;
    if (url && runner.run(Strata::MigrationGraph::build(registry), Strata::RunRequest{*url}).ok()
        && window.databaseActions()->connection()->setTarget(QStringLiteral("sqlite:") + databasePath)) {
        DriftTracker *drift = window.databaseActions()->driftTracker();
        waitFor([drift] { return drift->hasResult() || !drift->error().isEmpty(); });
        window.selection()->clear();
        // The page alone above, as after opening the project: room for the list.
        window.editorArea()->closeAll();
        window.panel<LogPanel>(PanelId::Log)->hide();
        ok &= save(&window, out, QStringLiteral("project-drift"), suffix);
    } else {
        qWarning("could not migrate %s for the drift screenshot", qPrintable(databasePath));
        ok = false;
    }

    // Database > Test All Packages: the two packages whose database.json changed without a migration
    // (scripts/screenshots.sh) fail their schema step, listed in the Problems dock.
    {
        PackageTestRunner *tests = window.databaseActions()->testRunner();
        bool tested = false;
        QObject::connect(tests, &PackageTestRunner::finished, &window, [&tested] { tested = true; });
        tests->start({});
        waitFor([&tested] { return tested; });
        ok &= tested;
        window.panel<LogPanel>(PanelId::Log)->hide();
        ok &= save(&window, out, QStringLiteral("test-packages"), suffix);
    }
    return ok ? 0 : 1;
}
