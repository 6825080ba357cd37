#include "Help.h"

#include <QCoreApplication>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

// QCommandLineParser::helpText() is "Usage: PROGRAM [options] ARGS\nDESCRIPTION\n\nOptions:\n...\n\nArguments:\n...\n":
// blocks separated by blank lines, each opening with its heading (translated by Qt's own catalogue).
QStringList blocks(const QString &helpText)
{
    return helpText.trimmed().split(QStringLiteral("\n\n"));
}

// Qt's usage line names the program as it was started ("Usage: ../build/app/cli/strata [options]"):
// name it as people type it, and put `inserted` ("[global options] plan") right after it.
QString usageLine(QString usage, const QString &inserted = {})
{
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = started.isEmpty() ? -1 : usage.indexOf(started);
    if (at < 0)
        return usage;
    QString program = QCoreApplication::applicationName();
    if (!inserted.isEmpty())
        program += QLatin1Char(' ') + inserted;
    return usage.replace(at, started.size(), program);
}

} // namespace

QString commandList(const QList<Command> &commands)
{
    QString text = Text::tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.description);
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("help").leftJustified(10), Text::tr("Describe a command: strata help COMMAND."));
    return text;
}

QString overviewHelp(const QCommandLineParser &global, const QList<Command> &commands)
{
    QStringList text = blocks(global.helpText());
    text.first() = usageLine(text.first());
    return text.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + commandList(commands) + QLatin1Char('\n')
        + Text::tr("Run 'strata help COMMAND' or 'strata COMMAND --help' for the options and examples of a command.")
        + QLatin1Char('\n');
}

QString commandHelp(const Command &command, const QCommandLineParser &global)
{
    QCommandLineParser own;
    own.setApplicationDescription(command.description);
    command.addOptions(own);
    QStringList text = blocks(own.helpText());

    // "Usage: strata [options] [PACKAGE...]" -> "Usage: strata [global options] sql [options] [PACKAGE...]".
    text.first() = usageLine(text.first(), Text::tr("[global options]") + QLatin1Char(' ') + command.name);

    // The global parser's blocks: usage, "Options:", "Arguments:" (COMMAND). Only the options belong here.
    QString globalOptions = blocks(global.helpText()).value(1);
    globalOptions.replace(0, globalOptions.indexOf(QLatin1Char('\n')), Text::tr("Global options:"));
    text.append(globalOptions);

    if (!command.examples.isEmpty()) {
        QString examples = Text::tr("Examples:");
        for (const QString &example : command.examples)
            examples += QStringLiteral("\n  ") + example;
        text.append(examples);
    }
    return text.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace Strata::Cli
