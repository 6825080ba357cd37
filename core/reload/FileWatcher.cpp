#include <strata/reload/FileWatcher.h>

#include <strata/common/Logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <time.h>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::FileWatcher". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::FileWatcher)
};

constexpr int PollIntervalMs = 1000;
constexpr qsizetype WatchChunk = 500; // paths per event loop turn (about 20 ms on a 2-core VM)

} // namespace

FileWatcher::FileWatcher(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    m_poll.setInterval(PollIntervalMs);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::onChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onChanged);
    connect(&m_debounce, &QTimer::timeout, this, &FileWatcher::flush);
    connect(&m_poll, &QTimer::timeout, this, &FileWatcher::poll);
    m_watchLater.setSingleShot(true);
    m_watchLater.setInterval(0);
    connect(&m_watchLater, &QTimer::timeout, this, &FileWatcher::watchNextChunk);
}

FileWatcher::Fingerprint FileWatcher::fingerprintOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    Fingerprint print{true, info.lastModified(), info.isDir() ? qint64(QDir(path).count()) : info.size()};
    return print;
}

qint64 FileWatcher::readClock()
{
    timespec now{};
#ifdef CLOCK_REALTIME_COARSE
    clock_gettime(CLOCK_REALTIME_COARSE, &now);
#else
    clock_gettime(CLOCK_REALTIME, &now);
#endif
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Whether `path` may differ from what was read at `since` (readClock()): gone, or its status
// changed at or after that time. The change time (ctime) is the kernel's own: it moves with every
// write, and also when a file is renamed over this path or a folder gains or loses an entry. The
// modification time is no measure: a file moved in keeps its old one, and tools set it at will (an
// archive, `touch -d`, a clock ahead on a network share).
bool FileWatcher::changedSince(const QString &path, qint64 since)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return true;
    return qint64(status.st_ctim.tv_sec) * 1'000'000'000 + status.st_ctim.tv_nsec >= since;
}

bool FileWatcher::isBusy() const
{
    if (!m_pending.isEmpty() || m_debounce.isActive() || !m_toWatch.isEmpty())
        return true;
    for (auto it = m_polled.cbegin(); it != m_polled.cend(); ++it) {
        if (!(fingerprintOf(it.key()) == it.value()))
            return true;
    }
    return false;
}

QStringList FileWatcher::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

void FileWatcher::setPaths(const QStringList &files, const QStringList &folders, qint64 readSince)
{
    QSet<QString> wanted;
    wanted.reserve(files.size() + folders.size());
    for (const QStringList *list : {&files, &folders}) {
        for (const QString &path : *list)
            wanted.insert(QDir::cleanPath(path));
    }
    // Only the difference to what was asked for before: a reload of one package of a large project
    // changes a few paths of thousands, and every watch costs a system call.
    QStringList stale;
    for (const QString &path : std::as_const(m_wanted)) {
        if (!wanted.contains(path))
            stale.append(path);
    }
    QStringList fresh;
    for (const QString &path : std::as_const(wanted)) {
        if (!m_wanted.contains(path))
            fresh.append(path);
    }
    if (!stale.isEmpty()) {
        for (const QString &path : std::as_const(stale))
            m_polled.remove(path);
        // Paths that were polled, not watched, are refused here: nothing to undo for them.
        const QStringList watched = m_watcher.files() + m_watcher.directories();
        const QSet<QString> watchedSet(watched.cbegin(), watched.cend());
        QStringList toRemove;
        for (const QString &path : std::as_const(stale)) {
            if (watchedSet.contains(path))
                toRemove.append(path);
        }
        if (!toRemove.isEmpty())
            m_watcher.removePaths(toRemove);
    }
    m_toWatch.removeIf([&wanted](const QString &path) { return !wanted.contains(path); });
    m_readSince.removeIf([&wanted](const auto &it) { return !wanted.contains(it.key()); });
    m_wanted = std::move(wanted);
    if (readSince >= 0) {
        for (const QString &path : std::as_const(fresh))
            m_readSince.insert(path, readSince);
    }
    watch(fresh);
}

void FileWatcher::watch(const QStringList &paths)
{
    m_toWatch.append(paths);
    watchNextChunk();
}

