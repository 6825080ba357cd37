#include "TestSupport.h"

#include "graph/GraphBuilder.h"
#include "graph/GraphStyle.h"
#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;

namespace {

QByteArray packageJson(const QByteArray &name, const QByteArray &tables, const QByteArray &dependencies = "{}")
{
    return "{ \"packageName\": \"" + name + "\", \"version\": \"1.0.0\", \"dependencies\": " + dependencies
        + ", \"tables\": [\n" + tables + "\n] }\n";
}

QSet<QString> edgeSet(const GraphData &graph, bool brokenOnly = false)
{
    QSet<QString> edges;
    for (const GraphEdge &edge : graph.edges) {
        if (!brokenOnly || edge.broken)
            edges.insert(edge.from + QStringLiteral(" -> ") + edge.to);
    }
    return edges;
}

int countKind(const GraphData &graph, GraphNode::Kind kind)
{
    return int(std::count_if(graph.nodes.cbegin(), graph.nodes.cend(), [kind](const GraphNode &n) { return n.kind == kind; }));
}

} // namespace

class TestGraphBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void packageGraphOfExamples()
    {
        Registry registry;
        QCOMPARE(discoverAndRegister(Test::examplesDir(), registry), 5);
        const GraphData graph = GraphBuilder::packages(registry);
        QCOMPARE(graph.kind, GraphKind::Packages);
        QCOMPARE(graph.nodes.size(), 5);
        const GraphNode *core = graph.node(GraphIds::package(QStringLiteral("@acme/core")));
        QVERIFY(core);
        QCOMPARE(core->detail, QStringLiteral("1.2.0"));
        QVERIFY(core->size.width() > 0 && core->size.height() > 0);
        const QSet<QString> expected{
            QStringLiteral("package:@acme/billing -> package:@acme/core"),
            QStringLiteral("package:@acme/crm -> package:@acme/core"),
            QStringLiteral("package:@acme/projects -> package:@acme/core"),
            QStringLiteral("package:@acme/projects -> package:@acme/crm"),
            // audit takes its dependency from package.json; "uuid" there is a library, not a package
            QStringLiteral("package:@acme/audit -> package:@acme/core"),
        };
        QCOMPARE(edgeSet(graph), expected);
        QVERIFY(edgeSet(graph, true).isEmpty());
    }

    void tableGraphOfExamples()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        const GraphData graph = GraphBuilder::tables(registry, ColumnDensity::AllColumns);
        QCOMPARE(countKind(graph, GraphNode::Kind::Table), 22);
        QCOMPARE(graph.nodes.size(), 22); // nothing missing in the examples
        QCOMPARE(graph.clusterLabels.size(), 5);
        QCOMPARE(graph.clusterOf.value(GraphIds::table(QStringLiteral("invoices"))), QStringLiteral("@acme/billing"));
        const QSet<QString> edges = edgeSet(graph);
        QVERIFY(edges.contains(QStringLiteral("table:invoices -> table:subscriptions")));
        QVERIFY(edges.contains(QStringLiteral("table:deals -> table:companies")));
        QVERIFY(edges.contains(QStringLiteral("table:tasks -> table:tasks"))); // parent task
        QVERIFY(edges.contains(QStringLiteral("table:audit_events -> table:api_keys")));
        // workspace_id is added to workspace-scoped tables and references workspaces
        QVERIFY(edges.contains(QStringLiteral("table:deals -> table:workspaces")));
        QVERIFY(edgeSet(graph, true).isEmpty());
        // Two keys from one table to another are one arrow.
        int dealsToUsers = 0;
        for (const GraphEdge &edge : graph.edges)
            dealsToUsers += edge.from == GraphIds::table(QStringLiteral("tasks")) && edge.to == GraphIds::table(QStringLiteral("users"));
        QCOMPARE(dealsToUsers, 1);

        const GraphNode *users = graph.node(GraphIds::table(QStringLiteral("users")));
        QVERIFY(users);
        QCOMPARE(users->columns.size(), registry.findTable(u"users").table->columns.size());
    }

    void densityChangesNodeSize()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        const QString id = GraphIds::table(QStringLiteral("deals"));
        const GraphNode all = *GraphBuilder::tables(registry, ColumnDensity::AllColumns).node(id);
        const GraphNode keys = *GraphBuilder::tables(registry, ColumnDensity::KeysOnly).node(id);
        const GraphNode names = *GraphBuilder::tables(registry, ColumnDensity::NamesOnly).node(id);
        QVERIFY(all.columns.size() > keys.columns.size());
        QVERIFY(keys.hiddenColumns > 0);
        for (const GraphColumn &column : keys.columns)
            QVERIFY(column.primaryKey || column.foreignKey);
        QVERIFY(names.columns.isEmpty());
        QVERIFY(all.size.height() > keys.size.height());
        QVERIFY(keys.size.height() > names.size.height());
    }

    void cycleAndMissingPackageAreRed()
    {
        QTemporaryDir dir;
        const QByteArray table = "    { \"name\": \"%1\", \"global\": true, \"columns\": [ { \"name\": \"id\", \"type\": \"serial\", \"primaryKey\": true } ] }";
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("a/database.json")),
                                packageJson("a", QByteArray(table).replace("%1", "ta"), "{ \"b\": \"*\" }")));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("b/database.json")),
                                packageJson("b", QByteArray(table).replace("%1", "tb"), "{ \"a\": \"*\", \"ghost\": \"*\" }")));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("c/database.json")),
                                packageJson("c", QByteArray(table).replace("%1", "tc"), "{ \"a\": \"*\" }")));
        Registry registry;
        discoverAndRegister(dir.path(), registry);
        QVERIFY(!registry.cycles().isEmpty());
        const GraphData graph = GraphBuilder::packages(registry);
        QCOMPARE(edgeSet(graph, true),
                 (QSet<QString>{QStringLiteral("package:a -> package:b"), QStringLiteral("package:b -> package:a"),
                                QStringLiteral("package:b -> missing:ghost")}));
        QVERIFY(edgeSet(graph).contains(QStringLiteral("package:c -> package:a")));
        QVERIFY(!edgeSet(graph, true).contains(QStringLiteral("package:c -> package:a")));
        const GraphNode *ghost = graph.node(GraphIds::missing(QStringLiteral("ghost")));
        QVERIFY(ghost);
        QCOMPARE(ghost->kind, GraphNode::Kind::MissingPackage);
        QVERIFY(graph.node(GraphIds::package(QStringLiteral("a")))->errors > 0); // the cycle is a finding
    }

    void brokenReferenceIsRedWithFindings()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("base/database.json")), packageJson("base",
            "    { \"name\": \"workspaces\", \"global\": true, \"columns\": [ { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true } ] },\n"
            "    { \"name\": \"users\", \"global\": true, \"columns\": [ { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true } ] }")));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("notes/database.json")), packageJson("notes",
            "    { \"name\": \"notes\", \"global\": true, \"columns\": [\n"
            "      { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true },\n"
            "      { \"name\": \"body\", \"type\": \"txet\" },\n"
            "      { \"name\": \"author_id\", \"type\": \"bigint\", \"references\": { \"table\": \"users\" } } ] }",
            "{ \"base\": \"^1.0.0\" }")));
        QVERIFY(Test::writeFile(dir.filePath(QStringLiteral("tags/database.json")),
            packageJson("tags",
                "    { \"name\": \"tags\", \"global\": true, \"columns\": [\n"
                "      { \"name\": \"id\", \"type\": \"serial\", \"primaryKey\": true },\n"
                "      { \"name\": \"owner_id\", \"type\": \"bigint\", \"references\": { \"table\": \"nobody\" } } ] }")));
        Registry registry;
        discoverAndRegister(dir.path(), registry);
        const GraphData graph = GraphBuilder::tables(registry, ColumnDensity::AllColumns);
        QVERIFY(edgeSet(graph, true).contains(QStringLiteral("table:tags -> missing:nobody")));
        QCOMPARE(graph.node(GraphIds::missing(QStringLiteral("nobody")))->kind, GraphNode::Kind::MissingTable);
        QVERIFY(graph.node(GraphIds::table(QStringLiteral("tags")))->errors > 0);
        QVERIFY(graph.node(GraphIds::table(QStringLiteral("notes")))->errors > 0); // "txet"
        QCOMPARE(graph.node(GraphIds::table(QStringLiteral("users")))->errors, 0);
    }

    void collapsedPackageMergesEdges()
    {
        Registry registry;
        discoverAndRegister(Test::examplesDir(), registry);
        const GraphData graph = GraphBuilder::tables(registry, ColumnDensity::KeysOnly, {QStringLiteral("@acme/core")});
        const QString core = GraphIds::package(QStringLiteral("@acme/core"));
        QCOMPARE(graph.node(core)->kind, GraphNode::Kind::CollapsedPackage);
        QVERIFY(!graph.node(GraphIds::table(QStringLiteral("users"))));
        QCOMPARE(countKind(graph, GraphNode::Kind::Table), 22 - 6);
        QVERIFY(!graph.clusterLabels.contains(QStringLiteral("@acme/core")));
        // deals -> users and deals -> workspaces became one arrow to the folded package
        int dealsToCore = 0;
        for (const GraphEdge &edge : graph.edges) {
            QVERIFY(edge.from != core || edge.to != core);
            if (edge.from == GraphIds::table(QStringLiteral("deals")) && edge.to == core) {
                ++dealsToCore;
                QVERIFY(edge.count >= 2);
            }
        }
        QCOMPARE(dealsToCore, 1);
    }
};

QTEST_MAIN(TestGraphBuilder)
#include "tst_graphbuilder.moc"
