// Constraints: primary keys, UNIQUE, CHECK and foreign keys added and dropped, with the names
// PostgreSQL gives them tracked beside the model.

#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/diff/PostgresDdlNodes.h>

namespace Strata {

using namespace PostgresDdlNodes;
using PostgresSqlText::Range;

namespace {

// fk_del_action / fk_upd_action as the model writes them: a = NO ACTION (empty), r = RESTRICT, ...
QString referentialAction(const QString &code)
{
    if (code == u"c")
        return QStringLiteral("cascade");
    if (code == u"n")
        return QStringLiteral("set null");
    if (code == u"d")
        return QStringLiteral("set default");
    if (code == u"r")
        return QStringLiteral("restrict");
    return {};
}

} // namespace

Result<> PostgresDdlInterpreter::addConstraint(const Statement &statement, qsizetype at, const ParseNode &constraint,
                                               const QString &column)
{
    Table &table = m_tables[at];
    TableSide &side = m_sides[at];
    const QString type = contype(constraint);
    const QString given = string(constraint, "conname");
    for (const TrackedConstraint &existing : std::as_const(side.constraints)) {
        if (!given.isEmpty() && existing.name == given)
            return failure(PostgresDdlText::tr("Constraint %1 of table %2 already exists.").arg(given, table.name),
                           statement.location);
    }
    const auto checkColumns = [&](const QStringList &columns) -> Result<> {
        for (const QString &name : columns) {
            if (!findColumn(table, name))
                return failure(PostgresDdlText::tr("Column %1 of table %2 does not exist.").arg(name, table.name),
                               statement.location);
        }
        return {};
    };
    const auto track = [&](ConstraintKind kind, const QString &name, const QStringList &columns) {
        addConstraintName(name);
        side.constraints.append({name, kind, columns});
    };

    if (type == u"CONSTR_CHECK") {
        const Range expression
            = PostgresSqlText::checkExpression(statement.source, statement.at(constraint), statement.range.end);
        const QStringList columns = columnRefs(constraint.value(QLatin1String("raw_expr")));
        const QString name = given.isEmpty()
            ? chooseConstraintName(table.name, columns.size() == 1 ? columns.first() : QString(),
                                   QStringLiteral("check"), {})
            : given;
        table.checks.append({given, PostgresSqlText::text(statement.source, expression), {}});
        track(ConstraintKind::Check, name, columns);
        if (flag(constraint, "is_no_inherit"))
            notFollowed(statement, QStringLiteral("CHECK NO INHERIT"));
        return {};
    }
    if (type == u"CONSTR_PRIMARY" || type == u"CONSTR_UNIQUE") {
        const bool primary = type == u"CONSTR_PRIMARY";
        QStringList keys = column.isEmpty() ? names(list(constraint, "keys")) : QStringList{column};
        // USING INDEX: an existing unique index of the table becomes the constraint's (and takes its name).
        const QString indexName = string(constraint, "indexname");
        qsizetype index = -1;
        if (!indexName.isEmpty()) {
            for (qsizetype i = 0; i < table.indexes.size(); ++i) {
                if (table.indexes.at(i).name == indexName && table.indexes.at(i).unique)
                    index = i;
            }
            if (index < 0)
                return failure(PostgresDdlText::tr("Table %1 has no unique index %2.").arg(table.name, indexName),
                               statement.location);
            keys = table.indexes.at(index).columns;
        }
        if (const Result<> ok = checkColumns(keys); !ok)
            return ok;
        if (primary && !table.primaryKey.isEmpty())
            return failure(PostgresDdlText::tr("Table %1 already has a primary key.").arg(table.name),
                           statement.location);
        if (!given.isEmpty() && given != indexName && relationExists(given))
            return failure(PostgresDdlText::tr("A table or index named %1 already exists.").arg(given),
                           statement.location);
        const QString name = !given.isEmpty() ? given
            : index >= 0 ? indexName
            : primary    ? chooseRelationName(table.name, {}, QStringLiteral("pkey"), true)
                         : chooseRelationName(table.name, PostgresSqlText::nameAddition(keys), QStringLiteral("key"), true);
        if (index >= 0) {
            table.indexes.removeAt(index);
            removeRelation(indexName);
        }
        addRelation(name);
        if (primary) {
            table.primaryKey = keys;
            for (const QString &key : keys)
                findColumn(table, key)->notNull = true;
            track(ConstraintKind::PrimaryKey, name, keys);
        } else {
            UniqueConstraint unique;
            unique.columns = keys;
            table.uniques.append(unique);
            track(ConstraintKind::Unique, name, keys);
        }
        if (constraint.contains(QLatin1String("including")) || constraint.contains(QLatin1String("where_clause")))
            notFollowed(statement, QStringLiteral("INCLUDE or WHERE of a constraint"));
        return {};
    }
    if (type == u"CONSTR_FOREIGN") {
        const QStringList keys = column.isEmpty() ? names(list(constraint, "fk_attrs")) : QStringList{column};
        if (const Result<> ok = checkColumns(keys); !ok)
            return ok;
        const QualifiedName target = relation(field(constraint, "pktable"));
        if (!target.outside && tableIndex(target.name) < 0)
            return failure(PostgresDdlText::tr("The foreign key references table %1, which does not exist.")
                               .arg(target.name),
                           statement.location);
        const QString name = given.isEmpty() ? chooseConstraintName(table.name, PostgresSqlText::nameAddition(keys),
                                                                    QStringLiteral("fkey"), {})
                                             : given;
        const QStringList referenced = names(list(constraint, "pk_attrs"));
        Column *owner = keys.size() == 1 ? findColumn(table, keys.first()) : nullptr;
        if (target.outside) {
            notFollowed(statement, QStringLiteral("FOREIGN KEY to a table outside public"));
            track(ConstraintKind::UnheldForeignKey, name, keys);
        } else if (keys.size() != 1 || referenced.size() > 1) {
            notFollowed(statement, QStringLiteral("composite FOREIGN KEY"));
            track(ConstraintKind::UnheldForeignKey, name, keys);
        } else if (owner->references.isSet()) {
            notFollowed(statement, QStringLiteral("second FOREIGN KEY of a column"));
            track(ConstraintKind::UnheldForeignKey, name, keys);
        } else {
            owner->references = {target.name, referenced.value(0),
                                 referentialAction(string(constraint, "fk_del_action")),
                                 referentialAction(string(constraint, "fk_upd_action"))};
            track(ConstraintKind::ForeignKey, name, keys);
        }
        return {};
    }
    if (type == u"CONSTR_EXCLUSION") {
        const QString name = given.isEmpty() ? chooseRelationName(table.name, {}, QStringLiteral("excl"), true) : given;
        addRelation(name);
        track(ConstraintKind::Exclusion, name, {});
        notFollowed(statement, QStringLiteral("EXCLUDE constraint"));
        return {};
    }
    if (type == u"CONSTR_NOTNULL" && !column.isEmpty()) {
        findColumn(table, column)->notNull = true;
        return {};
    }
    notFollowed(statement, QStringLiteral("constraint ") + words(type.mid(7)));
    return {};
}

void PostgresDdlInterpreter::removeConstraintAt(qsizetype at, qsizetype position)
{
    Table &table = m_tables[at];
    TableSide &side = m_sides[at];
    const TrackedConstraint constraint = side.constraints.takeAt(position);
    removeConstraintName(constraint.name);
    // Uniques and checks stand in the model in the order of their tracked constraints.
    const auto ordinal = [&](ConstraintKind kind) {
        qsizetype n = 0;
        for (qsizetype i = 0; i < position; ++i)
            n += side.constraints.at(i).kind == kind ? 1 : 0;
        return n;
    };
    switch (constraint.kind) {
    case ConstraintKind::PrimaryKey:
        table.primaryKey.clear();
        removeRelation(constraint.name);
        break;
    case ConstraintKind::Unique:
        table.uniques.removeAt(ordinal(ConstraintKind::Unique));
        removeRelation(constraint.name);
        break;
    case ConstraintKind::Check:
        table.checks.removeAt(ordinal(ConstraintKind::Check));
        break;
    case ConstraintKind::ForeignKey:
        if (Column *column = findColumn(table, constraint.columns.value(0)))
            column->references = {};
        break;
    case ConstraintKind::Exclusion:
        removeRelation(constraint.name);
        break;
    case ConstraintKind::UnheldForeignKey:
        break;
    }
}

Result<> PostgresDdlInterpreter::dropConstraint(const Statement &statement, qsizetype at, const QString &name,
                                                bool missingOk, bool cascade)
{
    const QList<TrackedConstraint> &constraints = m_sides.at(at).constraints;
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        if (constraints.at(i).name != name)
            continue;
        const TrackedConstraint constraint = constraints.at(i);
        if (constraint.kind == ConstraintKind::PrimaryKey || constraint.kind == ConstraintKind::Unique) {
            // Foreign keys of other tables stand on this key.
            const Result<> dependents = dropReferencesTo(statement, m_tables.at(at).name, constraint.columns, cascade);
            if (!dependents)
                return dependents;
        }
        const QList<TrackedConstraint> &now = m_sides.at(at).constraints; // dependents may have gone
        for (qsizetype j = 0; j < now.size(); ++j) {
            if (now.at(j).name == name) {
                removeConstraintAt(at, j);
                break;
            }
        }
        return {};
    }
    if (missingOk)
        return {};
    return failure(PostgresDdlText::tr("Table %1 has no constraint %2.").arg(m_tables.at(at).name, name),
                   statement.location);
}

