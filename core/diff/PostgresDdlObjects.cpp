// DROP, RENAME, CREATE INDEX, COMMENT ON and the enum types: statements about named objects.

#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/diff/PostgresDdlNodes.h>

namespace Strata {

using namespace PostgresDdlNodes;

namespace {

bool usesEnum(const Column &column, const QString &type)
{
    return column.type.kind == TypeKind::DialectSpecific
        && column.type.dialectTypes.value(QStringLiteral("postgresql")) == type;
}

} // namespace

Result<> PostgresDdlInterpreter::dropObjects(const Statement &statement, const ParseNode &node)
{
    const QString removeType = string(node, "removeType");
    const bool missingOk = flag(node, "missing_ok");
    const bool cascade = string(node, "behavior") == u"DROP_CASCADE";
    const ParseNode objects = list(node, "objects");
    if (removeType == u"OBJECT_TABLE") {
        for (const ParseNode &object : objects) {
            const QualifiedName name = qualified(listNames(object.toObject()));
            if (name.outside) {
                notFollowed(statement, QStringLiteral("DROP TABLE outside public"));
                continue;
            }
            const Result<> dropped = dropTable(statement, name.name, missingOk, cascade);
            if (!dropped)
                return dropped;
        }
        return {};
    }
    if (removeType == u"OBJECT_INDEX") {
        for (const ParseNode &object : objects) {
            const QualifiedName name = qualified(listNames(object.toObject()));
            if (name.outside) {
                notFollowed(statement, QStringLiteral("DROP INDEX outside public"));
                continue;
            }
            const auto [table, index] = findIndex(name.name);
            if (table >= 0) {
                m_tables[table].indexes.removeAt(index);
                removeRelation(name.name);
                continue;
            }
            for (const TableSide &side : std::as_const(m_sides)) {
                for (const TrackedConstraint &constraint : side.constraints) {
                    if (constraint.name == name.name && constraint.kind != ConstraintKind::Check
                        && constraint.kind != ConstraintKind::ForeignKey
                        && constraint.kind != ConstraintKind::UnheldForeignKey)
                        return failure(PostgresDdlText::tr("Index %1 belongs to a constraint of the same name: drop "
                                                           "the constraint instead.")
                                           .arg(name.name),
                                       statement.location);
                }
            }
            if (relationExists(name.name)) {
                // An index the model does not hold (on an expression), already reported.
                removeRelation(name.name);
                continue;
            }
            if (!missingOk)
                return failure(PostgresDdlText::tr("Index %1 does not exist.").arg(name.name), statement.location);
        }
        return {};
    }
    if (removeType == u"OBJECT_TYPE") {
        for (const ParseNode &object : objects) {
            const ParseNode typeName = inner(object.toObject());
            const QualifiedName name = qualified(names(list(typeName, "names")));
            if (name.outside || !m_enums.contains(name.name)) {
                if (!name.outside && missingOk)
                    continue;
                notFollowed(statement, QStringLiteral("DROP TYPE"));
                continue;
            }
            for (qsizetype t = 0; t < m_tables.size(); ++t) {
                for (const Column &column : m_tables.at(t).columns) {
                    if (!usesEnum(column, name.name))
                        continue;
                    if (!cascade)
                        return failure(PostgresDdlText::tr("Cannot drop type %1: column %2.%3 uses it (use CASCADE).")
                                           .arg(name.name, m_tables.at(t).name, column.name),
                                       statement.location);
                }
            }
            // CASCADE drops the columns of the type.
            for (qsizetype t = 0; t < m_tables.size(); ++t) {
                QStringList columns;
                for (const Column &column : m_tables.at(t).columns) {
                    if (usesEnum(column, name.name))
                        columns.append(column.name);
                }
                for (const QString &column : std::as_const(columns)) {
                    const Result<> dropped = dropColumn(statement, t, column, false, true);
                    if (!dropped)
                        return dropped;
                }
            }
            m_enums.remove(name.name);
        }
        return {};
    }
    notFollowed(statement, statementKind(QStringLiteral("DropStmt"), node));
    return {};
}

Result<> PostgresDdlInterpreter::rename(const Statement &statement, const ParseNode &node)
{
    const QString renameType = string(node, "renameType");
    const QString newName = string(node, "newname");
    const bool missingOk = flag(node, "missing_ok");
    const QualifiedName name = relation(field(node, "relation"));
    if (name.outside) {
        notFollowed(statement, QStringLiteral("RENAME outside public"));
        return {};
    }
    const auto renameIndex = [&]() -> Result<> {
        if (relationExists(newName))
            return failure(PostgresDdlText::tr("A table or index named %1 already exists.").arg(newName),
                           statement.location);
        const auto [table, index] = findIndex(name.name);
        if (table >= 0) {
            m_tables[table].indexes[index].name = newName;
        } else {
            // The index of a primary key or UNIQUE constraint: renaming it renames the constraint.
            bool found = false;
            for (TableSide &side : m_sides) {
                for (TrackedConstraint &constraint : side.constraints) {
                    if (constraint.name == name.name && !found
                        && (constraint.kind == ConstraintKind::PrimaryKey || constraint.kind == ConstraintKind::Unique
                            || constraint.kind == ConstraintKind::Exclusion)) {
                        removeConstraintName(constraint.name);
                        constraint.name = newName;
                        addConstraintName(newName);
                        found = true;
                    }
                }
            }
            if (!found && !relationExists(name.name)) {
                if (missingOk)
                    return {};
                return failure(PostgresDdlText::tr("Index %1 does not exist.").arg(name.name), statement.location);
            }
        }
        removeRelation(name.name);
        addRelation(newName);
        return {};
    };

    if (renameType == u"OBJECT_INDEX")
        return renameIndex();
    if (renameType == u"OBJECT_TYPE") {
        const QualifiedName type = qualified(listNames(field(node, "object")));
        if (type.outside || !m_enums.contains(type.name)) {
            notFollowed(statement, QStringLiteral("ALTER TYPE RENAME"));
            return {};
        }
        if (m_enums.contains(newName))
            return failure(PostgresDdlText::tr("Type %1 already exists.").arg(newName), statement.location);
        m_enums.insert(newName, m_enums.take(type.name));
        for (Table &table : m_tables) {
            for (Column &column : table.columns) {
                if (usesEnum(column, type.name))
                    column.type.dialectTypes.insert(QStringLiteral("postgresql"), newName);
            }
        }
        return {};
    }
    if (renameType != u"OBJECT_TABLE" && renameType != u"OBJECT_COLUMN" && renameType != u"OBJECT_TABCONSTRAINT") {
        notFollowed(statement, statementKind(QStringLiteral("RenameStmt"), node));
        return {};
    }
    const qsizetype at = tableIndex(name.name);
    if (at < 0) {
        // ALTER TABLE may rename an index too.
        if (renameType == u"OBJECT_TABLE" && findIndex(name.name).first >= 0)
            return renameIndex();
        if (missingOk)
            return {};
        return failure(PostgresDdlText::tr("Table %1 does not exist.").arg(name.name), statement.location);
    }
    Table &table = m_tables[at];
    const QString from = string(node, "subname");
    if (renameType == u"OBJECT_TABLE") {
        if (relationExists(newName))
            return failure(PostgresDdlText::tr("A table or index named %1 already exists.").arg(newName),
                           statement.location);
        for (Table &other : m_tables) {
            for (Column &column : other.columns) {
                if (column.references.table == name.name)
                    column.references.table = newName;
            }
        }
        table.name = newName;
        removeRelation(name.name);
        addRelation(newName);
        reindexTables();
        return {};
    }
    if (renameType == u"OBJECT_COLUMN") {
        const Column *column = table.column(from);
        if (!column)
            return failure(PostgresDdlText::tr("Column %1 of table %2 does not exist.").arg(from, table.name),
                           statement.location);
        if (table.column(newName))
            return failure(PostgresDdlText::tr("Column %1 of table %2 already exists.").arg(newName, table.name),
                           statement.location);
        for (Column &c : table.columns) {
            if (c.name == from)
                c.name = newName;
        }
        renameColumnEverywhere(at, from, newName);
        return {};
    }
    // RENAME CONSTRAINT
    QList<TrackedConstraint> &constraints = m_sides[at].constraints;
    qsizetype ordinal = 0;
    for (TrackedConstraint &constraint : constraints) {
        if (constraint.name != from) {
            ordinal += constraint.kind == ConstraintKind::Check ? 1 : 0;
            continue;
        }
        for (const TrackedConstraint &other : std::as_const(constraints)) {
            if (other.name == newName)
                return failure(PostgresDdlText::tr("Constraint %1 of table %2 already exists.").arg(newName, table.name),
                               statement.location);
        }
        const bool indexed = constraint.kind == ConstraintKind::PrimaryKey || constraint.kind == ConstraintKind::Unique
            || constraint.kind == ConstraintKind::Exclusion;
        if (indexed) {
            if (relationExists(newName))
                return failure(PostgresDdlText::tr("A table or index named %1 already exists.").arg(newName),
                               statement.location);
            removeRelation(from);
            addRelation(newName);
        }
        removeConstraintName(from);
        addConstraintName(newName);
        constraint.name = newName;
        if (constraint.kind == ConstraintKind::Check)
            table.checks[ordinal].name = newName;
        return {};
    }
    if (missingOk)
        return {};
    return failure(PostgresDdlText::tr("Table %1 has no constraint %2.").arg(table.name, from), statement.location);
}

Result<> PostgresDdlInterpreter::createIndex(const Statement &statement, const ParseNode &node)
{
    const QualifiedName name = relation(field(node, "relation"));
    if (name.outside) {
        notFollowed(statement, QStringLiteral("CREATE INDEX outside public"));
        return {};
    }
    const qsizetype at = tableIndex(name.name);
    if (at < 0)
        return failure(PostgresDdlText::tr("Table %1 does not exist.").arg(name.name), statement.location);
    Table &table = m_tables[at];

    QStringList columns;
    QStringList nameParts; // PostgreSQL names an expression column after its function ("lower"), else "expr"
    bool expression = false;
    for (const ParseNode &value : list(node, "indexParams")) {
        const ParseNode element = inner(value.toObject());
        const QString column = string(element, "name");
        if (column.isEmpty()) {
            expression = true;
            const ParseNode expr = field(element, "expr");
            const QStringList function = names(list(inner(expr), "funcname"));
            nameParts.append(nodeType(expr) == u"FuncCall" && !function.isEmpty() ? function.last()
                                                                                   : QStringLiteral("expr"));
            continue;
        }
        if (!table.column(column))
            return failure(PostgresDdlText::tr("Column %1 of table %2 does not exist.").arg(column, table.name),
                           statement.location);
        columns.append(column);
        nameParts.append(column);
    }
    QString indexName = string(node, "idxname");
    if (!indexName.isEmpty() && relationExists(indexName)) {
        if (flag(node, "if_not_exists"))
            return {};
        return failure(PostgresDdlText::tr("A table or index named %1 already exists.").arg(indexName),
                       statement.location);
    }
    if (indexName.isEmpty())
        indexName = chooseRelationName(table.name, PostgresSqlText::nameAddition(nameParts), QStringLiteral("idx"), false);
    addRelation(indexName);
    if (expression) {
        // The model's indexes hold columns only.
        notFollowed(statement, QStringLiteral("CREATE INDEX on an expression"));
        return {};
    }
    if (node.contains(QLatin1String("whereClause")))
        notFollowed(statement, QStringLiteral("partial INDEX (WHERE)"));
    if (node.contains(QLatin1String("indexIncludingParams")))
        notFollowed(statement, QStringLiteral("INDEX INCLUDE"));
    const QString method = string(node, "accessMethod");
    if (!method.isEmpty() && method != u"btree")
        notFollowed(statement, QStringLiteral("INDEX USING ") + method);
    Index index;
    index.name = indexName;
    index.columns = columns;
    index.unique = flag(node, "unique");
    table.indexes.append(index);
    return {};
}

Result<> PostgresDdlInterpreter::comment(const Statement &statement, const ParseNode &node)
{
    const QString objectType = string(node, "objtype");
    if (objectType != u"OBJECT_TABLE" && objectType != u"OBJECT_COLUMN") {
        notFollowed(statement, statementKind(QStringLiteral("CommentStmt"), node));
        return {};
    }
    QStringList parts = listNames(field(node, "object"));
    QString column;
    if (objectType == u"OBJECT_COLUMN" && !parts.isEmpty())
        column = parts.takeLast();
    const QualifiedName name = qualified(parts);
    if (name.outside) {
        notFollowed(statement, QStringLiteral("COMMENT ON outside public"));
        return {};
    }
    const qsizetype at = tableIndex(name.name);
    if (at < 0)
        return failure(PostgresDdlText::tr("Table %1 does not exist.").arg(name.name), statement.location);
    const QString text = string(node, "comment");
    Table &table = m_tables[at];
    if (column.isEmpty()) {
        table.comment = text;
        return {};
    }
    for (Column &c : table.columns) {
        if (c.name == column) {
            c.comment = text;
            return {};
        }
    }
    return failure(PostgresDdlText::tr("Column %1 of table %2 does not exist.").arg(column, table.name),
                   statement.location);
}

Result<> PostgresDdlInterpreter::createEnum(const Statement &statement, const ParseNode &node)
{
    const QualifiedName name = qualified(names(list(node, "typeName")));
    if (name.outside) {
        notFollowed(statement, QStringLiteral("CREATE TYPE outside public"));
        return {};
    }
    if (m_enums.contains(name.name))
        return failure(PostgresDdlText::tr("Type %1 already exists.").arg(name.name), statement.location);
    m_enums.insert(name.name, names(list(node, "vals")));
    return {};
}

Result<> PostgresDdlInterpreter::alterEnum(const Statement &statement, const ParseNode &node)
{
    const QualifiedName name = qualified(names(list(node, "typeName")));
    if (name.outside || !m_enums.contains(name.name)) {
        if (name.outside) {
            notFollowed(statement, QStringLiteral("ALTER TYPE outside public"));
            return {};
        }
        return failure(PostgresDdlText::tr("Type %1 does not exist.").arg(name.name), statement.location);
    }
    QStringList &values = m_enums[name.name];
    const QString oldValue = string(node, "oldVal");
    const QString newValue = string(node, "newVal");
    if (!oldValue.isEmpty()) {
        const qsizetype at = values.indexOf(oldValue);
        if (at < 0)
            return failure(PostgresDdlText::tr("Type %1 has no value \"%2\".").arg(name.name, oldValue),
                           statement.location);
        if (values.contains(newValue))
            return failure(PostgresDdlText::tr("Type %1 already has a value \"%2\".").arg(name.name, newValue),
                           statement.location);
        values[at] = newValue;
        return {};
    }
    if (values.contains(newValue)) {
        if (flag(node, "skipIfNewValExists"))
            return {};
        return failure(PostgresDdlText::tr("Type %1 already has a value \"%2\".").arg(name.name, newValue),
                       statement.location);
    }
    const QString neighbor = string(node, "newValNeighbor");
    if (neighbor.isEmpty()) {
        values.append(newValue);
        return {};
    }
    const qsizetype at = values.indexOf(neighbor);
    if (at < 0)
        return failure(PostgresDdlText::tr("Type %1 has no value \"%2\".").arg(name.name, neighbor),
                       statement.location);
    values.insert(flag(node, "newValIsAfter") ? at + 1 : at, newValue);
    return {};
}

} // namespace Strata
