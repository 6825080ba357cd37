#pragma once

#include "project/Selection.h"

#include <QDockWidget>

class QLineEdit;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Strata::Ui {

class PackageTreeModel;

// The "Packages" dock: the project's packages, tables, columns and migrations, with a filter.
// With a Selection set, it follows the window's one selection and reports the user's choices to it.
class PackagesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit PackagesPanel(PackageTreeModel *model, QWidget *parent = nullptr);

    PackageTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The tree's current item becomes the selection's, and the selection's is revealed in the tree.
    void setSelection(Selection *selection);
    Selection *selection() const { return m_selection; }

    // Selects (and reveals) a package or one of its tables.
    void selectItem(const QString &package, const QString &table = {});
    // Makes the row of `target` current and scrolls to it; false when the tree has no such row.
    // Does not report to the Selection.
    bool reveal(const SelectionTarget &target);
    // The row of `target` in model() (invalid when there is none).
    QModelIndex findTarget(const SelectionTarget &target) const;
    // What a row of model() stands for: groups stand for their package.
    static SelectionTarget targetOf(const QModelIndex &index);
    // The selection target of the tree's current row (empty when there is none).
    SelectionTarget currentTarget() const;
    // The context menu of a row of the view (null when the row stands for nothing), filled by
    // contextMenuRequested; the caller owns it. What a right click shows.
    QMenu *createContextMenu(const QModelIndex &viewIndex);

Q_SIGNALS:
    // The current item changed; `index` belongs to model() (invalid when nothing is current).
    void currentItemChanged(const QModelIndex &index);
    void openLocation(const QString &file, int line, int column);
    // A context menu for `target` is being made: add actions to `menu` (before it is shown).
    void contextMenuRequested(QMenu *menu, const Strata::Ui::SelectionTarget &target);

private:
    void applyFilter(const QString &text);
    void followSelection(const SelectionTarget &target);
    void onCurrentChanged(const QModelIndex &current);
    QModelIndex toSource(const QModelIndex &index) const;

    PackageTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    Selection *m_selection = nullptr;
    bool m_following = false; // moving the tree to the Selection's item: do not report it back
    int m_modelChanging = 0;  // rows are being removed or moved under the view
};

} // namespace Strata::Ui
