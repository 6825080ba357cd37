#pragma once

#include <strata/common/Diagnostic.h>

#include <QSortFilterProxyModel>

namespace Strata::Ui {

// Sorts a ProblemsModel by any column and filters it by severity and by text (any column,
// case-insensitive).
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showErrors = true;
    bool m_showWarnings = true;
};

} // namespace Strata::Ui
