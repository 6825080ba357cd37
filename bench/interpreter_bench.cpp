// strata-interpreter-bench PROJECT: the schema every migration of a PostgreSQL project produces,
// computed by the DDL interpreter (core/diff) without a server. The project is loaded first (not
// measured); then every migration's up section is interpreted in the migration graph's order, as
// the CLI orders them. Prints the median of the runs and what the schema holds, so that a run that
// interpreted nothing cannot pass for a fast one.
#include "diff/PostgresDdlInterpreter.h"
#include "registry/MigrationGraph.h"
#include "registry/ProjectLoading.h"
#include "registry/Registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Strata;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: strata-interpreter-bench PROJECT [RUNS]\n";
        return 2;
    }
    const int runs = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 5;
    Registry registry;
    discoverAndRegister(arguments.at(1), registry);
    const MigrationGraph graph = MigrationGraph::build(registry);

    QList<double> times;
    qsizetype tables = 0;
    qsizetype columns = 0;
    qsizetype notFollowed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        PostgresDdlInterpreter interpreter;
        for (int node : graph.order()) {
            const Migration &migration = graph.nodes().at(node).migration;
            const Result<> applied = interpreter.apply(migration.up.sql, {migration.file, migration.up.firstLine, 1});
            if (!applied) {
                QTextStream(stderr) << "strata-interpreter-bench: " << applied.error().location.file << ':'
                                    << applied.error().location.line << ": " << applied.error().message << '\n';
                return 1;
            }
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        tables = interpreter.tables().size();
        columns = 0;
        for (const Table &table : interpreter.tables())
            columns += table.columns.size();
        notFollowed = interpreter.notFollowed().size();
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << "migrations=" << graph.nodes().size() << " tables=" << tables << " columns=" << columns
                        << " not_followed=" << notFollowed << " runs=" << runs
                        << " median_ms=" << QString::number(times.at(times.size() / 2), 'f', 1)
                        << " min_ms=" << QString::number(times.first(), 'f', 1) << '\n';
    return 0;
}
