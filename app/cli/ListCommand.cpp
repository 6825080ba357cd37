// strata list: the packages in dependency order, with version, tables, migrations and path.
#include "Cli.h"

#include "export/DiagnosticsReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Strata::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Cli", text);
}

int runList(Context &context)
{
    if (context.format != u"" && context.format != u"text" && context.format != u"json") {
        context.error(tr("unknown format \"%1\" for list: use text or json").arg(context.format));
        return UsageError;
    }
    Registry registry;
    if (!context.loadProject(registry))
        return UsageError;

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
        context.printJson(OrderedJson::object().insert(QStringLiteral("packages"), packages));
        return Success;
    }

    qsizetype nameWidth = 7, versionWidth = 7;
    for (const PackageDefinition &package : registry.packages()) {
        nameWidth = std::max(nameWidth, package.name.size());
        versionWidth = std::max(versionWidth, package.version.size());
    }
    context.out << tr("PACKAGE").leftJustified(nameWidth) << QStringLiteral("  ")
                << tr("VERSION").leftJustified(versionWidth) << QStringLiteral("  ") << tr("TABLES")
                << QStringLiteral("  ") << tr("MIGRATIONS") << QStringLiteral("  ") << tr("PATH") << Qt::endl;
    for (const PackageDefinition &package : registry.packages()) {
        context.out << package.name.leftJustified(nameWidth) << QStringLiteral("  ")
                    << package.version.leftJustified(versionWidth) << QStringLiteral("  ")
                    << QString::number(package.tables.size()).rightJustified(tr("TABLES").size())
                    << QStringLiteral("  ")
                    << QString::number(package.migrations.size()).rightJustified(tr("MIGRATIONS").size())
                    << QStringLiteral("  ") << relativePath(package.directory, context.projectRoot) << Qt::endl;
    }
    return Success;
}

} // namespace

Command listCommand()
{
    return Command{QStringLiteral("list"), tr("List the packages in dependency order."),
                   [](QCommandLineParser &) {}, runList};
}

} // namespace Strata::Cli
