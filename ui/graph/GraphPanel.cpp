#include "GraphPanel.h"

#include "graph/GraphBuilder.h"
#include "graph/GraphExporter.h"
#include "graph/GraphNodeListModel.h"
#include "graph/GraphQueries.h"
#include "graph/GraphScene.h"
#include "graph/GraphSplitter.h"
#include "graph/GraphToolBar.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "project/Selection.h"
#include <strata/registry/Registry.h>

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Strata::Ui {

GraphPanel::GraphPanel(Registry &registry, Selection &selection, QWidget *parent)
    : QWidget(parent), m_registry(registry), m_selection(selection)
{
    m_scene = new GraphScene(this);
    m_scene->setPalette(palette());
    m_model = new GraphNodeListModel(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &GraphPanel::refresh);
    buildUi();

    connect(&m_registry, &Registry::packageAdded, this, &GraphPanel::scheduleRefresh);
    connect(&m_registry, &Registry::packageChanged, this, &GraphPanel::scheduleRefresh);
    connect(&m_registry, &Registry::packageRemoved, this, &GraphPanel::scheduleRefresh);
    connect(&m_registry, &Registry::diagnosticsChanged, this, &GraphPanel::scheduleRefresh);
    connect(&m_registry, &Registry::reset, this, [this] {
        // A project (re)loaded: the window keeps its selection and counts on the graph to show it
        // once drawn, though the graph's Selection did not change.
        m_revealPending = true;
        reloadViews();
        // Now rather than after the other views: the layout of a large graph is the last thing a
        // load waits for, and it runs on its own thread while they fill in.
        refresh();
    });

    connect(m_scene, &GraphScene::graphChanged, this, &GraphPanel::onGraphShown);
    connect(m_scene, &GraphScene::filterChanged, this, &GraphPanel::onFilterChanged);
    connect(m_scene, &GraphScene::selectedNodeChanged, this, &GraphPanel::reportSelection);
    connect(m_scene, &GraphScene::collapseRequested, this, &GraphPanel::setCollapsed);
    connect(&m_scene->layoutJob(), &GraphLayoutJob::started, this, &GraphPanel::updateStatus);
    connect(m_view, &GraphView::nodeChosen, this, &GraphPanel::reportSelection);
    connect(m_view, &GraphView::nodeActivated, this, &GraphPanel::onNodeActivated);
    connect(&m_selection, &Selection::changed, this, &GraphPanel::followSelection);

    reloadViews();
    refresh();
}

GraphPanel::~GraphPanel() = default;

void GraphPanel::buildUi()
{
    m_view = new GraphView(m_scene, this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    // Rows as wide as the list, long names elided (the full name is the tooltip): with uniform sizes
    // (needed for 10,000 rows) every row took the first row's width, so names were cut short in a
    // wide list, and clipped behind a sideways scroll bar when the first name was long. fitListRows()
    // keeps the grid as wide as the viewport.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->viewport()->installEventFilter(this);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Graph nodes"));
    m_list->setAccessibleDescription(tr("The nodes the graph shows, with the same filter and selection"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &GraphPanel::onListCurrentChanged);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        onNodeActivated(m_model->idAt(index.row()));
    });

    m_list->setMinimumWidth(80);
    m_splitter = new GraphSplitter(m_view, m_list, this);
    connect(m_splitter, &GraphSplitter::listShownChanged, this, &GraphPanel::setNodeListShown);

    m_bars = std::make_unique<GraphToolBars>(this);
    wireToolBars();

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Graph status"));
    m_status->setContentsMargins(6, 2, 6, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bars->mainBar);
    layout->addWidget(m_bars->viewBar);
    layout->addWidget(m_bars->modeBar);
    layout->addWidget(m_bars->pathBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    const QSignalBlocker blocker(m_bars->listAction);
    m_bars->listAction->setChecked(m_splitter->isListShown());
}

void GraphPanel::wireToolBars()
{
    GraphToolBars &bars = *m_bars;
    bars.kindBox->setCurrentIndex(bars.kindBox->findData(int(m_kind)));
    connect(bars.kindBox, &QComboBox::activated, this, [this](int index) {
        setGraphKind(GraphKind(m_bars->kindBox->itemData(index).toInt()));
    });
    bars.densityBox->setCurrentIndex(bars.densityBox->findData(int(m_density)));
    connect(bars.densityBox, &QComboBox::activated, this, [this](int index) {
        setDensity(ColumnDensity(m_bars->densityBox->itemData(index).toInt()));
    });
    connect(bars.listAction, &QAction::toggled, this, &GraphPanel::setNodeListShown);

    connect(bars.search, &QLineEdit::textChanged, this, &GraphPanel::setSearchText);
    connect(bars.search, &QLineEdit::returnPressed, this, &GraphPanel::jumpToSearch);
    connect(bars.search->completer(), qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        setSearchText(text);
        jumpToSearch();
    });
    connect(bars.fitAction, &QAction::triggered, this, &GraphPanel::fit);
    connect(bars.arrangeAction, &QAction::triggered, this, &GraphPanel::arrangeAgain);
    connect(bars.exportWholePng, &QAction::triggered, this, [this] { exportInteractively(ExportScope::WholeDiagram, false); });
    connect(bars.exportWholeSvg, &QAction::triggered, this, [this] { exportInteractively(ExportScope::WholeDiagram, true); });
    connect(bars.exportVisiblePng, &QAction::triggered, this, [this] { exportInteractively(ExportScope::VisibleView, false); });
    connect(bars.exportVisibleSvg, &QAction::triggered, this, [this] { exportInteractively(ExportScope::VisibleView, true); });

    connect(bars.focusAction, &QAction::toggled, this, &GraphPanel::setFocusMode);
    connect(bars.depthBox, &QSpinBox::valueChanged, this, &GraphPanel::updateEmphasis);
    connect(bars.expandAction, &QAction::triggered, this, &GraphPanel::expandFocus);
    connect(bars.pathAction, &QAction::toggled, this, &GraphPanel::setPathMode);
    for (QComboBox *box : {bars.pathFrom, bars.pathTo}) {
        connect(box, &QComboBox::activated, this, [this] {
            setPath(m_bars->pathFrom->currentData().toString(), m_bars->pathTo->currentData().toString());
        });
    }
    connect(bars.hideAction, &QAction::toggled, this, &GraphPanel::setHideOthers);
    connect(bars.viewsBox, &QComboBox::activated, this, [this](int index) {
        applyNamedView(m_bars->viewsBox->itemData(index).toString());
    });
    connect(bars.saveViewAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                                   m_activeView, &ok).trimmed();
        if (ok && !name.isEmpty() && !saveNamedView(name))
            QMessageBox::warning(this, tr("Save View"), tr("The view could not be saved."));
    });
    connect(bars.deleteViewAction, &QAction::triggered, this, [this] {
        if (!m_activeView.isEmpty())
            deleteNamedView(m_activeView);
    });
}

