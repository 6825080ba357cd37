#pragma once

#include <QKeySequence>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class PackageTreeModel;
class ProblemsModel;
class Selection;

// The docks of the workbench window, by what they show.
enum class PanelId { Packages, Problems, Graph, Log };

// What a panel is made from: the window (the dock's parent) and what the window shares with its views.
struct PanelContext
{
    QMainWindow *window;
    Registry *registry;
    Selection *selection;
    PackageTreeModel *packageModel;
    ProblemsModel *problemsModel;
};

// One dock of the window, described so that MainWindow assembles them all in one loop (as Qt
// Creator's navigation widget factories and Kate's tool views are): what it is, how it is made,
// where it goes, how the View menu names and toggles it, and how its place is kept.
//
// Save and restore: QMainWindow::saveState and restoreState keep each dock's place, size and
// visibility under its object name, which therefore never changes (a user's saved layout would be
// lost). Without a saved layout, `defaultExtent` gives the dock its share of the window. What a
// panel itself remembers (the log's level, the graph's node list) it keeps in WorkbenchSettings,
// stored when the user changes it.
struct PanelDescription
{
    PanelId id;
    QString objectName;
    // The View menu's entry (translated, with its mnemonic) and its shortcut.
    QString menuText;
    QKeySequence shortcut;
    Qt::DockWidgetArea area;
    // Closed until the user opens it. The docks open at start are the project's views: they are
    // hidden around the welcome page, where they would stand empty.
    bool closedAtStart = false;
    // The dock's width (left and right areas) or height (bottom) in a window of the given size,
    // when no layout was saved; empty: whatever the layout gives it.
    std::function<int(QSize window)> defaultExtent = {};
    // Makes the dock (its title is the panel's own), a child of the context's window.
    std::function<QDockWidget *(const PanelContext &context)> create;
};

// The window's docks in the order they are added, which the View menu and the saved state follow.
QList<PanelDescription> workbenchPanels();

} // namespace Strata::Ui
