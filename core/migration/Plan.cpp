#include <strata/migration/Plan.h>

#include <QCoreApplication>

#include <algorithm>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Plan". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Plan)
};

QString nameOf(const QString &package, const QString &id)
{
    return package + QLatin1Char(':') + id;
}

} // namespace

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QStringLiteral("applied");
    case MigrationState::Pending: return QStringLiteral("pending");
    case MigrationState::Modified: return QStringLiteral("modified");
    case MigrationState::Missing: return QStringLiteral("missing");
    }
    return {};
}

QList<MigrationStatus> migrationStatus(const MigrationGraph &graph, const QList<AppliedMigration> &history)
{
    QHash<QString, const AppliedMigration *> applied;
    for (const AppliedMigration &row : history)
        applied.insert(nameOf(row.package, row.id), &row);

    QList<MigrationStatus> result;
    result.reserve(graph.nodes().size());
    for (int index : graph.order()) {
        const MigrationNode &node = graph.nodes().at(index);
        MigrationStatus status;
        status.package = node.package;
        status.id = node.migration.id;
        status.file = node.migration.file;
        status.currentChecksum = node.checksum;
        if (const AppliedMigration *row = applied.take(nameOf(node.package, node.migration.id))) {
            status.applied = *row;
            status.recordedChecksum = row->checksum;
            status.state = row->checksum == node.checksum ? MigrationState::Applied : MigrationState::Modified;
        }
        result.append(status);
    }
    for (const AppliedMigration &row : history) {
        if (!applied.contains(nameOf(row.package, row.id)))
            continue; // matched above
        MigrationStatus status;
        status.package = row.package;
        status.id = row.id;
        status.state = MigrationState::Missing;
        status.recordedChecksum = row.checksum;
        status.applied = row;
        result.append(status);
    }
    return result;
}

bool PlannedMigration::isDestructive() const
{
    return std::any_of(statements.cbegin(), statements.cend(),
                       [](const PlannedStatement &s) { return s.destructive.has_value(); });
}

bool Plan::hasDestructive() const
{
    return std::any_of(migrations.cbegin(), migrations.cend(),
                       [](const PlannedMigration &m) { return m.isDestructive(); });
}

QList<PlannedStatement> Planner::statementsOf(const MigrationStep &step) const
{
    QList<PlannedStatement> planned;
    if (step.isCallable())
        return planned;
    const QList<SqlStatement> statements = StatementSplitter::split(step.sql, m_dialect);
    planned.reserve(statements.size());
    for (const SqlStatement &statement : statements) {
        PlannedStatement p;
        p.statement = statement;
        p.fileLine = step.firstLine + statement.line - 1;
        p.destructive = classifyDestructive(statement.sql, m_dialect);
        planned.append(p);
    }
    return planned;
}

bool Planner::foreignKeysOff(const Migration &migration) const
{
    // PostgreSQL keeps its constraints on (validation warns), and without a transaction there is no
    // commit to check the foreign keys before (validation refuses the file; a C++ migration runs as is).
    return migration.foreignKeysOff && m_dialect == DialectKind::SQLite && !migration.noTransaction;
}

Result<> Planner::refuseChanged(const QList<AppliedMigration> &history) const
{
    for (const MigrationStatus &status : migrationStatus(m_graph, history)) {
        if (status.state == MigrationState::Modified)
            return failure(Text::tr("%1 was changed after it was applied (%2); check the change, then run 'strata repair'")
                .arg(nameOf(status.package, status.id), status.file));
        if (status.state == MigrationState::Missing)
            return failure(Text::tr("%1 was applied but its file is gone; restore it, or run 'strata repair' to forget it")
                .arg(nameOf(status.package, status.id)));
    }
    return {};
}

Result<Plan> Planner::up(const QList<AppliedMigration> &history, const QString &target) const
{
    if (m_graph.hasCycles())
        return failure(m_graph.diagnostics().first().message);
    if (Result<> refused = refuseChanged(history); !refused)
        return refused.error();
    Plan plan;
    plan.direction = PlanDirection::Up;

    QSet<QString> applied;
    for (const AppliedMigration &row : history)
        applied.insert(nameOf(row.package, row.id));

    std::optional<QSet<int>> wanted;
    if (!target.isEmpty()) {
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        const QString package = colon < 0 ? target : target.left(colon);
        const QString id = colon < 0 ? QString() : target.mid(colon + 1);
        QSet<int> set;
        for (int i = 0; i < m_graph.nodes().size(); ++i) {
            const MigrationNode &node = m_graph.nodes().at(i);
            if (node.package == package && (id.isEmpty() || node.migration.id == id)) {
                set.insert(i);
                set.unite(m_graph.ancestorsOf(i));
            }
        }
        if (set.isEmpty())
            return failure(Text::tr("no migration %1 in the project").arg(target));
        wanted = set;
    }

    for (int index : m_graph.order()) {
        const MigrationNode &node = m_graph.nodes().at(index);
        if (applied.contains(nameOf(node.package, node.migration.id)))
            continue;
        if (wanted && !wanted->contains(index))
            continue;
        plan.migrations.append(PlannedMigration{node, PlanDirection::Up, statementsOf(node.migration.up),
                                                foreignKeysOff(node.migration)});
    }
    return plan;
}

