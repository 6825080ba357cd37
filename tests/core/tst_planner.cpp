// Planning without a database: the migration graph's order, up plans with targets, down plans by
// steps and to a migration (with their refusals), migration cycles from requires lines, and the
// states migrationStatus reports. Histories are built by hand as History would read them.

#include "RunnerTestProject.h"

using namespace Strata;
using namespace Strata::RunnerTest;

Q_DECLARE_METATYPE(QList<AppliedMigration>)

namespace {

// A history of the order project: the migrations as they would have been recorded, in `shortNames` order.
QList<AppliedMigration> historyOf(const MigrationGraph &graph, const QStringList &shortNames)
{
    QList<AppliedMigration> rows;
    for (const QString &s : shortNames) {
        const int index = graph.indexOf(orderPackageName(s.left(1)), orderId(s));
        AppliedMigration row;
        row.package = orderPackageName(s.left(1));
        row.id = orderId(s);
        row.checksum = index >= 0 ? graph.nodes().at(index).checksum : QStringLiteral("gone");
        row.ordinal = rows.size() + 1;
        row.appliedAt = QDateTime::currentDateTimeUtc();
        rows.append(row);
    }
    return rows;
}

QStringList plannedNames(const Plan &plan)
{
    QStringList names;
    for (const PlannedMigration &m : plan.migrations)
        names.append(nameOf(m.node.package, m.node.migration.id));
    return names;
}

QStringList shorts(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orderFollowsGraph();
    void upPlans_data();
    void upPlans();
    void downPlans_data();
    void downPlans();
    void downRefusesWithoutDown();
    void downRefusesMissingFile();
    void cycles_data();
    void cycles();
    void statusStates();
    void statementLines();
    void checksums();

private:
    QTemporaryDir m_dir;
    MigrationGraph m_graph;
};

void TestPlanner::initTestCase()
{
    CHECK(writeOrderProject(m_dir.path(), DialectKind::SQLite));
    m_graph = loadGraph(m_dir.path(), OrderMigrationCount);
}

void TestPlanner::orderFollowsGraph()
{
    QVERIFY(!m_graph.hasCycles());
    QCOMPARE(namesInOrder(m_graph), expectedOrder());
    // Every node comes after what it depends on.
    QHash<int, int> position;
    for (int i = 0; i < m_graph.order().size(); ++i)
        position.insert(m_graph.order().at(i), i);
    for (int node = 0; node < m_graph.nodes().size(); ++node) {
        for (int dependency : m_graph.nodes().at(node).dependsOn)
            QVERIFY(position.value(dependency) < position.value(node));
    }
    const auto names = [&](const QSet<int> &set) {
        QStringList list;
        for (int i : set)
            list.append(nameOf(m_graph.nodes().at(i).package, m_graph.nodes().at(i).migration.id));
        list.sort();
        return list;
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    const int b1 = m_graph.indexOf(QStringLiteral("@rt/b"), QStringLiteral("0001_b1"));
    QCOMPARE(names(m_graph.ancestorsOf(b1)), sorted(orderNames(shorts("a1 a2 a3 x1"))));
    const int x1 = m_graph.indexOf(QStringLiteral("@rt/x"), QStringLiteral("0001_x1"));
    QCOMPARE(names(m_graph.descendantsOf(x1)), sorted(orderNames(shorts("a3 b1 b2 b3 c1 c2 x2 x3"))));
    QCOMPARE(m_graph.indexOf(QStringLiteral("@rt/x"), QStringLiteral("0009_none")), -1);
}

void TestPlanner::upPlans_data()
{
    QTest::addColumn<QStringList>("applied");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    const QStringList all = shorts("a1 a2 x1 a3 b1 b2 b3 c1 c2 x2 x3");
    QTest::newRow("everything") << QStringList() << QString() << all << QString();
    QTest::newRow("the pending rest") << shorts("a1 a2 x1 a3") << QString() << all.mid(4) << QString();
    QTest::newRow("nothing pending") << all << QString() << QStringList() << QString();
    QTest::newRow("target migration: it and its ancestors")
        << QStringList() << QStringLiteral("@rt/b:0002_b2") << shorts("a1 a2 x1 a3 b1 b2") << QString();
    QTest::newRow("target package: all of it and its ancestors")
        << QStringList() << QStringLiteral("@rt/x") << shorts("a1 a2 x1 a3 b1 b2 x2 x3") << QString();
    QTest::newRow("target, ancestors partly applied")
        << shorts("a1 a2") << QStringLiteral("@rt/c:0001_c1") << shorts("x1 a3 b1 b2 b3 c1") << QString();
    QTest::newRow("target already applied") << shorts("a1") << QStringLiteral("@rt/a:0001_a1") << QStringList()
                                            << QString();
    QTest::newRow("unknown package") << QStringList() << QStringLiteral("@rt/nope") << QStringList()
                                     << QStringLiteral("@rt/nope");
    QTest::newRow("unknown migration") << QStringList() << QStringLiteral("@rt/a:0009_zz") << QStringList()
                                       << QStringLiteral("@rt/a:0009_zz");
}

void TestPlanner::upPlans()
{
    QFETCH(QStringList, applied);
    QFETCH(QString, target);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    const Result<Plan> plan = Planner(m_graph, DialectKind::SQLite).up(historyOf(m_graph, applied), target);
    if (!error.isEmpty()) {
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(error), qPrintable(plan.errorMessage()));
        return;
    }
    QVERIFY_RESULT(plan);
    QCOMPARE(plan->direction, PlanDirection::Up);
    QCOMPARE(plannedNames(*plan), orderNames(expected));
    for (const PlannedMigration &m : plan->migrations) {
        QCOMPARE(m.direction, PlanDirection::Up);
        QCOMPARE(m.statements.size(), 2); // CREATE TABLE and INSERT
    }
}

void TestPlanner::downPlans_data()
{
    QTest::addColumn<QStringList>("applied");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    const QStringList all = shorts("a1 a2 x1 a3 b1 b2 b3 c1 c2 x2 x3");
    QStringList reversed = all;
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("one step") << all << 1 << QString() << shorts("x3") << QString();
    QTest::newRow("three steps, newest first") << all << 3 << QString() << shorts("x3 x2 c2") << QString();
    QTest::newRow("more steps than applied") << all << 100 << QString() << reversed << QString();
    QTest::newRow("steps follow the history, not the graph")
        << shorts("a1 a2 x1 a3 b1 b2 b3 x2 x3 c1 c2") << 3 << QString() << shorts("c2 c1 x3") << QString();
    QTest::newRow("to a migration, which stays") << all << 0 << QStringLiteral("@rt/b:0002_b2")
                                                 << shorts("x3 x2 c2 c1 b3") << QString();
    QTest::newRow("to the newest: nothing") << all << 0 << QStringLiteral("@rt/x:0003_x3") << QStringList()
                                            << QString();
    QTest::newRow("all") << all << 0 << QString() << reversed << QString();
    QTest::newRow("nothing applied") << QStringList() << 0 << QString() << QStringList() << QString();
    QTest::newRow("to a pending migration") << shorts("a1 a2") << 0 << QStringLiteral("@rt/b:0001_b1")
                                            << QStringList() << QStringLiteral("@rt/b:0001_b1");
    QTest::newRow("to a package, not a migration") << all << 0 << QStringLiteral("@rt/a") << QStringList()
                                                   << QStringLiteral("@rt/a");
    // a3 requires x1, but this database got a3 first (the requirement was added later).
    QTest::newRow("an applied dependent stays: refused")
        << shorts("a1 a2 a3 x1") << 1 << QString() << QStringList() << QStringLiteral("@rt/a:0003_a3");
    QTest::newRow("dependent and dependency together: dependent first")
        << shorts("a1 a2 a3 x1") << 2 << QString() << shorts("a3 x1") << QString();
}

void TestPlanner::downPlans()
{
    QFETCH(QStringList, applied);
    QFETCH(int, steps);
    QFETCH(QString, target);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    const Planner planner(m_graph, DialectKind::SQLite);
    const QList<AppliedMigration> history = historyOf(m_graph, applied);
    const Result<Plan> plan = steps > 0 ? planner.downSteps(history, steps) : planner.downTo(history, target);
    if (!error.isEmpty()) {
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(error), qPrintable(plan.errorMessage()));
        return;
    }
    QVERIFY_RESULT(plan);
    QCOMPARE(plan->direction, PlanDirection::Down);
    QCOMPARE(plannedNames(*plan), orderNames(expected));
    for (const PlannedMigration &m : plan->migrations) {
        QCOMPARE(m.direction, PlanDirection::Down);
        QCOMPARE(m.statements.size(), 2);
        QVERIFY(m.statements.at(1).destructive.has_value()); // DROP TABLE t_...
        QCOMPARE(m.statements.at(1).destructive->kind, DestructiveChange::Kind::DropTable);
    }
}

