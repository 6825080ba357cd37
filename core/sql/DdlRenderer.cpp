#include <strata/sql/DdlRenderer.h>

#include <strata/sql/DialectSupport.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Strata {

namespace {

// The tables in creation order and the foreign keys that must wait for an ALTER TABLE.
struct RenderPlan
{
    QList<const Table *> order;
    QHash<const Table *, QSet<QString>> deferredColumns; // columns whose REFERENCES comes later
};

QHash<QString, const Table *> tablesByName(const QList<Table> &tables)
{
    QHash<QString, const Table *> byName;
    for (const Table &t : tables) {
        if (!byName.contains(t.name))
            byName.insert(t.name, &t);
    }
    return byName;
}

// The tables `table` references that are among `byName` and not created yet (itself excluded).
QSet<QString> pendingTargets(const Table *table, const QHash<QString, const Table *> &byName,
                             const QSet<QString> &created)
{
    QSet<QString> targets;
    for (const Column &c : table->columns) {
        const QString &target = c.references.table;
        if (c.references.isSet() && target != table->name && byName.contains(target) && !created.contains(target))
            targets.insert(target);
    }
    return targets;
}

// When no remaining table is ready, the cycle to break: the first table (in input order) whose
// pending targets all lie on cycles through it (a sink of the remaining tables' condensation), so
// that only keys inside a cycle are deferred, never a key to a table that merely comes later.
qsizetype cycleToBreak(const QList<const Table *> &remaining, const QHash<QString, const Table *> &byName,
                       const QSet<QString> &created)
{
    QHash<QString, QSet<QString>> reach;
    for (const Table *table : remaining) {
        QSet<QString> seen;
        QStringList stack = pendingTargets(table, byName, created).values();
        while (!stack.isEmpty()) {
            const QString name = stack.takeLast();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            for (const QString &next : pendingTargets(byName.value(name), byName, created))
                stack.append(next);
        }
        reach.insert(table->name, seen);
    }
    for (qsizetype i = 0; i < remaining.size(); ++i) {
        const QString &name = remaining.at(i)->name;
        const QSet<QString> &reachable = reach.value(name);
        const bool sink = std::all_of(reachable.cbegin(), reachable.cend(),
                                      [&](const QString &other) { return reach.value(other).contains(name); });
        if (sink)
            return i;
    }
    return 0;
}

// Stable topological order over the foreign keys among `tables`: each step takes the first table
// (in input order) whose referenced tables all exist already. When only cycles remain, one table
// of a cycle goes next and, if the dialect cannot point forward, its keys into the cycle are
// deferred to ALTER TABLE statements after every table exists.
RenderPlan plan(const QList<Table> &tables, const QHash<QString, const Table *> &byName, bool forwardReferences)
{
    RenderPlan result;
    QList<const Table *> remaining;
    for (const Table &t : tables)
        remaining.append(&t);
    QSet<QString> created;

    while (!remaining.isEmpty()) {
        qsizetype next = 0;
        while (next < remaining.size() && !pendingTargets(remaining.at(next), byName, created).isEmpty())
            ++next;
        if (next == remaining.size()) {
            next = cycleToBreak(remaining, byName, created);
            const Table *table = remaining.at(next);
            if (!forwardReferences) {
                const QSet<QString> targets = pendingTargets(table, byName, created);
                for (const Column &c : table->columns) {
                    if (c.references.isSet() && targets.contains(c.references.table))
                        result.deferredColumns[table].insert(c.name);
                }
            }
        }
        const Table *table = remaining.takeAt(next);
        created.insert(table->name);
        result.order.append(table);
    }
    return result;
}

class TableWriter
{
public:
    TableWriter(const Dialect &dialect, const QHash<QString, const Table *> &byName)
            : m_dialect(dialect), m_byName(byName)
    { }

    QString id(const QString &identifier) const { return m_dialect.quoteIdentifier(identifier); }

    QString idList(const QStringList &identifiers) const
    {
        QStringList quoted;
        quoted.reserve(identifiers.size());
        for (const QString &i : identifiers)
            quoted.append(id(i));
        return quoted.join(QStringLiteral(", "));
    }

    // The referenced column: as written, else the referenced table's single-column key. Empty
    // when it is unknown here; "REFERENCES t" then means t's primary key to the database too.
    QString referencedColumn(const Table &table, const ColumnReference &reference) const
    {
        if (!reference.column.isEmpty())
            return reference.column;
        const Table *target = reference.table == table.name ? &table : m_byName.value(reference.table);
        if (!target)
            return {};
        const QStringList key = target->primaryKeyColumns();
        return key.size() == 1 ? key.first() : QString();
    }

