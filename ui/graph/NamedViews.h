#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace Strata::Ui {

// A saved arrangement of the table graph: a chosen set of tables and where each one stood.
struct NamedView
{
    QString name;
    QHash<QString, QPointF> tables; // table name -> centre
    bool operator==(const NamedView &) const = default;
};

// The named views of a project, kept with the project in <root>/.strata/views.json:
//   { "version": 1, "views": [ { "name": "Billing", "tables": [ { "table": "plans", "x": 10, "y": 20 } ] } ] }
class NamedViews
{
public:
    static QString filePath(const QString &projectRoot);
    // The views in the file; none when it does not exist. `error` gets a translated message when
    // the file exists but cannot be read.
    static QList<NamedView> load(const QString &projectRoot, QString *error = nullptr);
    static bool save(const QString &projectRoot, const QList<NamedView> &views, QString *error = nullptr);
};

} // namespace Strata::Ui
