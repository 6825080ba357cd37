#include "PostgresDdlInterpreter.h"

#include "diff/PostgresDdlNodes.h"
#include "diff/PostgresTypes.h"
#include "sql/StatementSplitter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

Result<> PostgresDdlInterpreter::apply(const QString &script, const SourceLocation &location)
{
    const QByteArray utf8 = script.toUtf8();
    QList<Statement> statements;
    std::optional<ResultError> syntaxError;
    PostgresSqlText::Cursor cursor(utf8);
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
    const auto collect = [&](const QByteArray &source, qsizetype base, const char *tree) {
        const QJsonArray stmts
            = QJsonDocument::fromJson(QByteArray::fromRawData(tree, qsizetype(qstrlen(tree)))).object().value(
                QLatin1String("stmts")).toArray();
        for (const QJsonValue &value : stmts) {
            const QJsonObject stmt = value.toObject();
            Statement statement;
            statement.node = stmt.value(QLatin1String("stmt")).toObject();
            statement.source = source;
            statement.base = base;
            const qsizetype begin = stmt.value(QLatin1String("stmt_location")).toInt(0);
            const qsizetype length = stmt.value(QLatin1String("stmt_len")).toInt(0);
            statement.range = PostgresSqlText::trimmed(source, {begin, length > 0 ? begin + length : source.size()});
            statements.append(statement);
        }
    };

    PgQueryParseResult parsed = pg_query_parse(utf8.constData());
    if (!parsed.error) {
        collect(utf8, 0, parsed.parse_tree);
        pg_query_free_parse_result(parsed);
    } else {
        // Statement by statement, so that the statements before the broken one still apply and
        // the error names the broken one's line.
        const QString message = QString::fromUtf8(parsed.error->message);
        const int cursorPosition = parsed.error->cursorpos;
        pg_query_free_parse_result(parsed);
        bool found = false;
        for (const SqlStatement &piece : StatementSplitter::split(script, DialectKind::PostgreSQL)) {
            const QByteArray bytes = piece.sql.toUtf8();
            const qsizetype base = script.left(piece.offset).toUtf8().size();
            PgQueryParseResult one = pg_query_parse(bytes.constData());
            if (one.error) {
                qsizetype errorAt = base;
                if (one.error->cursorpos > 0)
                    errorAt += QString::fromUtf8(bytes).left(one.error->cursorpos - 1).toUtf8().size();
                syntaxError = failure(PostgresDdlText::tr("Syntax error: %1.").arg(QString::fromUtf8(one.error->message)),
                                      {});
                syntaxError->location.offset = errorAt; // turned into a location below
                pg_query_free_parse_result(one);
                found = true;
                break;
            }
            collect(bytes, base, one.parse_tree);
            pg_query_free_parse_result(one);
        }
        if (!found) {
            qsizetype errorAt = 0;
            if (cursorPosition > 0)
                errorAt = script.left(cursorPosition - 1).toUtf8().size();
            syntaxError = failure(PostgresDdlText::tr("Syntax error: %1.").arg(message), {});
            syntaxError->location.offset = errorAt;
        }
    }

    for (Statement &statement : statements) {
        statement.location = locate(statement.base + statement.range.begin, statement.range.end - statement.range.begin);
        const Result<> applied = applyStatement(statement);
        if (!applied)
            return applied;
    }
    if (syntaxError) {
        cursor = PostgresSqlText::Cursor(utf8); // the error may stand before the last statement parsed
        syntaxError->location = locate(syntaxError->location.offset, 0);
        return *syntaxError;
    }
    return {};
}

void PostgresDdlInterpreter::notFollowed(const Statement &statement, const QString &kind)
{
    m_notFollowed.append({kind, statement.sql(), statement.location});
}

Result<> PostgresDdlInterpreter::applyStatement(const Statement &statement)
{
    const QString type = nodeType(statement.node);
    const QJsonObject node = inner(statement.node);
    if (type == u"CreateStmt")
        return createTable(statement, node);
    if (type == u"DropStmt")
        return dropObjects(statement, node);
    if (type == u"AlterTableStmt")
        return alterTable(statement, node);
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
