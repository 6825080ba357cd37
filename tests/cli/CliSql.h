#pragma once

// Shared by tst_cli_sql and tst_pg_cli_sql: runs `strata sql` and splits its script into statements
// on its own (quotes, comments), so that the check does not lean on the splitter it would test.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace CliSql {

// Statements of `script`, split at semicolons outside '...', "..." and -- / /* */ comments.
inline QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum { Plain, Single, Double, Line, Block } state = Plain;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case Plain:
            if (c == u';') {
                if (!current.trimmed().isEmpty())
                    statements.append(current.trimmed());
                current.clear();
                continue;
            }
            if (c == u'\'')
                state = Single;
            else if (c == u'"')
                state = Double;
            else if (c == u'-' && next == u'-')
                state = Line;
            else if (c == u'/' && next == u'*')
                state = Block;
            break;
        case Single:
            if (c == u'\'')
                state = Plain; // a doubled '' leaves and re-enters: the same result
            break;
        case Double:
            if (c == u'"')
                state = Plain;
            break;
        case Line:
            if (c == u'\n')
                state = Plain;
            break;
        case Block:
            if (c == u'*' && next == u'/') {
                current += c;
                ++i;
                current += script.at(i);
                state = Plain;
                continue;
            }
            break;
        }
        current += c;
    }
    // A statement is more than its comments.
    if (!current.trimmed().isEmpty()) {
        QString code;
        for (const QString &line : current.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                code += line;
        }
        if (!code.trimmed().isEmpty())
            statements.append(current.trimmed());
    }
    return statements;
}

// The table names `strata list --format json` reports for the project.
inline QStringList declaredTables(const QString &project, QString *error)
{
    const Strata::Test::CliResult r = Strata::Test::runCli(
        {QStringLiteral("-C"), project, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0) {
        *error = QString::fromUtf8(r.err);
        return {};
    }
    QStringList tables;
    const QJsonArray packages = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("packages")).toArray();
    for (const QJsonValue &package : packages) {
        for (const QJsonValue &table : package.toObject().value(QStringLiteral("tables")).toArray())
            tables.append(table.toString());
    }
    return tables;
}

// The package names of the project, in dependency order.
inline QStringList packageNames(const QString &project)
{
    const Strata::Test::CliResult r = Strata::Test::runCli(
        {QStringLiteral("-C"), project, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QStringList names;
    const QJsonArray packages = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("packages")).toArray();
    for (const QJsonValue &package : packages)
        names.append(package.toObject().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace CliSql