// --- the node list beside the drawing ---------------------------------------------------------

bool GraphPanel::isNodeListShown() const
{
    return m_splitter->isListShown();
}

void GraphPanel::setNodeListShown(bool shown)
{
    if (m_bars->listAction->isChecked() != shown) {
        const QSignalBlocker blocker(m_bars->listAction);
        m_bars->listAction->setChecked(shown);
    }
    m_splitter->setListShown(shown);
}

void GraphPanel::fitListRows()
{
    const int height = m_model->rowCount() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 4;
    const QSize grid(qMax(1, m_list->viewport()->width()), qMax(1, height));
    if (m_list->gridSize() != grid)
        m_list->setGridSize(grid);
}

bool GraphPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitListRows();
    return QWidget::eventFilter(watched, event);
}

void GraphPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void GraphPanel::refresh()
{
    m_refreshTimer->stop();
    const QString root = m_registry.project().root;
    if (!m_registry.isEmpty() && (!m_kindDecided || m_kindDecidedFor != root)) {
        // A project seen for the first time: open on the graph its size allows. Decided once, so a
        // project that grows past the limit in a reload does not switch graphs under the user.
        m_kindDecided = true;
        m_kindDecidedFor = root;
        const GraphKind kind = defaultKind();
        m_bars->kindBox->setCurrentIndex(m_bars->kindBox->findData(int(kind)));
        m_bars->densityBox->setEnabled(kind == GraphKind::Tables);
        if (kind != m_kind) {
            m_kind = kind;
            m_fitPending = true;
            m_path.clear();
        }
    }
    if (m_kind == GraphKind::Packages)
        m_scene->setGraph(GraphBuilder::packages(m_registry));
    else
        m_scene->setGraph(GraphBuilder::tables(m_registry, m_density, m_collapsed));
    updateStatus();
}

