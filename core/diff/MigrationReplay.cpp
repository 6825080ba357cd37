#include <strata/diff/MigrationReplay.h>

#include <strata/migration/Connection.h>
#include <strata/migration/ConnectionContext.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/sql/SqlLexer.h>
#include <strata/sql/StatementSplitter.h>

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

// The table a statement creates, or renames (from, to): how the replay knows which package made
// which table without asking the catalog after every statement.
struct TableStatement
{
    QString created;
    QString renamedFrom;
    QString renamedTo;
};

TableStatement tableStatement(const QString &sql)
{
    static const QString name = u"((?:\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][A-Za-z0-9_$]*)"
                                u"(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][A-Za-z0-9_$]*))?)"_s;
    static const QRegularExpression create(
        u"^CREATE\\s+(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"_s + name,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(
        u"^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?"_s + name + u"\\s+RENAME\\s+TO\\s+"_s + name,
        QRegularExpression::CaseInsensitiveOption);
    const auto lastPart = [](const QString &qualified) {
        static const QRegularExpression dot(u"\\s*\\.\\s*(?=[\"`\\[A-Za-z_])"_s);
        const QStringList parts = qualified.split(dot);
        return SqlLexer::unquotedIdentifier(parts.last());
    };
    TableStatement found;
    if (const QRegularExpressionMatch m = create.match(sql); m.hasMatch())
        found.created = lastPart(m.captured(1));
    else if (const QRegularExpressionMatch r = rename.match(sql); r.hasMatch()) {
        found.renamedFrom = lastPart(r.captured(1));
        found.renamedTo = lastPart(r.captured(2));
    }
    return found;
}

QStringList tableNames(QSqlDatabase db, DialectKind dialect)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(dialect == DialectKind::SQLite
                   ? u"SELECT name FROM sqlite_master WHERE type = 'table'"_s
                   : u"SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()"_s);
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

QSet<QString> mentionedIdentifiers(const QString &sql, DialectKind dialect)
{
    QSet<QString> names;
    const QByteArray utf8 = sql.toUtf8();
    const char *data = utf8.constData();
    const qsizetype end = utf8.size();
    for (qsizetype pos = 0; pos < end;) {
        const SqlLexer::Token token = SqlLexer::next(data, pos, end, dialect);
        const char first = data[pos];
        if (token.kind == SqlLexer::TokenKind::Other && (std::isalpha(static_cast<unsigned char>(first)) || first == '_'
                                                         || static_cast<unsigned char>(first) >= 0x80))
            names.insert(QString::fromUtf8(data + pos, token.end - pos).toLower());
        else if (token.kind == SqlLexer::TokenKind::Quoted && first != '\'')
            names.insert(SqlLexer::unquotedIdentifier(QString::fromUtf8(data + pos, token.end - pos)).toLower());
        pos = token.end;
    }
    return names;
}

MigrationReplay::MigrationReplay(Connection &connection, const MigrationGraph &graph, MigratedSchema &schema)
    : m_connection(&connection), m_graph(graph), m_schema(schema), m_query(std::in_place, connection.database())
{
    m_query->setForwardOnly(true);
    m_runStatement = [this](const QString &sql) -> Result<> {
        if (m_query->exec(sql))
            return {};
        const QSqlError error = m_query->lastError();
        return failure(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    };
}

MigrationReplay::MigrationReplay(const MigrationGraph &graph, MigratedSchema &schema, StatementRunner runner)
    : m_graph(graph), m_schema(schema), m_runStatement(std::move(runner))
{
}

Result<> MigrationReplay::run(const QList<int> &order)
{
    if (Result<> begun = exec(u"BEGIN"_s); !begun)
        return begun;
    for (const int index : order) {
        const MigrationNode &node = m_graph.nodes().at(index);
        if (m_schema.failure || !replay(node)) {
            m_schema.notReplayed.insert(node.package);
            continue;
        }
        ++m_schema.migrationsReplayed;
    }
    return exec(u"COMMIT"_s);
}

Result<> MigrationReplay::exec(const QString &sql)
{
    return m_runStatement(sql);
}

bool MigrationReplay::fail(const MigrationNode &node, const QString &message, int line, int column)
{
    SourceLocation where;
    where.file = node.migration.file;
    where.line = line;
    where.column = column;
    m_schema.failure = ReplayFailure{node.package, node.migration.id, ResultError{message, where}};
    return false;
}

bool MigrationReplay::replay(const MigrationNode &node)
{
    const Migration &migration = node.migration;
    const bool inTransaction = !migration.noTransaction;
    if (inTransaction)
        (void)exec(u"SAVEPOINT strata_replay"_s);
    else
        (void)exec(u"COMMIT"_s);
    const auto finish = [&](bool ok) {
        if (inTransaction) {
            if (!ok)
                (void)exec(u"ROLLBACK TO SAVEPOINT strata_replay"_s);
            (void)exec(u"RELEASE SAVEPOINT strata_replay"_s);
        } else {
            (void)exec(u"BEGIN"_s);
        }
        return ok;
    };

    if (migration.up.isCallable()) {
        // The replays that have no connection never get C++ migrations (see the constructor).
        Q_ASSERT(m_connection);
        if (!m_connection)
            return finish(false);
        // C++ code: which tables it made shows only in the catalog.
        const QStringList before = tableNames(m_connection->database(), m_schema.dialect);
        ConnectionContext context(*m_connection);
        if (Result<> done = migration.up.callable(context); !done)
            return finish(fail(node, done.error().message, migration.location.line, migration.location.column));
        const QStringList after = tableNames(m_connection->database(), m_schema.dialect);
        for (const QString &table : after) {
            if (!before.contains(table))
                m_schema.owners.insert(table, node.package);
        }
        return finish(true);
    }
    for (const SqlStatement &statement : StatementSplitter::split(migration.up.sql, m_schema.dialect)) {
        const int line = migration.up.firstLine + statement.line - 1;
        if (Result<> done = m_runStatement(statement.sql); !done)
            return finish(fail(node, done.error().message, line, statement.column));
        const TableStatement table = tableStatement(statement.sql);
        if (!table.created.isEmpty())
            m_schema.owners.insert(table.created, node.package);
        else if (!table.renamedTo.isEmpty()) {
            m_schema.owners.remove(table.renamedFrom);
            m_schema.owners.insert(table.renamedTo, node.package);
        }
    }
    return finish(true);
}

} // namespace Strata
