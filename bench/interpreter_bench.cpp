// strata-interpreter-bench PROJECT: the schema every migration of a PostgreSQL project produces,
// computed by the DDL interpreter (core/diff) without a server. The project is loaded first (not
// measured); then every migration's up section is interpreted in the migration graph's order, as
// the CLI orders them (PostgresDdlInterpreter::applyAll: parsed on the pool, applied in order). Prints the median of the runs and what the schema holds, so that a run that
// interpreted nothing cannot pass for a fast one.
#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <pg_query.h>

#include <algorithm>

#include <sys/resource.h>

using namespace Strata;

namespace {

// CPU time of the whole process (every thread), user and system, in milliseconds.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

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

    QList<PostgresDdlInterpreter::Script> scripts;
    for (int node : graph.order()) {
        const Migration &migration = graph.nodes().at(node).migration;
        SourceLocation start;
        start.file = migration.file;
        start.line = migration.up.firstLine;
        scripts.append({migration.up.sql, start});
    }

    QList<double> times;
    QList<double> cpuTimes;
    qsizetype tables = 0;
    qsizetype columns = 0;
    qsizetype notFollowed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        PostgresDdlInterpreter interpreter;
        const Result<> applied = interpreter.applyAll(scripts);
        if (!applied) {
            QTextStream(stderr) << "strata-interpreter-bench: " << applied.error().location.file << ':'
                                << applied.error().location.line << ": " << applied.error().message << '\n';
            return 1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.append(cpuMs() - cpuStart);
        tables = interpreter.tables().size();
        columns = 0;
        for (const Table &table : interpreter.tables())
            columns += table.columns.size();
        notFollowed = interpreter.notFollowed().size();
    }
    // The same sequentially (apply() per script, parsing on this thread), and libpg_query's parse
    // alone: how the time splits between parsing and interpreting.
    QList<double> sequential;
    QList<double> parseOnly;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        PostgresDdlInterpreter interpreter;
        for (const PostgresDdlInterpreter::Script &script : std::as_const(scripts))
            (void)interpreter.apply(script.sql, script.location);
        sequential.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        for (const PostgresDdlInterpreter::Script &script : std::as_const(scripts)) {
            PgQueryParseResult result = pg_query_parse(script.sql.toUtf8().constData());
            pg_query_free_parse_result(result);
        }
        parseOnly.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(sequential.begin(), sequential.end());
    std::sort(parseOnly.begin(), parseOnly.end());
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    QTextStream(stdout) << "migrations=" << graph.nodes().size() << " tables=" << tables << " columns=" << columns
                        << " not_followed=" << notFollowed << " runs=" << runs
                        << " median_ms=" << QString::number(times.at(times.size() / 2), 'f', 1)
                        << " min_ms=" << QString::number(times.first(), 'f', 1)
                        << " median_cpu_ms=" << QString::number(cpuTimes.at(cpuTimes.size() / 2), 'f', 1)
                        << " sequential_median_ms=" << QString::number(sequential.at(sequential.size() / 2), 'f', 1)
                        << " pg_query_parse_median_ms=" << QString::number(parseOnly.at(parseOnly.size() / 2), 'f', 1)
                        << '\n';
    return 0;
}
