// shop: a small application that builds its database with Strata. It was built with its packages
// (two written in C++ in src/, one in database.json that the build embedded), so it needs no package
// files on disk: it migrates the SQLite file it is given and prints the state of every migration.
#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/Connection.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registration/BuiltInPackages.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Migrates the shop's SQLite database and prints its migrations."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"database"_s, u"The SQLite file to migrate (created when missing)."_s);
    const QCommandLineOption listOption(u"list"_s, u"List the packages the program was built with, and stop."_s);
    parser.addOption(listOption);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Strata::ProjectConfig project;
    project.root = QCoreApplication::applicationDirPath();
    Strata::Registry registry;
    registry.setProject(project, Strata::builtInPackages(project));
    if (parser.isSet(listOption)) {
        for (const Strata::PackageDefinition &package : registry.packages())
            out << package.name << ' ' << package.version << '\n';
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    if (Strata::countErrors(registry.diagnostics()) > 0) {
        err << Strata::diagnosticsToText(registry.diagnostics(), project.root);
        return 1;
    }

    const auto url = Strata::DatabaseUrl::parse(u"sqlite:"_s + parser.positionalArguments().constFirst(), QDir::currentPath());
    if (!url) {
        err << url.error().message << '\n';
        return 2;
    }
    const Strata::MigrationGraph graph = Strata::MigrationGraph::build(registry);
    Strata::MigrationRunner runner;
    const Strata::RunResult result = runner.run(graph, {.url = url.value()});
    if (!result.ok()) {
        if (result.error)
            err << u"cannot migrate: "_s << result.error->message << '\n';
        else
            err << result.failure->package << ':' << result.failure->id << u" failed: "_s << result.failure->databaseError << '\n';
        return 1;
    }

    Strata::Connection connection(url.value());
    Strata::History history(connection);
    const auto applied = history.readAll();
    if (!applied) {
        err << applied.error().message << '\n';
        return 1;
    }
    for (const Strata::MigrationStatus &status : Strata::migrationStatus(graph, applied.value()))
        out << status.package << ':' << status.id << ' ' << Strata::migrationStateName(status.state) << '\n';
    return 0;
}
