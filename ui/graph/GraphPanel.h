#pragma once

#include "graph/GraphData.h"
#include "graph/NamedViews.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QTimer;
class QToolBar;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class GraphNodeListModel;
class GraphScene;
class GraphView;
class Selection;
struct SelectionTarget;

// The graph of a project: the package dependency graph or the table graph, a node list beside it
// (what a screen reader reads), and a toolbar for the graph kind, column density, focus mode, the
// path between two tables, search, named views, export and fit. Follows the Registry (rebuilds on
// every change; GraphScene decides whether that needs a layout) and the window's Selection (both ways).
class GraphPanel : public QWidget
{
    Q_OBJECT

public:
    enum class ExportScope { WholeDiagram, VisibleView };

    GraphPanel(Registry &registry, Selection &selection, QWidget *parent = nullptr);
    ~GraphPanel() override;

    GraphKind graphKind() const { return m_kind; }
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
    GraphNodeListModel *nodeListModel() const { return m_model; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QToolBar *buildMainToolBar();
    QToolBar *buildModeToolBar();
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
    GraphNodeListModel *m_model = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QComboBox *m_kindBox = nullptr;
    QComboBox *m_densityBox = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_focusAction = nullptr;
    QSpinBox *m_depthBox = nullptr;
    QAction *m_pathAction = nullptr;
    QComboBox *m_pathFrom = nullptr;
    QComboBox *m_pathTo = nullptr;
    QAction *m_hideAction = nullptr;
    QComboBox *m_viewsBox = nullptr;
    QLabel *m_status = nullptr;

    GraphKind m_kind = GraphKind::Tables;
    ColumnDensity m_density = ColumnDensity::KeysOnly;
    QSet<QString> m_collapsed;
    QStringList m_path;
    QString m_pathMessage;
    QString m_searchText;
    QList<NamedView> m_views;
    QString m_activeView;
    bool m_viewPending = false;
    bool m_fitPending = true;
    bool m_syncing = false; // reporting to or following the Selection: do not echo
};

} // namespace Strata::Ui
