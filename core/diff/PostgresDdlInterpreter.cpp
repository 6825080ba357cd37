#include <strata/diff/PostgresDdlInterpreter.h>

#include <strata/diff/PostgresDdlNodes.h>
#include <strata/diff/PostgresTypes.h>
#include <strata/sql/StatementSplitter.h>

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <pg_query.h>

#include <optional>

namespace Strata {

using namespace PostgresDdlNodes;
using PostgresSqlText::Range;

PostgresDdlInterpreter::PostgresDdlInterpreter(QList<Table> initial)
{
    // The side tables of tables given as they are: PostgreSQL's default names for their
    // constraints, so that a later DROP CONSTRAINT finds them.
    for (Table &table : initial) {
        TableSide side;
        const QString name = table.name;
        addRelation(name);
        const auto track = [&](ConstraintKind kind, const QString &constraint, const QStringList &columns) {
            addConstraintName(constraint);
            side.constraints.append({constraint, kind, columns});
        };
        // The conventions: a column's own UNIQUE is a table-level unique constraint.
        for (Column &column : table.columns) {
            if (column.unique && !(table.primaryKeyColumns() == QStringList{column.name})) {
                UniqueConstraint unique;
                unique.columns = {column.name};
                table.uniques.append(unique);
            }
            column.unique = false;
        }
        if (!table.primaryKeyColumns().isEmpty()) {
            table.primaryKey = table.primaryKeyColumns();
            for (Column &column : table.columns)
                column.primaryKey = false;
            const QString key = chooseRelationName(name, {}, QStringLiteral("pkey"), true);
            addRelation(key);
            track(ConstraintKind::PrimaryKey, key, table.primaryKey);
        }
        for (const UniqueConstraint &unique : std::as_const(table.uniques)) {
            const QString key
                = chooseRelationName(name, PostgresSqlText::nameAddition(unique.columns), QStringLiteral("key"), true);
            addRelation(key);
            track(ConstraintKind::Unique, key, unique.columns);
        }
        for (const CheckConstraint &check : std::as_const(table.checks))
            track(ConstraintKind::Check,
                  check.name.isEmpty() ? chooseConstraintName(name, {}, QStringLiteral("check"), {}) : check.name, {});
        for (const Column &column : std::as_const(table.columns)) {
            if (column.references.isSet())
                track(ConstraintKind::ForeignKey,
                      chooseConstraintName(name, column.name, QStringLiteral("fkey"), {}), {column.name});
        }
        for (const Index &index : std::as_const(table.indexes))
            addRelation(index.name);
        m_tables.append(table);
        m_sides.append(side);
    }
    reindexTables();
}

QStringList PostgresDdlInterpreter::constraintNames(const QString &table) const
{
    QStringList names;
    const qsizetype at = tableIndex(table);
    if (at < 0)
        return names;
    for (const TrackedConstraint &constraint : m_sides.at(at).constraints)
        names.append(constraint.name);
    return names;
}

QList<PostgresConstraint> PostgresDdlInterpreter::constraints(const QString &table) const
{
    QList<PostgresConstraint> result;
    const qsizetype at = tableIndex(table);
    if (at < 0)
        return result;
    for (const TrackedConstraint &constraint : m_sides.at(at).constraints) {
        PostgresConstraint::Kind kind = PostgresConstraint::Kind::Other;
        switch (constraint.kind) {
        case ConstraintKind::PrimaryKey: kind = PostgresConstraint::Kind::PrimaryKey; break;
        case ConstraintKind::Unique: kind = PostgresConstraint::Kind::Unique; break;
        case ConstraintKind::Check: kind = PostgresConstraint::Kind::Check; break;
        case ConstraintKind::ForeignKey: kind = PostgresConstraint::Kind::ForeignKey; break;
        case ConstraintKind::UnheldForeignKey:
        case ConstraintKind::Exclusion: break;
        }
        result.append({constraint.name, kind, constraint.columns});
    }
    return result;
}

PostgresDdlInterpreter::ParsedScript PostgresDdlInterpreter::parse(const QString &script)
{
    ParsedScript result;
    result.utf8 = script.toUtf8();
    const auto collect = [&](const QByteArray &source, qsizetype base, const char *json) {
        const std::shared_ptr<const PostgresParseTree::Document> tree = PostgresParseTree::Document::parse(json);
        for (const ParseNode stmt : tree->root().value("stmts")) {
            Statement statement;
            statement.tree = tree;
            statement.node = stmt.value("stmt");
            statement.source = source;
            statement.base = base;
            const qsizetype begin = stmt.value("stmt_location").toInt(0);
            const qsizetype length = stmt.value("stmt_len").toInt(0);
            statement.range = PostgresSqlText::trimmed(source, {begin, length > 0 ? begin + length : source.size()});
            result.statements.append(statement);
        }
    };

    PgQueryParseResult parsed = pg_query_parse(result.utf8.constData());
    if (!parsed.error) {
        collect(result.utf8, 0, parsed.parse_tree);
        pg_query_free_parse_result(parsed);
        return result;
    }
    // Statement by statement, so that the statements before the broken one still apply and the
    // error names the broken one's line.
    const QString message = QString::fromUtf8(parsed.error->message);
    const int cursorPosition = parsed.error->cursorpos;
    pg_query_free_parse_result(parsed);
    for (const SqlStatement &piece : StatementSplitter::split(script, DialectKind::PostgreSQL)) {
        const QByteArray bytes = piece.sql.toUtf8();
        const qsizetype base = script.left(piece.offset).toUtf8().size();
        PgQueryParseResult one = pg_query_parse(bytes.constData());
        if (one.error) {
            result.syntaxOffset = base;
            if (one.error->cursorpos > 0) // counted in characters from 1
                result.syntaxOffset += QString::fromUtf8(bytes).left(one.error->cursorpos - 1).toUtf8().size();
            result.syntaxError = PostgresDdlText::tr("Syntax error: %1.").arg(QString::fromUtf8(one.error->message));
            pg_query_free_parse_result(one);
            return result;
        }
        collect(bytes, base, one.parse_tree);
        pg_query_free_parse_result(one);
    }
    // Each statement parses alone, the whole does not.
    result.syntaxOffset = cursorPosition > 0 ? script.left(cursorPosition - 1).toUtf8().size() : 0;
    result.syntaxError = PostgresDdlText::tr("Syntax error: %1.").arg(message);
    return result;
}

Result<> PostgresDdlInterpreter::apply(const QString &script, const SourceLocation &location)
{
    ParsedScript parsed = parse(script);
    return apply(parsed, location);
}

Result<> PostgresDdlInterpreter::applyAll(const QList<Script> &scripts)
{
    // libpg_query parses on the pool, a batch ahead, while this thread applies in order: parsing
    // needs no state, applying needs the schema so far.
    constexpr qsizetype BatchSize = 128;
    const auto batch = [&](qsizetype start) {
        QStringList texts;
        for (qsizetype i = start; i < qMin(start + BatchSize, scripts.size()); ++i)
            texts.append(scripts.at(i).sql);
        return QtConcurrent::mapped(std::move(texts), &PostgresDdlInterpreter::parse);
    };
    if (scripts.isEmpty())
        return {};
    QFuture<ParsedScript> next = batch(0);
    for (qsizetype start = 0; start < scripts.size(); start += BatchSize) {
        QList<ParsedScript> current = next.results();
        if (start + BatchSize < scripts.size())
            next = batch(start + BatchSize);
        for (qsizetype i = 0; i < current.size(); ++i) {
            const Result<> applied = apply(current[i], scripts.at(start + i).location);
            if (!applied) {
                next.cancel();
                next.waitForFinished();
                return applied;
            }
        }
    }
    return {};
}

Result<> PostgresDdlInterpreter::apply(ParsedScript &parsed, const SourceLocation &location)
{
    PostgresSqlText::Cursor cursor(parsed.utf8);
    const auto locate = [&](qsizetype byte, qsizetype length) {
        cursor.advanceTo(byte);
        SourceLocation at;
        at.file = location.file;
        const int startLine = location.line > 0 ? location.line : 1;
        at.line = startLine + cursor.line() - 1;
        at.column = cursor.line() == 1 && location.column > 0 ? location.column + cursor.column() - 1
                                                               : cursor.column();
        if (location.offset >= 0) {
            at.offset = location.offset + byte;
            at.length = length;
        }
        return at;
    };
    for (Statement &statement : parsed.statements) {
        statement.location = locate(statement.base + statement.range.begin, statement.range.end - statement.range.begin);
        const Result<> applied = applyStatement(statement);
        if (!applied)
            return applied;
    }
    if (!parsed.syntaxError.isNull()) {
        cursor = PostgresSqlText::Cursor(parsed.utf8); // the error may stand before the last statement parsed
        return failure(parsed.syntaxError, locate(parsed.syntaxOffset, 0));
    }
    return {};
}

void PostgresDdlInterpreter::notFollowed(const Statement &statement, const QString &kind)
{
    m_notFollowed.append({kind, statement.sql(), statement.location});
}

namespace {

// An ALTER TABLE that can fail after it changed something: several commands, or a new column with
// constraints (which run after the column is added).
bool mayFailMidway(const ParseNode &alter)
{
    const ParseNode commands = alter.value("cmds");
    if (commands.size() > 1)
        return true;
    for (const ParseNode command : commands) {
        const ParseNode def = inner(command).value("def");
        if (inner(command).value("subtype").toString() == u"AT_AddColumn" && inner(def).contains("constraints"))
            return true;
    }
    return false;
}

} // namespace

Result<> PostgresDdlInterpreter::applyStatement(const Statement &statement)
{
    const QString type = nodeType(statement.node);
    const ParseNode node = inner(statement.node);
    if (type == u"CreateStmt")
        return createTable(statement, node);
    if (type == u"DropStmt" || type == u"AlterTableStmt") {
        // A statement of several steps that fails at a later one leaves nothing behind, as on the
        // server. Copying the state is cheap (implicitly shared) until a step changes it, so only
        // statements that can fail after a change of their own pay for it.
        const bool severalSteps = type == u"DropStmt" ? node.value("objects").size() > 1 : mayFailMidway(node);
        std::optional<State> before;
        if (severalSteps)
            before = State{m_tables, m_sides, m_tableIndex, m_relations, m_constraintNames, m_enums,
                           m_notFollowed.size()};
        const Result<> result = type == u"DropStmt" ? dropObjects(statement, node) : alterTable(statement, node);
        if (!result && before) {
            m_tables = before->tables;
            m_sides = before->sides;
            m_tableIndex = before->tableIndex;
            m_relations = before->relations;
            m_constraintNames = before->constraintNames;
            m_enums = before->enums;
            m_notFollowed.resize(before->notFollowed);
        }
        return result;
    }
    if (type == u"RenameStmt")
        return rename(statement, node);
    if (type == u"IndexStmt")
        return createIndex(statement, node);
    if (type == u"CommentStmt")
        return comment(statement, node);
    if (type == u"CreateEnumStmt")
        return createEnum(statement, node);
    if (type == u"AlterEnumStmt")
        return alterEnum(statement, node);
    if (changesNoSchema(type))
        return {};
    notFollowed(statement, statementKind(type, node));
    return {};
}

void PostgresDdlInterpreter::reindexTables()
{
    m_tableIndex.clear();
    m_tableIndex.reserve(m_tables.size());
    for (qsizetype i = 0; i < m_tables.size(); ++i)
        m_tableIndex.insert(m_tables.at(i).name, i);
}

std::pair<qsizetype, qsizetype> PostgresDdlInterpreter::findIndex(const QString &name) const
{
    for (qsizetype t = 0; t < m_tables.size(); ++t) {
        const QList<Index> &indexes = m_tables.at(t).indexes;
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            if (indexes.at(i).name == name)
                return {t, i};
        }
    }
    return {-1, -1};
}

