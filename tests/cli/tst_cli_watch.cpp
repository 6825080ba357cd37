// `strata watch --format json` end to end: a copy of the examples is edited the ways editors and
// tools do it (in place, by writing a temporary file and renaming it over, by adding and deleting
// a package folder, by a burst of rapid writes), and every change must arrive as one JSON event per
// line whose counts agree with `strata validate` on the same folder. Output is read line by line
// against deadlines, never after fixed sleeps.

#include "MigrateTestProject.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Strata::Test;
using namespace Strata::Test::Migrate;

class TestCliWatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_crm; // packages/crm/database.json
    QByteArray m_crmOriginal;
    CliProcess m_watch;
    QStringList m_badLines; // output lines that were not one JSON object each
    int m_events = 0;

    // crm's database.json with its first `count` references to users pointing nowhere: each is a
    // finding of its own, so the error count tells the versions apart.
    QByteArray crmVariant(int count) const
    {
        QByteArray text = m_crmOriginal;
        for (int i = 0; i < count; ++i) {
            const qsizetype at = text.indexOf("\"table\": \"users\"");
            if (at < 0)
                return {};
            text.replace(at, 16, QByteArray(QByteArrayLiteral("\"table\": \"nowhere_") + QByteArray::number(i) + '"'));
        }
        return text;
    }

    // Overwrites the file where it is (same inode), as most editors do.
    static bool writeInPlace(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        return file.resize(0) && file.write(content) == content.size();
    }

    // Writes a temporary file beside it and renames it over the original (a new inode), as
    // editors with "atomic save" and many tools do.
    static bool writeAndRename(const QString &path, const QByteArray &content)
    {
        const QString temporary = path + QStringLiteral(".tmp-save");
        if (!writeFile(temporary, content))
            return false;
        return std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
    }

    // `strata validate --format json` on the same folder: the truth on disk.
    int validateErrors(int *warnings = nullptr)
    {
        const CliResult r = runCli({QStringLiteral("-C"), m_root, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("validate")});
        QString error;
        const QJsonObject json = parseObject(r.out, &error);
        if (!error.isEmpty()) {
            qWarning("validate: %s\n%s", qPrintable(error), qPrintable(describe(r)));
            return -1;
        }
        if (warnings)
            *warnings = json.value(QStringLiteral("warnings")).toInt();
        return json.value(QStringLiteral("errors")).toInt();
    }

    // The next event matching `predicate` (earlier ones are skipped, but must be well-formed).
    QJsonObject waitForEvent(const std::function<bool(const QJsonObject &)> &predicate, int timeoutMs = 20000)
    {
        QJsonObject found;
        const QString line = m_watch.waitForLine(
            [&](const QString &text) {
                QString error;
                const QJsonObject event = parseObject(text.toUtf8(), &error);
                if (!error.isEmpty() || !event.contains(QStringLiteral("event"))) {
                    m_badLines.append(text);
                    return false;
                }
                ++m_events;
                if (!predicate(event))
                    return false;
                found = event;
                return true;
            },
            timeoutMs);
        if (line.isNull())
            qWarning("no matching event; the watch so far:\n%s", qPrintable(m_watch.transcript()));
        return found;
    }

    static bool isReload(const QJsonObject &event)
    {
        return event.value(QStringLiteral("event")).toString() == u"reloaded";
    }
    static QString summaryOf(const QJsonObject &event) { return event.value(QStringLiteral("summary")).toString(); }
    static int errorsOf(const QJsonObject &event) { return event.value(QStringLiteral("errors")).toInt(-1); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/examples");
        QVERIFY(copyTree(examplesDir(), m_root));
        QDir(m_root + QStringLiteral("/postgresql")).removeRecursively(); // not a package; keeps the watch small
        m_crm = m_root + QStringLiteral("/packages/crm/database.json");
        m_crmOriginal = readFile(m_crm);
        QVERIFY(!crmVariant(3).isEmpty());
        QCOMPARE(validateErrors(), 0);

        m_watch.start({QStringLiteral("-C"), m_root, QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("watch"), QStringLiteral("--debounce"), QStringLiteral("50")});
        QVERIFY2(m_watch.waitForStarted(), qPrintable(m_watch.process().errorString()));
        const QJsonObject loaded = waitForEvent([](const QJsonObject &) { return true; });
        QCOMPARE(loaded.value(QStringLiteral("event")).toString(), QStringLiteral("loaded"));
        QCOMPARE(loaded.value(QStringLiteral("packages")).toInt(), 5);
        const QJsonObject report = loaded.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("diagnostics")).isArray());
    }

    void cleanup()
    {
        QVERIFY2(m_badLines.isEmpty(), qPrintable(QStringLiteral("lines that are not a JSON event:\n") + m_badLines.join(QLatin1Char('\n'))));
        QVERIFY2(m_watch.process().state() == QProcess::Running, qPrintable(m_watch.transcript()));
    }

    void cleanupTestCase()
    {
        m_watch.process().kill();
        m_watch.process().waitForFinished(5000);
    }

    void editInPlace()
    {
        QVERIFY(writeInPlace(m_crm, crmVariant(1)));
        const int expected = validateErrors();
        QVERIFY(expected >= 1);
        const QJsonObject event = waitForEvent([&](const QJsonObject &e) {
            return isReload(e) && errorsOf(e) == expected && summaryOf(e).contains(QStringLiteral("@acme/crm"));
        });
        QVERIFY(!event.isEmpty());
        // What the edit broke is among the new findings.
        const QJsonObject fresh = event.value(QStringLiteral("newDiagnostics")).toObject();
        QVERIFY2(QJsonDocument(fresh).toJson().contains("nowhere_0"), QJsonDocument(event).toJson().constData());
    }

    // Saved by rename, twice: the second proves the watch followed the file to its new inode.
    void saveByRename()
    {
        QVERIFY(writeAndRename(m_crm, m_crmOriginal));
        QCOMPARE(validateErrors(), 0);
        QVERIFY(!waitForEvent([](const QJsonObject &e) { return isReload(e) && errorsOf(e) == 0; }).isEmpty());

        QVERIFY(writeAndRename(m_crm, crmVariant(2)));
        const int expected = validateErrors();
        QVERIFY(expected >= 2);
        QVERIFY(!waitForEvent([&](const QJsonObject &e) { return isReload(e) && errorsOf(e) == expected; }).isEmpty());

        QVERIFY(writeAndRename(m_crm, m_crmOriginal));
        QVERIFY(!waitForEvent([](const QJsonObject &e) { return isReload(e) && errorsOf(e) == 0; }).isEmpty());
        QCOMPARE(validateErrors(), 0);
    }

    void newPackageFolder()
    {
        QVERIFY(writeFile(m_root + QStringLiteral("/packages/extra/database.json"),
                          QByteArrayLiteral("{\n  \"packageName\": \"@acme/extra\",\n  \"version\": \"1.0.0\",\n"
                                            "  \"dependencies\": {\"@acme/core\": \"^1.0.0\"},\n"
                                            "  \"tables\": [{\"name\": \"extra_notes\", \"workspaceScoped\": true,\n"
                                            "    \"columns\": [{\"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true},\n"
                                            "                {\"name\": \"body\", \"type\": \"text\", \"notNull\": true}]}]\n}\n")));
        const int expected = validateErrors();
        const QJsonObject event = waitForEvent([](const QJsonObject &e) {
            return isReload(e) && summaryOf(e).contains(QStringLiteral("@acme/extra"));
        });
        QVERIFY(!event.isEmpty());
        QVERIFY2(summaryOf(event).contains(QStringLiteral("package added")), qPrintable(summaryOf(event)));
        QCOMPARE(errorsOf(event), expected);
    }

    void deletedPackageFolder()
    {
        QVERIFY(QDir(m_root + QStringLiteral("/packages/extra")).removeRecursively());
        const QJsonObject event = waitForEvent([](const QJsonObject &e) {
            return isReload(e) && summaryOf(e).contains(QStringLiteral("@acme/extra"));
        });
        QVERIFY(!event.isEmpty());
        QVERIFY2(summaryOf(event).contains(QStringLiteral("package removed")), qPrintable(summaryOf(event)));
        QCOMPARE(errorsOf(event), validateErrors());
    }

    // 200 writes as fast as they go, alternating two versions, ending in a third. Then a new
    // package as a marker: its event comes from a reload that started after the last write, so
    // the registry it reports on must match the disk.
    void burstOfEdits()
    {
        const int eventsBefore = m_events;
        const QByteArray one = crmVariant(1);
        const QByteArray last = crmVariant(3);
        for (int i = 0; i < 199; ++i)
            QVERIFY(writeInPlace(m_crm, i % 2 ? one : m_crmOriginal));
        QVERIFY(writeInPlace(m_crm, last));
        const int expected = validateErrors();
        QVERIFY(expected >= 3);

        QVERIFY(!waitForEvent([&](const QJsonObject &e) { return isReload(e) && errorsOf(e) == expected; }).isEmpty());
        QVERIFY(writeFile(m_root + QStringLiteral("/packages/marker/database.json"),
                          QByteArrayLiteral("{\"packageName\": \"@acme/marker\", \"version\": \"1.0.0\", \"tables\": []}\n")));
        int warnings = 0;
        const int errorsNow = validateErrors(&warnings);
        const QJsonObject marker = waitForEvent([](const QJsonObject &e) {
            return isReload(e) && summaryOf(e).contains(QStringLiteral("@acme/marker"));
        });
        QVERIFY(!marker.isEmpty());
        QCOMPARE(errorsOf(marker), errorsNow);
        QCOMPARE(marker.value(QStringLiteral("warnings")).toInt(), warnings);
        QVERIFY(m_events > eventsBefore + 1);
        qInfo("the burst of 200 writes came out as %d events", m_events - eventsBefore - 1);
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cli_watch.moc"
