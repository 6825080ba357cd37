// ProjectReloader with the watcher's batches given by the test, so that orders of events the system
// produces only now and then (a file's event in one batch, its folder's in the next) happen on every
// run. The real watcher is pointed at nothing; the test emits FileWatcher::changed itself.

#include "RegistryDescription.h"
#include "TestSupport.h"
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Test;
using namespace Qt::StringLiterals;

class TestProjectReloader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    static QByteArray extraPackage()
    {
        return QByteArrayLiteral("{\n  \"packageName\": \"@acme/extra\",\n  \"version\": \"1.0.0\",\n"
                                 "  \"dependencies\": {\"@acme/core\": \"^1.0.0\"},\n"
                                 "  \"tables\": [{\"name\": \"extra_notes\", \"workspaceScoped\": true,\n"
                                 "    \"columns\": [{\"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true}]}]\n}\n");
    }

    // The registry a fresh load of the disk gives, to compare a reloaded one with.
    QStringList freshLoad() const
    {
        Registry fresh;
        ProjectReloader reloader(fresh);
        reloader.open(m_root);
        reloader.waitForIdle();
        return describeRegistry(fresh);
    }

    // The watcher may add a reload of its own when a watched path changed within the clock tick in
    // which the first one began reading (it cannot tell the order then, and reads again to be
    // sure): such a reload must find nothing to report.
    static bool restAreEmpty(const QSignalSpy &reloaded, QString *text)
    {
        for (qsizetype i = 1; i < reloaded.size(); ++i) {
            const ReloadSummary summary = reloaded.at(i).first().value<ReloadSummary>();
            if (!summary.isEmpty()) {
                *text = summary.toText();
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/examples");
        QDir(m_root).removeRecursively();
        QVERIFY(copyTree(examplesDir(), m_root));
        QVERIFY(writeFile(m_root + QStringLiteral("/packages/extra/database.json"), extraPackage()));
    }

    // `rm -r packages/extra` removes database.json, then the folder. When the file's event is
    // read before the folder's, the package is gone all the same: never "a package that cannot be
    // read", named after its folder.
    void packageFolderDeletedFileByFile()
    {
        Registry registry;
        ProjectReloader reloader(registry);
        reloader.open(m_root);
        reloader.waitForIdle();
        QVERIFY(registry.package(u"@acme/extra"_s));
        reloader.watcher().setPaths({}, {}); // only the batches below reach the reloader

        QSignalSpy reloaded(&reloader, &ProjectReloader::reloaded);
        const QString folder = m_root + QStringLiteral("/packages/extra");
        QVERIFY(QFile::remove(folder + QStringLiteral("/database.json")));
        Q_EMIT reloader.watcher().changed({folder + QStringLiteral("/database.json")});
        reloader.waitForIdle();
        QVERIFY(!reloaded.isEmpty());
        QString rest;
        QVERIFY2(restAreEmpty(reloaded, &rest), qPrintable(rest));
        const ReloadSummary summary = reloaded.first().first().value<ReloadSummary>();
        QCOMPARE(summary.packages.size(), 1);
        QCOMPARE(summary.packages.first().package, u"@acme/extra"_s);
        QVERIFY2(summary.toText().contains(QStringLiteral("package removed")), qPrintable(summary.toText()));
        QVERIFY(!registry.package(u"extra"_s));
        QVERIFY(!registry.package(u"@acme/extra"_s));
        QCOMPARE(firstDifference(describeRegistry(registry), freshLoad()), QString());

        // The folder's own event, later, changes nothing more.
        QVERIFY(QDir(folder).removeRecursively());
        reloaded.clear();
        Q_EMIT reloader.watcher().changed({m_root + QStringLiteral("/packages"), folder});
        reloader.waitForIdle();
        QVERIFY(!reloaded.isEmpty());
        const ReloadSummary after = reloaded.first().first().value<ReloadSummary>();
        QVERIFY2(after.isEmpty(), qPrintable(after.toText()));
        QVERIFY2(restAreEmpty(reloaded, &rest), qPrintable(rest));
        QCOMPARE(firstDifference(describeRegistry(registry), freshLoad()), QString());
    }

    // A package folder whose database.json comes back is a package again, on the file's event alone.
    void databaseJsonBackInItsFolder()
    {
        Registry registry;
        ProjectReloader reloader(registry);
        reloader.open(m_root);
        reloader.waitForIdle();
        reloader.watcher().setPaths({}, {});
        const QString file = m_root + QStringLiteral("/packages/extra/database.json");

        QVERIFY(QFile::remove(file));
        Q_EMIT reloader.watcher().changed({file});
        reloader.waitForIdle();
        QVERIFY(!registry.package(u"@acme/extra"_s));

        QSignalSpy reloaded(&reloader, &ProjectReloader::reloaded);
        QVERIFY(writeFile(file, extraPackage()));
        Q_EMIT reloader.watcher().changed({m_root + QStringLiteral("/packages/extra")});
        reloader.waitForIdle();
        QVERIFY(!reloaded.isEmpty());
        QString rest;
        QVERIFY2(restAreEmpty(reloaded, &rest), qPrintable(rest));
        const ReloadSummary summary = reloaded.first().first().value<ReloadSummary>();
        QVERIFY2(summary.toText().contains(QStringLiteral("@acme/extra")) && summary.toText().contains(QStringLiteral("package added")),
                 qPrintable(summary.toText()));
        QVERIFY(registry.package(u"@acme/extra"_s));
        QCOMPARE(firstDifference(describeRegistry(registry), freshLoad()), QString());
    }
};

QTEST_GUILESS_MAIN(TestProjectReloader)
#include "tst_projectreloader.moc"
