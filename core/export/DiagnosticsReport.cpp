#include <strata/export/DiagnosticsReport.h>

#include <QDir>
#include <QHash>

namespace Strata {

QString relativePath(const QString &file, const QString &projectRoot)
{
    if (file.isEmpty() || projectRoot.isEmpty())
        return file;
    const QString relative = QDir(projectRoot).relativeFilePath(file);
    // Files outside the project (C++ registrations) keep their own path.
    return relative.startsWith(QStringLiteral("../")) ? file : relative;
}

QString diagnosticToText(const Diagnostic &d, const QString &projectRoot)
{
    QString where = relativePath(d.location.file, projectRoot);
    if (where.isEmpty())
        where = d.package.isEmpty() ? QStringLiteral("<project>") : d.package;
    if (d.location.line > 0)
        where += QLatin1Char(':') + QString::number(d.location.line) + QLatin1Char(':')
            + QString::number(std::max(d.location.column, 1));
    QString text = where + QStringLiteral(": ") + severityName(d.severity) + QStringLiteral(" [") + d.code
        + QStringLiteral("] ") + d.message + QLatin1Char('\n');
    if (!d.help.isEmpty())
        text += QStringLiteral("  help: ") + d.help + QLatin1Char('\n');
    return text;
}

QString diagnosticsToText(const Diagnostics &diagnostics, const QString &projectRoot)
{
    QString text;
    for (const Diagnostic &d : diagnostics)
        text += diagnosticToText(d, projectRoot);
    return text;
}

namespace {

OrderedJson toJson(const Diagnostic &d, const QString &file)
{
    OrderedJson json = OrderedJson::object(); // a local, so that it is returned without a copy
    json.insert(QStringLiteral("severity"), severityName(d.severity))
        .insert(QStringLiteral("code"), d.code)
        .insert(QStringLiteral("message"), d.message)
        .insert(QStringLiteral("file"), file)
        .insert(QStringLiteral("line"), d.location.line)
        .insert(QStringLiteral("column"), d.location.column)
        .insert(QStringLiteral("package"), d.package)
        .insert(QStringLiteral("help"), d.help);
    return json;
}

} // namespace

OrderedJson diagnosticToJson(const Diagnostic &d, const QString &projectRoot)
{
    return toJson(d, relativePath(d.location.file, projectRoot));
}

OrderedJson diagnosticsToJson(const Diagnostics &diagnostics, const QString &projectRoot)
{
    // Findings come many to a file: each file's relative path is worked out once.
    QHash<QString, QString> relativePaths;
    OrderedJson list = OrderedJson::array();
    list.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics) {
        auto file = relativePaths.constFind(d.location.file);
        if (file == relativePaths.cend())
            file = relativePaths.insert(d.location.file, relativePath(d.location.file, projectRoot));
        list.append(toJson(d, *file));
    }
    OrderedJson report = OrderedJson::object();
    report.insert(QStringLiteral("diagnostics"), std::move(list))
        .insert(QStringLiteral("errors"), countErrors(diagnostics))
        .insert(QStringLiteral("warnings"), countWarnings(diagnostics));
    return report;
}

} // namespace Strata
