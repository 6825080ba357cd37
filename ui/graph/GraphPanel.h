#pragma once

#include "graph/GraphData.h"
#include "graph/NamedViews.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QTimer;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class GraphNodeListModel;
class GraphScene;
class GraphSplitter;
class GraphToolBars;
class GraphView;
class Selection;
struct SelectionTarget;

// The graph of a project: the package dependency graph or the table graph, a node list beside it
// (what a screen reader reads), and a toolbar for the graph kind, column density, focus mode, the
// path between two tables, search, named views, export and fit. Follows the Registry (rebuilds on
// every change; GraphScene decides whether that needs a layout) and the window's Selection (both ways).
// The drawing and the node list share a GraphSplitter (the list narrow by default, can be hidden from
// the toolbar, remembered); the toolbars are built by GraphToolBars and wired here.
class GraphPanel : public QWidget
{
    Q_OBJECT

public:
    enum class ExportScope { WholeDiagram, VisibleView };

    GraphPanel(Registry &registry, Selection &selection, QWidget *parent = nullptr);
    ~GraphPanel() override;

    // Above this many tables the panel opens on the package graph (see defaultKind() for why).
    static constexpr int LargeProjectTables = 1500;

    GraphKind graphKind() const { return m_kind; }
    // An explicit choice: kept over reloads of the same project (the size-based default no longer applies).
    void setGraphKind(GraphKind kind);
    void setDensity(ColumnDensity density);
    void setCollapsed(const QString &package, bool collapsed);

    // Focus mode: the selection and its neighbours up to `depth` links away.
    void setFocusMode(bool on);
    void setFocusDepth(int depth);
    int focusDepth() const;
    void expandFocus(); // one more link
    // Path mode: the shortest chain of links between two nodes (ids), everything else dimmed/hidden.
    void setPath(const QString &fromId, const QString &toId);
    void setPathMode(bool on);
    QStringList currentPath() const { return m_path; }
    void setHideOthers(bool hide);

    // Search: highlights nodes whose name contains `text`; jumpToSearch selects the next hit.
    void setSearchText(const QString &text);
    QString jumpToSearch();

    QList<NamedView> namedViews() const { return m_views; }
    // Saves the tables now shown (all, or the focus/path set) with their positions under `name`.
    bool saveNamedView(const QString &name);
    void applyNamedView(const QString &name); // empty: all tables
    void deleteNamedView(const QString &name);

    bool exportImage(const QString &path, ExportScope scope, QString *error = nullptr);
    void fit();
    void arrangeAgain();

    // Rebuilds the graph from the registry now (normally coalesced on the next event loop turn).
    void refresh();

    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    QListView *nodeList() const { return m_list; }
    GraphSplitter *splitter() const { return m_splitter; }
    GraphToolBars &toolBars() const { return *m_bars; }
    // The node list beside the drawing (also the "Node List" toolbar toggle); remembered (GraphSplitter).
    bool isNodeListShown() const;
    void setNodeListShown(bool shown);
    GraphNodeListModel *nodeListModel() const { return m_model; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void wireToolBars();
    void fitListRows();
    GraphKind defaultKind() const;
    void revealSelection();
    void scheduleRefresh();
    void reloadViews();
    QSet<QString> viewNodeIds(const QString &name) const;
    void onGraphShown();
    void onFilterChanged();
    void updateEmphasis();
    void updateList();
    void updatePathChoices();
    void updateStatus();
    void reportSelection(const QString &id);
    void followSelection(const SelectionTarget &target);
    void showNode(const QString &id);
    void onListCurrentChanged();
    void onNodeActivated(const QString &id);
    void exportInteractively(ExportScope scope, bool svg);
    QString idFor(const SelectionTarget &target) const;
    SelectionTarget targetOf(const QString &id) const;

    Registry &m_registry;
    Selection &m_selection;
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    QListView *m_list = nullptr;
    GraphSplitter *m_splitter = nullptr;
    GraphNodeListModel *m_model = nullptr;
    QTimer *m_refreshTimer = nullptr;
    std::unique_ptr<GraphToolBars> m_bars;
    QLabel *m_status = nullptr;

    GraphKind m_kind = GraphKind::Tables;
    // The graph kind is decided once per project (by its size, or by the user): m_kindDecidedFor is
    // that project's root, so a reload keeps the kind and another project gets its own default.
    QString m_kindDecidedFor;
    bool m_kindDecided = false;
    bool m_revealPending = false; // centre on the selection once the graph is shown
    ColumnDensity m_density = ColumnDensity::KeysOnly;
    QSet<QString> m_collapsed;
    QStringList m_path;
    QString m_pathMessage;
    QString m_searchText;
    // The nodes (ids and names, in graph order) the search completer and path boxes were filled with.
    QStringList m_choiceIds;
    QStringList m_choiceNames;
    QList<NamedView> m_views;
    QString m_activeView;
    bool m_viewPending = false;
    bool m_fitPending = true;
    bool m_syncing = false; // reporting to or following the Selection: do not echo
};

} // namespace Strata::Ui
