// `strata --help`, `strata COMMAND --help` and `strata help COMMAND` through the real binary: the
// overview lists every command; a command's help gives its usage, description, its own options (and
// no other command's), the global options and examples.

#include "TestSupport.h"

#include <QRegularExpression>
#include <QTest>

using Strata::Test::CliResult;
using Strata::Test::runCli;

namespace {

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// Every command with its own options: what its help must show, and no other command's options.
const QList<std::pair<QString, QStringList>> &commandOptions()
{
    static const QList<std::pair<QString, QStringList>> all{
        {QStringLiteral("list"), {}},
        {QStringLiteral("validate"), {QStringLiteral("--strict"), QStringLiteral("--skip <CODE>")}},
        {QStringLiteral("graph"), {QStringLiteral("--tables")}},
        {QStringLiteral("docs"), {QStringLiteral("--out <DIR>"), QStringLiteral("--dialect <DIALECT>"), QStringLiteral("--check")}},
        {QStringLiteral("sql"), {QStringLiteral("--dialect <DIALECT>"), QStringLiteral("--with-dependencies")}},
        {QStringLiteral("diff"), {QStringLiteral("--database <URL>"), QStringLiteral("--dev-database <URL>")}},
        {QStringLiteral("generate"),
         {QStringLiteral("--name <NAME>"), QStringLiteral("--allow-destructive"), QStringLiteral("--dry-run")}},
        {QStringLiteral("status"), {QStringLiteral("--database <URL>"), QStringLiteral("--check")}},
        {QStringLiteral("plan"),
         {QStringLiteral("--database <URL>"), QStringLiteral("--to <TARGET>"), QStringLiteral("--down"),
          QStringLiteral("--steps <N>"), QStringLiteral("--sql")}},
        {QStringLiteral("migrate"),
         {QStringLiteral("--database <URL>"), QStringLiteral("--to <TARGET>"), QStringLiteral("--dry-run"),
          QStringLiteral("--lock-timeout <SECONDS>")}},
        {QStringLiteral("rollback"),
         {QStringLiteral("--database <URL>"), QStringLiteral("--steps <N>"), QStringLiteral("--to <PACKAGE:ID>"),
          QStringLiteral("--all"), QStringLiteral("--dry-run"), QStringLiteral("--lock-timeout <SECONDS>")}},
        {QStringLiteral("repair"), {QStringLiteral("--database <URL>")}},
        {QStringLiteral("baseline"),
         {QStringLiteral("--database <URL>"), QStringLiteral("--to <TARGET>"), QStringLiteral("--force"),
          QStringLiteral("--dev-database <URL>")}},
        {QStringLiteral("watch"), {QStringLiteral("--debounce <MS>")}},
    };
    return all;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overview()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("Usage: strata [options] COMMAND\n")), qPrintable(out));
        for (const auto &[name, options] : commandOptions())
            QVERIFY2(out.contains(QStringLiteral("\n  ") + name.leftJustified(10) + QStringLiteral("  ")),
                     qPrintable(name + QStringLiteral(" not listed in\n") + out));
        QVERIFY2(out.contains(QStringLiteral("\n  help        Describe a command: strata help COMMAND.\n")), qPrintable(out));
        for (const char *global : {"-C, --project <DIR>", "--format <FORMAT>", "-v, --verbose", "-q, --quiet", "-h, --help",
                                   "--version"})
            QVERIFY2(out.contains(QLatin1String(global)), global);
        // The overview is not any command's help.
        QVERIFY2(!out.contains(QStringLiteral("--database")), qPrintable(out));

        QCOMPARE(QString::fromUtf8(runCli({QStringLiteral("help")}).out), out);
        // Without a command the overview is the usage error's text.
        const CliResult none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(QString::fromUtf8(none.err), out);
    }

    void command_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        for (const auto &[name, options] : commandOptions())
            QTest::newRow(qPrintable(name)) << name << options;
    }

    void command()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        const CliResult r = runCli({name, QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
        const QString out = QString::fromUtf8(r.out);
        const QStringList lines = out.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 4, qPrintable(out));
        // "Usage: strata [global options] NAME [options]", then the command's description.
        const QString usage = QStringLiteral("Usage: strata [global options] %1").arg(name);
        QVERIFY2(lines.at(0).startsWith(usage), qPrintable(out));
        QCOMPARE(lines.at(0).contains(QStringLiteral("[options]")), !options.isEmpty());
        QVERIFY2(lines.at(1).endsWith(QLatin1Char('.')) && lines.at(1).size() > 20, qPrintable(out));

        for (const QString &option : options)
            QVERIFY2(out.contains(QStringLiteral("\n  ") + option + QStringLiteral("  ")),
                     qPrintable(option + QStringLiteral(" missing from\n") + out));
        // No other command's options (those it shares with this one excepted).
        for (const auto &[other, otherOptions] : commandOptions()) {
            for (const QString &option : otherOptions) {
                // The whole option: --all is not --allow-destructive.
                const QRegularExpression listed(QStringLiteral("\n  ") + QRegularExpression::escape(option)
                                                + QStringLiteral("[\\s,]"));
                if (!options.contains(option))
                    QVERIFY2(!out.contains(listed), qPrintable(option + QStringLiteral(" in\n") + out));
            }
        }
        // The global options, under their own heading, after the command's.
        const qsizetype global = out.indexOf(QStringLiteral("\nGlobal options:\n"));
        QVERIFY2(global > 0, qPrintable(out));
        for (const char *option : {"-C, --project <DIR>", "--format <FORMAT>", "-v, --verbose", "-q, --quiet", "-h, --help"})
            QVERIFY2(out.indexOf(QLatin1String(option), global) > global, option);
        for (const QString &option : options)
            QVERIFY2(out.indexOf(option) < global, qPrintable(option));

        // Examples: each a command line of this command. (watch's come with WatchCommand.cpp's next edit.)
        if (name != u"watch") {
            const qsizetype examples = out.indexOf(QStringLiteral("\nExamples:\n  strata "));
            QVERIFY2(examples > global, qPrintable(out));
            for (const QString &line : out.mid(examples + 11).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                QVERIFY2(line.startsWith(QStringLiteral("  strata ")) && line.contains(QLatin1Char(' ') + name),
                         qPrintable(line));
        }

        // `strata help NAME` says the same; so does --help before the name.
        QCOMPARE(QString::fromUtf8(runCli({QStringLiteral("help"), name}).out), out);
        QCOMPARE(QString::fromUtf8(runCli({QStringLiteral("-h"), name}).out), out);
    }

    // The whole text of one command's help, as a terminal shows it.
    void listHelpText()
    {
        const CliResult r = runCli({QStringLiteral("help"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString expected = QStringLiteral(
            "Usage: strata [global options] list\n"
            "List the packages in dependency order.\n"
            "\n"
            "Global options:\n"
            "  -C, --project <DIR>  The project folder (default: the current folder).\n"
            "  --format <FORMAT>    Output format: text or json.\n"
            "  -v, --verbose        Show debug output of discovery, loading, validation and\n"
            "                       migrations.\n"
            "  -q, --quiet          Print only errors and results.\n"
            "  -h, --help           Show this help; after a command, that command's options\n"
            "                       and examples.\n"
            "  --version            Show the version.\n"
            "\n"
            "Examples:\n"
            "  strata -C examples list\n"
            "  strata -C examples list --format json\n");
        QCOMPARE(QString::fromUtf8(r.out), expected);
    }

    void unknownCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("help of an unknown command") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown command with --help") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")};
    }

    void unknownCommand()
    {
        QFETCH(QStringList, arguments);
        const CliResult r = runCli(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("strata: error: unknown command \"frobnicate\"\nCommands:\n  list "), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