GraphKind GraphPanel::defaultKind() const
{
    // Why 1,500: the table graph's layout time grows much faster than its size (Graphviz dot with
    // clusters). A project of 10,000 tables took about a minute to lay out (issue #4); a few hundred
    // take well under a second. Around 1,500 tables it reaches several seconds on a 2-core machine,
    // which is too long for what a user sees on opening a project. The package graph has one node
    // per package (tens to a few hundred) and is the better overview of such a project anyway; the
    // table graph stays one click away, and focus mode or named views make it readable.
    qsizetype tables = 0;
    for (const PackageDefinition &package : m_registry.packages())
        tables += package.tables.size();
    return tables > LargeProjectTables ? GraphKind::Packages : GraphKind::Tables;
}

void GraphPanel::setGraphKind(GraphKind kind)
{
    // The user's choice (the combo box, a named view, the window): it wins over the size-based default.
    m_kindDecided = true;
    m_kindDecidedFor = m_registry.project().root;
    m_bars->kindBox->setCurrentIndex(m_bars->kindBox->findData(int(kind)));
    m_bars->densityBox->setEnabled(kind == GraphKind::Tables);
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_fitPending = true;
    m_path.clear();
    refresh();
}

void GraphPanel::setDensity(ColumnDensity density)
{
    m_bars->densityBox->setCurrentIndex(m_bars->densityBox->findData(int(density)));
    if (density == m_density)
        return;
    m_density = density;
    refresh();
}

void GraphPanel::setCollapsed(const QString &package, bool collapsed)
{
    if (collapsed == m_collapsed.contains(package))
        return;
    if (collapsed)
        m_collapsed.insert(package);
    else
        m_collapsed.remove(package);
    refresh();
}

void GraphPanel::onNodeActivated(const QString &id)
{
    const GraphNode *node = m_scene->graph().node(id);
    if (!node)
        return;
    if (node->kind == GraphNode::Kind::CollapsedPackage) {
        setCollapsed(node->name, false);
        return;
    }
    showNode(id);
    reportSelection(id);
}

// --- what the scene shows ---------------------------------------------------------------------

