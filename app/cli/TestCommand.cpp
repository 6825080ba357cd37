// strata test: each package migrated, compared, rolled back and migrated again in a scratch database
// of its own (core/testing/PackageTester); its report as text, JSON or JUnit XML.
#include "Migrations.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/MigrationQueries.h>
#include <strata/testing/PackageTester.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QXmlStreamWriter>

namespace Strata::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

// Not the migration commands' --database: it names where the scratch databases are made, never one
// that is changed.
const QCommandLineOption &serverOption()
{
    static const QCommandLineOption option(
        QStringLiteral("database"),
        Text::tr("Make the scratch databases on this PostgreSQL server (each created and dropped), or in SQLite "
                 "files with sqlite: (default: the project's database's server, or SQLite)."),
        Text::tr("URL"));
    return option;
}

const QCommandLineOption &requireDownOption()
{
    static const QCommandLineOption option(QStringLiteral("require-down"),
                                           Text::tr("Fail a package with a migration that has no down section."));
    return option;
}

QString locationText(const SourceLocation &where, const QString &root)
{
    if (!where.isValid())
        return {};
    QString text = relativePath(where.file, root);
    if (where.line > 0)
        text += QLatin1Char(':') + QString::number(where.line);
    if (where.column > 0)
        text += QLatin1Char(':') + QString::number(where.column);
    return text;
}

QString messageLine(const PackageTestMessage &message, const QString &root)
{
    const QString where = locationText(message.location, root);
    return where.isEmpty() ? message.text : where + QStringLiteral(": ") + message.text;
}

QString outcomeText(PackageTestOutcome outcome)
{
    switch (outcome) {
    case PackageTestOutcome::Passed: return Text::tr("passed");
    case PackageTestOutcome::Failed: return Text::tr("FAILED");
    case PackageTestOutcome::Skipped: return Text::tr("skipped");
    }
    return {};
}

void printPackage(Context &context, const PackageTestResult &result)
{
    context.out << (result.passed() ? Text::tr("ok") : Text::tr("FAILED")) << QStringLiteral("  ") << result.package
                << QStringLiteral("  (") << Text::tr("%1 ms").arg(result.elapsedMs) << QLatin1Char(')') << Qt::endl;
    for (const PackageTestStep &step : result.steps) {
        const bool interesting = step.outcome != PackageTestOutcome::Passed || context.verbose;
        if (!interesting)
            continue;
        context.out << QStringLiteral("    ") << packageTestStepTitle(step.kind) << QStringLiteral(": ")
                    << outcomeText(step.outcome) << Qt::endl;
        for (const PackageTestMessage &message : step.messages)
            context.out << QStringLiteral("      ") << messageLine(message, context.projectRoot) << Qt::endl;
    }
}

void printSummary(Context &context, const PackageTestRun &run)
{
    int failed = 0;
    for (const PackageTestResult &result : run.packages)
        failed += result.passed() ? 0 : 1;
    const int total = int(run.packages.size());
    if (run.cancelled)
        context.out << Text::tr("Cancelled.") << Qt::endl;
    context.out << Text::tr("%n package(s) tested", nullptr, total) << QStringLiteral(": ")
                << Text::tr("%n passed", nullptr, total - failed) << QStringLiteral(", ")
                << Text::tr("%n failed", nullptr, failed) << Qt::endl;
}

QJsonObject messageToJson(const PackageTestMessage &message, const QString &root)
{
    QJsonObject json{{QStringLiteral("message"), message.text}};
    if (message.location.isValid()) {
        json.insert(QStringLiteral("file"), relativePath(message.location.file, root));
        json.insert(QStringLiteral("line"), message.location.line);
        json.insert(QStringLiteral("column"), message.location.column);
    }
    return json;
}

