// FileWatcher on real files: a change made after the caller read a file but before its watch was
// in place (watches of a large project are added over several event loop turns) is still reported;
// files untouched since the read are not; deletions before the watch count as changes.

#include "reload/FileWatcher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

using namespace Strata;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Sets a file's modification time `secondsAgo` into the past, as if written then.
bool age(const QString &path, int secondsAgo)
{
    const qint64 when = QDateTime::currentSecsSinceEpoch() - secondsAgo;
    utimbuf times{when, when};
    return utime(QFile::encodeName(path).constData(), &times) == 0;
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
            QVERIFY(age(path, 60));
            files.append(path);
        }
        const qint64 readSince = QDateTime::currentMSecsSinceEpoch() - 5000; // "read five seconds ago"
        // Changed after the read, before any watch: in the first chunk, in the last, and one deleted.
        const QString early = files.at(3), late = files.at(1150), gone = files.at(700);
        QVERIFY(writeFile(early, "{\"changed\": 1}"));
        QVERIFY(writeFile(late, "{\"changed\": 2}"));
        QVERIFY(QFile::remove(gone));

        FileWatcher watcher;
        watcher.setDebounce(50);
        QSignalSpy changed(&watcher, &FileWatcher::changed);
        watcher.setPaths(files, {dir.path()}, readSince);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QTest::qWait(200); // every chunk added, every batch out
        const QStringList reported = changedPaths(changed);
        QVERIFY2(reported.contains(early), qPrintable(reported.join(u'\n')));
        QVERIFY2(reported.contains(late), qPrintable(reported.join(u'\n')));
        QVERIFY2(reported.contains(gone), qPrintable(reported.join(u'\n')));
        // Untouched files are not news (the folder is: an entry went).
        QCOMPARE(reported.filter(QStringLiteral(".json")).size(), 3);
        QVERIFY(watcher.watchedPaths().contains(late)); // and it is watched from now on
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
