// Validation time grows with the input, not with its square (issue #9). Each row loads one project of
// bench/AdversarialProjects.h (the shapes the adversarial benchmark times, one value repeated n
// times) the way the applications do (PackageScanner -> Registry), at a size where the quadratic
// code this guards against took minutes, and checks what was found and that the load finished
// within a limit of CPU time. The limit is 20 times what the linear code needs on a busy 2-core
// machine (at most 3 s; the figures are in docs/performance.md, "Adversarial inputs") and well
// below what the quadratic code took at these sizes (from 100 s to hours), so the row fails on a
// regression, never by chance. The load runs on a thread of its own: a row that
// times out fails at its limit instead of holding up the suite.

#include "AdversarialProjects.h"
#include "TestSupport.h"

#include <strata/loading/MigrationFile.h>
#include <strata/loading/PackageScanner.h>
#include <strata/model/Package.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include <strata/sql/StatementSplitter.h>

#include <QElapsedTimer>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <future>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// What a row's load may cost, in CPU time of the process (user and system, all threads): CPU time
// grows far less than wall time when other processes share the cores. The linear code needs at most
// about 3 s of CPU for a row (at a load average of 10 on 2 cores); the quadratic code needed from
// 100 s (references) to hours (the trigger body) at these sizes.
constexpr qint64 CpuLimitMs = 60000;
// A row still running after this much wall time is abandoned (and fails).
constexpr qint64 WallLimitMs = 4 * CpuLimitMs;

qint64 processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

struct Load
{
    Strata::Registry *registry = nullptr; // leaks on a time-out, with the thread still using it
    qint64 wallMs = -1;
    qint64 cpuMs = -1;
};

Load loadWithin(const QString &root, qint64 wallLimitMs)
{
    auto registry = new Strata::Registry;
    auto done = std::make_shared<std::promise<qint64>>();
    std::future<qint64> result = done->get_future();
    const qint64 cpuBefore = processCpuMs();
    std::thread([root, registry, done] {
        QElapsedTimer timer;
        timer.start();
        Strata::discoverAndRegister(root, *registry);
        done->set_value(timer.elapsed());
    }).detach();
    Load load;
    if (result.wait_for(std::chrono::milliseconds(wallLimitMs)) != std::future_status::ready)
        return load;
    load.cpuMs = processCpuMs() - cpuBefore;
    load.registry = registry;
    load.wallMs = result.get();
    return load;
}

QMap<QString, int> countByCode(const Strata::Diagnostics &diagnostics)
{
    QMap<QString, int> counts;
    for (const Strata::Diagnostic &d : diagnostics)
        ++counts[d.code];
    return counts;
}

const Strata::Adversarial::Shape *shapeNamed(const QString &name)
{
    static const QList<Strata::Adversarial::Shape> all = Strata::Adversarial::shapes();
    for (const Strata::Adversarial::Shape &shape : all) {
        if (shape.name == name)
            return &shape;
    }
    return nullptr;
}

} // namespace

class TestLinearTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shape_data();
    void shape();
    void triggerBodyStaysOneStatement();
    void everyShapeIsCovered();
};

void TestLinearTime::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

using Counts = QMap<QString, int>;
Q_DECLARE_METATYPE(Counts)

void TestLinearTime::shape_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<Counts>("findings"); // by code: every finding of the project

    // n is 2 to 8 times the benchmark's (about 1 MB); the comment gives the quadratic code's time
    // at that n, worked out from its time at the benchmark's n on a busy machine (CPU seconds).
    QTest::newRow("trigger without END") << u"trigger-without-end"_s << 200000 << Counts{}; // 210 s
    QTest::newRow("enum values") << u"enum-values"_s << 440000 << Counts{}; // 370 s
    QTest::newRow("checks") << u"checks"_s << 360000 << Counts{}; // 200 s
    QTest::newRow("dependencies") << u"dependencies"_s << 320000 << Counts{}; // about 150 s
    QTest::newRow("index columns") << u"index-columns"_s << 200000 << Counts{}; // 145 s
    QTest::newRow("primary key columns") << u"primary-key-columns"_s << 200000 << Counts{}; // 150 s
    // 200,000 is as far as this shape goes: database.json may hold at most 16 MB.
    QTest::newRow("references to one table") << u"references-to-one-table"_s << 200000 << Counts{}; // 100 s
    // One code n times in one file: the first FindingsPerFileAndCode are listed, one more says how
    // many are not (limitFindingsPerFile); every one of them is still found and placed (shape()).
    const int listed = Strata::FindingsPerFileAndCode;
    const QString omitted = u"findings-omitted"_s;
    QTest::newRow("unknown keys") << u"unknown-keys"_s << 200000
                                  << Counts{{u"unknown-key"_s, listed}, {omitted, 1}}; // 270 s
    QTest::newRow("statements on one line") << u"statements-on-one-line"_s << 300000
                                            << Counts{{u"sql-syntax"_s, listed}, {omitted, 1}}; // 250 s
    QTest::newRow("requires on one line") << u"requires-on-one-line"_s << 240000
                                          << Counts{{u"migration-requires-unknown"_s, listed}, {omitted, 1}}; // 300 s
}

