#include "models/ProblemsFilterModel.h"

#include "models/ProblemsModel.h"

namespace Strata::Ui {

ProblemsFilterModel::ProblemsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemsModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProblemsFilterModel::setSeverityShown(Severity severity, bool shown)
{
    bool &flag = severity == Severity::Error ? m_showErrors : m_showWarnings;
    if (flag == shown)
        return;
    flag = shown;
    invalidateRowsFilter();
}

bool ProblemsFilterModel::isSeverityShown(Severity severity) const
{
    return severity == Severity::Error ? m_showErrors : m_showWarnings;
}

void ProblemsFilterModel::setFilterText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, ProblemsModel::SeverityColumn, sourceParent);
    const auto severity = Severity(index.data(ProblemsModel::SeverityRole).toInt());
    if (!isSeverityShown(severity))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Strata::Ui