void printJson(Context &context, const PackageTestRun &run, const QString &database)
{
    QJsonArray packages;
    int failed = 0;
    for (const PackageTestResult &result : run.packages) {
        QJsonArray steps;
        for (const PackageTestStep &step : result.steps) {
            QJsonArray messages;
            for (const PackageTestMessage &message : step.messages)
                messages.append(messageToJson(message, context.projectRoot));
            steps.append(QJsonObject{{QStringLiteral("step"), packageTestStepName(step.kind)},
                                     {QStringLiteral("outcome"), packageTestOutcomeName(step.outcome)},
                                     {QStringLiteral("ms"), step.elapsedMs},
                                     {QStringLiteral("messages"), messages}});
        }
        failed += result.passed() ? 0 : 1;
        packages.append(QJsonObject{{QStringLiteral("package"), result.package},
                                    {QStringLiteral("passed"), result.passed()},
                                    {QStringLiteral("ms"), result.elapsedMs},
                                    {QStringLiteral("steps"), steps}});
    }
    context.printJson(QJsonObject{{QStringLiteral("database"), database},
                                  {QStringLiteral("passed"), run.passed()},
                                  {QStringLiteral("cancelled"), run.cancelled},
                                  {QStringLiteral("packages"), packages},
                                  {QStringLiteral("summary"),
                                   QJsonObject{{QStringLiteral("packages"), int(run.packages.size())},
                                               {QStringLiteral("passed"), int(run.packages.size()) - failed},
                                               {QStringLiteral("failed"), failed}}}});
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// JUnit XML as CI systems read it: a testsuite per package, a testcase per step; QXmlStreamWriter
// escapes every name and message.
void printJunit(Context &context, const PackageTestRun &run)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    int tests = 0, failures = 0, skipped = 0;
    qint64 total = 0;
    for (const PackageTestResult &result : run.packages) {
        total += result.elapsedMs;
        for (const PackageTestStep &step : result.steps) {
            ++tests;
            failures += step.outcome == PackageTestOutcome::Failed ? 1 : 0;
            skipped += step.outcome == PackageTestOutcome::Skipped ? 1 : 0;
        }
    }
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("strata test"));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    writer.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    writer.writeAttribute(QStringLiteral("time"), seconds(total));
    for (const PackageTestResult &result : run.packages) {
        int packageFailures = 0, packageSkipped = 0;
        for (const PackageTestStep &step : result.steps) {
            packageFailures += step.outcome == PackageTestOutcome::Failed ? 1 : 0;
            packageSkipped += step.outcome == PackageTestOutcome::Skipped ? 1 : 0;
        }
        writer.writeStartElement(QStringLiteral("testsuite"));
        writer.writeAttribute(QStringLiteral("name"), result.package);
        writer.writeAttribute(QStringLiteral("tests"), QString::number(result.steps.size()));
        writer.writeAttribute(QStringLiteral("failures"), QString::number(packageFailures));
        writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        writer.writeAttribute(QStringLiteral("skipped"), QString::number(packageSkipped));
        writer.writeAttribute(QStringLiteral("time"), seconds(result.elapsedMs));
        for (const PackageTestStep &step : result.steps) {
            writer.writeStartElement(QStringLiteral("testcase"));
            writer.writeAttribute(QStringLiteral("classname"), result.package);
            writer.writeAttribute(QStringLiteral("name"), packageTestStepName(step.kind));
            writer.writeAttribute(QStringLiteral("time"), seconds(step.elapsedMs));
            QStringList lines;
            for (const PackageTestMessage &message : step.messages)
                lines.append(messageLine(message, context.projectRoot));
            if (step.outcome == PackageTestOutcome::Failed) {
                writer.writeStartElement(QStringLiteral("failure"));
                writer.writeAttribute(QStringLiteral("message"), lines.value(0));
                writer.writeCharacters(lines.join(QLatin1Char('\n')));
                writer.writeEndElement();
            } else if (step.outcome == PackageTestOutcome::Skipped) {
                writer.writeStartElement(QStringLiteral("skipped"));
                writer.writeAttribute(QStringLiteral("message"), lines.join(QLatin1Char('\n')));
                writer.writeEndElement();
            }
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    context.out << xml;
    context.out.flush();
}

int runTest(Context &context)
{
    const QString format = context.format.isEmpty() ? QStringLiteral("text") : context.format;
    if (format != u"text" && format != u"json" && format != u"junit") {
        context.error(Text::tr("--format must be text, json or junit for test"));
        return UsageError;
    }
    Registry &registry = keptUntilExit<Registry>();
    if (!context.loadProject(registry))
        return UsageError;
    const QStringList packages = context.parser.positionalArguments().mid(1);
    for (const QString &name : packages) {
        if (!registry.package(name)) {
            context.error(Text::tr("no package \"%1\" in the project").arg(name));
            return UsageError;
        }
    }
    const DialectKind dialect = registry.project().dialect;
    PackageTestOptions options;
    options.requireDown = context.parser.isSet(requireDownOption());
    options.server.dialect = dialect;
    // Without --database: SQLite files, or the server of the project's own PostgreSQL database.
    const QString server = context.parser.isSet(serverOption())   ? context.parser.value(serverOption())
        : dialect == DialectKind::PostgreSQL                      ? registry.project().databaseUrl()
                                                                  : QString();
    if (!server.isEmpty()) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(server, context.projectRoot);
        if (!url) {
            context.error(url.errorMessage());
            return UsageError;
        }
        if (const QString wrongDialect = checkMigrationDialect(*url, dialect); !wrongDialect.isEmpty()) {
            context.error(wrongDialect + Text::tr("; use --database with a %1 URL").arg(dialectName(dialect)));
            return UsageError;
        }
        url->resolvePassword();
        options.server = *url;
    }
    const QString database = options.server.dialect == DialectKind::SQLite ? QStringLiteral("sqlite")
                                                                            : options.server.display();

    PackageTester tester(registry, options);
    PackageTestRun run;
    if (format == u"text") {
        // Each package's report as soon as it is tested.
        const QStringList names = packages.isEmpty() ? registry.packageNames() : packages;
        for (const QString &name : names) {
            run.packages.append(tester.test(name));
            if (!context.quiet || !run.packages.last().passed())
                printPackage(context, run.packages.last());
        }
        printSummary(context, run);
    } else {
        run = tester.run(packages);
        if (format == u"json")
            printJson(context, run, database);
        else
            printJunit(context, run);
    }
    return run.passed() ? Success : Failure;
}

} // namespace

Command testCommand()
{
    return Command{QStringLiteral("test"),
                   Text::tr("Test each package in a scratch database: migrate, compare with its declared schema, "
                            "roll back, migrate again; exit 1 when one fails."),
                   [](QCommandLineParser &parser) {
                       parser.addOptions({serverOption(), requireDownOption()});
                       parser.addPositionalArgument(QStringLiteral("packages"),
                                                    Text::tr("The packages to test (default: all)."),
                                                    QStringLiteral("[PACKAGE...]"));
                   },
                   runTest,
                   {QStringLiteral("strata -C examples test"),
                    QStringLiteral("strata -C examples test @acme/crm --format junit > strata-tests.xml"),
                    QStringLiteral("strata -C examples/postgresql test --database postgresql://postgres@localhost/postgres")}};
}

} // namespace Strata::Cli