void FileWatcher::watchNextChunk()
{
    const QStringList paths = m_toWatch.first(qMin(WatchChunk, m_toWatch.size()));
    m_toWatch.remove(0, paths.size());
    if (!m_toWatch.isEmpty())
        m_watchLater.start();
    QStringList existing;
    bool changedSinceRead = false;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path)) {
            existing.append(path);
        } else if (m_readSince.remove(path)) {
            onChanged(path); // read, and gone before its watch: a change (its folder says so too)
            changedSinceRead = true;
        } else {
            m_polled.insert(path, Fingerprint{}); // watched once it appears
        }
    }
    if (!existing.isEmpty()) {
        const QStringList refused = m_watcher.addPaths(existing);
        changedSinceRead = reportChangedSinceRead(existing) || changedSinceRead;
        for (const QString &path : refused) {
            if (QFileInfo::exists(path))
                m_polled.insert(path, fingerprintOf(path));
        }
        if (!refused.isEmpty() && !m_warnedLimit) {
            m_warnedLimit = true;
            const QString message =
                Text::tr("the system's limit of file watches is reached (%1 paths not watched); Strata checks them "
                   "once a second instead. Raise the limit with: sudo sysctl fs.inotify.max_user_watches=524288")
                    .arg(refused.size());
            qCWarning(lcReload).noquote() << message;
            Q_EMIT pollingStarted(message);
        }
    }
    if (!m_polled.isEmpty() && !m_poll.isActive())
        m_poll.start();
    // A change the reader missed is reported at once, not after the debounce: the reader is still
    // busy with the read that missed it (the reload that asked for these watches has not ended), so
    // it reads the change next, before anything that changes later. A reload that reports a later
    // change then always includes this one.
    if (changedSinceRead && !m_flushing) {
        m_debounce.stop();
        flush();
    }
}

bool FileWatcher::reportChangedSinceRead(const QStringList &paths)
{
    if (m_readSince.isEmpty())
        return false;
    bool reported = false;
    for (const QString &path : paths) {
        const auto since = m_readSince.constFind(path);
        if (since == m_readSince.cend())
            continue;
        // Looked at after the watch was added: a later change is the watch's to report.
        if (changedSince(path, *since)) {
            onChanged(path);
            reported = true;
        }
        m_readSince.erase(since);
    }
    return reported;
}

void FileWatcher::onChanged(const QString &path)
{
    m_pending.insert(path);
    m_debounce.start(); // restart: a burst of changes becomes one batch
}

void FileWatcher::flush()
{
    m_flushing = true;
    // Editors that save by rename leave the watch on the old, deleted file: watch again what is back.
    QStringList again;
    const QStringList current = watchedPaths() + m_toWatch; // queued ones are watched soon
    const QSet<QString> watched(current.cbegin(), current.cend());
    for (const QString &path : std::as_const(m_wanted)) {
        if (!watched.contains(path) && !m_polled.contains(path))
            again.append(path);
    }
    watch(again);
    watchWhatCameBack();

    QStringList paths(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    paths.sort();
    m_flushing = false;
    m_debounce.stop(); // a change seen while watching again is in this batch
    if (paths.isEmpty())
        return;
    qCDebug(lcReload) << "changed:" << paths;
    Q_EMIT changed(paths);
}

// A file polled because it was gone when its watch was asked for (deleted, then written again, as
// tools do) is watched again as soon as it is back, and counts as changed: waiting for the next poll,
// up to a second later, would miss every edit made in place before it (an edit in place changes no
// folder entry, so nothing else reports it).
void FileWatcher::watchWhatCameBack()
{
    QStringList back;
    for (auto it = m_polled.begin(); it != m_polled.end(); ++it) {
        if (it.value().exists || !QFileInfo::exists(it.key()))
            continue; // polled for the watch limit, or still gone
        it.value() = fingerprintOf(it.key());
        m_pending.insert(it.key());
        back.append(it.key());
    }
    if (back.isEmpty() || m_warnedLimit)
        return; // past the limit, polling goes on
    const QStringList refused = m_watcher.addPaths(back);
    for (const QString &path : back) {
        if (!refused.contains(path))
            m_polled.remove(path);
    }
}

void FileWatcher::poll()
{
    QStringList appeared;
    for (auto it = m_polled.begin(); it != m_polled.end(); ++it) {
        const Fingerprint now = fingerprintOf(it.key());
        if (now == it.value())
            continue;
        it.value() = now;
        onChanged(it.key());
        if (now.exists && !m_warnedLimit)
            appeared.append(it.key()); // absent paths that appeared: try a real watch
    }
    for (const QString &path : std::as_const(appeared)) {
        if (m_watcher.addPath(path))
            m_polled.remove(path);
    }
    if (m_polled.isEmpty())
        m_poll.stop();
}

} // namespace Strata
