#pragma once

// Shared by the `strata diff` tests (tst_cli_diff, tst_pg_cli_diff): reading its JSON report.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace CliDiff {

// One package's differences in a report of `strata diff --format json`, as "KIND TABLE.OBJECT".
inline QStringList kinds(const QJsonObject &report, const QString &package)
{
    QStringList found;
    for (const QJsonValue &p : report.value(QStringLiteral("packages")).toArray()) {
        if (p[QStringLiteral("package")].toString() != package)
            continue;
        for (const QJsonValue &d : p[QStringLiteral("differences")].toArray())
            found.append(d[QStringLiteral("kind")].toString() + QLatin1Char(' ') + d[QStringLiteral("table")].toString()
                         + QLatin1Char('.') + d[QStringLiteral("object")].toString());
    }
    return found;
}

inline QStringList kinds(const QByteArray &json, const QString &package)
{
    return kinds(QJsonDocument::fromJson(json).object(), package);
}

} // namespace CliDiff
