#include <strata/reload/ProjectReloader.h>

#include <strata/common/Logging.h>
#include <strata/loading/PackageScanner.h>
#include <strata/loading/ProjectConfigLoader.h>
#include <strata/registration/PluginLoader.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata {

namespace {

// A package folder without its database.json is no package (a dangling link still counts: it is
// reported as unreadable, as discovery does).
bool databaseJsonGone(const QString &folder)
{
    const QFileInfo databaseJson(folder + QStringLiteral("/database.json"));
    return !databaseJson.exists() && !databaseJson.isSymLink();
}

QHash<QString, Diagnostics> byPackage(const Diagnostics &diagnostics)
{
    QHash<QString, Diagnostics> grouped;
    for (const Diagnostic &d : diagnostics)
        grouped[d.package].append(d);
    return grouped;
}

// The job runs on a thread of the global pool and waits there while the packages load on the
// pool: without giving its place back, a 2-core machine (a pool of two) would load on one thread.
class PoolPlaceGivenBack
{
public:
    PoolPlaceGivenBack() { QThreadPool::globalInstance()->releaseThread(); }
    ~PoolPlaceGivenBack() { QThreadPool::globalInstance()->reserveThread(); }
    PoolPlaceGivenBack(const PoolPlaceGivenBack &) = delete;
    PoolPlaceGivenBack &operator=(const PoolPlaceGivenBack &) = delete;
};

// Findings of the last read of the plugins folders, replaced by those of the next.
bool isPluginProblem(const Diagnostic &d)
{
    return d.hasCode(DiagnosticCode::PluginFolderMissing) || d.hasCode(DiagnosticCode::PluginNotLoadable)
        || d.hasCode(DiagnosticCode::PluginWrongInterface);
}

QSet<QString> keysOf(const Diagnostics &diagnostics)
{
    QSet<QString> keys;
    for (const Diagnostic &d : diagnostics)
        keys.insert(d.code + QLatin1Char('\n') + d.message);
    return keys;
}

// Whether strata.json says something else now: its settings, or its findings. A save that changed
// nothing (or only spacing) is not "strata.json changed".
bool sameProjectSettings(const ProjectConfig &a, const ProjectConfig &b)
{
    // Findings about strata.json itself; those of the discovery (an unreadable folder) are not its.
    const auto findings = [](const ProjectConfig &config) {
        QStringList keys;
        for (const Diagnostic &d : config.diagnostics) {
            if (d.location.file == config.file)
                keys.append(d.code + QLatin1Char('\n') + d.message);
        }
        keys.sort();
        return keys;
    };
    return a.file == b.file && a.packageGlobs == b.packageGlobs && a.dialect == b.dialect
        && a.workspaceTable == b.workspaceTable && a.database == b.database
        && a.rules.tablePrefix == b.rules.tablePrefix && a.rules.requireWorkspaceScope == b.rules.requireWorkspaceScope
        && a.rules.requireComments == b.rules.requireComments && a.disabledCodes == b.disabledCodes
        && a.pluginFolders == b.pluginFolders
        && findings(a) == findings(b);
}

// What a reload changed, package by package. `before` holds the earlier versions (by registry key)
// of the packages in `read` and `removedKeys`; packages not read again are named too when their
// findings changed (a dependency of theirs did).
ReloadSummary describeChanges(const QHash<QString, PackageDefinition> &before, const QList<PackageDefinition> &read,
                              const QStringList &removedKeys, const Diagnostics &diagnosticsBefore,
                              const Diagnostics &diagnosticsAfter)
{
    const auto oldByPackage = byPackage(diagnosticsBefore);
    const auto newByPackage = byPackage(diagnosticsAfter);
    ReloadSummary summary;
    QSet<QString> described;
    for (const PackageDefinition &package : read) {
        const auto old = before.constFind(Registry::keyOf(package));
        const PackageDefinition *oldPackage = old == before.cend() ? nullptr : &*old;
        summary.packages.append(comparePackages(oldPackage, &package,
                                                oldByPackage.value(oldPackage ? oldPackage->name : package.name),
                                                newByPackage.value(package.name)));
        described.insert(package.name);
    }
    for (const QString &key : removedKeys) {
        const PackageDefinition &old = before[key];
        summary.packages.append(comparePackages(&old, nullptr, oldByPackage.value(old.name), {}));
        described.insert(old.name);
    }
    QSet<QString> names;
    for (auto it = oldByPackage.cbegin(); it != oldByPackage.cend(); ++it)
        names.insert(it.key());
    for (auto it = newByPackage.cbegin(); it != newByPackage.cend(); ++it)
        names.insert(it.key());
    QStringList unread(names.cbegin(), names.cend());
    unread.sort();
    for (const QString &name : std::as_const(unread)) {
        if (described.contains(name))
            continue;
        PackageChange change;
        change.package = name.isEmpty() ? QStringLiteral("strata.json") : name;
        const QSet<QString> old = keysOf(oldByPackage.value(name));
        const QSet<QString> now = keysOf(newByPackage.value(name));
        change.problemsFixed = int((old - now).size());
        change.problemsNew = int((now - old).size());
        if (!change.isEmpty())
            summary.packages.append(change);
    }
    const QSet<QString> oldKeys = keysOf(diagnosticsBefore);
    for (const Diagnostic &d : diagnosticsAfter) {
        if (!oldKeys.contains(d.code + QLatin1Char('\n') + d.message))
            summary.newDiagnostics.append(d);
    }
    return summary;
}

} // namespace