void GraphPanel::onGraphShown()
{
    const GraphData &graph = m_scene->graph();
    // What the search completer and the path boxes offer. Most reloads leave every node's name as
    // it was, and filling the boxes again (two rows per node) would cost more than the rest of the
    // update, so they are filled only when the names changed.
    QStringList ids;
    QStringList names;
    ids.reserve(graph.nodes.size());
    names.reserve(graph.nodes.size());
    for (const GraphNode &node : graph.nodes) {
        ids.append(node.id);
        names.append(node.name);
    }
    if (ids != m_choiceIds || names != m_choiceNames) {
        m_choiceIds = ids;
        m_choiceNames = names;
        names.sort(Qt::CaseInsensitive);
        if (auto *model = qobject_cast<QStringListModel *>(m_bars->search->completer()->model()))
            model->setStringList(names);
        updatePathChoices();
    }
    if (m_viewPending && graph.kind == GraphKind::Tables) {
        m_viewPending = false;
        applyNamedView(m_activeView);
    } else if (graph.kind == GraphKind::Tables && !m_activeView.isEmpty()) {
        // Keep the view's set of tables over rebuilds (new tables stay out); places are the scene's.
        m_scene->setViewFilter(viewNodeIds(m_activeView), true);
    }
    setSearchText(m_searchText);
    if (!m_syncing) {
        m_syncing = true;
        const QString id = idFor(m_selection.current());
        m_scene->selectNode(id);
        m_syncing = false;
    }
    updateEmphasis();
    if (m_fitPending && !m_scene->isLayoutPending() && !graph.nodes.isEmpty()) {
        m_fitPending = false;
        // After the view knows its size; then the selection, if the fitted view leaves it out of sight.
        QTimer::singleShot(0, this, [this] {
            fit();
            revealSelection();
        });
    } else if (m_revealPending && !m_scene->isLayoutPending()) {
        revealSelection();
    }
    updateStatus();
}

void GraphPanel::onFilterChanged()
{
    updateList();
    updateStatus();
}

void GraphPanel::updateList()
{
    m_model->setNodes(m_scene->graph(), m_scene->filteredNodeIds());
    fitListRows();
    const int row = m_model->rowOf(m_scene->selectedNodeId());
    const bool syncing = m_syncing;
    m_syncing = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->clearSelection();
    m_syncing = syncing;
}

void GraphPanel::updateStatus()
{
    m_status->setText(statusText());
}

QString GraphPanel::statusText() const
{
    if (m_scene->isLayoutPending())
        return tr("Arranging the graph…");
    const GraphData &graph = m_scene->graph();
    QString text = tr("%n node(s)", nullptr, int(graph.nodes.size())) + QStringLiteral(", ")
        + tr("%n link(s)", nullptr, int(graph.edges.size()));
    if (m_scene->hasEmphasis())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, int(m_scene->filteredNodeIds().size()));
    if (!m_pathMessage.isEmpty())
        text += QStringLiteral(" · ") + m_pathMessage;
    return text;
}

// --- focus and path ---------------------------------------------------------------------------

void GraphPanel::setFocusMode(bool on)
{
    if (m_bars->focusAction->isChecked() != on)
        m_bars->focusAction->setChecked(on); // toggled() comes back here
    if (on && m_bars->pathAction->isChecked())
        m_bars->pathAction->setChecked(false);
    updateEmphasis();
}

void GraphPanel::setFocusDepth(int depth)
{
    m_bars->depthBox->setValue(depth);
    updateEmphasis();
}

int GraphPanel::focusDepth() const
{
    return m_bars->depthBox->value();
}

void GraphPanel::expandFocus()
{
    if (!m_bars->focusAction->isChecked())
        setFocusMode(true);
    m_bars->depthBox->setValue(m_bars->depthBox->value() + 1);
}

void GraphPanel::setPathMode(bool on)
{
    if (m_bars->pathAction->isChecked() != on)
        m_bars->pathAction->setChecked(on);
    m_bars->pathFrom->setEnabled(on);
    m_bars->pathTo->setEnabled(on);
    m_bars->pathBar->setVisible(on);
    if (on && m_bars->focusAction->isChecked())
        m_bars->focusAction->setChecked(false);
    if (on)
        setPath(m_bars->pathFrom->currentData().toString(), m_bars->pathTo->currentData().toString());
    else
        updateEmphasis();
}

void GraphPanel::setPath(const QString &fromId, const QString &toId)
{
    if (!m_bars->pathAction->isChecked()) {
        const QSignalBlocker blocker(m_bars->pathAction);
        m_bars->pathAction->setChecked(true);
        m_bars->focusAction->setChecked(false);
        m_bars->pathFrom->setEnabled(true);
        m_bars->pathTo->setEnabled(true);
        m_bars->pathBar->setVisible(true);
    }
    m_bars->pathFrom->setCurrentIndex(qMax(0, m_bars->pathFrom->findData(fromId)));
    m_bars->pathTo->setCurrentIndex(qMax(0, m_bars->pathTo->findData(toId)));
    updateEmphasis();
}

