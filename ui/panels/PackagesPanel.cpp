#include "panels/PackagesPanel.h"

#include "models/PackageTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Strata::Ui {

PackagesPanel::PackagesPanel(PackageTreeModel *model, QWidget *parent)
    : QDockWidget(tr("Packages"), parent), m_model(model), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("packagesDock"));

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
    m_view->header()->resizeSection(PackageTreeModel::NameColumn, 200);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &PackagesPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentItemChanged(toSource(current)); });
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
    // A new project: show its packages with their groups, ready to open.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_view->expand(m_proxy->index(row, 0));
    });
}

void PackagesPanel::applyFilter(const QString &text)
{
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

} // namespace Strata::Ui
