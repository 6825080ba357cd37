#include "panels/ProblemsScopeFilter.h"

#include "models/ProblemsModel.h"

#include <QSet>

namespace Strata::Ui {

ProblemsScopeFilter::ProblemsScopeFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void ProblemsScopeFilter::setPackage(const QString &package)
{
    if (package == m_package)
        return;
    m_package = package;
    invalidateRowsFilter();
}

void ProblemsScopeFilter::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    invalidateRowsFilter();
}

QStringList ProblemsScopeFilter::packages() const
{
    return valuesOf(ProblemsModel::PackageColumn);
}

QStringList ProblemsScopeFilter::codes() const
{
    return valuesOf(ProblemsModel::CodeColumn);
}

QStringList ProblemsScopeFilter::valuesOf(int column) const
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return {};
    QSet<QString> seen;
    for (int row = 0; row < source->rowCount(); ++row) {
        const QString value = source->index(row, column).data().toString();
        if (!value.isEmpty())
            seen.insert(value);
    }
    QStringList values(seen.cbegin(), seen.cend());
    values.sort(Qt::CaseInsensitive);
    return values;
}

bool ProblemsScopeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    QAbstractItemModel *source = sourceModel();
    if (!m_package.isEmpty()
        && source->index(sourceRow, ProblemsModel::PackageColumn, sourceParent).data().toString() != m_package)
        return false;
    if (!m_code.isEmpty() && source->index(sourceRow, ProblemsModel::CodeColumn, sourceParent).data().toString() != m_code)
        return false;
    return true;
}

} // namespace Strata::Ui