void GraphPanel::setHideOthers(bool hide)
{
    if (m_bars->hideAction->isChecked() != hide)
        m_bars->hideAction->setChecked(hide);
    updateEmphasis();
}

void GraphPanel::updatePathChoices()
{
    const QString from = m_bars->pathFrom->currentData().toString();
    const QString to = m_bars->pathTo->currentData().toString();
    QList<const GraphNode *> nodes;
    for (const GraphNode &node : m_scene->graph().nodes)
        nodes.append(&node);
    std::sort(nodes.begin(), nodes.end(), [](const GraphNode *a, const GraphNode *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    for (QComboBox *box : {m_bars->pathFrom, m_bars->pathTo}) {
        const QSignalBlocker blocker(box);
        box->clear();
        if (auto *model = qobject_cast<QStandardItemModel *>(box->model())) {
            // All rows in one insertion: a row at a time is a model signal per node.
            QList<QStandardItem *> rows;
            rows.reserve(nodes.size());
            for (const GraphNode *node : std::as_const(nodes)) {
                auto *row = new QStandardItem(node->name);
                row->setData(node->id, Qt::UserRole);
                rows.append(row);
            }
            model->invisibleRootItem()->appendRows(rows);
        } else {
            for (const GraphNode *node : std::as_const(nodes))
                box->addItem(node->name, node->id);
        }
    }
    m_bars->pathFrom->setCurrentIndex(qMax(0, m_bars->pathFrom->findData(from)));
    m_bars->pathTo->setCurrentIndex(qMax(0, m_bars->pathTo->findData(to)));
}

void GraphPanel::updateEmphasis()
{
    const GraphData &graph = m_scene->graph();
    GraphQueries::Subgraph subgraph;
    m_path.clear();
    m_pathMessage.clear();
    if (m_bars->pathAction->isChecked()) {
        const QString from = m_bars->pathFrom->currentData().toString();
        const QString to = m_bars->pathTo->currentData().toString();
        m_path = GraphQueries::shortestPath(graph, from, to);
        if (!from.isEmpty() && !to.isEmpty()) {
            m_pathMessage = m_path.isEmpty() ? tr("No path between %1 and %2").arg(m_bars->pathFrom->currentText(), m_bars->pathTo->currentText())
                                             : tr("Path of %n link(s)", nullptr, int(m_path.size()) - 1);
        }
        subgraph = GraphQueries::pathSubgraph(graph, m_path);
    } else if (m_bars->focusAction->isChecked()) {
        const QString centre = m_scene->selectedNodeId();
        if (!centre.isEmpty())
            subgraph = GraphQueries::neighbourhood(graph, {centre}, m_bars->depthBox->value());
    }
    m_scene->setEmphasis(subgraph.nodes, subgraph.edgeKeys, m_bars->hideAction->isChecked());
}

// --- search -----------------------------------------------------------------------------------

void GraphPanel::setSearchText(const QString &text)
{
    m_searchText = text;
    if (m_bars->search->text() != text) {
        const QSignalBlocker blocker(m_bars->search);
        m_bars->search->setText(text);
    }
    QSet<QString> matches;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        for (const GraphNode &node : m_scene->graph().nodes) {
            if (node.name.contains(needle, Qt::CaseInsensitive))
                matches.insert(node.id);
        }
    }
    m_scene->setSearchMatches(matches);
}

QString GraphPanel::jumpToSearch()
{
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return {};
    // An exact name first; otherwise the next hit after the selection, in graph order.
    QStringList hits;
    for (const GraphNode &node : m_scene->graph().nodes) {
        if (node.name.compare(needle, Qt::CaseInsensitive) == 0) {
            hits = {node.id};
            break;
        }
        if (node.name.contains(needle, Qt::CaseInsensitive))
            hits.append(node.id);
    }
    if (hits.isEmpty())
        return {};
    const qsizetype at = hits.indexOf(m_scene->selectedNodeId());
    const QString id = hits.at((at + 1) % hits.size());
    showNode(id);
    reportSelection(id);
    return id;
}

// --- selection, both ways ---------------------------------------------------------------------

QString GraphPanel::idFor(const SelectionTarget &target) const
{
    const GraphData &graph = m_scene->graph();
    auto existing = [&graph](const QString &id) { return graph.indexOf(id) >= 0 ? id : QString(); };
    switch (target.kind) {
    case SelectionTarget::Kind::Package:
    case SelectionTarget::Kind::Migration:
        return existing(GraphIds::package(target.package));
    case SelectionTarget::Kind::Table:
    case SelectionTarget::Kind::Column: {
        const QString table = existing(GraphIds::table(target.table));
        return table.isEmpty() ? existing(GraphIds::package(target.package)) : table;
    }
    case SelectionTarget::Kind::None:
        break;
    }
    return {};
}

SelectionTarget GraphPanel::targetOf(const QString &id) const
{
    const GraphNode *node = m_scene->graph().node(id);
    if (!node)
        return {};
    switch (node->kind) {
    case GraphNode::Kind::Package:
    case GraphNode::Kind::CollapsedPackage:
        return SelectionTarget::ofPackage(node->name);
    case GraphNode::Kind::Table:
        return SelectionTarget::ofTable(node->package, node->name);
    case GraphNode::Kind::MissingPackage:
    case GraphNode::Kind::MissingTable:
        break;
    }
    return {};
}

void GraphPanel::reportSelection(const QString &id)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->clearSelection();
    const GraphNode *node = m_scene->graph().node(id);
    // A missing package or table is nothing the rest of the window can show: keep the selection.
    if (!node || !node->isMissing()) {
        const SelectionTarget target = targetOf(id);
        // A column stays selected while its table is picked in the graph.
        const SelectionTarget &current = m_selection.current();
        const bool sameTable = current.kind == SelectionTarget::Kind::Column && target.kind == SelectionTarget::Kind::Table
            && current.table == target.table;
        if (!sameTable)
            m_selection.select(target);
    }
    m_syncing = false;
    if (m_bars->focusAction->isChecked())
        updateEmphasis();
}

