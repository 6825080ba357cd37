#include "Cli.h"
#include "Help.h"

#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>
#include <vector>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

QList<Command> commands()
{
    return {listCommand(),     validateCommand(), graphCommand(),   docsCommand(),    sqlCommand(),
            diffCommand(),     generateCommand(), statusCommand(),  planCommand(),    migrateCommand(),
            rollbackCommand(), repairCommand(),   baselineCommand(), watchCommand()};
}

const Command *findCommand(const QList<Command> &all, const QString &name)
{
    for (const Command &command : all) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

// Options that take a value, so that the value is not mistaken for the command name.
bool takesValue(const QString &argument)
{
    static const QStringList withValue{QStringLiteral("-C"), QStringLiteral("--project"),
                                       QStringLiteral("--format"), QStringLiteral("--skip"),
                                       QStringLiteral("--dialect"), QStringLiteral("--database"),
                                       QStringLiteral("--to"), QStringLiteral("--steps"),
                                       QStringLiteral("--lock-timeout"), QStringLiteral("--debounce"),
                                       QStringLiteral("--out")};
    return withValue.contains(argument);
}

// The arguments that are not options nor their values: the command name first ("help" is one).
QStringList findPositionals(const QStringList &arguments)
{
    QStringList positionals;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return positionals + arguments.mid(i + 1);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            positionals.append(argument);
    }
    return positionals;
}

// The options every command takes, before or after its name.
struct GlobalOptions
{
    QCommandLineOption project{{QStringLiteral("C"), QStringLiteral("project")},
                               Text::tr("The project folder (default: the current folder)."), Text::tr("DIR")};
    QCommandLineOption format{QStringLiteral("format"), Text::tr("Output format: text or json."), Text::tr("FORMAT")};
    QCommandLineOption verbose{{QStringLiteral("v"), QStringLiteral("verbose")},
                               Text::tr("Show debug output of discovery, loading, validation and migrations.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")}, Text::tr("Print only errors and results.")};
    // Not addVersionOption(): it would claim -v, which is --verbose here.
    QCommandLineOption version{QStringLiteral("version"), Text::tr("Show the version.")};
    // Not addHelpOption(): its --help-all offers Qt's options, which a command-line tool has none of.
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            Text::tr("Show this help; after a command, that command's options and examples.")};
};

// Adds the global options to `parser` (alone: what `strata --help` describes).
void setUpGlobalParser(QCommandLineParser &parser, const GlobalOptions &options)
{
    parser.setApplicationDescription(Text::tr("Strata: see, check and change the database of a modular application."));
    parser.addOptions({options.project, options.format, options.verbose, options.quiet, options.help, options.version});
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run (see below)."),
                                 QStringLiteral("COMMAND"));
}

} // namespace

bool Context::loadProject(Registry &registry)
{
    const QFileInfo info(projectRoot);
    if (!info.exists() || !info.isDir()) {
        error(Text::tr("cannot read the project: \"%1\" is not a folder").arg(projectRoot));
        return false;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        error(Text::tr("cannot read the project: \"%1\" is not readable").arg(projectRoot));
        return false;
    }
    discoverAndRegister(projectRoot, registry);
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
    // Bytes straight to stdout, after what the stream holds: a report of 100,000 findings is tens
    // of megabytes, and a round trip through QString would double them twice.
    out.flush();
    const QByteArray bytes = json.toJson();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void keepUntilExit(std::shared_ptr<void> object)
{
    static auto *const kept = new std::vector<std::shared_ptr<void>>; // never destroyed, on purpose
    kept->push_back(std::move(object));
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> all = commands();

    const QStringList positionals = findPositionals(arguments);
    const QString commandName = positionals.value(0);
    const Command *command = findCommand(all, commandName);

    QCommandLineParser parser;
    const GlobalOptions global;
    setUpGlobalParser(parser, global);
    if (command)
        command->addOptions(parser);
    // `strata help [COMMAND]` is help, not a command: its argument is a command's name.
    const bool helpCommand = commandName == u"help";
    if (helpCommand)
        parser.addPositionalArgument(QStringLiteral("topic"), QString(), QStringLiteral("[COMMAND]"));

    if (!parser.parse(arguments)) {
        err << QStringLiteral("strata: error: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(global.version)) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Success;
    }
    QCommandLineParser globalOnly;
    setUpGlobalParser(globalOnly, global);
    if (helpCommand) {
        const QString topic = positionals.value(1);
        if (topic.isEmpty()) {
            out << overviewHelp(globalOnly, all);
            return Success;
        }
        command = findCommand(all, topic);
        if (!command) {
            err << Text::tr("strata: error: unknown command \"%1\"").arg(topic) << QLatin1Char('\n') << commandList(all);
            return UsageError;
        }
        out << commandHelp(*command, globalOnly);
        return Success;
    }
    if (!commandName.isEmpty() && !command) {
        err << Text::tr("strata: error: unknown command \"%1\"").arg(commandName) << QLatin1Char('\n')
            << commandList(all);
        return UsageError;
    }
    if (parser.isSet(global.help)) {
        out << (command ? commandHelp(*command, globalOnly) : overviewHelp(globalOnly, all));
        return Success;
    }
    if (!command) {
        err << overviewHelp(globalOnly, all);
        return UsageError;
    }

    Context context{parser, out, err};
    context.projectRoot = QDir::cleanPath(QFileInfo(parser.isSet(global.project) ? parser.value(global.project)
                                                                                 : QDir::currentPath())
                                              .absoluteFilePath());
    context.format = parser.value(global.format);
    context.verbose = parser.isSet(global.verbose);
    context.quiet = parser.isSet(global.quiet);
    // The strata.* logging categories are for --verbose: without it, what a command has to say it
    // prints itself (a failed migration as an error block, not also as a "strata.migrate:" line).
    QLoggingCategory::setFilterRules(context.verbose ? QStringLiteral("strata.*.debug=true")
                                                     : QStringLiteral("strata.*.warning=false"));
    return command->run(context);
}

} // namespace Strata::Cli
