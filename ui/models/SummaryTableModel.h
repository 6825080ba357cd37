#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>

#include <vector>

namespace Strata::Ui {

// The read-only lists of the summary page (a project's packages, a package's tables, a table's
// columns): rows of text prepared from a core snapshot when the page is shown. The editors that come
// later get models of their own over the core objects.
class SummaryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { TargetRole = Qt::UserRole + 1 }; // what a double-click on the row opens

    struct Row
    {
        QStringList cells;
        QIcon icon;      // shown in the first column
        QString toolTip;
        QStringList target; // e.g. {package} or {package, table}
    };

    explicit SummaryTableModel(QObject *parent = nullptr);

    void setContent(const QStringList &headers, std::vector<Row> rows);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace Strata::Ui
