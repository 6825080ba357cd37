#pragma once

#include <QSortFilterProxyModel>

namespace Strata::Ui {

class LogModel;

// What the log dock shows of a LogModel: entries at or above a level, of one category (or all),
// whose message or category contains a text. Keeps the model's order (oldest first).
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setLogModel(LogModel *model);
    // LogModel::severity() of the least severe entry shown.
    void setMinimumSeverity(int severity);
    int minimumSeverity() const { return m_minimumSeverity; }
    // Empty: every category.
    void setCategory(const QString &category);
    QString category() const { return m_category; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogModel *m_log = nullptr;
    int m_minimumSeverity = 0;
    QString m_category;
    QString m_text;
};

} // namespace Strata::Ui
