#pragma once

#include <strata/export/OrderedJson.h>
#include <strata/registry/Registry.h>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Strata::Cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

enum class OutputFormat { Text, Json, Dot, Mermaid };

// What a command receives: the parsed command line, the loaded project, and the output streams.
class Context
{
public:
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString projectRoot{};
    QString format{}; // as given with --format; empty = the command's default
    bool verbose = false;
    bool quiet = false;

    // Reads the project (strata.json and every package) into `registry`. Returns false, having
    // printed why, when the project folder cannot be read at all.
    bool loadProject(Registry &registry);
    // Prints "strata: error: MESSAGE" to stderr.
    void error(const QString &message);
    void warning(const QString &message);
    // Writes a JSON document (indented) to stdout.
    void printJson(const QJsonObject &object);
    void printJson(const OrderedJson &json); // for output whose key order is documented
};

struct Command
{
    QString name;
    QString description; // translated
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Context &)> run;
    // Command lines that `strata COMMAND --help` shows under "Examples".
    QStringList examples{};
};

// The commands, in the order `strata --help` lists them. Each lives in its own file.
Command listCommand();
Command validateCommand();
Command graphCommand();
Command docsCommand();
Command sqlCommand();
Command diffCommand();
Command generateCommand();
Command statusCommand();
Command planCommand();
Command migrateCommand();
Command rollbackCommand();
Command repairCommand();
Command baselineCommand();
Command watchCommand();

// A T made for the rest of the process and never destroyed: the process ends right after the
// command, and tearing down a large project's model (every table, column and migration, one
// allocation at a time) would cost a tenth of the run; the operating system takes the memory back
// at once. It stays reachable from a static list, so it is no leak (LeakSanitizer, `make
// check-sanitizers`). For the main thread's commands only.
void keepUntilExit(std::shared_ptr<void> object);
template<typename T>
T &keptUntilExit()
{
    auto object = std::make_shared<T>();
    T &kept = *object;
    keepUntilExit(std::move(object));
    return kept;
}

// Parses the command line (global options before or after the command) and runs the command.
// `strata --help` lists the commands; `strata COMMAND --help` and `strata help COMMAND` describe one.
int run(const QStringList &arguments);

} // namespace Strata::Cli