ProjectReloader::ProjectReloader(Registry &registry, QObject *parent) : QObject(parent), m_registry(registry)
{
    qRegisterMetaType<Strata::ReloadSummary>();
    connect(&m_watcher, &FileWatcher::changed, this, &ProjectReloader::onPathsChanged);
    connect(&m_watcher, &FileWatcher::pollingStarted, this, &ProjectReloader::pollingStarted);
    connect(&m_future, &QFutureWatcher<Outcome>::finished, this, &ProjectReloader::finishJob);
}

ProjectReloader::~ProjectReloader()
{
    m_future.waitForFinished();
}

void ProjectReloader::open(const QString &root)
{
    m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    m_loadedOnce = false;
    m_folders.clear();
    m_visited.clear();
    m_visitedSet.clear();
    m_watches.clear();
    clearPlugins();
    m_queued.reset();
    // A load of the project shown before must not land in the registry after this one starts.
    m_discardRunning = m_running;
    startJob(Job{true, {}});
}

void ProjectReloader::close()
{
    m_root.clear();
    m_folders.clear();
    m_visited.clear();
    m_visitedSet.clear();
    m_watches.clear();
    clearPlugins();
    m_queued.reset();
    m_discardRunning = m_running;
    m_watcher.setPaths({}, {});
}

void ProjectReloader::reloadAll()
{
    startJob(Job{true, {}});
}

void ProjectReloader::waitForIdle()
{
    while (m_running) {
        m_future.waitForFinished();
        QCoreApplication::sendPostedEvents(); // let `finished` arrive and the next queued job start
        QCoreApplication::processEvents();
    }
}

void ProjectReloader::onPathsChanged(const QStringList &paths)
{
    Job job;
    const QString config = m_root + QStringLiteral("/strata.json");
    for (const QString &path : paths) {
        if (path == config) {
            job.full = true;
            break;
        }
        for (const QString &folder : std::as_const(m_folders)) {
            if (path == folder || path.startsWith(folder + QLatin1Char('/')))
                job.folders.insert(folder);
        }
        if (isPluginPath(path))
            job.plugins = true;
        // A folder's entries changed: packages may have appeared or gone below it. A file that
        // changed in place cannot make or unmake a package, so it needs no discovery.
        if (m_visitedSet.contains(path))
            job.rewalk.insert(path);
    }
    startJob(job);
}

void ProjectReloader::startJob(Job job)
{
    if (m_running) {
        if (!m_queued)
            m_queued = Job{};
        m_queued->full = m_queued->full || job.full;
        m_queued->folders.unite(job.folders);
        m_queued->rewalk.unite(job.rewalk);
        m_queued->plugins = m_queued->plugins || job.plugins;
        return;
    }
    m_running = true;
    job.skippedCodes = m_registry.skippedCodes();
    if (job.full)
        Q_EMIT loadingStarted();
    // Progress is reported from the worker: hand it to this object's thread. The destructor waits
    // for the job, so `this` outlives every call.
    Progress progress;
    if (job.full || m_folders.isEmpty()) {
        progress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] {
                if (!m_discardRunning)
                    Q_EMIT loadProgress(done, total);
            }, Qt::QueuedConnection);
        };
    }
    m_future.setFuture(QtConcurrent::run(&ProjectReloader::runJob, m_root, m_registry.project(),
                                         Known{m_folders, m_visited, m_watches, m_pluginKeys, m_pluginFiles}, job,
                                         progress));
}

