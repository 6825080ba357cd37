#include "TestSupport.h"

#include "graph/GraphData.h"
#include "graph/GraphNodeListModel.h"
#include "graph/GraphPanel.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NamedViews.h"
#include "graph/NodeItem.h"
#include "loading/PackageScanner.h"
#include "project/Selection.h"
#include "registry/Registry.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;

namespace {

// Waits until the panel's graph is laid out and shown.
bool settle(GraphPanel &panel)
{
    QCoreApplication::processEvents();
    if (panel.scene()->isLayoutPending()) {
        QSignalSpy applied(panel.scene(), &GraphScene::layoutApplied);
        if (!applied.wait(60000))
            return false;
    }
    QCoreApplication::processEvents();
    return !panel.scene()->isLayoutPending();
}

QString table(const char *name)
{
    return GraphIds::table(QString::fromLatin1(name));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestGraphPanel : public QObject
{
    Q_OBJECT

private:
    Registry m_registry;
    QTemporaryDir m_dir; // a copy of the examples: named views are written into it

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(Test::copyTree(Test::examplesDir(), m_dir.path()));
        QCOMPARE(PackageScanner().discoverAndRegister(m_dir.path(), m_registry), 5);
    }

    void nodeListModel()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QAbstractItemModelTester tester(panel.nodeListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(panel));
        GraphNodeListModel *model = panel.nodeListModel();
        QCOMPARE(model->rowCount(), 22);
        const int users = model->rowOf(table("users"));
        QVERIFY(users >= 0);
        const QString spoken = model->index(users).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("users")) && spoken.contains(QStringLiteral("@acme/core")), qPrintable(spoken));
        QVERIFY(!panel.view()->accessibleName().isEmpty());
        QVERIFY(!panel.nodeList()->accessibleName().isEmpty());

        panel.setGraphKind(GraphKind::Packages);
        QVERIFY(settle(panel));
        QCOMPARE(model->rowCount(), 5);
        panel.setGraphKind(GraphKind::Tables);
        QVERIFY(settle(panel));
        QCOMPARE(model->rowCount(), 22);
    }

    void selectionSyncsBothWays()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(settle(panel));
        QSignalSpy changed(&selection, &Selection::changed);

        // Window -> graph and list (no echo back)
        selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/crm"), QStringLiteral("deals")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.scene()->selectedNodeId(), table("deals"));
        QCOMPARE(panel.nodeListModel()->idAt(panel.nodeList()->currentIndex().row()), table("deals"));
        // A column selects its table.
        selection.select(SelectionTarget::ofColumn(QStringLiteral("@acme/core"), QStringLiteral("users"), QStringLiteral("email")));
        QCOMPARE(panel.scene()->selectedNodeId(), table("users"));
        QCOMPARE(changed.size(), 2);

        // Graph click -> window
        NodeItem *invoices = panel.scene()->nodeItem(table("invoices"));
        QVERIFY(invoices);
        panel.view()->centerOn(invoices);
        const QPoint at = panel.view()->mapFromScene(invoices->pos());
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selection.current(), SelectionTarget::ofTable(QStringLiteral("@acme/billing"), QStringLiteral("invoices")));
        QCOMPARE(panel.nodeListModel()->idAt(panel.nodeList()->currentIndex().row()), table("invoices"));

        // List -> graph and window
        panel.nodeList()->setCurrentIndex(panel.nodeListModel()->index(panel.nodeListModel()->rowOf(table("plans"))));
        QCOMPARE(panel.scene()->selectedNodeId(), table("plans"));
        QCOMPARE(selection.current().table, QStringLiteral("plans"));

        // Keyboard: arrows move to a neighbour, Tab walks the list order.
        panel.view()->setFocus();
        // (plans is referenced, not referencing: the layout puts it right of its neighbours)
        const QString fromPlans = panel.view()->neighbourInDirection(table("plans"), Qt::Key_Left);
        QVERIFY(!fromPlans.isEmpty());
        QTest::keyClick(panel.view(), Qt::Key_Left);
        QCOMPARE(panel.scene()->selectedNodeId(), fromPlans);
        QCOMPARE(GraphIds::table(selection.current().table), fromPlans);
        const QStringList order = panel.scene()->filteredNodeIds();
        QTest::keyClick(panel.view(), Qt::Key_Tab);
        QCOMPARE(panel.scene()->selectedNodeId(), order.at(order.indexOf(fromPlans) + 1));

        // Package graph: a package selection selects its node.
        panel.setGraphKind(GraphKind::Packages);
        QVERIFY(settle(panel));
        selection.select(SelectionTarget::ofPackage(QStringLiteral("@acme/crm")));
        QCOMPARE(panel.scene()->selectedNodeId(), GraphIds::package(QStringLiteral("@acme/crm")));
    }

    void focusMode()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/billing"), QStringLiteral("invoices")));
        panel.setFocusDepth(1);
        panel.setFocusMode(true);
        const QStringList filtered = panel.scene()->filteredNodeIds();
        const QSet<QString> shown(filtered.cbegin(), filtered.cend());
        const QSet<QString> oneLink{table("invoices"), table("subscriptions"), table("invoice_lines"), table("payments"),
                                    table("workspaces")};
        QCOMPARE(shown, oneLink);
        QCOMPARE(panel.nodeListModel()->rowCount(), oneLink.size());
        // The others are dimmed, not hidden, until "hide others".
        QVERIFY(panel.scene()->nodeItem(table("deals"))->isVisible());
        QVERIFY(panel.scene()->nodeItem(table("deals"))->opacity() < 1.0);
        panel.setHideOthers(true);
        QVERIFY(!panel.scene()->nodeItem(table("deals"))->isVisible());

        panel.expandFocus();
        QCOMPARE(panel.focusDepth(), 2);
        const QStringList two = panel.scene()->filteredNodeIds();
        QVERIFY(two.contains(table("plans")));  // invoices -> subscriptions -> plans
        QVERIFY(two.contains(table("deals")));  // invoices -> workspaces <- deals
        QVERIFY(two.size() > oneLink.size());
        panel.setFocusMode(false);
        QCOMPARE(panel.scene()->filteredNodeIds().size(), 22);
    }

    void pathBetweenTables()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        panel.setPath(table("payments"), table("plans"));
        QCOMPARE(panel.currentPath(),
                 (QStringList{table("payments"), table("invoices"), table("subscriptions"), table("plans")}));
        QCOMPARE(panel.scene()->filteredNodeIds().size(), 4);
        // Either direction of the keys: comments -> users <- companies (owner_id)
        panel.setPath(table("comments"), table("companies"));
        QCOMPARE(panel.currentPath(), (QStringList{table("comments"), table("users"), table("companies")}));
        int emphasized = 0;
        for (QGraphicsItem *item : panel.scene()->items()) {
            if (auto *node = dynamic_cast<NodeItem *>(item))
                emphasized += node->opacity() == 1.0;
        }
        QCOMPARE(emphasized, 3);
        panel.setPathMode(false);
        QVERIFY(panel.currentPath().isEmpty());
        QCOMPARE(panel.scene()->filteredNodeIds().size(), 22);
    }

    void searchJumps()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        panel.setSearchText(QStringLiteral("invoice"));
        QVERIFY(panel.scene()->nodeItem(table("invoices"))->isMatch());
        QVERIFY(panel.scene()->nodeItem(table("invoice_lines"))->isMatch());
        QVERIFY(!panel.scene()->nodeItem(table("users"))->isMatch());
        panel.setSearchText(QStringLiteral("Users"));
        QCOMPARE(panel.jumpToSearch(), table("users"));
        QCOMPARE(selection.current().table, QStringLiteral("users"));
    }

    void namedViews()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        QVERIFY(settle(panel));
        panel.setPath(table("payments"), table("plans"));
        panel.scene()->nodeItem(table("plans"))->setPos(QPointF(-500, -500)); // arranged by hand
        QVERIFY(panel.saveNamedView(QStringLiteral("Billing chain")));
        const QList<NamedView> saved = NamedViews::load(m_dir.path());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().tables.size(), 4);
        QCOMPARE(saved.first().tables.value(QStringLiteral("plans")), QPointF(-500, -500));

        // Another panel (another session) reads it back.
        GraphPanel other(m_registry, selection);
        QVERIFY(settle(other));
        QCOMPARE(other.namedViews().size(), 1);
        other.applyNamedView(QStringLiteral("Billing chain"));
        QCOMPARE(other.scene()->filteredNodeIds().size(), 4);
        QCOMPARE(other.scene()->nodeItem(table("plans"))->pos(), QPointF(-500, -500));
        QVERIFY(!other.scene()->nodeItem(table("users"))->isVisible());
        other.applyNamedView({});
        QCOMPARE(other.scene()->filteredNodeIds().size(), 22);
        other.deleteNamedView(QStringLiteral("Billing chain"));
        QVERIFY(NamedViews::load(m_dir.path()).isEmpty());
    }

    void exportsPngAndSvg()
    {
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(settle(panel));
        QTemporaryDir out;
        QString error;
        const QString png = out.filePath(QStringLiteral("graph.png"));
        QVERIFY2(panel.exportImage(png, GraphPanel::ExportScope::WholeDiagram, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        // Uncropped: the whole diagram at 2x.
        QVERIFY(image.width() >= int(panel.scene()->itemsBoundingRect().width() * 2) - 2);
        const QString svg = out.filePath(QStringLiteral("graph.svg"));
        QVERIFY2(panel.exportImage(svg, GraphPanel::ExportScope::WholeDiagram, &error), qPrintable(error));
        const QByteArray text = Test::readFile(svg);
        for (const char *name : {"invoices", "users", "deal_stages", "audit_events", "task_assignees"})
            QVERIFY2(text.contains(name), name);
        const QString visible = out.filePath(QStringLiteral("visible.png"));
        QVERIFY(panel.exportImage(visible, GraphPanel::ExportScope::VisibleView, &error));
        QVERIFY(!QImage(visible).isNull());
    }

    void screenshot()
    {
        // What a user sees, in the light and the dark palette: /tmp/graph-panel.png and -dark.png.
        for (const bool dark : {false, true}) {
            Selection selection;
            GraphPanel panel(m_registry, selection);
            if (dark)
                panel.setPalette(darkPalette());
            panel.setDensity(ColumnDensity::AllColumns);
            panel.resize(1280, 800);
            panel.show();
            QVERIFY(settle(panel));
            selection.select(SelectionTarget::ofTable(QStringLiteral("@acme/crm"), QStringLiteral("deals")));
            panel.setSearchText(QStringLiteral("invoice"));
            panel.fit();
            QCoreApplication::processEvents();
            const QString stem = dark ? QStringLiteral("/tmp/graph-panel-dark") : QStringLiteral("/tmp/graph-panel");
            QVERIFY(panel.grab().save(stem + QStringLiteral("-fit.png")));
            // At 1:1 around the selection, as after clicking a table: labels must read.
            panel.view()->setZoom(1.0, panel.scene()->nodeItem(table("deals"))->pos());
            panel.view()->centreOn(table("deals"));
            QCoreApplication::processEvents();
            QVERIFY(panel.grab().save(stem + QStringLiteral(".png")));
        }
        Selection selection;
        GraphPanel panel(m_registry, selection);
        panel.setGraphKind(GraphKind::Packages);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(settle(panel));
        panel.fit();
        QVERIFY(panel.grab().save(QStringLiteral("/tmp/graph-panel-packages.png")));
    }
};

QTEST_MAIN(TestGraphPanel)
#include "tst_graphpanel.moc"