void TestPlanner::downRefusesWithoutDown()
{
    Registry registry;
    PackageRegistration package;
    package.packageName = QStringLiteral("@rt/solo");
    package.version = QStringLiteral("1.0.0");
    package.migrations = {
        cppMigration(QStringLiteral("0001_one"), "CREATE TABLE one_t (id INTEGER)", "DROP TABLE one_t"),
        cppMigration(QStringLiteral("0002_nodown"), "CREATE TABLE two_t (id INTEGER)"),
        cppMigration(QStringLiteral("0003_three"), "CREATE TABLE three_t (id INTEGER)", "DROP TABLE three_t"),
    };
    registry.registerDatabase(package);
    const MigrationGraph graph = MigrationGraph::build(registry);
    QList<AppliedMigration> history;
    for (const QString &id : {QStringLiteral("0001_one"), QStringLiteral("0002_nodown"), QStringLiteral("0003_three")}) {
        AppliedMigration row;
        row.package = QStringLiteral("@rt/solo");
        row.id = id;
        row.checksum = graph.nodes().at(graph.indexOf(row.package, id)).checksum;
        row.ordinal = history.size() + 1;
        history.append(row);
    }
    const Planner planner(graph, DialectKind::SQLite);
    const Result<Plan> one = planner.downSteps(history, 1);
    QVERIFY_RESULT(one);
    QCOMPARE(plannedNames(*one), QStringList{QStringLiteral("@rt/solo:0003_three")});
    for (const Result<Plan> &plan : {planner.downSteps(history, 2), planner.downTo(history, {}),
                                     planner.downTo(history, QStringLiteral("@rt/solo:0001_one"))}) {
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(QStringLiteral("@rt/solo:0002_nodown")), qPrintable(plan.errorMessage()));
    }
    // Up plans do not care about down sections.
    QVERIFY_RESULT(planner.up(history.mid(0, 1)));
}

