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
        QJsonArray packages;
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
            QJsonObject entry;
            entry.insert(QStringLiteral("name"), package.name);
            entry.insert(QStringLiteral("version"), package.version);
            entry.insert(QStringLiteral("path"), relativePath(package.directory, context.projectRoot));
            entry.insert(QStringLiteral("dependencies"), dependencies);
            entry.insert(QStringLiteral("tables"), tables);
            entry.insert(QStringLiteral("migrations"), migrations);
            packages.append(entry);
        }
        context.printJson(QJsonObject{{QStringLiteral("packages"), packages}});
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