void TestLinearTime::shape()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(Counts, findings);

    const Strata::Adversarial::Shape *shape = shapeNamed(name);
    QVERIFY2(shape, qPrintable(name));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(shape->build(n).write(dir.path()));

    const Load load = loadWithin(dir.path(), WallLimitMs);
    QVERIFY2(load.registry, qPrintable(u"%1 (n = %2) was not loaded and validated within %3 ms"_s.arg(name).arg(n).arg(WallLimitMs)));
    qInfo("%s: n = %d in %lld ms, %lld ms CPU", qPrintable(name), n, static_cast<long long>(load.wallMs),
          static_cast<long long>(load.cpuMs));
    QVERIFY2(load.cpuMs < CpuLimitMs, qPrintable(u"%1 (n = %2) took %3 ms of CPU time"_s.arg(name).arg(n).arg(load.cpuMs)));
    QCOMPARE(countByCode(load.registry->diagnostics()), findings);
    QVERIFY(load.registry->package(u"@adversarial/p"_s));

    // The findings point where they should: the first and the last of a run on one line, and the
    // one that stands for those not listed at the first of them.
    const Strata::Diagnostics &all = load.registry->diagnostics();
    const int listed = Strata::FindingsPerFileAndCode;
    const QString omitted = u"findings-omitted"_s;
    if (!findings.isEmpty()) {
        QCOMPARE(all.last().code, omitted);
        QVERIFY2(all.last().message.startsWith(u"%1 more"_s.arg(n - listed)), qPrintable(all.last().message));
    }
    const Strata::PackageDefinition *package = load.registry->package(u"@adversarial/p"_s);
    if (name == u"statements-on-one-line") {
        QCOMPARE(all.first().location.line, 2);
        QCOMPARE(all.first().location.column, 1);
        QCOMPARE(all.last().location.column, 2 * listed + 1); // "x;" pairs: the first x not listed
        // Every finding is still placed: the migration file read alone reports all n.
        const auto read = Strata::MigrationFile::read(package->migrations.first().file, Strata::DialectKind::SQLite);
        QCOMPARE(read.diagnostics.size(), n);
        QCOMPARE(read.diagnostics.last().location.column, 2 * n - 1); // the last x
        QCOMPARE(read.diagnostics.last().location.offset, qsizetype(13 + 2 * (n - 1)));
    } else if (name == u"requires-on-one-line") {
        QCOMPARE(all.first().location.column, 20); // "-- strata:requires q:0"
        // Every requirement is read and placed, to the last token of the line.
        const QString lastToken = u"q:"_s + QString::number(n - 1);
        const Strata::MigrationRequirement &last = package->migrations.last().requirements.last();
        QCOMPARE(last.migrationId, QString::number(n - 1));
        QCOMPARE(last.location.length, qsizetype(lastToken.size()));
    } else if (name == u"unknown-keys") {
        QVERIFY(all.at(all.size() - 2).message.contains(u"\"k%1\""_s.arg(listed - 1)));
    }
    delete load.registry;
}

// The trigger shape's migration stays one statement (no END: the rest of the script is its body).
void TestLinearTime::triggerBodyStaysOneStatement()
{
    QString script = u"CREATE TRIGGER t AFTER INSERT ON items BEGIN\n"_s;
    for (int i = 0; i < 200000; ++i)
        script += u"SELECT 1;\n"_s;
    const qint64 cpuBefore = processCpuMs();
    const QList<Strata::SqlStatement> statements = Strata::StatementSplitter::split(script, Strata::DialectKind::SQLite);
    const qint64 cpuMs = processCpuMs() - cpuBefore;
    QVERIFY2(cpuMs < CpuLimitMs, qPrintable(QString::number(cpuMs)));
    QCOMPARE(statements.size(), 1);
    QVERIFY2(statements.first().sql.endsWith(u"SELECT 1;\nSELECT 1;"_s), qPrintable(statements.first().sql.right(40)));

    // With its END it closes, and what follows is a statement of its own.
    script += u"END;\nSELECT 2;\n"_s;
    const QList<Strata::SqlStatement> closed = Strata::StatementSplitter::split(script, Strata::DialectKind::SQLite);
    QCOMPARE(closed.size(), 2);
    QVERIFY(closed.first().sql.endsWith(u"END"_s));
    QCOMPARE(closed.last().sql, u"SELECT 2"_s);
}

// A shape added to the benchmark gets a row here too.
void TestLinearTime::everyShapeIsCovered()
{
    QStringList names;
    for (const Strata::Adversarial::Shape &shape : Strata::Adversarial::shapes())
        names.append(shape.name);
    const QStringList covered{u"trigger-without-end"_s, u"enum-values"_s, u"checks"_s, u"dependencies"_s,
                              u"index-columns"_s, u"primary-key-columns"_s, u"references-to-one-table"_s,
                              u"unknown-keys"_s, u"statements-on-one-line"_s, u"requires-on-one-line"_s};
    QCOMPARE(names, covered);
}

QTEST_GUILESS_MAIN(TestLinearTime)
#include "tst_lineartime.moc"
