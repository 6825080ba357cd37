#pragma once

#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>
#include <strata/reload/FileWatcher.h>
#include <strata/reload/ReloadSummary.h>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Strata {

class Registry;

// Keeps a Registry in step with a project on disk. `open` loads the project off the calling
// thread; afterwards the watcher's changes are debounced, only the changed packages are read
// again (off the thread), and the registry gets them in one batch, which re-validates them and
// what depends on them. Changes that arrive during a reload cause another one, so the final state
// always matches the disk.
class ProjectReloader : public QObject
{
    Q_OBJECT

public:
    explicit ProjectReloader(Registry &registry, QObject *parent = nullptr);
    ~ProjectReloader() override;

    void open(const QString &root);
    void reloadAll();
    // Stops watching and forgets the project; a load still running is dropped when it ends.
    // The registry is left as it is (the caller clears it if it wants).
    void close();
    QString root() const { return m_root; }
    bool isLoading() const { return m_running; }
    FileWatcher &watcher() { return m_watcher; }
    // Waits until no load is running (tests and the CLI).
    void waitForIdle();

Q_SIGNALS:
    void loadingStarted();
    // Progress of a full load: `done` of `total` packages read (from 0 to total, a few times).
    void loadProgress(int done, int total);
    void loaded(int packages, qint64 elapsedMs); // the first load of a project, or a full reload
    void reloaded(const Strata::ReloadSummary &summary);
    void pollingStarted(const QString &message);

private:
    struct Job
    {
        bool full = false;         // read strata.json and everything again
        QSet<QString> folders;     // package folders to read again
        QSet<QString> rewalk;      // folders looked into before that changed: discover below them again
        bool plugins = false;      // a plugins folder or file changed: read the plugins again
        QStringList skippedCodes;  // the registry's, for the registry a full job builds
    };
    using Watches = QHash<QString, QStringList>; // by package key: the files of the package to watch
    struct Outcome
    {
        bool full = false;
        ProjectConfig project;
        QList<PackageDefinition> packages; // full: all; else the changed ones
        QStringList removedKeys;
        QStringList folders;        // every package folder now
        QStringList visitedFolders; // for the watcher
        bool rediscovered = false;  // folders and visitedFolders were looked for again (else as known)
        QStringList pluginKeys;     // the registry keys of the plugin packages now
        QStringList pluginFiles;    // every library in the plugins folders now (loaded or refused)
        // Full jobs: a registry built from `packages` on the worker (validating a large project
        // is most of a load), handed to the real one with Registry::adopt. Lives in the GUI thread.
        std::shared_ptr<Registry> prepared;
        Watches watches;            // of every package now
        QStringList watchFiles;     // everything to watch, worked out here rather than on the GUI thread
        QStringList watchFolders;
        qint64 elapsedMs = 0;
        qint64 startedAt = 0; // when the job began reading (FileWatcher::readClock()), for the watcher
    };

    void onPathsChanged(const QStringList &paths);
    void startJob(Job job);
    using Progress = std::function<void(int done, int total)>;
    struct Known
    {
        QStringList folders; // package folders as last read
        QStringList visited; // folders looked into by the last discovery
        Watches watches;
        QStringList pluginKeys;
        QStringList pluginFiles;
    };
    static Outcome runJob(const QString &root, const ProjectConfig &current, const Known &known, const Job &job,
                          const Progress &progress);
    static Job withGonePackagesRewalked(const Job &job);
    static void dropPackagesThatWent(const QStringList &knownFolders, Outcome &outcome);
    static void discoverAgain(const Known &known, const Job &job, Outcome &outcome);
    static void readPlugins(const Known &known, Outcome &outcome);
    bool isPluginPath(const QString &path) const;
    void clearPlugins();
    static void computeWatches(const QString &root, const Watches &known, Outcome &outcome);
    void finishJob();
    void updateWatches(const Outcome &outcome);

    Registry &m_registry;
    QString m_root;
    FileWatcher m_watcher;
    QFutureWatcher<Outcome> m_future;
    bool m_running = false;
    bool m_loadedOnce = false;     // the project opened last has been loaded (later full reads are reloads)
    bool m_discardRunning = false; // the running job belongs to a project opened before, or closed
    std::optional<Job> m_queued;
    QStringList m_folders;     // package folders as last read
    QStringList m_visited;     // folders looked into by the last discovery
    QSet<QString> m_visitedSet;
    Watches m_watches;         // files watched per package, as last read
    QStringList m_pluginKeys;  // plugin packages as last read
    QStringList m_pluginFiles; // libraries of the plugins folders as last read
    QSet<QString> m_pluginFolders; // the project's plugins folders (absolute), present or not
};

} // namespace Strata

Q_DECLARE_METATYPE(Strata::ReloadSummary)
