#include "models/SummaryTableModel.h"

namespace Strata::Ui {

SummaryTableModel::SummaryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SummaryTableModel::setContent(const QStringList &headers, std::vector<Row> rows)
{
    // The same list again (a reload of a project of a thousand packages shows its thousand rows
    // again): rows that changed are updated where they are, so the view keeps its place and
    // selection and measures nothing again.
    const auto sameRows = [&] {
        if (headers != m_headers || rows.size() != m_rows.size())
            return false;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows.at(i).target != m_rows.at(i).target)
                return false;
        }
        return true;
    };
    if (!m_rows.empty() && sameRows()) {
        const int lastColumn = int(m_headers.size()) - 1;
        for (size_t i = 0; i < rows.size(); ++i) {
            Row &row = m_rows[i];
            // The icon follows the cells (it shows the state the problem count says).
            if (rows.at(i).cells == row.cells && rows.at(i).toolTip == row.toolTip)
                continue;
            row = std::move(rows[i]);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), qMax(0, lastColumn)));
        }
        return;
    }
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    endResetModel();
}

void SummaryTableModel::clear()
{
    setContent({}, {});
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::DecorationRole:
        return index.column() == 0 && !row.icon.isNull() ? QVariant(row.icon) : QVariant();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case TargetRole:
        return row.target;
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

} // namespace Strata::Ui
