#include "GraphToolBar.h"

#include "graph/GraphData.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>

namespace Strata::Ui {

namespace {
QToolBar *newBar(const QString &title, const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QToolBar(title, parent);
    bar->setAccessibleName(accessibleName);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return bar;
}
} // namespace

GraphToolBars::GraphToolBars(QWidget *parent)
{
    buildMainBar(parent);
    buildViewBar(parent);
    buildModeBar(parent);
    buildPathBar(parent);
}

void GraphToolBars::buildMainBar(QWidget *parent)
{
    auto *bar = newBar(tr("Graph"), tr("Graph toolbar"), parent);
    mainBar = bar;

    kindBox = new QComboBox(bar);
    kindBox->addItem(tr("Packages"), int(GraphKind::Packages));
    kindBox->addItem(tr("Tables"), int(GraphKind::Tables));
    kindBox->setAccessibleName(tr("Graph of"));
    kindBox->setToolTip(tr("Show the package dependency graph or the table graph"));
    bar->addWidget(kindBox);

    densityBox = new QComboBox(bar);
    densityBox->addItem(tr("All columns"), int(ColumnDensity::AllColumns));
    densityBox->addItem(tr("Keys only"), int(ColumnDensity::KeysOnly));
    densityBox->addItem(tr("Names only"), int(ColumnDensity::NamesOnly));
    densityBox->setAccessibleName(tr("Columns shown"));
    densityBox->setToolTip(tr("How many columns each table card lists"));
    bar->addWidget(densityBox);
    bar->addSeparator();

    // The search takes the rest of the row (it was squeezed to a few letters when it shared it).
    search = new QLineEdit(bar);
    search->setPlaceholderText(tr("Find table or package"));
    search->setAccessibleName(tr("Find in graph"));
    search->setClearButtonEnabled(true);
    search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *completer = new QCompleter(new QStringListModel(search), search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    search->setCompleter(completer);
    bar->addWidget(search);
}

void GraphToolBars::buildViewBar(QWidget *parent)
{
    auto *bar = newBar(tr("Graph view"), tr("Graph view toolbar"), parent);
    viewBar = bar;

    fitAction = bar->addAction(tr("Fit"));
    fitAction->setToolTip(tr("Show the whole graph (Ctrl+0)"));
    arrangeAction = bar->addAction(tr("Arrange"));
    arrangeAction->setToolTip(tr("Lay the graph out afresh, forgetting where nodes were moved"));

    auto *exportMenu = new QMenu(tr("Export"), parent);
    exportWholePng = exportMenu->addAction(tr("Whole Diagram as PNG…"));
    exportWholeSvg = exportMenu->addAction(tr("Whole Diagram as SVG…"));
    exportVisiblePng = exportMenu->addAction(tr("Visible View as PNG…"));
    exportVisibleSvg = exportMenu->addAction(tr("Visible View as SVG…"));
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAccessibleName(tr("Export graph"));
    bar->addWidget(exportButton);

    listAction = bar->addAction(tr("Node List"));
    listAction->setCheckable(true);
    listAction->setToolTip(tr("Show the list of the graph's nodes beside the drawing"));
    bar->addSeparator();

    // Named views: the choice, and a menu to save or delete (two buttons did not fit the row).
    viewsBox = new QComboBox(bar);
    viewsBox->setAccessibleName(tr("Named view"));
    viewsBox->setToolTip(tr("Saved sets of tables with their positions"));
    viewsBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(viewsBox);
    auto *viewsMenu = new QMenu(tr("Views"), parent);
    saveViewAction = viewsMenu->addAction(tr("Save View…"));
    deleteViewAction = viewsMenu->addAction(tr("Delete View"));
    auto *viewsButton = new QToolButton(bar);
    viewsButton->setText(tr("Views"));
    viewsButton->setMenu(viewsMenu);
    viewsButton->setPopupMode(QToolButton::InstantPopup);
    viewsButton->setAccessibleName(tr("Save or delete named views"));
    bar->addWidget(viewsButton);
}

void GraphToolBars::buildModeBar(QWidget *parent)
{
    auto *bar = newBar(tr("Graph modes"), tr("Graph modes toolbar"), parent);
    modeBar = bar;

    focusAction = bar->addAction(tr("Focus"));
    focusAction->setCheckable(true);
    focusAction->setToolTip(tr("Show only the selection and its neighbours"));
    depthBox = new QSpinBox(bar);
    depthBox->setRange(1, 9);
    depthBox->setValue(1);
    depthBox->setPrefix(tr("Depth: "));
    depthBox->setAccessibleName(tr("Focus depth"));
    depthBox->setToolTip(tr("How many links away from the selection focus mode reaches"));
    bar->addWidget(depthBox);
    expandAction = bar->addAction(tr("Expand"));
    expandAction->setToolTip(tr("Reach one link further"));
    bar->addSeparator();

    pathAction = bar->addAction(tr("Path"));
    pathAction->setCheckable(true);
    pathAction->setToolTip(tr("Show the chain of foreign keys between two tables"));
    bar->addSeparator();

    hideAction = bar->addAction(tr("Hide Others"));
    hideAction->setCheckable(true);
    hideAction->setToolTip(tr("Hide what focus or path mode leaves out, instead of dimming it"));
}

void GraphToolBars::buildPathBar(QWidget *parent)
{
    auto *bar = newBar(tr("Path"), tr("Path toolbar"), parent);
    pathBar = bar;
    pathFrom = new QComboBox(bar);
    pathTo = new QComboBox(bar);
    for (QComboBox *box : {pathFrom, pathTo}) {
        box->setEnabled(false);
        box->setMinimumContentsLength(8);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    pathFrom->setAccessibleName(tr("Path from"));
    pathTo->setAccessibleName(tr("Path to"));
    bar->addWidget(pathFrom);
    bar->addWidget(new QLabel(tr(" to "), bar));
    bar->addWidget(pathTo);
    bar->setVisible(false); // until path mode is turned on
}

} // namespace Strata::Ui
