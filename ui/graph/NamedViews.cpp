#include "NamedViews.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Strata::Ui {

QString NamedViews::filePath(const QString &projectRoot)
{
    return QDir(projectRoot).filePath(QStringLiteral(".strata/views.json"));
}

QList<NamedView> NamedViews::load(const QString &projectRoot, QString *error)
{
    QList<NamedView> views;
    QFile file(filePath(projectRoot));
    if (!file.exists())
        return views;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Strata::Ui::NamedViews", "Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return views;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Strata::Ui::NamedViews", "%1 is not valid JSON: %2")
                         .arg(file.fileName(), parseError.errorString());
        return views;
    }
    const QJsonArray array = document.object().value(QStringLiteral("views")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        NamedView view;
        view.name = object.value(QStringLiteral("name")).toString();
        if (view.name.isEmpty())
            continue;
        for (const QJsonValue &entry : object.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = entry.toObject();
            const QString name = table.value(QStringLiteral("table")).toString();
            if (!name.isEmpty())
                view.tables.insert(name, QPointF(table.value(QStringLiteral("x")).toDouble(), table.value(QStringLiteral("y")).toDouble()));
        }
        views.append(view);
    }
    return views;
}

bool NamedViews::save(const QString &projectRoot, const QList<NamedView> &views, QString *error)
{
    QJsonArray array;
    for (const NamedView &view : views) {
        QStringList names = view.tables.keys();
        names.sort(); // stable files: diffs show what changed
        QJsonArray tables;
        for (const QString &name : std::as_const(names)) {
            const QPointF p = view.tables.value(name);
            tables.append(QJsonObject{{QStringLiteral("table"), name},
                                      {QStringLiteral("x"), qRound(p.x() * 10) / 10.0},
                                      {QStringLiteral("y"), qRound(p.y() * 10) / 10.0}});
        }
        array.append(QJsonObject{{QStringLiteral("name"), view.name}, {QStringLiteral("tables"), tables}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("views"), array}};
    const QString path = filePath(projectRoot);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Strata::Ui::NamedViews", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Strata::Ui
