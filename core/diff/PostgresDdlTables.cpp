// CREATE TABLE, ALTER TABLE and DROP TABLE: the tables and their columns (their constraints are in
// PostgresDdlConstraints.cpp).

#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/diff/PostgresDdlNodes.h>
#include <strata/diff/PostgresTypes.h>

#include <algorithm>
#include <functional>

namespace Strata {

using namespace PostgresDdlNodes;
using PostgresSqlText::Range;

namespace {

// The conventions: an integer or bigint column whose default draws from a sequence reads back as
// serial or bigserial without a default, as the catalog conversion shows it.
void serialFromSequence(Column &column)
{
    if ((column.type.kind != TypeKind::Integer && column.type.kind != TypeKind::BigInt)
        || column.defaultValue.kind != ColumnDefault::Kind::Sql
        || !column.defaultValue.sql.trimmed().startsWith(QLatin1String("nextval("), Qt::CaseInsensitive))
        return;
    column.type.kind = column.type.kind == TypeKind::Integer ? TypeKind::Serial : TypeKind::BigSerial;
    column.defaultValue = {};
}

// The order PostgreSQL creates a table's parts in, which decides the names it gives them: the
// table with its columns (NOT NULL, DEFAULT), its checks, the indexes of its primary key and UNIQUE
// constraints, then its foreign keys. ALTER TABLE runs its commands in the same passes.
int constraintPass(const QString &type)
{
    if (type == u"CONSTR_CHECK")
        return 1;
    if (type == u"CONSTR_PRIMARY" || type == u"CONSTR_UNIQUE" || type == u"CONSTR_EXCLUSION")
        return 2;
    if (type == u"CONSTR_FOREIGN")
        return 3;
    return 0;
}

} // namespace

Result<> PostgresDdlInterpreter::createTable(const Statement &statement, const ParseNode &node)
{
    const ParseNode relationNode = field(node, "relation");
    const QualifiedName name = relation(relationNode);
    if (name.outside) {
        notFollowed(statement, QStringLiteral("CREATE TABLE outside public"));
        return {};
    }
    if (string(relationNode, "relpersistence") == u"t") {
        notFollowed(statement, QStringLiteral("CREATE TEMPORARY TABLE"));
        return {};
    }
    if (node.contains(QLatin1String("partbound")) || node.contains(QLatin1String("inhRelations"))
        || node.contains(QLatin1String("ofTypename"))) {
        notFollowed(statement, node.contains(QLatin1String("partbound")) ? QStringLiteral("CREATE TABLE PARTITION OF")
                                   : node.contains(QLatin1String("ofTypename")) ? QStringLiteral("CREATE TABLE OF")
                                                                                 : QStringLiteral("CREATE TABLE INHERITS"));
        return {};
    }
    if (relationExists(name.name)) {
        if (flag(node, "if_not_exists"))
            return {};
        return failure(PostgresDdlText::tr("Table %1 already exists.").arg(name.name), statement.location);
    }
    if (node.contains(QLatin1String("partspec")))
        notFollowed(statement, QStringLiteral("CREATE TABLE PARTITION BY"));

    Table table;
    table.name = name.name;
    table.location = statement.location;
    table.location.offset = -1;
    table.location.length = 0;
    m_tables.append(table);
    m_sides.append(TableSide());
    const qsizetype at = m_tables.size() - 1;
    m_tableIndex.insert(table.name, at);
    addRelation(table.name);
    // A CREATE TABLE that fails leaves nothing behind, as on the server.
    const auto discard = [&](const Result<> &failed) {
        (void)dropTable(statement, table.name, false, true);
        return failed;
    };

    // Columns first (each with its NOT NULL and DEFAULT), then the constraints in PostgreSQL's order.
    struct Pending
    {
        ParseNode constraint;
        QString column;
    };
    QList<Pending> pending;
    QList<ParseNode> columnConstraints;
    for (const ParseNode &element : list(node, "tableElts")) {
        const ParseNode object = element.toObject();
        const QString type = nodeType(object);
        if (type == u"ColumnDef") {
            columnConstraints.clear();
            const Result<> added = addColumn(statement, at, inner(object), &columnConstraints, false);
            if (!added)
                return discard(added);
            for (const ParseNode &constraint : std::as_const(columnConstraints))
                pending.append({constraint, string(inner(object), "colname")});
        } else if (type == u"Constraint") {
            pending.append({inner(object), {}});
        } else {
            notFollowed(statement, QStringLiteral("CREATE TABLE LIKE"));
        }
    }
    // A primary key is created before the other unique indexes; an index constraint that repeats
    // an earlier one (same columns) is left out, as PostgreSQL does for CREATE TABLE.
    const auto order = [](const Pending &p) {
        const QString type = contype(p.constraint);
        return constraintPass(type) * 2 + (constraintPass(type) == 2 && type != u"CONSTR_PRIMARY" ? 1 : 0);
    };
    std::stable_sort(pending.begin(), pending.end(),
                     [&](const Pending &a, const Pending &b) { return order(a) < order(b); });
    QList<QStringList> indexedKeys;
    for (const Pending &p : std::as_const(pending)) {
        const QString type = contype(p.constraint);
        if (type == u"CONSTR_PRIMARY" || type == u"CONSTR_UNIQUE") {
            const QStringList keys = p.column.isEmpty() ? names(list(p.constraint, "keys")) : QStringList{p.column};
            if (indexedKeys.contains(keys))
                continue;
            indexedKeys.append(keys);
        }
        const Result<> added = addConstraint(statement, at, p.constraint, p.column);
        if (!added)
            return discard(added);
    }
    return {};
}

Result<> PostgresDdlInterpreter::addColumn(const Statement &statement, qsizetype at, const ParseNode &def,
                                           QList<ParseNode> *constraints, bool ifNotExists)
{
    Table &table = m_tables[at];
    const QString name = string(def, "colname");
    if (findColumn(table, name)) {
        if (ifNotExists)
            return {};
        return failure(PostgresDdlText::tr("Column %1 of table %2 already exists.").arg(name, table.name),
                       statement.location);
    }
    const ParseNode typeName = field(def, "typeName");
    const qsizetype typeAt = statement.at(typeName);
    const QString written = PostgresSqlText::text(
        statement.source, PostgresSqlText::typeText(statement.source, typeAt, statement.range.end));
    if (const QString type = PostgresTypes::typeName(typeName); type.isEmpty())
        notFollowed(statement, QStringLiteral("column of a type outside public"));

    Column column;
    column.name = name;
    column.typeSpelling = written;
    column.type = PostgresTypes::columnType(typeName, written);
    if (column.type.isSerial() || PostgresTypes::isSmallSerial(typeName)) {
        // serial: NOT NULL, with a sequence of its own (whose name takes a relation name).
        column.notNull = true;
        const QString sequence = chooseRelationName(table.name, name, QStringLiteral("seq"), false);
        addRelation(sequence);
        m_sides[at].sequences.insert(name, sequence);
        if (PostgresTypes::isSmallSerial(typeName))
            column.defaultValue = {ColumnDefault::Kind::Sql, {},
                                   QStringLiteral("nextval('%1'::regclass)").arg(sequence)};
    }
    if (def.contains(QLatin1String("collClause")))
        notFollowed(statement, QStringLiteral("COLLATE"));
    table.columns.append(std::move(column));
    Column &added = table.columns.last();

    for (const ParseNode &value : list(def, "constraints")) {
        const ParseNode constraint = inner(value.toObject());
        const QString type = contype(constraint);
        if (type == u"CONSTR_NOTNULL") {
            added.notNull = true;
        } else if (type == u"CONSTR_NULL") {
            // the default
        } else if (type == u"CONSTR_DEFAULT") {
            const Range expression
                = PostgresSqlText::defaultExpression(statement.source, statement.at(constraint), statement.range.end);
            added.defaultValue = {ColumnDefault::Kind::Sql, {}, PostgresSqlText::text(statement.source, expression)};
        } else if (type == u"CONSTR_IDENTITY") {
            added.notNull = true;
            notFollowed(statement, QStringLiteral("GENERATED AS IDENTITY"));
        } else if (type == u"CONSTR_GENERATED") {
            notFollowed(statement, QStringLiteral("GENERATED ALWAYS AS (generated column)"));
        } else if (type.startsWith(u"CONSTR_ATTR_")) {
            // DEFERRABLE / INITIALLY ...: how a constraint is checked, not what the schema holds
        } else {
            constraints->append(constraint);
        }
    }
    serialFromSequence(added);
    return {};
}

Result<> PostgresDdlInterpreter::dropColumn(const Statement &statement, qsizetype at, const QString &name,
                                            bool missingOk, bool cascade)
{
    if (!findColumn(m_tables[at], name)) {
        if (missingOk)
            return {};
        return failure(PostgresDdlText::tr("Column %1 of table %2 does not exist.").arg(name, m_tables.at(at).name),
                       statement.location);
    }
    // A key of its own or of a constraint that other tables' foreign keys stand on.
    const Result<> dependents = dropReferencesTo(statement, m_tables.at(at).name, {name}, cascade);
    if (!dependents)
        return dependents;
    if (m_tables.at(at).primaryKey.contains(name)) {
        const Result<> onKey = dropReferencesTo(statement, m_tables.at(at).name, m_tables.at(at).primaryKey, cascade);
        if (!onKey)
            return onKey;
    }
    // Every constraint and index that involves the column goes with it.
    for (qsizetype i = m_sides.at(at).constraints.size() - 1; i >= 0; --i) {
        if (m_sides.at(at).constraints.at(i).columns.contains(name))
            removeConstraintAt(at, i);
    }
    Table &table = m_tables[at];
    for (qsizetype i = table.indexes.size() - 1; i >= 0; --i) {
        if (table.indexes.at(i).columns.contains(name)) {
            removeRelation(table.indexes.at(i).name);
            table.indexes.removeAt(i);
        }
    }
    if (const QString sequence = m_sides[at].sequences.take(name); !sequence.isEmpty())
        removeRelation(sequence);
    table.columns.removeIf([&](const Column &column) { return column.name == name; });
    return {};
}

Result<> PostgresDdlInterpreter::dropTable(const Statement &statement, const QString &name, bool missingOk,
                                           bool cascade)
{
    const qsizetype at = tableIndex(name);
    if (at < 0) {
        if (missingOk)
            return {};
        return failure(PostgresDdlText::tr("Table %1 does not exist.").arg(name), statement.location);
    }
    const Result<> dependents = dropReferencesTo(statement, name, {}, cascade);
    if (!dependents)
        return dependents;
    for (const TrackedConstraint &constraint : std::as_const(m_sides.at(at).constraints)) {
        removeConstraintName(constraint.name);
        if (constraint.kind == ConstraintKind::PrimaryKey || constraint.kind == ConstraintKind::Unique
            || constraint.kind == ConstraintKind::Exclusion)
            removeRelation(constraint.name);
    }
    for (const QString &sequence : std::as_const(m_sides.at(at).sequences))
        removeRelation(sequence);
    for (const Index &index : std::as_const(m_tables.at(at).indexes))
        removeRelation(index.name);
    removeRelation(name);
    m_tables.removeAt(at);
    m_sides.removeAt(at);
    reindexTables();
    return {};
}

Result<> PostgresDdlInterpreter::alterTable(const Statement &statement, const ParseNode &node)
{
    if (string(node, "objtype") != u"OBJECT_TABLE") {
        notFollowed(statement, statementKind(QStringLiteral("AlterTableStmt"), node));
        return {};
    }
    const QualifiedName name = relation(field(node, "relation"));
    if (name.outside) {
        notFollowed(statement, QStringLiteral("ALTER TABLE outside public"));
        return {};
    }
    const qsizetype at = tableIndex(name.name);
    if (at < 0) {
        if (flag(node, "missing_ok"))
            return {};
        return failure(PostgresDdlText::tr("Table %1 does not exist.").arg(name.name), statement.location);
    }

    // Each command with its text (the commands are the comma-separated parts of the statement).
    const ParseNode commands = list(node, "cmds");
    QList<Range> parts = PostgresSqlText::topLevelParts(statement.source, statement.range);
    if (parts.size() != commands.size())
        parts = QList<Range>(commands.size(), statement.range);

    // PostgreSQL runs the commands of one ALTER TABLE in passes: drops, type changes, new columns,
    // column attributes, new index constraints, other new constraints.
    struct Step
    {
        int pass;
        std::function<Result<>()> run;
    };
    QList<Step> steps;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const ParseNode command = inner(commands.at(i).toObject());
        const QString subtype = string(command, "subtype");
        const QString column = string(command, "name");
        const bool missingOk = flag(command, "missing_ok");
        const bool cascade = string(command, "behavior") == u"DROP_CASCADE";
        const Range part = parts.at(i);
        Statement piece = statement;
        piece.range = part;
        if (subtype == u"AT_AddColumn") {
            steps.append({2, [this, piece, at, command, missingOk, &steps]() -> Result<> {
                              QList<ParseNode> constraints;
                              const ParseNode def = field(command, "def");
                              const Result<> added
                                  = addColumn(piece, at, inner(def), &constraints, missingOk);
                              if (!added)
                                  return added;
                              const QString column = string(inner(def), "colname");
                              for (const ParseNode &constraint : std::as_const(constraints)) {
                                  const int pass = constraintPass(contype(constraint)) == 2 ? 4 : 5;
                                  steps.append({pass, [this, piece, at, constraint, column]() {
                                                    return addConstraint(piece, at, constraint, column);
                                                }});
                              }
                              return {};
                          }});
        } else if (subtype == u"AT_DropColumn") {
            steps.append({0, [=, this]() { return dropColumn(piece, at, column, missingOk, cascade); }});
        } else if (subtype == u"AT_DropConstraint") {
            steps.append({0, [=, this]() { return dropConstraint(piece, at, column, missingOk, cascade); }});
        } else if (subtype == u"AT_AddConstraint") {
            const ParseNode constraint = inner(field(command, "def"));
            steps.append({constraintPass(contype(constraint)) == 2 ? 4 : 5,
                          [=, this]() { return addConstraint(piece, at, constraint, {}); }});
        } else if (subtype == u"AT_AlterColumnType" || subtype == u"AT_SetNotNull" || subtype == u"AT_DropNotNull"
                   || subtype == u"AT_ColumnDefault") {
            const int pass = subtype == u"AT_AlterColumnType" ? 1
                : subtype == u"AT_DropNotNull" || (subtype == u"AT_ColumnDefault" && !command.contains(QLatin1String("def")))
                ? 0
                : 3;
            steps.append({pass, [=, this]() { return alterColumn(piece, at, command); }});
        } else {
            notFollowed(statement, QStringLiteral("ALTER TABLE ") + words(subtype));
        }
    }
    // Steps may add steps (a new column's constraints): run by pass, picking the lowest pending.
    QList<bool> done;
    for (;;) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (i >= done.size())
                done.append(false);
            if (!done.at(i) && (next < 0 || steps.at(i).pass < steps.at(next).pass))
                next = i;
        }
        if (next < 0)
            break;
        done[next] = true;
        const std::function<Result<>()> run = steps.at(next).run;
        const Result<> result = run();
        if (!result)
            return result;
    }
    return {};
}

