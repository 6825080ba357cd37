// strata-migration-bench: the migration engine's figures (docs/performance.md).
//   1. Planning: MigrationGraph::build + Planner::up over a generated project (PROJECT argument,
//      e.g. 1,000 packages x 10 migrations from strata-generate), against an empty history.
//   2. Running: 1,000 trivial migrations (100 packages x 10) applied to a fresh SQLite file by
//      MigrationRunner, against a baseline that runs the same statements, one transaction per
//      migration, on the same kind of connection without Strata. The difference per migration is
//      Strata's own overhead: history reads and writes, the lock, planning.
#include <strata/loading/PackageScanner.h>
#include <strata/migration/Connection.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registration/Registration.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Strata;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QList<PackageDefinition> trivialPackages(int packages, int migrationsPerPackage)
{
    QList<PackageDefinition> result;
    for (int p = 0; p < packages; ++p) {
        PackageRegistration registration;
        registration.packageName = QStringLiteral("@bench/p%1").arg(p, 3, 10, QLatin1Char('0'));
        registration.version = QStringLiteral("1.0.0");
        if (p > 0)
            registration.dependencies = {QStringLiteral("@bench/p%1").arg(p - 1, 3, 10, QLatin1Char('0'))};
        for (int m = 0; m < migrationsPerPackage; ++m) {
            const QString table = QStringLiteral("t_%1_%2").arg(p).arg(m);
            registration.migrations.append(createMigration(
                {.id = QStringLiteral("%1_create").arg(m + 1, 4, 10, QLatin1Char('0')),
                 .up = QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT)").arg(table),
                 .down = QStringLiteral("DROP TABLE %1").arg(table)}));
        }
        result.append(definePackage(registration));
    }
    return result;
}

// The same statements, one transaction per migration, straight through a connection.
qint64 baselineMs(const MigrationGraph &graph, const QString &path)
{
    DatabaseUrl url;
    url.path = path;
    Connection connection(url);
    QElapsedTimer timer;
    timer.start();
    for (int index : graph.order()) {
        const MigrationNode &node = graph.nodes().at(index);
        // A baseline of the cost of the statements: their outcome is not what is measured.
        (void)connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
        (void)connection.exec(node.migration.up.sql);
        (void)connection.exec(QStringLiteral("COMMIT"));
    }
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();

    if (args.size() > 1) {
        Registry registry;
        discoverAndRegister(args.at(1), registry);
        int migrations = 0;
        for (const PackageDefinition &package : registry.packages())
            migrations += int(package.migrations.size());
        QList<double> times;
        int planned = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const MigrationGraph graph = MigrationGraph::build(registry);
            const Result<Plan> plan = Planner(graph, DialectKind::SQLite).up({});
            times.append(timer.nsecsElapsed() / 1e6);
            planned = plan ? int(plan->migrations.size()) : 0;
        }
        out << QStringLiteral("planning: %1 packages, %2 migrations, %3 planned: median %4 ms (target < 200 ms)\n")
                   .arg(registry.packages().size())
                   .arg(migrations)
                   .arg(planned)
                   .arg(median(times), 0, 'f', 1);
        out.flush();
    }

    const int packages = 100, perPackage = 10;
    Registry registry;
    registry.setPackages(trivialPackages(packages, perPackage));
    const MigrationGraph graph = MigrationGraph::build(registry);
    QList<double> overheads, strataTimes, baseTimes;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir dir;
        const qint64 base = baselineMs(graph, dir.path() + QStringLiteral("/baseline.db"));

        RunRequest request;
        request.url.path = dir.path() + QStringLiteral("/strata.db");
        MigrationRunner runner;
        QElapsedTimer timer;
        timer.start();
        const RunResult result = runner.run(graph, request);
        const qint64 strata = timer.elapsed();
        if (!result.ok()) {
            out << QStringLiteral("run failed: %1\n").arg(result.errorMessage());
            return 1;
        }
        strataTimes.append(strata);
        baseTimes.append(base);
        overheads.append(double(strata - base) / double(packages * perPackage));
    }
    out << QStringLiteral("running: %1 trivial migrations on SQLite: Strata %2 ms, the same SQL without Strata %3 ms: "
                          "overhead %4 ms per migration (target < 2 ms)\n")
               .arg(packages * perPackage)
               .arg(median(strataTimes), 0, 'f', 0)
               .arg(median(baseTimes), 0, 'f', 0)
               .arg(median(overheads), 0, 'f', 3);
    return 0;
}