void PostgresDdlInterpreter::removeRelation(const QString &name)
{
    const auto it = m_relations.find(name);
    if (it != m_relations.end() && --*it <= 0)
        m_relations.erase(it);
}

void PostgresDdlInterpreter::removeConstraintName(const QString &name)
{
    const auto it = m_constraintNames.find(name);
    if (it != m_constraintNames.end() && --*it <= 0)
        m_constraintNames.erase(it);
}

QString PostgresDdlInterpreter::chooseRelationName(const QString &name1, const QString &name2, const QString &label,
                                                   bool isConstraint) const
{
    QString suffix = label;
    for (int pass = 1;; ++pass) {
        const QString name = PostgresSqlText::objectName(name1, name2, suffix);
        if (!relationExists(name) && !(isConstraint && m_constraintNames.contains(name)))
            return name;
        suffix = label + QString::number(pass);
    }
}

QString PostgresDdlInterpreter::chooseConstraintName(const QString &name1, const QString &name2, const QString &label,
                                                     const QStringList &others) const
{
    QString suffix = label;
    for (int pass = 1;; ++pass) {
        const QString name = PostgresSqlText::objectName(name1, name2, suffix);
        if (!others.contains(name) && !m_constraintNames.contains(name))
            return name;
        suffix = label + QString::number(pass);
    }
}

} // namespace Strata