void GraphPanel::followSelection(const SelectionTarget &target)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QString id = idFor(target);
    m_scene->selectNode(id);
    // Scroll to the node when it is out of sight, at the zoom the user chose, without a layout. While a
    // layout is pending the node may not be where it will be drawn (or not exist yet): then it is
    // revealed when the graph shows (onGraphShown).
    m_revealPending = target.kind != SelectionTarget::Kind::None;
    if (!m_scene->isLayoutPending())
        revealSelection();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->clearSelection();
    m_syncing = false;
    if (m_bars->focusAction->isChecked())
        updateEmphasis();
}

void GraphPanel::revealSelection()
{
    const QString id = idFor(m_selection.current());
    if (id.isEmpty() || !m_scene->nodeItem(id))
        return;
    m_revealPending = false;
    m_view->ensureNodeVisible(id);
}

void GraphPanel::showNode(const QString &id)
{
    m_scene->selectNode(id);
    m_view->centreOn(id);
}

void GraphPanel::onListCurrentChanged()
{
    if (m_syncing)
        return;
    const QString id = m_model->idAt(m_list->currentIndex().row());
    if (id.isEmpty())
        return;
    showNode(id);
    reportSelection(id);
}

// --- named views ------------------------------------------------------------------------------

void GraphPanel::reloadViews()
{
    m_views = NamedViews::load(m_registry.project().root);
    const QSignalBlocker blocker(m_bars->viewsBox);
    m_bars->viewsBox->clear();
    m_bars->viewsBox->addItem(tr("All tables"), QString());
    for (const NamedView &view : std::as_const(m_views))
        m_bars->viewsBox->addItem(view.name, view.name);
    m_bars->viewsBox->setCurrentIndex(qMax(0, m_bars->viewsBox->findData(m_activeView)));
}