void TestPlanner::downRefusesMissingFile()
{
    QList<AppliedMigration> history = historyOf(m_graph, shorts("a1 a2"));
    AppliedMigration gone;
    gone.package = QStringLiteral("@rt/gone");
    gone.id = QStringLiteral("0001_old");
    gone.checksum = QStringLiteral("00");
    gone.ordinal = 3;
    history.append(gone);
    const Planner planner(m_graph, DialectKind::SQLite);
    const Result<Plan> plan = planner.downSteps(history, 1);
    QVERIFY(!plan);
    QVERIFY2(plan.errorMessage().contains(QStringLiteral("@rt/gone:0001_old")), qPrintable(plan.errorMessage()));
    // Up refuses as well, until the file is back or `strata repair` forgets it.
    const Result<Plan> up = planner.up(history);
    QVERIFY(!up);
    QVERIFY2(up.errorMessage().contains(QStringLiteral("@rt/gone:0001_old")), qPrintable(up.errorMessage()));
}

void TestPlanner::cycles_data()
{
    QTest::addColumn<bool>("acrossPackages");
    QTest::newRow("within a package") << false;
    QTest::newRow("across packages") << true;
}

void TestPlanner::cycles()
{
    QFETCH(bool, acrossPackages);
    QTemporaryDir dir;
    const QString root = dir.path();
    CHECK(writeProjectFile(root, DialectKind::SQLite));
    // The requires lines on the cycle, as file -> line.
    QMultiHash<QString, int> requiresLines;
    QStringList onCycle;
    const auto write = [&](const QString &folder, const QString &id, const QStringList &requirements) {
        QStringList header{QStringLiteral("-- a migration on the cycle")};
        for (const QString &r : requirements)
            header.append(QStringLiteral("-- strata:requires ") + r);
        const QString text = migrationText(header, QStringLiteral("CREATE TABLE t_%1 (id INTEGER);").arg(id.mid(5)));
        writeMigration(root, folder, id, text);
        for (const QString &r : requirements)
            requiresLines.insert(canonical(migrationPath(root, folder, id)), lineOf(text, QStringLiteral("requires ") + r));
        onCycle.append(nameOf(QStringLiteral("@rt/") + folder, id));
    };
    CHECK(writePackage(root, QStringLiteral("p"), QStringLiteral("@rt/p")));
    if (acrossPackages) {
        CHECK(writePackage(root, QStringLiteral("q"), QStringLiteral("@rt/q")));
        // p1 needs q2, q2 follows q1, q1 needs p2, p2 follows p1.
        CHECK(write(QStringLiteral("p"), QStringLiteral("0001_p1"), {QStringLiteral("@rt/q:0002_q2")}));
        CHECK(write(QStringLiteral("p"), QStringLiteral("0002_p2"), {}));
        CHECK(write(QStringLiteral("q"), QStringLiteral("0001_q1"), {QStringLiteral("@rt/p:0002_p2")}));
        CHECK(write(QStringLiteral("q"), QStringLiteral("0002_q2"), {}));
    } else {
        // 0001 needs 0002, which follows 0001.
        CHECK(write(QStringLiteral("p"), QStringLiteral("0001_p1"), {QStringLiteral("@rt/p:0002_p2")}));
        CHECK(write(QStringLiteral("p"), QStringLiteral("0002_p2"), {}));
    }
    // A migration outside the cycle, which still plans last.
    CHECK(writePackage(root, QStringLiteral("z"), QStringLiteral("@rt/z")));
    writeMigration(root, QStringLiteral("z"), QStringLiteral("0001_z1"),
                   migrationText({}, QStringLiteral("CREATE TABLE z1 (id INTEGER);")));
    const MigrationGraph graph = loadGraph(root, int(onCycle.size()) + 1);
    CHECK();

    QVERIFY(graph.hasCycles());
    QCOMPARE(graph.diagnostics().size(), 1);
    const Diagnostic &d = graph.diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("migration-cycle"));
    QCOMPARE(d.severity, Severity::Error);
    for (const QString &name : std::as_const(onCycle))
        QVERIFY2(d.message.contains(name), qPrintable(d.message));
    QVERIFY2(!d.message.contains(QStringLiteral("@rt/z")), qPrintable(d.message));
    QVERIFY(!d.help.isEmpty());
    // It points at a requires line on the cycle: file and line.
    const QString file = canonical(d.location.file);
    QVERIFY2(requiresLines.contains(file), qPrintable(d.location.file));
    QVERIFY2(requiresLines.values(file).contains(d.location.line),
             qPrintable(QStringLiteral("%1:%2").arg(d.location.file).arg(d.location.line)));
    QVERIFY(d.location.column > 0);

    // Every node is still ordered (the cycle last), and planning refuses with the cycle.
    QCOMPARE(graph.order().size(), graph.nodes().size());
    QCOMPARE(namesInOrder(graph).first(), QStringLiteral("@rt/z:0001_z1"));
    const Result<Plan> plan = Planner(graph, DialectKind::SQLite).up({});
    QVERIFY(!plan);
    QCOMPARE(plan.errorMessage(), d.message);
}