    QString referenceClause(const Table &table, const ColumnReference &reference) const
    {
        QString sql = QStringLiteral("REFERENCES ") + id(reference.table);
        const QString column = referencedColumn(table, reference);
        if (!column.isEmpty())
            sql += QStringLiteral(" (") + id(column) + QLatin1Char(')');
        if (!reference.onDelete.trimmed().isEmpty())
            sql += QStringLiteral(" ON DELETE ") + DialectSupport::referentialAction(reference.onDelete);
        if (!reference.onUpdate.trimmed().isEmpty())
            sql += QStringLiteral(" ON UPDATE ") + DialectSupport::referentialAction(reference.onUpdate);
        return sql;
    }

    QString columnDefinition(const Table &table, const Column &column, bool inlinePrimaryKey, bool inPrimaryKey,
                             bool withReference) const
    {
        QStringList parts{id(column.name)};
        const QString type = m_dialect.typeName(column.type);
        // An unknown dialect-specific type has no name here; SQLite accepts a column without one.
        if (!type.isEmpty())
            parts.append(type);
        // SQLite's INTEGER PRIMARY KEY is the rowid: never NULL, assigned when omitted.
        const bool rowid
            = m_dialect.kind() == DialectKind::SQLite && inlinePrimaryKey && type == QLatin1String("INTEGER");
        if (inlinePrimaryKey)
            parts.append(QStringLiteral("PRIMARY KEY"));
        // A PostgreSQL key implies NOT NULL; a SQLite key other than the rowid does not (a
        // historical quirk), so it is spelled out there to behave alike.
        const bool impliedNotNull = inlinePrimaryKey && (rowid || m_dialect.kind() == DialectKind::PostgreSQL);
        if ((column.notNull || inPrimaryKey) && !impliedNotNull)
            parts.append(QStringLiteral("NOT NULL"));
        if (column.unique && !inlinePrimaryKey)
            parts.append(QStringLiteral("UNIQUE"));
        const QString defaultSql = m_dialect.defaultExpression(column);
        if (!defaultSql.isEmpty())
            parts.append(QStringLiteral("DEFAULT ") + defaultSql);
        if (column.type.kind == TypeKind::Enum && !column.type.enumValues.isEmpty()) {
            QStringList values;
            for (const QString &v : column.type.enumValues)
                values.append(m_dialect.quoteString(v));
            parts.append(QStringLiteral("CHECK (%1 IN (%2))").arg(id(column.name), values.join(QStringLiteral(", "))));
        }
        if (withReference && column.references.isSet())
            parts.append(referenceClause(table, column.references));
        return parts.join(QLatin1Char(' '));
    }

    QString createTable(const Table &table, const QSet<QString> &deferred) const
    {
        const QStringList key = table.primaryKeyColumns();
        QStringList lines;
        for (const Column &c : table.columns) {
            const bool inKey = key.contains(c.name);
            lines.append(columnDefinition(table, c, inKey && key.size() == 1, inKey, !deferred.contains(c.name)));
        }
        if (key.size() > 1)
            lines.append(QStringLiteral("PRIMARY KEY (%1)").arg(idList(key)));
        for (const UniqueConstraint &u : table.uniques)
            lines.append(QStringLiteral("UNIQUE (%1)").arg(idList(u.columns)));
        for (const CheckConstraint &check : table.checks) {
            QString line;
            if (!check.name.isEmpty())
                line = QStringLiteral("CONSTRAINT ") + id(check.name) + QLatin1Char(' ');
            lines.append(line + QStringLiteral("CHECK (") + check.expression.trimmed() + QLatin1Char(')'));
        }
        return QStringLiteral("CREATE TABLE ") + id(table.name) + QStringLiteral(" (\n    ")
            + lines.join(QStringLiteral(",\n    ")) + QStringLiteral("\n)");
    }

    QStringList createIndexes(const Table &table) const
    {
        QStringList statements;
        for (const Index &index : table.indexes) {
            statements.append(QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                                  .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(),
                                       id(DdlRenderer::indexName(table, index)), id(table.name),
                                       idList(index.columns)));
        }
        return statements;
    }