Result<> PostgresDdlInterpreter::alterColumn(const Statement &statement, qsizetype at, const ParseNode &command)
{
    Table &table = m_tables[at];
    const QString subtype = string(command, "subtype");
    const QString name = string(command, "name");
    Column *column = findColumn(table, name);
    if (!column)
        return failure(PostgresDdlText::tr("Column %1 of table %2 does not exist.").arg(name, table.name),
                       statement.location);
    const QString sequence = m_sides.at(at).sequences.value(name);
    // A serial is an integer with a default from its sequence: when either changes, it is one no more.
    const auto unserial = [&]() {
        if (!column->type.isSerial())
            return;
        const bool big = column->type.kind == TypeKind::BigSerial;
        column->type = *ColumnType::parse(big ? QStringLiteral("bigint") : QStringLiteral("integer"));
        column->type.spelling = column->typeSpelling;
        column->defaultValue = {ColumnDefault::Kind::Sql, {}, QStringLiteral("nextval('%1'::regclass)").arg(sequence)};
    };

    if (subtype == u"AT_SetNotNull") {
        column->notNull = true;
    } else if (subtype == u"AT_DropNotNull") {
        if (table.primaryKey.contains(name))
            return failure(PostgresDdlText::tr("Column %1 of table %2 is in its primary key: it stays NOT NULL.")
                               .arg(name, table.name),
                           statement.location);
        column->notNull = false;
    } else if (subtype == u"AT_ColumnDefault") {
        unserial();
        if (command.contains(QLatin1String("def"))) {
            const Range expression
                = PostgresSqlText::defaultExpression(statement.source, statement.range.begin, statement.range.end);
            column->defaultValue = {ColumnDefault::Kind::Sql, {}, PostgresSqlText::text(statement.source, expression)};
            serialFromSequence(*column);
        } else {
            column->defaultValue = {};
        }
    } else if (subtype == u"AT_AlterColumnType") {
        const ParseNode def = inner(field(command, "def"));
        const ParseNode typeName = field(def, "typeName");
        const QString written = PostgresSqlText::text(
            statement.source, PostgresSqlText::typeText(statement.source, statement.at(typeName), statement.range.end));
        const bool wasSerial = column->type.isSerial();
        unserial();
        column->typeSpelling = written;
        column->type = PostgresTypes::columnType(typeName, written);
        // A column whose default is its sequence's nextval() reads back as a serial of its new size.
        if (wasSerial && (column->type.kind == TypeKind::Integer || column->type.kind == TypeKind::BigInt)) {
            column->type.kind = column->type.kind == TypeKind::Integer ? TypeKind::Serial : TypeKind::BigSerial;
            column->defaultValue = {};
        }
        if (column->type.isSerial() && !wasSerial)
            return failure(PostgresDdlText::tr("Type %1 does not exist.").arg(written), statement.location);
    }
    return {};
}

