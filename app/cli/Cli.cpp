#include "Cli.h"

#include "loading/PackageScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

namespace Strata::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Cli", text);
}

QList<Command> commands()
{
    return {listCommand(),   validateCommand(), graphCommand(),    sqlCommand(),   statusCommand(),
            planCommand(),   migrateCommand(),  rollbackCommand(), repairCommand(),  watchCommand()};
}

// Options that take a value, so that the value is not mistaken for the command name.
bool takesValue(const QString &argument)
{
    static const QStringList withValue{QStringLiteral("-C"), QStringLiteral("--project"),
                                       QStringLiteral("--format"), QStringLiteral("--skip"),
                                       QStringLiteral("--dialect"), QStringLiteral("--database"),
                                       QStringLiteral("--to"), QStringLiteral("--steps"),
                                       QStringLiteral("--lock-timeout"), QStringLiteral("--debounce")};
    return withValue.contains(argument);
}

QString findCommandName(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return {};
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

QString usage(const QList<Command> &all)
{
    QString text = tr("Usage: strata [options] COMMAND [command options]\n\nCommands:\n");
    for (const Command &command : all)
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.description);
    text += tr("\nRun 'strata COMMAND --help' for the options of a command.\n");
    return text;
}

} // namespace

bool Context::loadProject(Registry &registry)
{
    const QFileInfo info(projectRoot);
    if (!info.exists() || !info.isDir()) {
        error(tr("cannot read the project: \"%1\" is not a folder").arg(projectRoot));
        return false;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        error(tr("cannot read the project: \"%1\" is not readable").arg(projectRoot));
        return false;
    }
    PackageScanner().discoverAndRegister(projectRoot, registry);
    return true;
}

void Context::error(const QString &message)
{
    err << QStringLiteral("strata: error: ") << message << Qt::endl;
}

void Context::warning(const QString &message)
{
    err << QStringLiteral("strata: warning: ") << message << Qt::endl;
}

void Context::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void Context::printJson(const OrderedJson &json)
{
    out << QString::fromUtf8(json.toJson());
    out.flush();
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> all = commands();

    const QString commandName = findCommandName(arguments);
    const Command *command = nullptr;
    for (const Command &candidate : all) {
        if (candidate.name == commandName)
            command = &candidate;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Strata: see, check and change the database of a modular application."));
    const QCommandLineOption projectOption({QStringLiteral("C"), QStringLiteral("project")},
                                           tr("The project folder (default: the current folder)."), tr("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"));
    const QCommandLineOption verboseOption({QStringLiteral("v"), QStringLiteral("verbose")},
                                           tr("Show debug output of discovery, loading and validation."));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         tr("Print only errors and results."));
    parser.addOptions({projectOption, formatOption, verboseOption, quietOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    // Not addVersionOption(): it would claim -v, which is --verbose here.
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."), QStringLiteral("COMMAND"));
    if (command)
        command->addOptions(parser);

    if (!parser.parse(arguments)) {
        err << QStringLiteral("strata: error: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Success;
    }
    if (parser.isSet(helpOption) || commandName.isEmpty()) {
        (parser.isSet(helpOption) ? out : err) << parser.helpText() << QLatin1Char('\n') << usage(all);
        return parser.isSet(helpOption) ? Success : UsageError;
    }
    if (!command) {
        err << tr("strata: error: unknown command \"%1\"").arg(commandName) << QLatin1Char('\n') << usage(all);
        return UsageError;
    }

    Context context{parser, out, err};
    context.projectRoot = QDir::cleanPath(QFileInfo(parser.isSet(projectOption) ? parser.value(projectOption)
                                                                                : QDir::currentPath())
                                              .absoluteFilePath());
    context.format = parser.value(formatOption);
    context.verbose = parser.isSet(verboseOption);
    context.quiet = parser.isSet(quietOption);
    if (context.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("strata.*.debug=true"));
    return command->run(context);
}

} // namespace Strata::Cli