    QStringList comments(const Table &table) const
    {
        QStringList statements;
        if (m_dialect.kind() != DialectKind::PostgreSQL)
            return statements;
        if (!table.comment.isEmpty())
            statements.append(
                QStringLiteral("COMMENT ON TABLE %1 IS %2").arg(id(table.name), m_dialect.quoteString(table.comment)));
        for (const Column &c : table.columns) {
            if (!c.comment.isEmpty())
                statements.append(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                                      .arg(id(table.name), id(c.name), m_dialect.quoteString(c.comment)));
        }
        return statements;
    }

    // SQLite keeps no comments in its catalog: the script carries them as SQL comments instead.
    QString scriptComment(const Table &table) const
    {
        if (m_dialect.kind() == DialectKind::PostgreSQL)
            return {};
        QStringList lines;
        const auto add = [&lines](const QString &prefix, const QString &text) {
            const QStringList textLines = text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < textLines.size(); ++i)
                lines.append(QStringLiteral("-- ") + (i == 0 ? prefix : QString()) + textLines.at(i).trimmed());
        };
        if (!table.comment.isEmpty())
            add(QString(), table.comment);
        for (const Column &c : table.columns) {
            if (!c.comment.isEmpty())
                add(c.name + QStringLiteral(": "), c.comment);
        }
        return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    QStringList deferredForeignKeys(const Table &table, const QSet<QString> &deferred) const
    {
        QStringList statements;
        for (const Column &c : table.columns) {
            if (deferred.contains(c.name)) {
                statements.append(QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) %3")
                                      .arg(id(table.name), id(c.name), referenceClause(table, c.references)));
            }
        }
        return statements;
    }

private:
    const Dialect &m_dialect;
    const QHash<QString, const Table *> &m_byName;
};

// Statements grouped as the script shows them: one group per table, then the deferred keys.
struct Group
{
    QString leadingComment;
    QStringList statements;
};

QList<Group> render(const Dialect &dialect, const QList<Table> &tables)
{
    const QHash<QString, const Table *> byName = tablesByName(tables);
    const RenderPlan order = plan(tables, byName, dialect.kind() == DialectKind::SQLite);
    const TableWriter writer(dialect, byName);
    QList<Group> groups;
    for (const Table *table : order.order) {
        Group group;
        group.leadingComment = writer.scriptComment(*table);
        group.statements.append(writer.createTable(*table, order.deferredColumns.value(table)));
        group.statements += writer.createIndexes(*table);
        group.statements += writer.comments(*table);
        groups.append(group);
    }
    Group deferred;
    for (const Table *table : order.order)
        deferred.statements += writer.deferredForeignKeys(*table, order.deferredColumns.value(table));
    if (!deferred.statements.isEmpty())
        groups.append(deferred);
    return groups;
}

} // namespace

QStringList DdlRenderer::statements(const QList<Table> &tables) const
{
    QStringList result;
    for (const Group &group : render(m_dialect, tables))
        result += group.statements;
    return result;
}

QString DdlRenderer::script(const QList<Table> &tables) const
{
    QStringList parts;
    for (const Group &group : render(m_dialect, tables)) {
        QString text = group.leadingComment;
        for (const QString &statement : group.statements)
            text += statement + QStringLiteral(";\n");
        parts.append(text);
    }
    return parts.join(QLatin1Char('\n'));
}

QString DdlRenderer::createTable(const Table &table) const
{
    const QHash<QString, const Table *> byName;
    return TableWriter(m_dialect, byName).createTable(table, {});
}

QStringList DdlRenderer::createIndexes(const Table &table) const
{
    const QHash<QString, const Table *> byName;
    return TableWriter(m_dialect, byName).createIndexes(table);
}

QString DdlRenderer::columnDefinition(const Table &table, const Column &column, bool withReference) const
{
    const QHash<QString, const Table *> byName;
    return TableWriter(m_dialect, byName)
        .columnDefinition(table, column, false, table.primaryKeyColumns().contains(column.name), withReference);
}

QString DdlRenderer::referenceClause(const Table &table, const ColumnReference &reference, const Table *target) const
{
    QHash<QString, const Table *> byName;
    if (target)
        byName.insert(target->name, target);
    return TableWriter(m_dialect, byName).referenceClause(table, reference);
}

QString DdlRenderer::indexName(const Table &table, const Index &index)
{
    if (!index.name.isEmpty())
        return index.name;
    return table.name + QLatin1Char('_') + index.columns.join(QLatin1Char('_')) + QStringLiteral("_idx");
}

} // namespace Strata
