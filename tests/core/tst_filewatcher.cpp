// FileWatcher on real files: a change made after the caller read a file but before its watch was
// in place (watches of a large project are added over several event loop turns) is still reported;
// files untouched since the read are not, however recently before the read they were written;
// deletions, renames over a file and new folder entries before the watch count as changes.

#include <strata/reload/FileWatcher.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <sys/stat.h>
#include <utime.h>

using namespace Strata;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Sets a file's modification time `secondsAgo` into the past, or into the future when negative
// (its change time becomes now).
bool age(const QString &path, int secondsAgo)
{
    const qint64 when = QDateTime::currentSecsSinceEpoch() - secondsAgo;
    utimbuf times{when, when};
    return utime(QFile::encodeName(path).constData(), &times) == 0;
}

qint64 changeTime(const QString &path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return qint64(status.st_ctim.tv_sec) * 1'000'000'000 + status.st_ctim.tv_nsec;
}

// A read time that comes after everything written so far: the read clock moves on past the newest
// change time of `paths` (a clock tick, a few milliseconds), as a reader that starts later would see.
qint64 readTimeAfter(const QStringList &paths)
{
    qint64 newest = 0;
    for (const QString &path : paths)
        newest = qMax(newest, changeTime(path));
    while (FileWatcher::readClock() <= newest)
        QThread::usleep(500);
    return FileWatcher::readClock();
}

QStringList changedPaths(const QSignalSpy &spy)
{
    QStringList all;
    for (const QList<QVariant> &call : spy)
        all += call.at(0).toStringList();
    return all;
}

} // namespace

class TestFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeBeforeTheWatchIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Many files, so that the watches are added over several event loop turns.
        QStringList files;
        for (int i = 0; i < 1200; ++i) {
            const QString path = dir.filePath(QStringLiteral("f%1.json").arg(i));
            QVERIFY(writeFile(path, "{}"));
            files.append(path);
        }
        // Read right after they were all written (the case of a project copied, then opened).
        const qint64 readSince = readTimeAfter(files + QStringList{dir.path()});
        // Changed after the read, before any watch: in the first chunk, in the last, one deleted,
        // and one replaced by a file moved in that keeps an old modification time (as `mv` does).
        const QString early = files.at(3), late = files.at(1150), gone = files.at(700), movedOver = files.at(900);
        QVERIFY(writeFile(early, "{\"changed\": 1}"));
        QVERIFY(writeFile(late, "{\"changed\": 2}"));
        QVERIFY(QFile::remove(gone));
        const QString old = dir.filePath(QStringLiteral("old.txt"));
        QVERIFY(writeFile(old, "{\"moved\": true}"));
        QVERIFY(age(old, 3600));
        QCOMPARE(std::rename(QFile::encodeName(old).constData(), QFile::encodeName(movedOver).constData()), 0);

        FileWatcher watcher;
        watcher.setDebounce(50);
        QSignalSpy changed(&watcher, &FileWatcher::changed);
        watcher.setPaths(files, {dir.path()}, readSince);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !watcher.isBusy(), 5000);
        const QStringList reported = changedPaths(changed);
        for (const QString &path : {early, late, gone, movedOver})
            QVERIFY2(reported.contains(path), qPrintable(path + QStringLiteral(" not in:\n") + reported.join(u'\n')));
        // Untouched files are not news, though written just before the read (the folder is: entries went).
        QCOMPARE(reported.filter(QStringLiteral(".json")).size(), 4);
        QVERIFY(reported.contains(dir.path()));
        QVERIFY(watcher.watchedPaths().contains(late)); // and it is watched from now on
    }

    // The case that made `strata watch` report "strata.json changed" after an edit elsewhere: files
    // written a moment before the read began are not changes.
    void writtenJustBeforeTheReadIsNotNews()
    {
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const QStringList files{dir.filePath(QStringLiteral("strata.json")), dir.filePath(QStringLiteral("database.json"))};
            for (const QString &path : files)
                QVERIFY(writeFile(path, "{}"));
            // A modification time ahead of the clock (an archive, a network share) is no change either.
            QVERIFY(age(files.first(), -3600));
            const qint64 readSince = readTimeAfter(files + QStringList{dir.path()});
            FileWatcher watcher;
            // The watches of so few paths go in at once, and a path found changed on the way is
            // pending at once: nothing pending means nothing was found.
            watcher.setPaths(files, {dir.path()}, readSince);
            QVERIFY2(!watcher.isBusy(), "a file written before the read was reported as changed");
        }
    }

    // A folder that gained an entry after it was read (a new package) is reported once watched.
    void folderEntryAddedBeforeTheWatchIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString packages = dir.filePath(QStringLiteral("packages"));
        QVERIFY(QDir().mkpath(packages));
        const qint64 readSince = readTimeAfter({packages});
        QVERIFY(QDir().mkpath(packages + QStringLiteral("/extra")));
        FileWatcher watcher;
        watcher.setDebounce(10);
        QSignalSpy changed(&watcher, &FileWatcher::changed);
        watcher.setPaths({}, {packages}, readSince);
        QTRY_VERIFY_WITH_TIMEOUT(changedPaths(changed).contains(packages), 5000);
    }

    // Deleted, then written again (as tools that regenerate a file do): the file is watched again
    // with the batch that reports its folder's new entry, not at the next poll a second later, so
    // that the edits in place after it are reported too.
    void fileDeletedAndWrittenAgainIsWatchedAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("p27"));
        const QString path = folder + QStringLiteral("/database.json");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(path, "{}"));
        FileWatcher watcher;
        watcher.setDebounce(10);
        QSignalSpy changed(&watcher, &FileWatcher::changed);
        watcher.setPaths({path}, {folder});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedPaths().contains(path), 5000);

        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(changedPaths(changed).contains(path), 5000);
        QVERIFY(!watcher.watchedPaths().contains(path));

        changed.clear();
        QVERIFY(writeFile(path, "{\"a\": 1}"));
        QTRY_VERIFY_WITH_TIMEOUT(changedPaths(changed).contains(folder), 5000);
        QVERIFY2(changedPaths(changed).contains(path), qPrintable(changedPaths(changed).join(u' ')));
        QVERIFY(watcher.watchedPaths().contains(path));

        changed.clear();
        QFile inPlace(path);
        QVERIFY(inPlace.open(QIODevice::ReadWrite));
        QVERIFY(inPlace.resize(0) && inPlace.write("{\"a\": 2}") == 8);
        inPlace.close();
        QTRY_VERIFY_WITH_TIMEOUT(changedPaths(changed).contains(path), 5000);
    }

    void withoutAReadTimeNothingIsReportedUpFront()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("database.json"));
        QVERIFY(writeFile(path, "{}"));
        FileWatcher watcher;
        watcher.setDebounce(20);
        QSignalSpy changed(&watcher, &FileWatcher::changed);
        watcher.setPaths({path}, {});
        QTest::qWait(150);
        QCOMPARE(changed.size(), 0);
        // A change after the watch is the watch's own business.
        QVERIFY(writeFile(path, "{\"a\": 1}"));
        QTRY_VERIFY_WITH_TIMEOUT(changedPaths(changed).contains(path), 5000);
    }
};

QTEST_GUILESS_MAIN(TestFileWatcher)
#include "tst_filewatcher.moc"
