#pragma once

// The help texts: `strata --help` (global options and the list of commands) and `strata COMMAND
// --help` / `strata help COMMAND` (one command's usage, options, the global options and examples).
#include "Cli.h"

namespace Strata::Cli {

// `global` holds the global options only (and the COMMAND argument).
QString overviewHelp(const QCommandLineParser &global, const QList<Command> &commands);
QString commandHelp(const Command &command, const QCommandLineParser &global);
// "Commands:" and one line per command, for the overview and after an unknown command.
QString commandList(const QList<Command> &commands);

} // namespace Strata::Cli