void TestPlanner::statusStates()
{
    QList<AppliedMigration> history = historyOf(m_graph, shorts("a1 a2"));
    history[1].checksum = QStringLiteral("0123"); // a2 changed after it ran
    AppliedMigration gone;
    gone.package = QStringLiteral("@rt/gone");
    gone.id = QStringLiteral("0001_old");
    gone.checksum = QStringLiteral("abcd");
    gone.ordinal = 3;
    history.append(gone);

    const QList<MigrationStatus> status = migrationStatus(m_graph, history);
    QCOMPARE(status.size(), OrderMigrationCount + 1);
    QStringList names;
    for (const MigrationStatus &s : status)
        names.append(nameOf(s.package, s.id));
    QCOMPARE(names, expectedOrder() << QStringLiteral("@rt/gone:0001_old"));

    const MigrationStatus &a1 = status.at(0);
    QCOMPARE(a1.state, MigrationState::Applied);
    QCOMPARE(a1.recordedChecksum, a1.currentChecksum);
    QVERIFY(a1.applied.has_value());
    QCOMPARE(a1.applied->ordinal, 1);
    QCOMPARE(canonical(a1.file), canonical(migrationPath(m_dir.path(), QStringLiteral("a"), QStringLiteral("0001_a1"))));

    const MigrationStatus &a2 = status.at(1);
    QCOMPARE(a2.state, MigrationState::Modified);
    QCOMPARE(a2.recordedChecksum, QStringLiteral("0123"));
    QCOMPARE(a2.currentChecksum, m_graph.nodes().at(m_graph.indexOf(a2.package, a2.id)).checksum);

    for (int i = 2; i < OrderMigrationCount; ++i) {
        QCOMPARE(status.at(i).state, MigrationState::Pending);
        QVERIFY(!status.at(i).applied.has_value());
        QVERIFY(status.at(i).recordedChecksum.isEmpty());
    }
    const MigrationStatus &missing = status.last();
    QCOMPARE(missing.state, MigrationState::Missing);
    QVERIFY(missing.file.isEmpty());
    QVERIFY(missing.currentChecksum.isEmpty());
    QCOMPARE(missing.recordedChecksum, QStringLiteral("abcd"));

    QCOMPARE(migrationStateName(MigrationState::Applied), QStringLiteral("applied"));
    QCOMPARE(migrationStateName(MigrationState::Pending), QStringLiteral("pending"));
    QCOMPARE(migrationStateName(MigrationState::Modified), QStringLiteral("modified"));
    QCOMPARE(migrationStateName(MigrationState::Missing), QStringLiteral("missing"));

    // The first problem blocks up plans.
    const Result<Plan> plan = Planner(m_graph, DialectKind::SQLite).up(history);
    QVERIFY(!plan);
    QVERIFY2(plan.errorMessage().contains(QStringLiteral("@rt/a:0002_a2")), qPrintable(plan.errorMessage()));
}

