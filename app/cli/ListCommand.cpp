// strata list: the packages in dependency order, with version, tables, migrations and path.
#include "Cli.h"

#include <strata/export/DiagnosticsReport.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

int runList(Context &context)
{
    if (context.format != u"" && context.format != u"text" && context.format != u"json") {
        context.error(Text::tr("unknown format \"%1\" for list: use text or json").arg(context.format));
        return UsageError;
    }
    Registry registry;
    if (!context.loadProject(registry))
        return UsageError;
    // A cycle leaves no dependency order: its packages stand by name. Say so, and fail as validate does
    // on a project with errors, so that a script never takes this order for one to install in.
    const QList<QStringList> &cycles = registry.cycles();
    for (const QStringList &cycle : cycles)
        context.error(Text::tr("dependency cycle %1: the packages are not in dependency order (those in the cycle "
                               "stand by name)")
                          .arg(cycle.join(QStringLiteral(" -> "))));
    const int exitCode = cycles.isEmpty() ? Success : Failure;

    if (context.format == u"json") {
        OrderedJson packages = OrderedJson::array();
        for (const PackageDefinition &package : registry.packages()) {
            QJsonArray dependencies;
            for (const Dependency &dependency : package.dependencies) {
                if (!dependency.fromPackageJson || registry.package(dependency.name))
                    dependencies.append(dependency.name);
            }
            QJsonArray tables;
            for (const Table &table : package.tables)
                tables.append(table.name);
            QJsonArray migrations;
            for (const Migration &migration : package.migrations)
                migrations.append(migration.id);
            // Keys in the documented order: name, version, path, dependencies, tables, migrations.
            packages.append(OrderedJson::object()
                                .insert(QStringLiteral("name"), package.name)
                                .insert(QStringLiteral("version"), package.version)
                                .insert(QStringLiteral("path"), relativePath(package.directory, context.projectRoot))
                                .insert(QStringLiteral("dependencies"), QJsonValue(dependencies))
                                .insert(QStringLiteral("tables"), QJsonValue(tables))
                                .insert(QStringLiteral("migrations"), QJsonValue(migrations)));
        }
        OrderedJson root = OrderedJson::object().insert(QStringLiteral("packages"), packages);
        if (!cycles.isEmpty()) {
            QJsonArray paths;
            for (const QStringList &cycle : cycles)
                paths.append(QJsonArray::fromStringList(cycle));
            root.insert(QStringLiteral("cycles"), QJsonValue(paths));
        }
        context.printJson(root);
        return exitCode;
    }

    qsizetype nameWidth = 7, versionWidth = 7;
    for (const PackageDefinition &package : registry.packages()) {
        nameWidth = std::max(nameWidth, package.name.size());
        versionWidth = std::max(versionWidth, package.version.size());
    }
    context.out << Text::tr("PACKAGE").leftJustified(nameWidth) << QStringLiteral("  ")
                << Text::tr("VERSION").leftJustified(versionWidth) << QStringLiteral("  ") << Text::tr("TABLES")
                << QStringLiteral("  ") << Text::tr("MIGRATIONS") << QStringLiteral("  ") << Text::tr("PATH") << Qt::endl;
    for (const PackageDefinition &package : registry.packages()) {
        context.out << package.name.leftJustified(nameWidth) << QStringLiteral("  ")
                    << package.version.leftJustified(versionWidth) << QStringLiteral("  ")
                    << QString::number(package.tables.size()).rightJustified(Text::tr("TABLES").size())
                    << QStringLiteral("  ")
                    << QString::number(package.migrations.size()).rightJustified(Text::tr("MIGRATIONS").size())
                    << QStringLiteral("  ") << relativePath(package.directory, context.projectRoot) << Qt::endl;
    }
    return exitCode;
}

} // namespace

Command listCommand()
{
    return Command{QStringLiteral("list"), Text::tr("List the packages in dependency order."),
                   [](QCommandLineParser &) {}, runList,
                   {QStringLiteral("strata -C examples list"), QStringLiteral("strata -C examples list --format json")}};
}

} // namespace Strata::Cli
