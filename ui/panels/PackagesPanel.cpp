#include "panels/PackagesPanel.h"

#include "models/PackageTreeModel.h"
#include "project/Selection.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Strata::Ui {

PackagesPanel::PackagesPanel(PackageTreeModel *model, QWidget *parent)
    : QDockWidget(tr("Packages"), parent), m_model(model), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("packagesDock"));

    // Rows that go away move the tree's current row to a neighbour: no choice of the user's, so
    // it is not reported. Connected around the proxy's own handlers: raised before it sees the
    // removal, lowered after the view has dealt with it.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { ++m_modelChanging; });
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, [this] { ++m_modelChanging; });
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching column keeps its table and package
    m_proxy->setAutoAcceptChildRows(true);       // a matching package shows all of itself
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(PackageTreeModel::NameColumn);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter packages, tables, columns…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter packages"));
    layout->addWidget(m_filter);

    m_view = new QTreeView(content);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Packages"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(PackageTreeModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(PackageTreeModel::NameColumn, 170); // leaves the details column room in a narrow dock
    layout->addWidget(m_view);
    setWidget(content);

    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { --m_modelChanging; });
    connect(model, &QAbstractItemModel::rowsMoved, this, [this] { --m_modelChanging; });
    connect(m_filter, &QLineEdit::textChanged, this, &PackagesPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PackagesPanel::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = toSource(index);
        const QString file = source.data(PackageTreeModel::FileRole).toString();
        const auto kind = PackageTreeModel::Kind(source.data(PackageTreeModel::KindRole).toInt());
        // Groups expand on activation; items open where they are defined.
        if (file.isEmpty() || kind == PackageTreeModel::Kind::MigrationsGroup)
            return;
        Q_EMIT openLocation(file, source.data(PackageTreeModel::LineRole).toInt(),
                            source.data(PackageTreeModel::ColumnNumberRole).toInt());
    });
    // The actions on a row come from whoever handles contextMenuRequested (the Database menu's).
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createContextMenu(m_view->indexAt(position));
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
    // A new project: show its packages with their groups, ready to open.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_view->expand(m_proxy->index(row, 0));
    });
}

QMenu *PackagesPanel::createContextMenu(const QModelIndex &viewIndex)
{
    const SelectionTarget target = targetOf(toSource(viewIndex));
    if (target.isEmpty())
        return nullptr;
    auto *menu = new QMenu(m_view);
    Q_EMIT contextMenuRequested(menu, target);
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    return menu;
}

void PackagesPanel::applyFilter(const QString &text)
{
    // Tables, columns and migrations are built when first shown: a filter must see them all.
    if (!text.trimmed().isEmpty())
        m_model->fetchAll();
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_view->expandAll(); // matches deep in the tree must be visible
}

QModelIndex PackagesPanel::toSource(const QModelIndex &index) const
{
    return index.isValid() ? m_proxy->mapToSource(index) : QModelIndex();
}

void PackagesPanel::selectItem(const QString &package, const QString &table)
{
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->findItem(package, table));
    if (!proxyIndex.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the item is filtered out: show everything rather than nothing
        proxyIndex = m_proxy->mapFromSource(m_model->findItem(package, table));
    }
    if (!proxyIndex.isValid())
        return;
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
}

void PackagesPanel::setSelection(Selection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &Selection::changed, this, &PackagesPanel::followSelection);
}

void PackagesPanel::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = toSource(current);
    Q_EMIT currentItemChanged(source);
    // No current row happens when the model is reset (a new project, a full reload): that is no
    // choice of the user's, so the selection stays and is revealed again once the rows are back.
    if (m_following || m_modelChanging > 0 || !m_selection || !source.isValid())
        return;
    m_selection->select(targetOf(source));
}

void PackagesPanel::followSelection(const SelectionTarget &target)
{
    if (m_following)
        return;
    if (target.isEmpty()) {
        m_following = true;
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        m_following = false;
        return;
    }
    // A group row already stands for its package: leave the user's row where it is.
    if (currentTarget() == target)
        return;
    reveal(target);
}

SelectionTarget PackagesPanel::currentTarget() const
{
    return targetOf(toSource(m_view->currentIndex()));
}

bool PackagesPanel::reveal(const SelectionTarget &target)
{
    QModelIndex proxyIndex = m_proxy->mapFromSource(findTarget(target));
    if (!proxyIndex.isValid() && !m_filter->text().isEmpty() && findTarget(target).isValid()) {
        m_filter->clear(); // the item is filtered out: show everything rather than nothing
        proxyIndex = m_proxy->mapFromSource(findTarget(target));
    }
    if (!proxyIndex.isValid())
        return false;
    const bool wasFollowing = m_following;
    m_following = true;
    m_view->setCurrentIndex(proxyIndex);
    m_view->scrollTo(proxyIndex);
    m_following = wasFollowing;
    return true;
}

QModelIndex PackagesPanel::findTarget(const SelectionTarget &target) const
{
    using Kind = PackageTreeModel::Kind;
    auto childNamed = [this](const QModelIndex &parent, Kind kind, const QString &name) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (Kind(child.data(PackageTreeModel::KindRole).toInt()) == kind
                && (name.isNull() || child.data(PackageTreeModel::ItemNameRole).toString() == name))
                return child;
        }
        return QModelIndex();
    };
    switch (target.kind) {
    case SelectionTarget::Kind::None:
        return {};
    case SelectionTarget::Kind::Package:
        return m_model->findItem(target.package);
    case SelectionTarget::Kind::Table:
        return m_model->findItem(target.package, target.table);
    case SelectionTarget::Kind::Column: {
        const QModelIndex table = m_model->findItem(target.package, target.table);
        const QModelIndex column = table.isValid() ? childNamed(table, Kind::Column, target.column) : QModelIndex();
        return column.isValid() ? column : table;
    }
    case SelectionTarget::Kind::Migration: {
        // findMigration builds the package's migration rows if nobody has shown them yet.
        const QModelIndex migration = m_model->findMigration(target.package, target.migration);
        return migration.isValid() ? migration : m_model->findItem(target.package);
    }
    }
    return {};
}

SelectionTarget PackagesPanel::targetOf(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    const QModelIndex item = index.siblingAtColumn(0);
    const QString package = item.data(PackageTreeModel::PackageRole).toString();
    switch (PackageTreeModel::Kind(item.data(PackageTreeModel::KindRole).toInt())) {
    case PackageTreeModel::Kind::Table:
        return SelectionTarget::ofTable(package, item.data(PackageTreeModel::TableRole).toString());
    case PackageTreeModel::Kind::Column:
        return SelectionTarget::ofColumn(package, item.data(PackageTreeModel::TableRole).toString(),
                                         item.data(PackageTreeModel::ItemNameRole).toString());
    case PackageTreeModel::Kind::Migration:
        return SelectionTarget::ofMigration(package, item.data(PackageTreeModel::ItemNameRole).toString());
    case PackageTreeModel::Kind::Package:
    case PackageTreeModel::Kind::TablesGroup:
    case PackageTreeModel::Kind::MigrationsGroup:
        break;
    }
    return SelectionTarget::ofPackage(package);
}

} // namespace Strata::Ui