bool GraphPanel::saveNamedView(const QString &name)
{
    if (m_kind != GraphKind::Tables || name.isEmpty())
        return false;
    NamedView view;
    view.name = name;
    for (const QString &id : m_scene->filteredNodeIds()) {
        const GraphNode *node = m_scene->graph().node(id);
        if (node && node->kind == GraphNode::Kind::Table)
            view.tables.insert(node->name, m_scene->nodeItem(id)->pos());
    }
    bool replaced = false;
    for (NamedView &existing : m_views) {
        if (existing.name == name) {
            existing = view;
            replaced = true;
        }
    }
    if (!replaced)
        m_views.append(view);
    if (!NamedViews::save(m_registry.project().root, m_views))
        return false;
    m_activeView = name;
    reloadViews();
    return true;
}

void GraphPanel::applyNamedView(const QString &name)
{
    m_activeView = name;
    m_bars->viewsBox->setCurrentIndex(qMax(0, m_bars->viewsBox->findData(name)));
    if (name.isEmpty()) {
        m_scene->setViewFilter({}, false);
        return;
    }
    if (m_kind != GraphKind::Tables) {
        m_viewPending = true;
        setGraphKind(GraphKind::Tables);
        return;
    }
    if (m_scene->isLayoutPending() || m_scene->graph().kind != GraphKind::Tables) {
        m_viewPending = true; // applied when the graph shows
        return;
    }
    const auto it = std::find_if(m_views.cbegin(), m_views.cend(), [&name](const NamedView &v) { return v.name == name; });
    if (it == m_views.cend())
        return;
    QHash<QString, QPointF> positions;
    for (auto table = it->tables.cbegin(); table != it->tables.cend(); ++table)
        positions.insert(GraphIds::table(table.key()), table.value());
    m_scene->setPositions(positions);
    m_scene->setViewFilter(viewNodeIds(name), true);
    m_fitPending = true;
    QTimer::singleShot(0, this, &GraphPanel::fit);
}

QSet<QString> GraphPanel::viewNodeIds(const QString &name) const
{
    QSet<QString> ids;
    for (const NamedView &view : m_views) {
        if (view.name != name)
            continue;
        for (auto table = view.tables.cbegin(); table != view.tables.cend(); ++table)
            ids.insert(GraphIds::table(table.key()));
    }
    return ids;
}

void GraphPanel::deleteNamedView(const QString &name)
{
    m_views.erase(std::remove_if(m_views.begin(), m_views.end(), [&name](const NamedView &v) { return v.name == name; }),
                  m_views.end());
    NamedViews::save(m_registry.project().root, m_views);
    if (m_activeView == name)
        applyNamedView({});
    reloadViews();
}

// --- export, fit ------------------------------------------------------------------------------

bool GraphPanel::exportImage(const QString &path, ExportScope scope, QString *error)
{
    const QRectF source = scope == ExportScope::WholeDiagram
        ? GraphExporter::wholeDiagram(*m_scene)
        : m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QString title = m_kind == GraphKind::Packages ? tr("Package dependencies") : tr("Tables");
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return GraphExporter::writeSvg(*m_scene, source, path, title, error);
    return GraphExporter::writePng(*m_scene, source, path, 2.0, error);
}

void GraphPanel::exportInteractively(ExportScope scope, bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), {}, filter);
    if (path.isEmpty())
        return;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!exportImage(path, scope, &error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

void GraphPanel::fit()
{
    m_view->fitAll();
}

void GraphPanel::arrangeAgain()
{
    m_fitPending = true;
    m_scene->arrangeAgain();
    updateStatus();
}

void GraphPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
        m_view->viewport()->update();
        updateList();
    }
    QWidget::changeEvent(event);
}

} // namespace Strata::Ui
