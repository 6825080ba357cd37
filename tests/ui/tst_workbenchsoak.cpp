// The hot-reload soak in the workbench: the random file events of tests/support/ReloadSoak.h on a
// project open in the real window. After every quiet period the window's registry must be exactly a
// fresh load of the disk, the reloads' reports true, and the packages tree and the problems list
// exactly what a window that opened the project fresh would show.
// STRATA_SOAK_EVENTS sets the number of file events (default 5,000).

#include "MainWindow.h"
#include <strata/diff/MigratedSchema.h>
#include <strata/diff/SchemaDiff.h>
#include "diff/SchemaDiffTracker.h"
#include "RegistryDescription.h"
#include "ReloadSoak.h"
#include "TestSupport.h"
#include <strata/loading/PackageScanner.h>
#include <strata/loading/ProjectConfigLoader.h>
#include <strata/model/ProjectConfig.h>
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include "project/ProjectSession.h"
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Strata;
using namespace Strata::Test;
using namespace Strata::Ui;

namespace {

// Every row of the tree with what it shows (text, state, counts), depth first.
QStringList dumpTree(PackageTreeModel &model)
{
    model.fetchAll();
    QStringList lines;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            QStringList cells;
            // A migration's details show its state on the database, which the status tracker reads
            // on its own schedule after a reload; the reload's part is the row itself.
            const bool migration = index.data(PackageTreeModel::KindRole).toInt() == int(PackageTreeModel::Kind::Migration);
            for (int column = 0; column < (migration ? 1 : model.columnCount(parent)); ++column)
                cells.append(model.index(row, column, parent).data().toString());
            lines.append(QString(depth * 2, u' ') + cells.join(QStringLiteral(" | "))
                         + QStringLiteral(" state %1 errors %2 warnings %3")
                               .arg(index.data(PackageTreeModel::StateRole).toInt())
                               .arg(index.data(PackageTreeModel::ErrorCountRole).toInt())
                               .arg(index.data(PackageTreeModel::WarningCountRole).toInt()));
            walk(index, depth + 1);
        }
    };
    walk({}, 0);
    return lines;
}

QStringList dumpProblems(const ProblemsModel &model)
{
    QStringList lines;
    for (const Diagnostic &d : model.diagnostics())
        lines.append(QStringLiteral("%1 %2:%3:%4 %5 %6").arg(d.code, d.location.file).arg(d.location.line).arg(d.location.column).arg(d.package, d.message));
    lines.sort();
    return lines;
}

} // namespace

class TestWorkbenchSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_workbenchsoak"));
    }

    void randomFileEventsEndInWhatAFreshWindowShows()
    {
        const int events = qEnvironmentVariableIntValue("STRATA_SOAK_EVENTS") > 0
            ? qEnvironmentVariableIntValue("STRATA_SOAK_EVENTS") : 5000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SoakProject soak(3);
        QVERIFY2(soak.create(dir.path()), qPrintable(soak.error()));

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ProjectReloader &reloader = *window.session()->reloader();
        PackageTreeModel *windowTree = window.panel<PackagesPanel>(PanelId::Packages)->model();
        const ProblemsModel *windowProblems = window.panel<ProblemsPanel>(PanelId::Problems)->model();
        QList<ReloadSummary> summaries;
        connect(&reloader, &ProjectReloader::reloaded, this, [&](const ReloadSummary &summary) { summaries.append(summary); });
        window.openProject(dir.path()); // right after the files were written, as a copied project is opened
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 20000);
        reloader.watcher().setDebounce(20);
        QVERIFY(waitForQuiet(reloader, 20000));
        for (const ReloadSummary &summary : std::as_const(summaries))
            QVERIFY2(summary.isEmpty(), qPrintable(QStringLiteral("nothing changed after the load, yet: ") + summary.toText()));

        QRandomGenerator lengths(11);
        int done = 0;
        int periods = 0;
        while (done < events) {
            soak.beginPeriod();
            summaries.clear();
            const auto before = packagesOf(*window.session()->registry());
            const int steps = 1 + lengths.bounded(12);
            for (int i = 0; i < steps; ++i) {
                const int made = soak.step();
                QVERIFY2(made > 0, qPrintable(soak.error()));
                done += made;
            }
            QVERIFY2(waitForQuiet(reloader, 30000), "the reloader did not come to rest");
            ++periods;
            const QString where = QStringLiteral("after %1 events, period %2 (%3):\n")
                                      .arg(done)
                                      .arg(periods)
                                      .arg(soak.periodLog().join(QStringLiteral("; ")));
            const QString wrong = checkQuietPeriod(soak, before, *window.session()->registry(), summaries);
            if (!wrong.isEmpty())
                QFAIL(qPrintable(where + wrong));

            // The views: what a window opened on the disk as it is now would show.
            const ProjectConfig config = loadProjectConfig(dir.path());
            Registry fresh;
            fresh.setProject(config, PackageScanner::loadAll(PackageScanner::discover(config, nullptr, nullptr), config));
            PackageTreeModel freshTree(&fresh);
            // The packages whose database.json differs from their migrations, as the window's
            // tracker works it out once it has caught up.
            SchemaDiffTracker *tracker = window.schemaDiffTracker();
            QTRY_VERIFY_WITH_TIMEOUT(tracker->isIdle(), 30000);
            const Result<MigratedSchema> migrated
                = migratedSchema(*fresh.migrationGraph(), fresh.project().dialect);
            QVERIFY2(migrated.has_value(), qPrintable(migrated.errorMessage()));
            QHash<QString, int> counts;
            for (const PackageDiff &package : diffWithMigrations(fresh, *migrated).packages) {
                if (!package.differences.isEmpty())
                    counts.insert(package.package, int(package.differences.size()));
            }
            freshTree.setSchemaDifferences(counts);
            const QString treeDifference = firstDifference(dumpTree(*windowTree), dumpTree(freshTree));
            if (!treeDifference.isEmpty())
                QFAIL(qPrintable(where + QStringLiteral("the packages tree differs: ") + treeDifference));
            ProblemsModel freshProblems(&fresh);
            const QString problemsDifference = firstDifference(dumpProblems(*windowProblems), dumpProblems(freshProblems));
            if (!problemsDifference.isEmpty())
                QFAIL(qPrintable(where + QStringLiteral("the problems list differs: ") + problemsDifference));
        }
        qInfo("%d file events in %d quiet periods, each ending in what a fresh window shows", done, periods);
    }
};

QTEST_MAIN(TestWorkbenchSoak)
#include "tst_workbenchsoak.moc"
