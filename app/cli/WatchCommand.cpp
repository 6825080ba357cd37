// strata watch: follow the project on disk and print what each change did, with the new findings.
#include "Cli.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/reload/ProjectReloader.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

const QCommandLineOption &debounceOption()
{
    static const QCommandLineOption option(QStringLiteral("debounce"),
                                           Text::tr("Milliseconds of quiet before a batch of changes is read (default 150)."),
                                           Text::tr("MS"), QStringLiteral("150"));
    return option;
}

const QCommandLineOption &fullReportOption()
{
    static const QCommandLineOption option(QStringLiteral("full-report"),
                                           Text::tr("With --format json, every \"reloaded\" event carries the whole report (every "
                                                    "finding), as \"loaded\" does, not only the new findings."));
    return option;
}

QString timestamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

int runWatch(Context &context)
{
    const QFileInfo info(context.projectRoot);
    if (!info.isDir()) {
        context.error(Text::tr("cannot read the project: \"%1\" is not a folder").arg(context.projectRoot));
        return UsageError;
    }
    Registry registry;
    ProjectReloader reloader(registry);
    reloader.watcher().setDebounce(context.parser.value(debounceOption()).toInt());
    const bool json = context.format == u"json";
    const bool fullReport = context.parser.isSet(fullReportOption());

    QObject::connect(&reloader, &ProjectReloader::pollingStarted, [&](const QString &message) {
        context.warning(message);
    });
    QObject::connect(&reloader, &ProjectReloader::loaded, [&](int packages, qint64 ms) {
        const Diagnostics &diagnostics = registry.diagnostics();
        if (json) {
            OrderedJson event = OrderedJson::object()
                                    .insert(QStringLiteral("event"), QStringLiteral("loaded"))
                                    .insert(QStringLiteral("packages"), packages)
                                    .insert(QStringLiteral("ms"), qint64(ms))
                                    .insert(QStringLiteral("report"), diagnosticsToJson(diagnostics, context.projectRoot));
            context.out << QString::fromUtf8(event.toJson(false)) << Qt::endl;
            return;
        }
        context.out << QStringLiteral("[%1] ").arg(timestamp())
                    << Text::tr("watching %1 packages (%2 errors, %3 warnings); loaded in %4 ms")
                           .arg(packages)
                           .arg(countErrors(diagnostics))
                           .arg(countWarnings(diagnostics))
                           .arg(ms)
                    << Qt::endl;
        if (!context.quiet)
            context.out << diagnosticsToText(diagnostics, context.projectRoot);
        context.out.flush();
    });
    QObject::connect(&reloader, &ProjectReloader::reloaded, [&](const ReloadSummary &summary) {
        if (json) {
            OrderedJson event = OrderedJson::object()
                                    .insert(QStringLiteral("event"), QStringLiteral("reloaded"))
                                    .insert(QStringLiteral("summary"), summary.toText())
                                    .insert(QStringLiteral("ms"), summary.elapsedMs)
                                    .insert(QStringLiteral("errors"), countErrors(registry.diagnostics()))
                                    .insert(QStringLiteral("warnings"), countWarnings(registry.diagnostics()))
                                    .insert(QStringLiteral("newDiagnostics"),
                                            diagnosticsToJson(summary.newDiagnostics, context.projectRoot));
            if (fullReport)
                event.insert(QStringLiteral("report"), diagnosticsToJson(registry.diagnostics(), context.projectRoot));
            context.out << QString::fromUtf8(event.toJson(false)) << Qt::endl;
            return;
        }
        if (summary.isEmpty())
            return;
        for (const QString &line : summary.toText().split(QLatin1Char('\n')))
            context.out << QStringLiteral("[%1] ").arg(timestamp()) << line << Qt::endl;
        context.out << diagnosticsToText(summary.newDiagnostics, context.projectRoot);
        context.out.flush();
    });

    reloader.open(context.projectRoot);
    return QCoreApplication::exec();
}

} // namespace

Command watchCommand()
{
    return Command{QStringLiteral("watch"), Text::tr("Follow the project on disk and report each change."),
                   [](QCommandLineParser &parser) {
                       parser.addOption(debounceOption());
                       parser.addOption(fullReportOption());
                   }, runWatch};
}

} // namespace Strata::Cli
