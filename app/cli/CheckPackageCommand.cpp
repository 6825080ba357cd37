// strata check-package: one package validated for a build system. The CMake function
// strata_add_package runs it at build time: the package's findings with absolute paths in the
// FILE:LINE:COLUMN: error: [CODE] MESSAGE form that IDEs and CI annotate (warnings do not fail), and a
// depfile naming the files the result depends on (the package's and its dependencies'), so that the
// build runs it again only when one of them changes.
#include "Cli.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/loading/PackageScanner.h>
#include <strata/loading/ProjectConfigLoader.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Strata::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &withOption()
{
    static const QCommandLineOption option(QStringLiteral("with"),
                                           Text::tr("Another package folder of the application, where the checked "
                                                    "package's dependencies are found (repeatable)."),
                                           Text::tr("FOLDER"));
    return option;
}

const QCommandLineOption &depfileOption()
{
    static const QCommandLineOption option(QStringLiteral("depfile"),
                                           Text::tr("Write the files the result depends on into FILE (Makefile "
                                                    "syntax), for --depfile-target."),
                                           Text::tr("FILE"));
    return option;
}

const QCommandLineOption &depfileTargetOption()
{
    static const QCommandLineOption option(QStringLiteral("depfile-target"),
                                           Text::tr("The build output the depfile's rule names."), Text::tr("OUTPUT"));
    return option;
}

QString absoluteFolder(const QString &folder)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(folder));
}

bool isInside(const QString &file, const QString &folder)
{
    return file == folder || file.startsWith(folder + QLatin1Char('/'));
}

// A Makefile path: spaces, '#' and '$' escaped as make and ninja read them.
QString depfilePath(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    path.replace(QLatin1Char(' '), QLatin1String("\\ "));
    path.replace(QLatin1Char('#'), QLatin1String("\\#"));
    path.replace(QLatin1Char('$'), QLatin1String("$$"));
    return path;
}

// Every file that the package's findings depend on: its own and those of the packages it depends on,
// with the migrations folders themselves, whose time changes when a migration file is added.
QStringList inputsOf(const Registry &registry, const PackageDefinition &package, const ProjectConfig &project)
{
    QStringList files;
    if (!project.file.isEmpty())
        files.append(project.file);
    QList<const PackageDefinition *> packages{&package};
    for (const QString &name : registry.transitiveDependenciesOf(package.name)) {
        if (const PackageDefinition *dependency = registry.package(name))
            packages.append(dependency);
    }
    for (const PackageDefinition *p : packages) {
        if (!p->file.isEmpty())
            files.append(p->file);
        if (!p->directory.isEmpty() && QFileInfo::exists(p->directory + QStringLiteral("/package.json")))
            files.append(p->directory + QStringLiteral("/package.json"));
        if (!p->migrationsDir.isEmpty() && QFileInfo(p->migrationsDir).isDir())
            files.append(p->migrationsDir);
        for (const Migration &migration : p->migrations) {
            if (!migration.file.isEmpty())
                files.append(migration.file);
        }
    }
    files.removeDuplicates();
    return files;
}

bool writeDepfile(Context &context, const QString &path, const QString &target, const QStringList &inputs)
{
    QString text = depfilePath(target) + QLatin1Char(':');
    for (const QString &input : inputs)
        text += QStringLiteral(" \\\n  ") + depfilePath(input);
    text += QLatin1Char('\n');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        context.error(Text::tr("cannot write the depfile \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int runCheckPackage(Context &context)
{
    const QStringList positionals = context.parser.positionalArguments().mid(1);
    if (positionals.size() != 1) {
        context.error(Text::tr("check-package takes one package folder"));
        return UsageError;
    }
    const QString depfile = context.parser.value(depfileOption());
    const QString depfileTarget = context.parser.value(depfileTargetOption());
    if (depfile.isEmpty() != depfileTarget.isEmpty()) {
        context.error(Text::tr("--depfile and --depfile-target go together"));
        return UsageError;
    }
    const QString folder = absoluteFolder(positionals.constFirst());
    if (!QFileInfo(folder).isDir()) {
        context.error(Text::tr("cannot check \"%1\": it is not a folder").arg(folder));
        return UsageError;
    }
    QStringList folders{folder};
    for (const QString &other : context.parser.values(withOption()))
        folders.append(absoluteFolder(other));
    folders.removeDuplicates();

    const ProjectConfig project = loadProjectConfig(context.projectRoot);
    Registry &registry = keptUntilExit<Registry>(); // the process ends right after the report
    registry.setProject(project, PackageScanner::loadAll(folders, project));

    const PackageDefinition *package = registry.packageByKey(folder); // keyed by its clean absolute folder
    Diagnostics findings = project.diagnostics;
    for (const Diagnostic &d : registry.diagnostics()) {
        if ((package && d.package == package->name) || isInside(d.location.file, folder))
            findings.append(d);
    }
    sortDiagnostics(findings);
    for (const Diagnostic &d : findings)
        context.out << diagnosticToBuildText(d);
    context.out.flush();
    if (!depfile.isEmpty() && package && !writeDepfile(context, depfile, depfileTarget, inputsOf(registry, *package, project)))
        return Failure;
    return countErrors(findings) > 0 ? Failure : Success;
}

} // namespace

Command checkPackageCommand()
{
    return Command{QStringLiteral("check-package"),
                   Text::tr("Check one package for a build system (strata_add_package runs it): findings as "
                            "FILE:LINE:COLUMN lines; exit 1 on an error."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({withOption(), depfileOption(), depfileTargetOption()});
                       parser.addPositionalArgument(QStringLiteral("folder"), Text::tr("The package's folder."),
                                                    QStringLiteral("FOLDER"));
                   },
                   runCheckPackage,
                   {QStringLiteral("strata check-package packages/billing --with packages/core")}};
}

} // namespace Strata::Cli