Result<Plan> Planner::down(const QList<AppliedMigration> &history, const QList<int> &nodes) const
{
    Plan plan;
    plan.direction = PlanDirection::Down;
    const QSet<int> rolledBack(nodes.cbegin(), nodes.cend());
    QSet<QString> applied;
    for (const AppliedMigration &row : history)
        applied.insert(nameOf(row.package, row.id));
    QHash<int, QSet<int>> descendants;
    for (int index : nodes)
        descendants.insert(index, m_graph.descendantsOf(index));

    // Newest first, except that a migration never goes before one that depends on it: a
    // requirement or package dependency added after both were applied makes the history's order
    // disagree with the graph. (When they agree, this is exactly newest first.)
    QList<int> ordered;
    QList<int> remaining = nodes;
    while (!remaining.isEmpty()) {
        qsizetype pick = 0;
        for (; pick < remaining.size(); ++pick) {
            const QSet<int> &after = descendants[remaining.at(pick)];
            if (std::none_of(remaining.cbegin(), remaining.cend(), [&](int other) { return after.contains(other); }))
                break;
        }
        ordered.append(remaining.takeAt(pick < remaining.size() ? pick : 0)); // on a cycle: history order
    }

    for (int index : std::as_const(ordered)) {
        const MigrationNode &node = m_graph.nodes().at(index);
        if (!node.migration.hasDown()) {
            return failure(Text::tr("%1 has no down section; add \"-- strata:down\" with the SQL that undoes it")
                               .arg(nameOf(node.package, node.migration.id)));
        }
        // An applied migration that needs this one, and would stay, blocks the rollback.
        for (int dependent : std::as_const(descendants[index])) {
            const MigrationNode &other = m_graph.nodes().at(dependent);
            if (!rolledBack.contains(dependent) && applied.contains(nameOf(other.package, other.migration.id))) {
                return failure(Text::tr("cannot roll back %1: %2 is applied and depends on it; roll that back first")
                                   .arg(nameOf(node.package, node.migration.id),
                                        nameOf(other.package, other.migration.id)));
            }
        }
        plan.migrations.append(PlannedMigration{node, PlanDirection::Down, statementsOf(node.migration.down),
                                                foreignKeysOff(node.migration)});
    }
    return plan;
}

Result<Plan> Planner::downSteps(const QList<AppliedMigration> &history, int steps) const
{
    QList<AppliedMigration> newestFirst = history;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const AppliedMigration &a, const AppliedMigration &b) { return a.ordinal > b.ordinal; });
    QList<int> nodes;
    for (const AppliedMigration &row : newestFirst) {
        if (nodes.size() >= steps)
            break;
        const int index = m_graph.indexOf(row.package, row.id);
        if (index < 0) {
            return failure(Text::tr("%1 was applied but its file is gone, so its down section is unknown; restore the file")
                               .arg(nameOf(row.package, row.id)));
        }
        nodes.append(index);
    }
    return down(history, nodes);
}

Result<Plan> Planner::downTo(const QList<AppliedMigration> &history, const QString &target) const
{
    qint64 after = 0;
    if (!target.isEmpty()) {
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        const QString package = target.left(colon);
        const QString id = colon < 0 ? QString() : target.mid(colon + 1);
        const auto row = std::find_if(history.cbegin(), history.cend(), [&](const AppliedMigration &r) {
            return r.package == package && r.id == id;
        });
        if (colon < 0 || row == history.cend())
            return failure(Text::tr("%1 is not an applied migration; name one as PACKAGE:ID").arg(target));
        after = row->ordinal;
    }
    int steps = 0;
    for (const AppliedMigration &row : history)
        steps += row.ordinal > after ? 1 : 0;
    return downSteps(history, steps);
}

} // namespace Strata
