#include "models/LogFilterModel.h"

#include "models/LogModel.h"

namespace Strata::Ui {

LogFilterModel::LogFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void LogFilterModel::setLogModel(LogModel *model)
{
    m_log = model;
    setSourceModel(model);
}

void LogFilterModel::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateRowsFilter();
}

void LogFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return false;
    // Read straight from the entries: this runs for every row of every batch.
    const LogModel::Entry &entry = m_log->entry(sourceRow);
    if (LogModel::severity(entry.type) < m_minimumSeverity)
        return false;
    if (!m_category.isEmpty() && entry.category != m_category)
        return false;
    return m_text.isEmpty() || entry.message.contains(m_text, Qt::CaseInsensitive)
        || entry.category.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Strata::Ui
