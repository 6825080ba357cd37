#include "panels/WorkbenchPanels.h"

#include "graph/GraphPanel.h"
#include "models/LogModel.h"
#include "panels/LogPanel.h"
#include "panels/PackagesPanel.h"
#include "panels/ProblemsPanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>

namespace Strata::Ui {

namespace {

// The messages of this file are the window's (its View menu, the graph dock's title): they keep the
// context "Strata::Ui::MainWindow" they had there, and with it their translations. A class with
// Q_DECLARE_TR_FUNCTIONS, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Ui::MainWindow)
};

} // namespace

QList<PanelDescription> workbenchPanels()
{
    // The tree on the left, the graph beside the page, the problems below both. The page keeps the
    // largest share; the graph enough for its node list and a readable drawing.
    return {
        {
            .id = PanelId::Packages,
            .objectName = QStringLiteral("packagesDock"),
            .menuText = Text::tr("&Packages"),
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_1),
            .area = Qt::LeftDockWidgetArea,
            .defaultExtent = [](QSize window) { return qBound(240, window.width() * 22 / 100, 420); },
            .create = [](const PanelContext &context) -> QDockWidget * {
                auto *panel = new PackagesPanel(context.packageModel, context.window);
                panel->setSelection(context.selection);
                return panel;
            },
        },
        {
            .id = PanelId::Problems,
            .objectName = QStringLiteral("problemsDock"),
            .menuText = Text::tr("P&roblems"),
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_2),
            .area = Qt::BottomDockWidgetArea,
            .defaultExtent = [](QSize window) { return qBound(150, window.height() * 24 / 100, 320); },
            .create = [](const PanelContext &context) -> QDockWidget * {
                return new ProblemsPanel(context.problemsModel, context.window);
            },
        },
        {
            // Packages and tables drawn by Graphviz, following the window's one selection.
            .id = PanelId::Graph,
            .objectName = QStringLiteral("graphDock"),
            .menuText = Text::tr("&Graph"),
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_3),
            .area = Qt::RightDockWidgetArea,
            .defaultExtent = [](QSize window) { return qBound(360, window.width() * 36 / 100, 760); },
            .create = [](const PanelContext &context) {
                auto *dock = new QDockWidget(Text::tr("Graph"), context.window);
                dock->setWidget(new GraphPanel(*context.registry, *context.selection, dock));
                return dock;
            },
        },
        {
            // Beside the problems, closed until asked for (View > Log). Not tabified with them:
            // QMainWindow then restores saved dock sizes wrongly.
            .id = PanelId::Log,
            .objectName = QStringLiteral("logDock"),
            .menuText = Text::tr("&Log"),
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_5),
            .area = Qt::BottomDockWidgetArea,
            .closedAtStart = true,
            .create = [](const PanelContext &context) -> QDockWidget * {
                // The handler is installed once per process (main() does it first, to keep early messages).
                LogModel::installMessageHandler();
                auto *model = new LogModel(context.window);
                model->connectToMessageHandler();
                return new LogPanel(model, context.window);
            },
        },
    };
}

} // namespace Strata::Ui