ProjectReloader::Outcome ProjectReloader::runJob(const QString &root, const ProjectConfig &current,
                                                 const Known &known, const Job &job, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    outcome.startedAt = FileWatcher::readClock();
    outcome.full = job.full || known.folders.isEmpty();
    outcome.project = outcome.full ? loadProjectConfig(root) : current;
    if (outcome.full) {
        // Unreadable folders are found again by every discovery: drop the last one's findings first.
        outcome.project.diagnostics.removeIf([](const Diagnostic &d) { return d.hasCode(DiagnosticCode::FolderUnreadable); });
        outcome.folders = PackageScanner::discover(outcome.project, &outcome.visitedFolders, &outcome.project.diagnostics);
        outcome.rediscovered = true;
    } else {
        discoverAgain(known, withGonePackagesRewalked(job), outcome);
    }
    const QStringList &knownFolders = known.folders;
    const PoolPlaceGivenBack waiting;
    if (outcome.full) {
        const int total = int(outcome.folders.size());
        if (progress)
            progress(0, total);
        // In slices, so that a large project can say how far it got; each slice still loads in parallel.
        const int slice = qMax(32, total / 20);
        if (!progress || total <= slice) {
            outcome.packages = PackageScanner::loadAll(outcome.folders, outcome.project);
        } else {
            outcome.packages.reserve(total);
            for (int from = 0; from < total; from += slice) {
                outcome.packages.append(PackageScanner::loadAll(outcome.folders.mid(from, slice), outcome.project));
                progress(int(outcome.packages.size()), total);
            }
        }
        if (progress && total <= slice)
            progress(total, total);
        dropPackagesThatWent(knownFolders, outcome);
        readPlugins(known, outcome);
        // Validated here, not on the GUI thread: it then only takes the result over.
        outcome.prepared = std::make_shared<Registry>();
        outcome.prepared->setSkippedCodes(job.skippedCodes);
        outcome.prepared->setProject(outcome.project, outcome.packages);
        outcome.prepared->moveToThread(QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr);
    } else {
        const QSet<QString> now(outcome.folders.cbegin(), outcome.folders.cend());
        const QSet<QString> before(knownFolders.cbegin(), knownFolders.cend());
        QStringList toLoad;
        for (const QString &folder : std::as_const(outcome.folders)) {
            if (!before.contains(folder) || job.folders.contains(folder))
                toLoad.append(folder);
        }
        for (const QString &folder : knownFolders) {
            if (!now.contains(folder))
                outcome.removedKeys.append(folder);
        }
        outcome.packages = PackageScanner::loadAll(toLoad, outcome.project);
        dropPackagesThatWent(knownFolders, outcome);
        if (job.plugins) {
            readPlugins(known, outcome);
        } else {
            outcome.pluginKeys = known.pluginKeys;
            outcome.pluginFiles = known.pluginFiles;
        }
    }
    computeWatches(root, known.watches, outcome);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

// A package folder whose database.json is gone is no longer a package: discovery below it says what
// it is now (nothing, or packages further down). Without this, a folder deleted file by file could be
// read between its database.json going and the folder going, as a package that cannot be read.
ProjectReloader::Job ProjectReloader::withGonePackagesRewalked(const Job &job)
{
    Job effective = job;
    for (const QString &folder : job.folders) {
        if (databaseJsonGone(folder))
            effective.rewalk.insert(folder);
    }
    return effective;
}

// The same race one step later: a folder deleted file by file can lose its database.json after the
// discovery looked and before (or while) the package was read. Such a package is gone, not
// unreadable: it is dropped here, and removed if it was known. The deletion's own file event then
// walks the folder again (withGonePackagesRewalked), which finds whatever is below it now.
void ProjectReloader::dropPackagesThatWent(const QStringList &knownFolders, Outcome &outcome)
{
    outcome.packages.removeIf([&](const PackageDefinition &package) {
        if (package.directory.isEmpty() || !databaseJsonGone(package.directory))
            return false;
        outcome.folders.removeOne(package.directory);
        if (knownFolders.contains(package.directory))
            outcome.removedKeys.append(package.directory);
        return true;
    });
}

// Discovery again, only below the folders that changed: a project of a thousand packages has
// thousands of folders, and walking them all for every saved file would cost more than the rest
// of the reload.
void ProjectReloader::discoverAgain(const Known &known, const Job &job, Outcome &outcome)
{
    if (job.rewalk.isEmpty()) {
        outcome.folders = known.folders;
        outcome.visitedFolders = known.visited;
        return;
    }
    // The outermost changed folders: walking one covers the changed folders below it.
    QStringList roots(job.rewalk.cbegin(), job.rewalk.cend());
    std::sort(roots.begin(), roots.end());
    QStringList outermost;
    for (const QString &folder : std::as_const(roots)) {
        if (outermost.isEmpty() || !(folder == outermost.last() || folder.startsWith(outermost.last() + QLatin1Char('/'))))
            outermost.append(folder);
    }
    const auto below = [&outermost](const QString &path) {
        for (const QString &root : outermost) {
            if (path == root || path.startsWith(root + QLatin1Char('/')))
                return true;
        }
        return false;
    };
    // What is outside the changed folders stays as it was; what is inside is looked for again.
    Diagnostics &diagnostics = outcome.project.diagnostics;
    diagnostics.removeIf([&](const Diagnostic &d) { return d.hasCode(DiagnosticCode::FolderUnreadable) && below(d.location.file); });
    for (const QString &folder : known.folders) {
        if (!below(folder))
            outcome.folders.append(folder);
    }
    for (const QString &folder : known.visited) {
        if (!below(folder))
            outcome.visitedFolders.append(folder);
    }
    for (const QString &root : std::as_const(outermost))
        outcome.folders += PackageScanner::discoverBelow(outcome.project, root, &outcome.visitedFolders, &diagnostics);
    std::sort(outcome.folders.begin(), outcome.folders.end());
    outcome.rediscovered = true;
}

// The plugins folders, read again as a whole: a plugin whose file has not changed is not loaded
// again (registration/PluginLoader.cpp keeps each build it loaded), so this costs a listing and a stat
// per library. A plugin that went is removed by its key, its file.
void ProjectReloader::readPlugins(const Known &known, Outcome &outcome)
{
    PluginPackages plugins = loadPluginPackages(outcome.project);
    Diagnostics &diagnostics = outcome.project.diagnostics;
    diagnostics.removeIf(isPluginProblem);
    diagnostics.append(plugins.problems);
    for (const PackageDefinition &package : std::as_const(plugins.packages))
        outcome.pluginKeys.append(Registry::keyOf(package));
    if (!outcome.full) {
        for (const QString &key : known.pluginKeys) {
            if (!outcome.pluginKeys.contains(key))
                outcome.removedKeys.append(key);
        }
    }
    outcome.pluginFiles = plugins.files;
    outcome.packages.append(std::move(plugins.packages));
}

bool ProjectReloader::isPluginPath(const QString &path) const
{
    return m_pluginFolders.contains(path) || m_pluginFolders.contains(QFileInfo(path).path());
}

void ProjectReloader::clearPlugins()
{
    m_pluginKeys.clear();
    m_pluginFiles.clear();
    m_pluginFolders.clear();
}

// What the watcher should watch after this job: the files of the packages read now, and those of
// the others as they were (a reload of one package of a thousand looks at one package's files).
void ProjectReloader::computeWatches(const QString &root, const Watches &known, Outcome &outcome)
{
    outcome.watches = outcome.full ? Watches() : known;
    for (const QString &key : std::as_const(outcome.removedKeys))
        outcome.watches.remove(key);
    for (const PackageDefinition &package : std::as_const(outcome.packages)) {
        const QString key = Registry::keyOf(package);
        if (package.directory.isEmpty()) {
            outcome.watches.remove(key);
            continue;
        }
        QStringList files{package.directory + QStringLiteral("/database.json")};
        // package.json is optional: only watch it where it exists (its folder's watch sees it appear).
        const QString manifest = package.directory + QStringLiteral("/package.json");
        if (QFileInfo::exists(manifest))
            files.append(manifest);
        if (!package.migrationsDir.isEmpty()) {
            files.append(package.migrationsDir + QLatin1Char('/')); // the folder; marked by the slash
            for (const Migration &migration : package.migrations) {
                if (!migration.file.isEmpty())
                    files.append(migration.file);
            }
        }
        outcome.watches.insert(key, files);
    }
    outcome.watchFiles = {root + QStringLiteral("/strata.json")};
    outcome.watchFolders = outcome.visitedFolders;
    // A plugin rebuilt by writing a new file shows in its folder; one written in place, in the file.
    // A plugins folder that is missing is polled until it appears.
    outcome.watchFiles += outcome.pluginFiles;
    outcome.watchFolders += outcome.project.pluginFolderPaths();
    for (auto it = outcome.watches.cbegin(); it != outcome.watches.cend(); ++it) {
        for (const QString &path : it.value()) {
            if (path.endsWith(QLatin1Char('/')))
                outcome.watchFolders.append(path.chopped(1));
            else
                outcome.watchFiles.append(path);
        }
    }
}

void ProjectReloader::finishJob()
{
    if (m_discardRunning) {
        // Read for a project that is no longer open (or for an earlier open of it): drop it.
        m_discardRunning = false;
        m_running = false;
        if (m_queued && !m_root.isEmpty()) {
            const Job next = *m_queued;
            m_queued.reset();
            startJob(next);
        }
        return;
    }
    const Outcome outcome = m_future.result();
    QElapsedTimer timer;
    timer.start();

    if (outcome.full) {
        const bool first = !m_loadedOnce;
        m_loadedOnce = true;
        // What the project was, to say what the full read changed (the trigger may have been
        // strata.json, or a folder that could not be followed by parts).
        QHash<QString, PackageDefinition> before;
        QStringList removedKeys;
        const ProjectConfig projectBefore = m_registry.project();
        const Diagnostics diagnosticsBefore = m_registry.diagnostics();
        if (!first) {
            QSet<QString> keysNow;
            for (const PackageDefinition &package : outcome.packages)
                keysNow.insert(Registry::keyOf(package));
            for (const PackageDefinition &package : m_registry.packages()) {
                before.insert(Registry::keyOf(package), package);
                if (!keysNow.contains(Registry::keyOf(package)))
                    removedKeys.append(Registry::keyOf(package));
            }
        }
        if (outcome.prepared)
            m_registry.adopt(*outcome.prepared);
        else
            m_registry.setProject(outcome.project, outcome.packages);
        m_folders = outcome.folders;
        m_visited = outcome.visitedFolders;
        m_visitedSet = QSet<QString>(m_visited.cbegin(), m_visited.cend());
        updateWatches(outcome);
        qCDebug(lcReload) << "loaded" << outcome.packages.size() << "packages in" << outcome.elapsedMs << "ms";
        Q_EMIT loaded(int(outcome.packages.size()), outcome.elapsedMs + timer.elapsed());
        if (!first) {
            ReloadSummary summary = describeChanges(before, outcome.packages, removedKeys, diagnosticsBefore,
                                                    m_registry.diagnostics());
            summary.fullReload = true;
            summary.projectReloaded = !sameProjectSettings(projectBefore, m_registry.project());
            summary.elapsedMs = outcome.elapsedMs + timer.elapsed();
            qCDebug(lcReload).noquote() << "reloaded all in" << summary.elapsedMs << "ms:" << summary.toText();
            Q_EMIT reloaded(summary);
        }
    } else {
        // What the packages were, to say what changed.
        QHash<QString, PackageDefinition> before;
        for (const PackageDefinition &package : outcome.packages) {
            if (const PackageDefinition *old = m_registry.packageByKey(Registry::keyOf(package)))
                before.insert(Registry::keyOf(package), *old);
        }
        for (const QString &key : outcome.removedKeys) {
            if (const PackageDefinition *old = m_registry.packageByKey(key))
                before.insert(key, *old);
        }
        const Diagnostics diagnosticsBefore = m_registry.diagnostics();
        m_registry.applyChanges(outcome.packages, outcome.removedKeys, &outcome.project.diagnostics);
        m_folders = outcome.folders;
        if (outcome.rediscovered) {
            m_visited = outcome.visitedFolders;
            m_visitedSet = QSet<QString>(m_visited.cbegin(), m_visited.cend());
        }
        ReloadSummary summary = describeChanges(before, outcome.packages, outcome.removedKeys, diagnosticsBefore,
                                                m_registry.diagnostics());
        updateWatches(outcome);
        summary.elapsedMs = outcome.elapsedMs + timer.elapsed();
        qCDebug(lcReload).noquote() << "reloaded in" << summary.elapsedMs << "ms:" << summary.toText();
        Q_EMIT reloaded(summary);
    }

    m_running = false;
    if (m_queued) {
        const Job next = *m_queued;
        m_queued.reset();
        startJob(next);
    }
}

void ProjectReloader::updateWatches(const Outcome &outcome)
{
    m_pluginKeys = outcome.pluginKeys;
    m_pluginFiles = outcome.pluginFiles;
    const QStringList pluginFolders = m_registry.project().pluginFolderPaths();
    m_pluginFolders = QSet<QString>(pluginFolders.cbegin(), pluginFolders.cend());
    // Worked out by the job: here only the watcher's own difference is left to the GUI thread.
    m_watches = outcome.watches;
    // What changed between the read and a watch being in place is reported once it is.
    m_watcher.setPaths(outcome.watchFiles, outcome.watchFolders, outcome.startedAt);
}

} // namespace Strata
