#pragma once

#include <QCoreApplication>

class QAction;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolBar;
class QWidget;

namespace Strata::Ui {

// The graph panel's toolbars and the controls on them. Kept apart from GraphPanel so that what the
// user sees (labels, tooltips, accessible names, sizes, which row a control sits on) can change
// without touching the graph logic: this file only builds the widgets, GraphPanel wires them.
// Not a QObject: it holds pointers to widgets owned by `parent`. Its messages stay in the context
// "Strata::Ui::GraphPanel", where they were before the split, so their translations still apply.
class GraphToolBars
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Ui::GraphPanel)

public:
    explicit GraphToolBars(QWidget *parent);

    // Rows sized for a dock ~460 px wide: two rows overflowed there and hid their last controls
    // (Node List, path ends, named views) behind a "»" button. Each row now fits with the English
    // labels (tst_graphpanel checks it); longer translations may still overflow the view row.
    // what is shown: graph kind, density, search
    QToolBar *mainBar = nullptr;
    // the view: fit, arrange, export, node list toggle, named views
    QToolBar *viewBar = nullptr;
    // modes: focus, depth, expand, path, hide others
    QToolBar *modeBar = nullptr;
    // the two ends of the path: shown only in path mode, where they mean something
    QToolBar *pathBar = nullptr;

    QComboBox *kindBox = nullptr;
    QComboBox *densityBox = nullptr;
    QLineEdit *search = nullptr;
    QAction *listAction = nullptr; // checkable: the node list beside the graph is shown
    QAction *fitAction = nullptr;
    QAction *arrangeAction = nullptr;
    QAction *exportWholePng = nullptr;
    QAction *exportWholeSvg = nullptr;
    QAction *exportVisiblePng = nullptr;
    QAction *exportVisibleSvg = nullptr;

    QAction *focusAction = nullptr;
    QSpinBox *depthBox = nullptr;
    QAction *expandAction = nullptr;
    QAction *pathAction = nullptr;
    QComboBox *pathFrom = nullptr;
    QComboBox *pathTo = nullptr;
    QAction *hideAction = nullptr;
    QComboBox *viewsBox = nullptr;
    QAction *saveViewAction = nullptr;
    QAction *deleteViewAction = nullptr;

private:
    void buildMainBar(QWidget *parent);
    void buildViewBar(QWidget *parent);
    void buildModeBar(QWidget *parent);
    void buildPathBar(QWidget *parent);
};

} // namespace Strata::Ui