void PostgresDdlInterpreter::renameColumnEverywhere(qsizetype at, const QString &from, const QString &to)
{
    Table &table = m_tables[at];
    const auto renameIn = [&](QStringList &columns) {
        for (QString &c : columns) {
            if (c == from)
                c = to;
        }
    };
    renameIn(table.primaryKey);
    for (UniqueConstraint &unique : table.uniques)
        renameIn(unique.columns);
    for (Index &index : table.indexes)
        renameIn(index.columns);
    for (TrackedConstraint &constraint : m_sides[at].constraints) {
        if (constraint.kind == ConstraintKind::Check && constraint.columns.contains(from)) {
            // The catalog shows the check with the new name; so does the model.
            qsizetype ordinal = 0;
            for (const TrackedConstraint &c : std::as_const(m_sides.at(at).constraints)) {
                if (&c == &constraint)
                    break;
                ordinal += c.kind == ConstraintKind::Check ? 1 : 0;
            }
            CheckConstraint &check = table.checks[ordinal];
            check.expression = PostgresSqlText::renameIdentifier(check.expression, from, to);
        }
        renameIn(constraint.columns);
    }
    if (m_sides.at(at).sequences.contains(from))
        m_sides[at].sequences.insert(to, m_sides[at].sequences.take(from));
    for (Table &other : m_tables) {
        for (Column &column : other.columns) {
            if (column.references.table == table.name && column.references.column == from)
                column.references.column = to;
        }
    }
}

} // namespace Strata