Result<> PostgresDdlInterpreter::dropReferencesTo(const Statement &statement, const QString &table,
                                                  const QStringList &key, bool cascade)
{
    const qsizetype target = tableIndex(table);
    for (qsizetype t = 0; t < m_tables.size(); ++t) {
        for (const Column &column : m_tables.at(t).columns) {
            if (column.references.table != table || (t == target && key.isEmpty()))
                continue;
            const QStringList referenced = column.references.column.isEmpty()
                ? m_tables.at(target).primaryKey
                : QStringList{column.references.column};
            if (!key.isEmpty() && referenced != key)
                continue;
            if (!cascade)
                return failure(PostgresDdlText::tr("Cannot drop it: the foreign key of %1.%2 depends on it (use CASCADE).")
                                   .arg(m_tables.at(t).name, column.name),
                               statement.location);
            const QList<TrackedConstraint> &constraints = m_sides.at(t).constraints;
            for (qsizetype i = 0; i < constraints.size(); ++i) {
                if (constraints.at(i).kind == ConstraintKind::ForeignKey
                    && constraints.at(i).columns == QStringList{column.name}) {
                    removeConstraintAt(t, i);
                    break;
                }
            }
            return dropReferencesTo(statement, table, key, cascade); // the list changed under the loop
        }
    }
    return {};
}

} // namespace Strata
