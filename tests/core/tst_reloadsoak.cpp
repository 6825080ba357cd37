// The hot-reload soak in core: thousands of random file events (tests/support/ReloadSoak.h) on a
// project that a ProjectReloader follows, as `strata watch` and the workbench do. After every quiet
// period the reloaded registry must be exactly a fresh load of the disk, and what the reloads
// reported must be true: no change named that did not happen, none that did left out.
// STRATA_SOAK_EVENTS sets the number of file events (default 5,000).

#include "ReloadSoak.h"
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Test;

class TestReloadSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFileEventsEndInAFreshLoad_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addRow("seed 1") << 1u;
        QTest::addRow("seed 2") << 2u;
    }

    void randomFileEventsEndInAFreshLoad()
    {
        QFETCH(quint32, seed);
        const int events = qEnvironmentVariableIntValue("STRATA_SOAK_EVENTS") > 0
            ? qEnvironmentVariableIntValue("STRATA_SOAK_EVENTS") : 5000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SoakProject soak(seed);
        QVERIFY2(soak.create(dir.path()), qPrintable(soak.error()));

        Registry registry;
        ProjectReloader reloader(registry);
        reloader.watcher().setDebounce(20);
        QList<ReloadSummary> summaries;
        connect(&reloader, &ProjectReloader::reloaded, this, [&](const ReloadSummary &summary) { summaries.append(summary); });
        QSignalSpy loaded(&reloader, &ProjectReloader::loaded);
        reloader.open(dir.path()); // right after the files were written, as a copied project is opened
        QVERIFY(loaded.wait(20000));
        QVERIFY(waitForQuiet(reloader, 20000));
        for (const ReloadSummary &summary : std::as_const(summaries))
            QVERIFY2(summary.isEmpty(), qPrintable(QStringLiteral("nothing changed after the load, yet: ") + summary.toText()));

        QRandomGenerator lengths(seed * 7919u);
        int done = 0;
        int periods = 0;
        while (done < events) {
            soak.beginPeriod();
            summaries.clear();
            const auto before = packagesOf(registry);
            const int steps = 1 + lengths.bounded(12);
            for (int i = 0; i < steps; ++i) {
                const int made = soak.step();
                QVERIFY2(made > 0, qPrintable(soak.error()));
                done += made;
            }
            QVERIFY2(waitForQuiet(reloader, 30000), "the reloader did not come to rest");
            ++periods;
            const QString wrong = checkQuietPeriod(soak, before, registry, summaries);
            if (!wrong.isEmpty())
                QFAIL(qPrintable(QStringLiteral("after %1 events, period %2 (%3):\n%4")
                                     .arg(done)
                                     .arg(periods)
                                     .arg(soak.periodLog().join(QStringLiteral("; ")), wrong)));
        }
        qInfo("%d file events in %d quiet periods, each ending in a fresh load's registry", done, periods);
    }
};

QTEST_GUILESS_MAIN(TestReloadSoak)
#include "tst_reloadsoak.moc"
