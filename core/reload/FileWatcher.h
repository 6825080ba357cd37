#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Strata {

// Watches files and folders and reports changes in debounced batches. It survives what editors
// and tools do to files: a file saved by writing a new one and renaming it over the old is watched
// again; a folder deleted and created again is picked up again. When the system's limit of watches
// is reached it falls back to polling (once a second) for what it could not watch, and says so.
class FileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FileWatcher(QObject *parent = nullptr);

    // The clock that "read since" times come from: the one the kernel stamps files with (Linux:
    // CLOCK_REALTIME_COARSE), in nanoseconds. A file changed after a call to readClock() has a change
    // time at or after what it returned; one changed a clock tick or more before has an earlier one.
    static qint64 readClock();

    // Replaces the watched set. Paths that do not exist yet are polled until they appear.
    // `readSince` (from readClock()), when given, is when the caller began reading what it asks to
    // watch: watches of a large set are added over several event loop turns, and a path whose
    // status changed since then (it may have changed after it was read, before its watch existed)
    // is reported as changed as soon as it is watched. A path not changed since is not news.
    void setPaths(const QStringList &files, const QStringList &folders, qint64 readSince = -1);
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int debounce() const { return m_debounce.interval(); }
    bool isPolling() const { return !m_polled.isEmpty(); }
    // Changes noticed and not yet reported, watches still being added, or a polled path that
    // changed since the last poll (tests wait for quiet).
    bool isBusy() const;
    QStringList watchedPaths() const;

Q_SIGNALS:
    // A batch of changed paths, after `debounce` ms without further changes.
    void changed(const QStringList &paths);
    // The system refused watches; `message` says what to raise (translated).
    void pollingStarted(const QString &message);

private:
    struct Fingerprint
    {
        bool exists = false;
        QDateTime modified;
        qint64 size = -1;
        bool operator==(const Fingerprint &) const = default;
    };
    static Fingerprint fingerprintOf(const QString &path);
    void onChanged(const QString &path);
    void flush();
    void poll();
    void watchWhatCameBack();
    void watch(const QStringList &paths);
    void watchNextChunk();
    bool reportChangedSinceRead(const QStringList &paths); // true when one had changed
    static bool changedSince(const QString &path, qint64 since);

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_poll;
    // A large project has tens of thousands of paths, each watch a system call: they are added in
    // chunks from the event loop, so that the GUI thread answers in between.
    QTimer m_watchLater;
    QStringList m_toWatch;
    QHash<QString, qint64> m_readSince;        // queued paths: when their contents were read (readClock)
    QSet<QString> m_pending;
    QSet<QString> m_wanted;                    // every path asked for
    QHash<QString, Fingerprint> m_polled;      // paths the system would not watch, or absent ones
    bool m_warnedLimit = false;
    bool m_flushing = false; // flush() is watching again what was renamed over
};

} // namespace Strata
