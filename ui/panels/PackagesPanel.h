#pragma once

#include <QDockWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Strata::Ui {

class PackageTreeModel;

// The "Packages" dock: the project's packages, tables, columns and migrations, with a filter.
class PackagesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit PackagesPanel(PackageTreeModel *model, QWidget *parent = nullptr);

    PackageTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Selects (and reveals) a package or one of its tables.
    void selectItem(const QString &package, const QString &table = {});

Q_SIGNALS:
    // The current item changed; `index` belongs to model() (invalid when nothing is current).
    void currentItemChanged(const QModelIndex &index);
    void openLocation(const QString &file, int line, int column);

private:
    void applyFilter(const QString &text);
    QModelIndex toSource(const QModelIndex &index) const;

    PackageTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace Strata::Ui
