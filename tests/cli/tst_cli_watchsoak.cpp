// The hot-reload soak through `strata watch --format json --full-report`: the random file events of
// tests/support/ReloadSoak.h, in quiet periods that end with a marker package whose table is renamed
// twice (the watch reports the second from a reload that started after every earlier event). Then the watch's
// report must be exactly what `strata validate` says of the disk, and every event of the period
// true: no package named that was not touched, "strata.json changed" only when it did.
// STRATA_SOAK_EVENTS sets the number of file events (default 5,000).

#include "MigrateTestProject.h"
#include "ReloadSoak.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Migrate;

namespace {

const QString Marker = QStringLiteral("@soak/marker");

// The marker package, owning one table named `table`.
QByteArray markerJson(const QString &table)
{
    return QStringLiteral("{\"packageName\": \"%1\", \"version\": \"1.0.0\", \"tables\": [{\"name\": \"%2\", "
                          "\"comment\": \"the end of a quiet period\", \"columns\": [{\"name\": \"id\", \"type\": "
                          "\"bigserial\", \"primaryKey\": true, \"comment\": \"key\"}]}]}\n")
        .arg(Marker, table)
        .toUtf8();
}

// A summary line names a structural change when it says more than problem counts.
bool isStructuralLine(const QString &line)
{
    const QString parts = line.section(QStringLiteral(": "), 1);
    for (const QString &part : parts.split(QStringLiteral("; "))) {
        if (!part.contains(QStringLiteral("problem")) && part != u"no change")
            return true;
    }
    return false;
}

// The findings only one side has, one compact line each (the reports run to thousands of lines).
QString describeDifference(const QJsonArray &watch, const QJsonArray &validate)
{
    const auto lines = [](const QJsonArray &diagnostics) {
        QStringList out;
        for (const QJsonValue &value : diagnostics)
            out.append(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        return out;
    };
    const QStringList w = lines(watch);
    const QStringList v = lines(validate);
    QStringList text;
    for (const QString &line : w) {
        if (!v.contains(line))
            text.append(QStringLiteral("only the watch: ") + line);
    }
    for (const QString &line : v) {
        if (!w.contains(line))
            text.append(QStringLiteral("only validate:  ") + line);
    }
    if (text.isEmpty())
        text.append(QStringLiteral("the same findings in another order"));
    return text.join(u'\n');
}

} // namespace

class TestCliWatchSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFileEventsEndInWhatValidateSays()
    {
        const int events = qEnvironmentVariableIntValue("STRATA_SOAK_EVENTS") > 0
            ? qEnvironmentVariableIntValue("STRATA_SOAK_EVENTS") : 5000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SoakProject soak(5);
        QVERIFY2(soak.create(dir.path()), qPrintable(soak.error()));
        const QString marker = dir.path() + QStringLiteral("/packages/zz_marker/database.json");
        QVERIFY(writeFile(marker, markerJson(QStringLiteral("marker_0"))));

        CliProcess watch;
        watch.start({QStringLiteral("-C"), dir.path(), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("watch"),
                     QStringLiteral("--debounce"), QStringLiteral("20"), QStringLiteral("--full-report")});
        QVERIFY2(watch.waitForStarted(), qPrintable(watch.process().errorString()));
        QVERIFY2(!watch.waitForLineContaining(QStringLiteral("\"event\":\"loaded\""), 30000).isNull(), qPrintable(watch.transcript()));

        QRandomGenerator lengths(13);
        int done = 0;
        int periods = 0;
        while (done < events) {
            soak.beginPeriod();
            const int steps = 1 + lengths.bounded(12);
            for (int i = 0; i < steps; ++i) {
                const int made = soak.step();
                QVERIFY2(made > 0, qPrintable(soak.error()));
                done += made;
            }
            ++periods;
            const QString where = QStringLiteral("after %1 events, period %2 (%3):\n")
                                      .arg(done)
                                      .arg(periods)
                                      .arg(soak.periodLog().join(QStringLiteral("; ")));

            // The period ends with two writes of the marker, each waited for. The first one's table
            // may be reported by a reload that was already running and read the marker late (a full
            // reload that walked the folders before the period's last writes), so it proves nothing
            // about the rest. A reload that reports the second started after that report, so after
            // every write of the period; and if it is a reload of changed folders, the second
            // marker's event is in its batch, which then holds every earlier event not yet read
            // (the kernel queues a watch's events in order). Its report must be the disk's.
            QString wrong;
            QJsonObject last;
            for (const QString &table : {QStringLiteral("marker_%1").arg(periods), QStringLiteral("fence_%1").arg(periods)}) {
                QVERIFY(writeFile(marker, markerJson(table)));
                const QString markerTable = QStringLiteral("table ") + table;
                const QString line = watch.waitForLine(
                    [&](const QString &text) {
                        QString error;
                        const QJsonObject event = parseObject(text.toUtf8(), &error);
                        if (!error.isEmpty()) {
                            wrong = QStringLiteral("not a JSON event: ") + text;
                            return true;
                        }
                        const QString summary = event.value(QStringLiteral("summary")).toString();
                        for (const QString &summaryLine : summary.split(u'\n', Qt::SkipEmptyParts)) {
                            if (summaryLine.startsWith(QStringLiteral("strata.json changed"))) {
                                if (!soak.projectSettingsChanged())
                                    wrong = QStringLiteral("said strata.json changed, which says what it said: ") + summary;
                                continue;
                            }
                            const QString package = summaryLine.section(QStringLiteral(": "), 0, 0);
                            // The marker is written in place: a reload may read it half written, a
                            // package that cannot be parsed, known by its folder's name.
                            const bool marker = package == Marker || package == u"zz_marker";
                            if (isStructuralLine(summaryLine) && !marker && !soak.touched().contains(package))
                                wrong = QStringLiteral("named a change nothing made: ") + summaryLine;
                        }
                        last = event;
                        return !wrong.isEmpty() || summary.contains(markerTable);
                    },
                    30000);
                QVERIFY2(!line.isNull(), qPrintable(where + QStringLiteral("no event reported ") + markerTable + u'\n'
                                                    + watch.transcript().right(4000)));
                if (!wrong.isEmpty())
                    QFAIL(qPrintable(where + wrong));
            }

            const CliResult validate = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("validate")});
            QString error;
            const QJsonObject truth = parseObject(validate.out, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QJsonObject report = last.value(QStringLiteral("report")).toObject();
            if (report.value(QStringLiteral("diagnostics")) != truth.value(QStringLiteral("diagnostics"))) {
                QFAIL(qPrintable(where + QStringLiteral("the watch's report is not what validate says:\n")
                                 + describeDifference(report.value(QStringLiteral("diagnostics")).toArray(),
                                                      truth.value(QStringLiteral("diagnostics")).toArray())
                                 + QStringLiteral("\nthe watch's last events:\n") + watch.transcript().right(6000)));
            }
            QCOMPARE(last.value(QStringLiteral("errors")).toInt(), truth.value(QStringLiteral("errors")).toInt());
            QCOMPARE(last.value(QStringLiteral("warnings")).toInt(), truth.value(QStringLiteral("warnings")).toInt());
        }
        qInfo("%d file events in %d quiet periods, each ending in what validate says", done, periods);
        watch.process().kill();
        watch.process().waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestCliWatchSoak)
#include "tst_cli_watchsoak.moc"
