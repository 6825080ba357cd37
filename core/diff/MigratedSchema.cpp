#include "MigratedSchema.h"

#include "common/Logging.h"
#include "migration/Connection.h"
#include "migration/ConnectionContext.h"
#include "migration/DatabaseUrl.h"
#include "registry/MigrationGraph.h"
#include "sql/CatalogReader.h"
#include "sql/CatalogSchema.h"
#include "sql/StatementSplitter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigratedSchema)
};

QString unquoted(const QString &name)
{
    if (name.size() >= 2) {
        const QChar first = name.front();
        if (first == u'"' || first == u'`')
            return name.mid(1, name.size() - 2).replace(QString(2, first), QString(first));
        if (first == u'[')
            return name.mid(1, name.size() - 2);
    }
    return name;
}

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
        return unquoted(parts.last());
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

class Replay
{
public:
    Replay(Connection &connection, const MigrationGraph &graph, MigratedSchema &schema)
        : m_connection(connection), m_graph(graph), m_schema(schema), m_query(connection.database())
    {
        m_query.setForwardOnly(true);
    }

    Result<> run(const QList<int> &order)
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

private:
    Result<> exec(const QString &sql)
    {
        if (!m_query.exec(sql))
            return failure(m_query.lastError().text());
        return {};
    }

    bool fail(const MigrationNode &node, const QString &message, int line, int column)
    {
        SourceLocation where;
        where.file = node.migration.file;
        where.line = line;
        where.column = column;
        m_schema.failure = ReplayFailure{node.package, node.migration.id, ResultError{message, where}};
        return false;
    }

    // One migration, in a savepoint so that a failure leaves the schema as it was before it (or,
    // for a migration that runs outside a transaction, between two transactions).
    bool replay(const MigrationNode &node)
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
            // C++ code: which tables it made shows only in the catalog.
            const QStringList before = tableNames(m_connection.database(), m_schema.dialect);
            ConnectionContext context(m_connection);
            if (Result<> done = migration.up.callable(context); !done)
                return finish(fail(node, done.error().message, migration.location.line, migration.location.column));
            const QStringList after = tableNames(m_connection.database(), m_schema.dialect);
            for (const QString &table : after) {
                if (!before.contains(table))
                    m_schema.owners.insert(table, node.package);
            }
            return finish(true);
        }
        for (const SqlStatement &statement : StatementSplitter::split(migration.up.sql, m_schema.dialect)) {
            const int line = migration.up.firstLine + statement.line - 1;
            if (!m_query.exec(statement.sql))
                return finish(fail(node, m_query.lastError().databaseText().isEmpty() ? m_query.lastError().text()
                                                                                    : m_query.lastError().databaseText(),
                                   line, statement.column));
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

    Connection &m_connection;
    const MigrationGraph &m_graph;
    MigratedSchema &m_schema;
    QSqlQuery m_query;
};

Result<> readBack(Connection &connection, MigratedSchema &schema)
{
    Result<QList<CatalogTable>> catalog = readCatalog(connection.database(), schema.dialect);
    if (!catalog)
        return catalog.error();
    CatalogSchema read = schemaFromCatalog(*catalog, schema.dialect);
    schema.tables = std::move(read.tables);
    schema.notRepresented = std::move(read.notRepresented);
    // Tables no replayed statement named (made by a trigger or a function) keep no owner.
    QSet<QString> present;
    for (const Table &t : schema.tables)
        present.insert(t.name);
    for (auto it = schema.owners.begin(); it != schema.owners.end();) {
        if (!present.contains(it.key()))
            it = schema.owners.erase(it);
        else
            ++it;
    }
    return {};
}

// A scratch database on the server of `url`, created for one replay and dropped afterwards.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const DatabaseUrl &server) : m_server(server)
    {
        m_name = u"strata_scratch_%1_%2"_s.arg(QDateTime::currentMSecsSinceEpoch())
                     .arg(QRandomGenerator::global()->bounded(1000000));
    }
    ~ScratchDatabase()
    {
        if (!m_created)
            return;
        Connection admin(m_server);
        if (admin.isOpen()) {
            if (Result<> dropped = admin.exec(u"DROP DATABASE IF EXISTS "_s + m_name); !dropped)
                qCWarning(lcMigrate) << "cannot drop the scratch database" << m_name << dropped.error().message;
        }
    }
    Result<DatabaseUrl> create()
    {
        Connection admin(m_server);
        if (!admin.isOpen())
            return failure(admin.errorText());
        if (Result<> created = admin.exec(u"CREATE DATABASE "_s + m_name); !created)
            return failure(Text::tr("cannot create a scratch database on %1: %2")
                               .arg(m_server.display(), created.error().message));
        m_created = true;
        DatabaseUrl scratch = m_server;
        scratch.database = m_name;
        return scratch;
    }

private:
    DatabaseUrl m_server;
    QString m_name;
    bool m_created = false;
};

} // namespace

QList<Table> MigratedSchema::tablesOf(const QString &package) const
{
    QList<Table> own;
    for (const Table &t : tables) {
        if (owners.value(t.name) == package)
            own.append(t);
    }
    return own;
}

QList<int> replayOrder(const MigrationGraph &graph, const QStringList &packages)
{
    if (packages.isEmpty())
        return graph.order();
    const QSet<QString> wanted(packages.cbegin(), packages.cend());
    QList<bool> needed(graph.nodes().size(), false);
    QList<int> pending;
    for (qsizetype i = 0; i < graph.nodes().size(); ++i) {
        if (wanted.contains(graph.nodes().at(i).package)) {
            needed[i] = true;
            pending.append(int(i));
        }
    }
    while (!pending.isEmpty()) {
        const int node = pending.takeLast();
        for (const int before : graph.nodes().at(node).dependsOn) {
            if (!needed.at(before)) {
                needed[before] = true;
                pending.append(before);
            }
        }
    }
    QList<int> order;
    for (const int node : graph.order()) {
        if (needed.at(node))
            order.append(node);
    }
    return order;
}

Result<MigratedSchema> migratedSchema(const MigrationGraph &graph, DialectKind dialect, const QStringList &packages,
                                      const QString &scratchDatabaseUrl)
{
    MigratedSchema schema;
    schema.dialect = dialect;
    const QList<int> order = replayOrder(graph, packages);

    std::optional<ScratchDatabase> scratch;
    DatabaseUrl url;
    if (scratchDatabaseUrl.isEmpty()) {
        if (dialect != DialectKind::SQLite)
            return failure(Text::tr("replaying PostgreSQL migrations needs a server: give one with --dev-database"));
        url.dialect = DialectKind::SQLite;
        url.memory = true;
    } else {
        Result<DatabaseUrl> server = DatabaseUrl::parse(scratchDatabaseUrl, QDir::currentPath());
        if (!server)
            return server.error();
        if (server->dialect != dialect)
            return failure(Text::tr("the scratch database %1 is not %2, the project's dialect")
                               .arg(server->display(), dialectName(dialect)));
        if (dialect == DialectKind::SQLite) {
            url.dialect = DialectKind::SQLite;
            url.memory = true;
        } else {
            server->resolvePassword();
            scratch.emplace(*server);
            Result<DatabaseUrl> created = scratch->create();
            if (!created)
                return created.error();
            url = *created;
        }
    }

    Result<> done;
    {
        Connection connection(url);
        if (!connection.isOpen())
            return failure(connection.errorText());
        Replay replay(connection, graph, schema);
        done = replay.run(order);
        if (done)
            done = readBack(connection, schema);
    }
    if (!done)
        return done.error();
    return schema;
}

} // namespace Strata
