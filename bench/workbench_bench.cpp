// strata-workbench-bench: the workbench window on a large project, measured the way a user meets it.
//
//   QT_QPA_PLATFORM=offscreen strata-workbench-bench [options] PROJECT
//
// It creates the real Strata::Ui::MainWindow, shows it and measures:
//  (a) first paint: from main() to the first paint event of any widget of the window;
//  (b) load: from openProject() to "fully loaded": the session's `loaded` signal, the package tree
//      listing every package, the problems list holding every finding of the registry, and the
//      graph panel showing the laid-out graph of every package. Meanwhile a 10 ms timer records the
//      longest gap between its ticks: the longest time the GUI thread could not handle events;
//  (c) reload: rewrites one package's database.json (adds a table whose foreign key points to a
//      missing table, a new error), then measures from the file watcher's debounced `changed`
//      signal (the moment ProjectReloader starts reading the package) until every view shows it:
//      the package tree lists the new table, the problems list holds the new error, and the graph
//      panel has shown a graph built after the change (laid out again if its shape changed). Runs
//      several times; the file is restored at the end;
//  (d) the package graph layout: GraphLayoutJob started -> finished (off the GUI thread), from the
//      load, then from "Arrange" several times.
// Nothing else is changed: the settings go to a temporary folder (XDG_CONFIG_HOME).

#include "MainWindow.h"
#include "graph/GraphData.h"
#include "graph/GraphLayoutJob.h"
#include "graph/GraphPanel.h"
#include "graph/GraphScene.h"
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"
#include "project/ProjectSession.h"
#include <strata/registry/Registry.h>
#include <strata/reload/FileWatcher.h>
#include <strata/reload/ProjectReloader.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <functional>

using namespace Strata;
using namespace Strata::Ui;

namespace {

QElapsedTimer g_clock; // since main()

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// CPU time of the calling thread (the GUI thread, where it is called): what the GUI thread did.
double threadCpuMs()
{
    timespec spec{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return spec.tv_sec * 1e3 + spec.tv_nsec / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// The longest gap between ticks of a 10 ms timer: how long the GUI thread was busy at a stretch.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = nowMs();
            const double gap = now - m_last;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEnd = now;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestEnd = 0;
        m_last = nowMs();
        m_timer.start();
    }
    // The longest gap, counting the one still open.
    double stop()
    {
        m_timer.stop();
        const double gap = nowMs() - m_last;
        if (gap > m_longest) {
            m_longest = gap;
            m_longestEnd = nowMs();
        }
        return m_longest;
    }
    double longestEnd() const { return m_longestEnd; }

private:
    QTimer m_timer;
    double m_last = 0;
    double m_longest = 0;
    double m_longestEnd = 0;
};

// Runs the event loop until `done()` holds (checked every millisecond) or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (done())
        return true;
    check.start();
    loop.exec();
    return done();
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window) : m_window(window) {}
    double at = -1;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (at < 0 && event->type() == QEvent::Paint) {
            if (auto *widget = qobject_cast<QWidget *>(object); widget && widget->window() == m_window)
                at = nowMs();
        }
        return false;
    }

private:
    QWidget *m_window;
};

QModelIndex packageRow(const PackageTreeModel &model, const QString &package)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(PackageTreeModel::PackageRole).toString() == package)
            return index;
    }
    return {};
}

// The package's table rows are built when first asked for (as a view expands them): findItem asks.
bool treeHasTable(const PackageTreeModel &model, const QString &package, const QString &table)
{
    return model.findItem(package, table).isValid();
}