// Each planned statement knows its line in the file, for failures and for the editor.
void TestPlanner::statementLines()
{
    QTemporaryDir dir;
    CHECK(writeCoreProject(dir.path(), DialectKind::SQLite));
    const MigrationGraph graph = loadGraph(dir.path(), 3);
    CHECK();
    const MigrationNode &node = graph.nodes().at(graph.indexOf(corePackage(), QStringLiteral("0002_multi")));
    const QString text = QString::fromUtf8(Test::readFile(node.migration.file));
    const Planner planner(graph, DialectKind::SQLite);

    const QList<PlannedStatement> up = planner.statementsOf(node.migration.up);
    const QStringList statements = multiStatements();
    QCOMPARE(up.size(), statements.size());
    for (int i = 0; i < up.size(); ++i) {
        const QString firstLine = statements.at(i).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(up.at(i).fileLine, lineOf(text, firstLine));
        QVERIFY(!up.at(i).destructive.has_value());
    }
    const QList<PlannedStatement> down = planner.statementsOf(node.migration.down);
    QCOMPARE(down.size(), 2);
    QCOMPARE(down.at(0).fileLine, lineOf(text, QStringLiteral("DROP INDEX base_label_idx")));
    QCOMPARE(down.at(1).fileLine, lineOf(text, QStringLiteral("DROP TABLE items")));
    QCOMPARE(down.at(0).destructive->kind, DestructiveChange::Kind::DropIndex);
    QCOMPARE(down.at(1).destructive->kind, DestructiveChange::Kind::DropTable);
    QCOMPARE(down.at(1).destructive->table, QStringLiteral("items"));

    // Callable steps have no statements to plan.
    const MigrationStep callable(Callable([](MigrationContext &) -> Result<> { return {}; }));
    QVERIFY(planner.statementsOf(callable).isEmpty());
}

void TestPlanner::checksums()
{
    Migration lf;
    lf.id = QStringLiteral("0001_x");
    lf.up.sql = QStringLiteral("CREATE TABLE x (id INTEGER);\nINSERT INTO x VALUES (1);\n");
    Migration crlf = lf;
    crlf.up.sql = QStringLiteral("CREATE TABLE x (id INTEGER);\r\nINSERT INTO x VALUES (1);\r\n");
    Migration changed = lf;
    changed.up.sql.replace(QStringLiteral("(1)"), QStringLiteral("(2)"));
    Migration downChanged = lf;
    downChanged.down.sql = QStringLiteral("DROP TABLE x;");
    QCOMPARE(MigrationGraph::checksumOf(lf).size(), 64);
    QCOMPARE(MigrationGraph::checksumOf(crlf), MigrationGraph::checksumOf(lf));
    QVERIFY(MigrationGraph::checksumOf(changed) != MigrationGraph::checksumOf(lf));
    // Only the up section counts: editing a down section is not a modification.
    QCOMPARE(MigrationGraph::checksumOf(downChanged), MigrationGraph::checksumOf(lf));
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
#include "moc_RunnerTestProject.cpp"
