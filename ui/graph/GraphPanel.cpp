#include "GraphPanel.h"

#include "graph/GraphBuilder.h"
#include "graph/GraphExporter.h"
#include "graph/GraphNodeListModel.h"
#include "graph/GraphQueries.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "project/Selection.h"
#include "registry/Registry.h"

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
#include <QSplitter>
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
        reloadViews();
        scheduleRefresh();
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
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Graph nodes"));
    m_list->setAccessibleDescription(tr("The nodes the graph shows, with the same filter and selection"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &GraphPanel::onListCurrentChanged);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        onNodeActivated(m_model->idAt(index.row()));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 0);
    m_list->setMinimumWidth(120);
    splitter->setChildrenCollapsible(true);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Graph status"));
    m_status->setContentsMargins(6, 2, 6, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildMainToolBar());
    layout->addWidget(buildModeToolBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    splitter->setSizes({1000, 200});
}

QToolBar *GraphPanel::buildMainToolBar()
{
    auto *bar = new QToolBar(tr("Graph"), this);
    bar->setAccessibleName(tr("Graph toolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_kindBox = new QComboBox(bar);
    m_kindBox->addItem(tr("Packages"), int(GraphKind::Packages));
    m_kindBox->addItem(tr("Tables"), int(GraphKind::Tables));
    m_kindBox->setCurrentIndex(int(m_kind));
    m_kindBox->setAccessibleName(tr("Graph of"));
    m_kindBox->setToolTip(tr("Show the package dependency graph or the table graph"));
    connect(m_kindBox, &QComboBox::activated, this, [this](int index) { setGraphKind(GraphKind(m_kindBox->itemData(index).toInt())); });
    bar->addWidget(m_kindBox);

    m_densityBox = new QComboBox(bar);
    m_densityBox->addItem(tr("All columns"), int(ColumnDensity::AllColumns));
    m_densityBox->addItem(tr("Keys only"), int(ColumnDensity::KeysOnly));
    m_densityBox->addItem(tr("Names only"), int(ColumnDensity::NamesOnly));
    m_densityBox->setCurrentIndex(int(m_density));
    m_densityBox->setAccessibleName(tr("Columns shown"));
    m_densityBox->setToolTip(tr("How many columns each table card lists"));
    connect(m_densityBox, &QComboBox::activated, this, [this](int index) { setDensity(ColumnDensity(m_densityBox->itemData(index).toInt())); });
    bar->addWidget(m_densityBox);
    bar->addSeparator();

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find table or package"));
    m_search->setAccessibleName(tr("Find in graph"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    auto *completer = new QCompleter(new QStringListModel(m_search), m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::textChanged, this, &GraphPanel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphPanel::jumpToSearch);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        setSearchText(text);
        jumpToSearch();
    });
    bar->addWidget(m_search);
    bar->addSeparator();

    QAction *fitAction = bar->addAction(tr("Fit"), this, &GraphPanel::fit);
    fitAction->setToolTip(tr("Show the whole graph (Ctrl+0)"));
    QAction *arrange = bar->addAction(tr("Arrange"), this, &GraphPanel::arrangeAgain);
    arrange->setToolTip(tr("Lay the graph out afresh, forgetting where nodes were moved"));

    auto *exportMenu = new QMenu(tr("Export"), this);
    exportMenu->addAction(tr("Whole Diagram as PNG…"), this, [this] { exportInteractively(ExportScope::WholeDiagram, false); });
    exportMenu->addAction(tr("Whole Diagram as SVG…"), this, [this] { exportInteractively(ExportScope::WholeDiagram, true); });
    exportMenu->addAction(tr("Visible View as PNG…"), this, [this] { exportInteractively(ExportScope::VisibleView, false); });
    exportMenu->addAction(tr("Visible View as SVG…"), this, [this] { exportInteractively(ExportScope::VisibleView, true); });
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAccessibleName(tr("Export graph"));
    bar->addWidget(exportButton);
    return bar;
}

QToolBar *GraphPanel::buildModeToolBar()
{
    auto *bar = new QToolBar(tr("Graph modes"), this);
    bar->setAccessibleName(tr("Graph modes toolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_focusAction = bar->addAction(tr("Focus"));
    m_focusAction->setCheckable(true);
    m_focusAction->setToolTip(tr("Show only the selection and its neighbours"));
    connect(m_focusAction, &QAction::toggled, this, &GraphPanel::setFocusMode);
    m_depthBox = new QSpinBox(bar);
    m_depthBox->setRange(1, 9);
    m_depthBox->setValue(1);
    m_depthBox->setPrefix(tr("Depth: "));
    m_depthBox->setAccessibleName(tr("Focus depth"));
    m_depthBox->setToolTip(tr("How many links away from the selection focus mode reaches"));
    connect(m_depthBox, &QSpinBox::valueChanged, this, &GraphPanel::updateEmphasis);
    bar->addWidget(m_depthBox);
    QAction *expand = bar->addAction(tr("Expand"), this, &GraphPanel::expandFocus);
    expand->setToolTip(tr("Reach one link further"));
    bar->addSeparator();

    m_pathAction = bar->addAction(tr("Path"));
    m_pathAction->setCheckable(true);
    m_pathAction->setToolTip(tr("Show the chain of foreign keys between two tables"));
    connect(m_pathAction, &QAction::toggled, this, &GraphPanel::setPathMode);
    m_pathFrom = new QComboBox(bar);
    m_pathTo = new QComboBox(bar);
    for (QComboBox *box : {m_pathFrom, m_pathTo}) {
        box->setEnabled(false);
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(box, &QComboBox::activated, this, [this] {
            setPath(m_pathFrom->currentData().toString(), m_pathTo->currentData().toString());
        });
    }
    m_pathFrom->setAccessibleName(tr("Path from"));
    m_pathTo->setAccessibleName(tr("Path to"));
    bar->addWidget(m_pathFrom);
    bar->addWidget(new QLabel(tr(" to "), bar));
    bar->addWidget(m_pathTo);
    bar->addSeparator();

    m_hideAction = bar->addAction(tr("Hide Others"));
    m_hideAction->setCheckable(true);
    m_hideAction->setToolTip(tr("Hide what focus or path mode leaves out, instead of dimming it"));
    connect(m_hideAction, &QAction::toggled, this, &GraphPanel::setHideOthers);
    bar->addSeparator();

    m_viewsBox = new QComboBox(bar);
    m_viewsBox->setAccessibleName(tr("Named view"));
    m_viewsBox->setToolTip(tr("Saved sets of tables with their positions"));
    m_viewsBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_viewsBox, &QComboBox::activated, this, [this](int index) { applyNamedView(m_viewsBox->itemData(index).toString()); });
    bar->addWidget(m_viewsBox);
    bar->addAction(tr("Save View…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                                   m_activeView, &ok).trimmed();
        if (ok && !name.isEmpty() && !saveNamedView(name))
            QMessageBox::warning(this, tr("Save View"), tr("The view could not be saved."));
    });
    bar->addAction(tr("Delete View"), this, [this] {
        if (!m_activeView.isEmpty())
            deleteNamedView(m_activeView);
    });
    return bar;
}

void GraphPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void GraphPanel::refresh()
{
    m_refreshTimer->stop();
    if (m_kind == GraphKind::Packages)
        m_scene->setGraph(GraphBuilder::packages(m_registry));
    else
        m_scene->setGraph(GraphBuilder::tables(m_registry, m_density, m_collapsed));
    updateStatus();
}

void GraphPanel::setGraphKind(GraphKind kind)
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    m_densityBox->setEnabled(kind == GraphKind::Tables);
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_fitPending = true;
    m_path.clear();
    refresh();
}

void GraphPanel::setDensity(ColumnDensity density)
{
    m_densityBox->setCurrentIndex(m_densityBox->findData(int(density)));
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
    QStringList names;
    for (const GraphNode &node : graph.nodes)
        names.append(node.name);
    names.sort(Qt::CaseInsensitive);
    if (auto *model = qobject_cast<QStringListModel *>(m_search->completer()->model()))
        model->setStringList(names);
    updatePathChoices();
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
        QTimer::singleShot(0, this, &GraphPanel::fit); // after the view knows its size
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
    if (m_focusAction->isChecked() != on)
        m_focusAction->setChecked(on); // toggled() comes back here
    if (on && m_pathAction->isChecked())
        m_pathAction->setChecked(false);
    updateEmphasis();
}

void GraphPanel::setFocusDepth(int depth)
{
    m_depthBox->setValue(depth);
    updateEmphasis();
}

int GraphPanel::focusDepth() const
{
    return m_depthBox->value();
}

void GraphPanel::expandFocus()
{
    if (!m_focusAction->isChecked())
        setFocusMode(true);
    m_depthBox->setValue(m_depthBox->value() + 1);
}

void GraphPanel::setPathMode(bool on)
{
    if (m_pathAction->isChecked() != on)
        m_pathAction->setChecked(on);
    m_pathFrom->setEnabled(on);
    m_pathTo->setEnabled(on);
    if (on && m_focusAction->isChecked())
        m_focusAction->setChecked(false);
    if (on)
        setPath(m_pathFrom->currentData().toString(), m_pathTo->currentData().toString());
    else
        updateEmphasis();
}

void GraphPanel::setPath(const QString &fromId, const QString &toId)
{
    if (!m_pathAction->isChecked()) {
        const QSignalBlocker blocker(m_pathAction);
        m_pathAction->setChecked(true);
        m_focusAction->setChecked(false);
        m_pathFrom->setEnabled(true);
        m_pathTo->setEnabled(true);
    }
    m_pathFrom->setCurrentIndex(qMax(0, m_pathFrom->findData(fromId)));
    m_pathTo->setCurrentIndex(qMax(0, m_pathTo->findData(toId)));
    updateEmphasis();
}

void GraphPanel::setHideOthers(bool hide)
{
    if (m_hideAction->isChecked() != hide)
        m_hideAction->setChecked(hide);
    updateEmphasis();
}

void GraphPanel::updatePathChoices()
{
    const QString from = m_pathFrom->currentData().toString();
    const QString to = m_pathTo->currentData().toString();
    QList<const GraphNode *> nodes;
    for (const GraphNode &node : m_scene->graph().nodes)
        nodes.append(&node);
    std::sort(nodes.begin(), nodes.end(), [](const GraphNode *a, const GraphNode *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    for (QComboBox *box : {m_pathFrom, m_pathTo}) {
        const QSignalBlocker blocker(box);
        box->clear();
        for (const GraphNode *node : std::as_const(nodes))
            box->addItem(node->name, node->id);
    }
    m_pathFrom->setCurrentIndex(qMax(0, m_pathFrom->findData(from)));
    m_pathTo->setCurrentIndex(qMax(0, m_pathTo->findData(to)));
}

void GraphPanel::updateEmphasis()
{
    const GraphData &graph = m_scene->graph();
    GraphQueries::Subgraph subgraph;
    m_path.clear();
    m_pathMessage.clear();
    if (m_pathAction->isChecked()) {
        const QString from = m_pathFrom->currentData().toString();
        const QString to = m_pathTo->currentData().toString();
        m_path = GraphQueries::shortestPath(graph, from, to);
        if (!from.isEmpty() && !to.isEmpty()) {
            m_pathMessage = m_path.isEmpty() ? tr("No path between %1 and %2").arg(m_pathFrom->currentText(), m_pathTo->currentText())
                                             : tr("Path of %n link(s)", nullptr, int(m_path.size()) - 1);
        }
        subgraph = GraphQueries::pathSubgraph(graph, m_path);
    } else if (m_focusAction->isChecked()) {
        const QString centre = m_scene->selectedNodeId();
        if (!centre.isEmpty())
            subgraph = GraphQueries::neighbourhood(graph, {centre}, m_depthBox->value());
    }
    m_scene->setEmphasis(subgraph.nodes, subgraph.edgeKeys, m_hideAction->isChecked());
}

// --- search -----------------------------------------------------------------------------------

void GraphPanel::setSearchText(const QString &text)
{
    m_searchText = text;
    if (m_search->text() != text) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
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
    if (m_focusAction->isChecked())
        updateEmphasis();
}

void GraphPanel::followSelection(const SelectionTarget &target)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QString id = idFor(target);
    m_scene->selectNode(id);
    if (!id.isEmpty())
        m_view->centreOn(id);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->clearSelection();
    m_syncing = false;
    if (m_focusAction->isChecked())
        updateEmphasis();
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
    const QSignalBlocker blocker(m_viewsBox);
    m_viewsBox->clear();
    m_viewsBox->addItem(tr("All tables"), QString());
    for (const NamedView &view : std::as_const(m_views))
        m_viewsBox->addItem(view.name, view.name);
    m_viewsBox->setCurrentIndex(qMax(0, m_viewsBox->findData(m_activeView)));
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
    m_viewsBox->setCurrentIndex(qMax(0, m_viewsBox->findData(name)));
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