bool problemsMention(const ProblemsModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ProblemsModel::MessageColumn).data().toString().contains(text))
            return true;
    }
    return false;
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats statsOf(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.median = values.at(values.size() / 2);
    s.min = values.first();
    s.max = values.last();
    return s;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    g_clock.start();
    // The window saves its geometry and recent projects: keep them away from the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("strata-bench"));
    QApplication::setApplicationName(QStringLiteral("strata-workbench-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the workbench window on a project: first paint, load, reload, graph layout."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder (strata-generate makes one)."));
    parser.addOption({QStringLiteral("reloads"), QStringLiteral("Reload runs (default 7)."), QStringLiteral("n"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("layouts"), QStringLiteral("Extra package graph layouts through Arrange (default 3)."), QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("package"), QStringLiteral("Folder (under the project) of the package to rewrite; default: the middle package."), QStringLiteral("folder")});
    parser.addOption({QStringLiteral("graph"), QStringLiteral("Graph the panel shows: packages (default) or tables."), QStringLiteral("kind"), QStringLiteral("packages")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each step (default 300)."), QStringLiteral("s"), QStringLiteral("300")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString project = QDir(parser.positionalArguments().constFirst()).absolutePath();
    const int timeoutMs = parser.value(QStringLiteral("timeout")).toInt() * 1000;
    const bool tablesGraph = parser.value(QStringLiteral("graph")) == u"tables";
    QTextStream out(stdout);
    int status = 0;
    auto fail = [&](const QString &what) {
        out << QStringLiteral("FAILED: %1\n").arg(what);
        out.flush();
        status = 1;
    };

    out << QStringLiteral("project: %1\ncores: %2\nload average at start: %3\n")
               .arg(project)
               .arg(QThread::idealThreadCount())
               .arg(loadAverage());

    // (a) first paint
    const double beforeWindow = nowMs();
    MainWindow window;
    const double windowBuilt = nowMs();
    FirstPaint firstPaint(&window);
    app.installEventFilter(&firstPaint);
    window.show();
    if (!waitUntil([&] { return firstPaint.at >= 0; }, timeoutMs))
        fail(QStringLiteral("the window never painted"));
    app.removeEventFilter(&firstPaint);
    out << QStringLiteral("(a) first paint: %1 ms after main() (QApplication %2 ms, MainWindow constructor %3 ms)\n")
               .arg(ms(firstPaint.at), ms(beforeWindow), ms(windowBuilt - beforeWindow));

    const PackageTreeModel &treeModel = *window.panel<PackagesPanel>(PanelId::Packages)->model();
    const ProblemsModel &problemsModel = *window.panel<ProblemsPanel>(PanelId::Problems)->model();
    auto *panel = window.panel<GraphPanel>(PanelId::Graph);
    if (!panel) {
        fail(QStringLiteral("no graph panel in the graph dock"));
        return status;
    }
    panel->setGraphKind(tablesGraph ? GraphKind::Tables : GraphKind::Packages);
    GraphScene *scene = panel->scene();
    ProjectSession *session = window.session();
    const Registry &registry = *session->registry();

    // Layout jobs of the panel, for (b) and (d).
    double layoutStarted = -1;
    QList<double> layoutWall;
    QList<double> layoutGraphviz;
    bool layoutOnGui = false;
    QObject::connect(&scene->layoutJob(), &GraphLayoutJob::started, &app, [&] { layoutStarted = nowMs(); });
    QObject::connect(&scene->layoutJob(), &GraphLayoutJob::finished, &app, [&](const LayoutResult &result) {
        if (layoutStarted >= 0)
            layoutWall.append(nowMs() - layoutStarted);
        layoutGraphviz.append(double(result.elapsedMs));
        layoutOnGui = layoutOnGui || result.ranOnGuiThread;
        if (!result.ok())
            fail(QStringLiteral("layout: %1").arg(result.error));
    });
    int graphsShown = 0;
    QObject::connect(scene, &GraphScene::graphChanged, &app, [&] { ++graphsShown; });

    // (b) load
    // Milestones of the load, to tell where the GUI thread spent it: the last progress report (the
    // worker has read every package), Registry::reset (the registry rebuilt; the models, connected
    // before us, have reset too), Registry::diagnosticsChanged, the reloader's and session's `loaded`.
    double loadedAt = -1, readAt = -1, resetAt = -1, diagnosticsAt = -1, reloaderLoadedAt = -1;
    QObject::connect(session, &ProjectSession::loaded, &app, [&] { loadedAt = nowMs(); });
    QObject::connect(session->reloader(), &ProjectReloader::loadProgress, &app, [&](int done, int total) {
        if (done == total)
            readAt = nowMs();
    });
    QObject::connect(&registry, &Registry::reset, &app, [&] { resetAt = nowMs(); });
    QObject::connect(&registry, &Registry::diagnosticsChanged, &app, [&] {
        if (diagnosticsAt < 0)
            diagnosticsAt = nowMs();
    });
    QObject::connect(session->reloader(), &ProjectReloader::loaded, &app, [&] { reloaderLoadedAt = nowMs(); });
    StallMonitor stalls;
    stalls.start();
    const double cpuBefore = cpuMs();
    const double openAt = nowMs();
    window.openProject(project);
    const double openReturned = nowMs();
    double treeAt = -1, problemsAt = -1, graphAt = -1;
    const bool loaded = waitUntil([&] {
        if (loadedAt < 0)
            return false;
        const int packages = int(registry.packages().size());
        if (treeAt < 0 && treeModel.rowCount() == packages)
            treeAt = nowMs();
        if (problemsAt < 0 && problemsModel.rowCount() >= registry.diagnostics().size())
            problemsAt = nowMs();
        if (graphAt < 0 && !scene->isLayoutPending() && scene->layoutsApplied() > 0
            && scene->graph().nodes.size() >= (tablesGraph ? 1 : packages))
            graphAt = nowMs();
        return treeAt >= 0 && problemsAt >= 0 && graphAt >= 0;
    }, timeoutMs);
    const double loadStall = stalls.stop();
    const double fullyLoaded = std::max({treeAt, problemsAt, graphAt});
    if (!loaded)
        fail(QStringLiteral("the project did not finish loading"));
    int tables = 0;
    for (const PackageDefinition &package : registry.packages())
        tables += int(package.tables.size());
    out << QStringLiteral("project: %1 packages, %2 tables, %3 findings\n")
               .arg(registry.packages().size())
               .arg(tables)
               .arg(registry.diagnostics().size());
    out << QStringLiteral("(b) load: fully loaded %1 ms after openProject (openProject returned after %2 ms; "
                          "session loaded at %3 ms, tree at %4 ms, problems at %5 ms, graph laid out and shown at %6 ms); "
                          "longest GUI stall %7 ms (ending %8 ms after openProject); process CPU %9 ms\n")
               .arg(ms(fullyLoaded - openAt), ms(openReturned - openAt), ms(loadedAt - openAt), ms(treeAt - openAt),
                    ms(problemsAt - openAt), ms(graphAt - openAt), ms(loadStall), ms(stalls.longestEnd() - openAt),
                    ms(cpuMs() - cpuBefore));
    out << QStringLiteral("    milestones after openProject: packages read %1, registry reset (models reset) %2, "
                          "diagnostics changed %3, reloader loaded %4, session loaded %5\n")
               .arg(ms(readAt - openAt), ms(resetAt - openAt), ms(diagnosticsAt - openAt), ms(reloaderLoadedAt - openAt),
                    ms(loadedAt - openAt));
    out << QStringLiteral("    file watcher: %1\n")
               .arg(session->isPolling() ? QStringLiteral("polling (%1)").arg(session->pollingMessage()) : QStringLiteral("inotify"));
    out.flush();

    // (c) reload
    QString folder = parser.value(QStringLiteral("package"));
    if (folder.isEmpty()) {
        QStringList folders;
        for (const PackageDefinition &package : registry.packages())
            folders.append(package.directory);
        std::sort(folders.begin(), folders.end());
        folder = folders.value(folders.size() / 2);
    } else {
        folder = QDir(project).absoluteFilePath(folder);
    }
    QString packageName;
    for (const PackageDefinition &package : registry.packages()) {
        if (QDir(package.directory).absolutePath() == QDir(folder).absolutePath())
            packageName = package.name;
    }
    const QString file = folder + QStringLiteral("/database.json");
    QFile original(file);
    if (packageName.isEmpty() || !original.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1").arg(file));
        return status;
    }
    const QByteArray originalBytes = original.readAll();
    original.close();
    const QJsonObject originalJson = QJsonDocument::fromJson(originalBytes).object();
    auto writeFile = [&](const QByteArray &bytes) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            fail(QStringLiteral("cannot write %1").arg(file));
    };

    double debouncedAt = -1, reloadedAt = -1;
    qint64 reloaderMs = 0;
    QObject::connect(&session->reloader()->watcher(), &FileWatcher::changed, &app, [&] {
        if (debouncedAt < 0)
            debouncedAt = nowMs();
    });
    QObject::connect(session, &ProjectSession::reloaded, &app, [&](const ReloadSummary &summary) {
        reloadedAt = nowMs();
        reloaderMs = summary.elapsedMs;
    });

    const int runs = parser.value(QStringLiteral("reloads")).toInt();
    QList<double> reloadTimes, fromWrite, reloadStalls, reloaderTimes, reloadCpu, reloadGuiCpu;
    out << QStringLiteral("(c) reload of %1 (%2):\n").arg(packageName, QDir(project).relativeFilePath(file));
    for (int run = 0; run < runs; ++run) {
        const QString table = QStringLiteral("bench_reload_%1").arg(run);
        const QString missing = QStringLiteral("bench_missing_%1").arg(run);
        QJsonObject json = originalJson;
        QJsonArray tablesArray = json.value(QStringLiteral("tables")).toArray();
        tablesArray.append(QJsonObject{
            {QStringLiteral("name"), table},
            {QStringLiteral("columns"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")}, {QStringLiteral("type"), QStringLiteral("bigserial")},
                                    {QStringLiteral("primaryKey"), true}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("other_id")}, {QStringLiteral("type"), QStringLiteral("bigint")},
                                    {QStringLiteral("references"), QJsonObject{{QStringLiteral("table"), missing}}}}}}});
        json.insert(QStringLiteral("tables"), tablesArray);

        debouncedAt = reloadedAt = -1;
        const int shownBefore = graphsShown;
        const int layoutsBefore = int(layoutWall.size());
        stalls.start();
        const double writeAt = nowMs();
        const double cpuBefore = cpuMs();
        const double guiCpuBefore = threadCpuMs();
        writeFile(QJsonDocument(json).toJson());
        double doneAt = -1;
        const QString graphId = GraphIds::table(table);
        const bool ok = waitUntil([&] {
            if (reloadedAt < 0)
                return false;
            const QModelIndex row = packageRow(treeModel, packageName);
            if (!row.isValid() || !treeHasTable(treeModel, packageName, table))
                return false;
            if (!problemsMention(problemsModel, missing))
                return false;
            if (graphsShown == shownBefore || scene->isLayoutPending())
                return false;
            if (tablesGraph && !scene->graph().node(graphId))
                return false;
            doneAt = nowMs();
            return true;
        }, timeoutMs);
        const double stall = stalls.stop();
        const double cpu = cpuMs() - cpuBefore;
        const double guiCpu = threadCpuMs() - guiCpuBefore;
        if (!ok) {
            fail(QStringLiteral("reload %1 did not show in every view").arg(run));
            break;
        }
        reloadCpu.append(cpu);
        reloadGuiCpu.append(guiCpu);
        reloadTimes.append(doneAt - debouncedAt);
        fromWrite.append(doneAt - writeAt);
        reloadStalls.append(stall);
        reloaderTimes.append(double(reloaderMs));
        out << QStringLiteral("    run %1: %2 ms from the debounced change to every view updated (reloader done after %3 ms, "
                              "it reports %4 ms; %5 ms after the write; longest GUI stall %6 ms%7)\n")
                   .arg(run)
                   .arg(ms(doneAt - debouncedAt), ms(reloadedAt - debouncedAt))
                   .arg(reloaderMs)
                   .arg(ms(doneAt - writeAt), ms(stall),
                        int(layoutWall.size()) > layoutsBefore ? QStringLiteral(", graph laid out again") : QString())
            << QStringLiteral("      CPU from the write to every view: process %1 ms, GUI thread %2 ms\n").arg(ms(cpu), ms(guiCpu));
        out.flush();
        // Let the watcher settle before the next write.
        waitUntil([] { return false; }, 300);
    }
    writeFile(originalBytes);
    waitUntil([&] { return !problemsMention(problemsModel, QStringLiteral("bench_missing_")); }, 5000);

    // (d) package graph layout, off the GUI thread
    if (!tablesGraph) {
        const int layouts = parser.value(QStringLiteral("layouts")).toInt();
        for (int i = 0; i < layouts; ++i) {
            const int before = int(layoutWall.size());
            panel->arrangeAgain();
            if (!waitUntil([&] { return int(layoutWall.size()) > before; }, timeoutMs))
                fail(QStringLiteral("arrange did not finish"));
        }
    }

    out << QStringLiteral("\nsummary (ms)\n");
    out << QStringLiteral("first paint after main(): %1\n").arg(ms(firstPaint.at));
    out << QStringLiteral("open -> fully loaded: %1 (longest GUI stall %2)\n").arg(ms(fullyLoaded - openAt), ms(loadStall));
    const Stats r = statsOf(reloadTimes), w = statsOf(fromWrite), st = statsOf(reloadStalls), rr = statsOf(reloaderTimes);
    out << QStringLiteral("reload, debounced change -> every view: median %1, min %2, max %3 (runs: %4)\n")
               .arg(ms(r.median), ms(r.min), ms(r.max))
               .arg(reloadTimes.size());
    out << QStringLiteral("reload, reloader's own figure: median %1, max %2; write -> every view: median %3, max %4; "
                          "longest GUI stall: median %5, max %6\n")
               .arg(ms(rr.median), ms(rr.max), ms(w.median), ms(w.max), ms(st.median), ms(st.max));
    const Stats rc = statsOf(reloadCpu), rg = statsOf(reloadGuiCpu);
    out << QStringLiteral("reload CPU, write -> every view: process median %1, max %2; GUI thread median %3, max %4\n")
               .arg(ms(rc.median), ms(rc.max), ms(rg.median), ms(rg.max));
    const Stats lw = statsOf(layoutWall), lg = statsOf(layoutGraphviz);
    out << QStringLiteral("%1 graph layout (%2 nodes, %3 edges): wall median %4, min %5, max %6; in Graphviz median %7 "
                          "(layouts: %8, %9)\n")
               .arg(tablesGraph ? QStringLiteral("table") : QStringLiteral("package"))
               .arg(scene->graph().nodes.size())
               .arg(scene->graph().edges.size())
               .arg(ms(lw.median), ms(lw.min), ms(lw.max), ms(lg.median))
               .arg(layoutWall.size())
               .arg(layoutOnGui ? QStringLiteral("ON THE GUI THREAD") : QStringLiteral("off the GUI thread"));
    out << QStringLiteral("load average at end: %1\n").arg(loadAverage());
    out.flush();
    if (layoutOnGui)
        status = 1;
    window.close();
    return status;
}
