#include <strata/diff/MigratedSchema.h>

#include <strata/common/Logging.h>
#include <strata/diff/MigrationReplay.h>
#include <strata/diff/SqliteSegmentedReplay.h>
#include <strata/migration/Connection.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/sql/CatalogReader.h>
#include <strata/sql/CatalogSchema.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigratedSchema)
};

// The replayed catalog into the model; owners only of tables that are still there.
void adoptCatalog(const QList<CatalogTable> &catalog, MigratedSchema &schema)
{
    CatalogSchema read = schemaFromCatalog(catalog, schema.dialect);
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

// The migrations' DDL interpreted, migration by migration, so that each table knows the package
// that created it. New tables come last in the interpreter's list; after a migration that may
// drop or rename (its text says so) the names are compared in full.
void interpretPostgres(const MigrationGraph &graph, const QList<int> &order, MigratedSchema &schema)
{
    PostgresDdlInterpreter interpreter;
    QSet<QString> names;
    for (const int index : order) {
        const MigrationNode &node = graph.nodes().at(index);
        if (schema.failure) {
            schema.notReplayed.insert(node.package);
            continue;
        }
        const Migration &migration = node.migration;
        if (migration.up.isCallable()) {
            schema.notFollowed.append({Text::tr("C++ migration"), {}, migration.location});
            continue;
        }
        SourceLocation start;
        start.file = migration.file;
        start.line = migration.up.firstLine;
        start.column = 1;
        const qsizetype before = interpreter.tables().size();
        if (Result<> done = interpreter.apply(migration.up.sql, start); !done) {
            schema.failure = ReplayFailure{node.package, migration.id, done.error()};
            schema.notReplayed.insert(node.package);
        } else {
            ++schema.migrationsReplayed;
        }
        const QList<Table> &tables = interpreter.tables();
        const bool onlyAdded = tables.size() >= before
            && !migration.up.sql.contains(u"rename"_s, Qt::CaseInsensitive)
            && !migration.up.sql.contains(u"drop"_s, Qt::CaseInsensitive);
        if (onlyAdded) {
            for (qsizetype i = before; i < tables.size(); ++i) {
                names.insert(tables.at(i).name);
                schema.owners.insert(tables.at(i).name, node.package);
            }
            continue;
        }
        QSet<QString> now;
        for (const Table &t : tables) {
            now.insert(t.name);
            if (!names.contains(t.name))
                schema.owners.insert(t.name, node.package);
        }
        for (const QString &gone : std::as_const(names)) {
            if (!now.contains(gone))
                schema.owners.remove(gone);
        }
        names = now;
    }
    schema.tables = interpreter.tables();
    for (const Table &t : std::as_const(schema.tables))
        schema.constraints.insert(t.name, interpreter.constraints(t.name));
    schema.enumTypes = interpreter.enumTypes();
    schema.notFollowed += interpreter.notFollowed();
}

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

Result<MigratedSchema> migratedSqliteSchemaOnOneDatabase(const MigrationGraph &graph, const QStringList &packages)
{
    MigratedSchema schema;
    schema.dialect = DialectKind::SQLite;
    Result<QList<CatalogTable>> catalog = replaySqliteOnOneDatabase(graph, replayOrder(graph, packages), schema);
    if (!catalog)
        return catalog.error();
    adoptCatalog(*catalog, schema);
    return schema;
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
    return migratedSchemaOf(graph, dialect, replayOrder(graph, packages), scratchDatabaseUrl);
}

Result<MigratedSchema> migratedSchemaOf(const MigrationGraph &graph, DialectKind dialect, const QList<int> &order,
                                        const QString &scratchDatabaseUrl)
{
    MigratedSchema schema;
    schema.dialect = dialect;

    std::optional<ScratchDatabase> scratch;
    DatabaseUrl url;
    if (scratchDatabaseUrl.isEmpty()) {
        if (dialect == DialectKind::PostgreSQL) {
            interpretPostgres(graph, order, schema);
            return schema;
        }
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

    if (url.memory) {
        Result<QList<CatalogTable>> catalog = replaySqliteInSegments(graph, order, schema);
        if (!catalog)
            return catalog.error();
        adoptCatalog(*catalog, schema);
        return schema;
    }
    Connection connection(url);
    if (!connection.isOpen())
        return failure(connection.errorText());
    MigrationReplay replay(connection, graph, schema);
    if (Result<> done = replay.run(order); !done)
        return done.error();
    Result<QList<CatalogTable>> catalog = readCatalog(connection.database(), schema.dialect);
    if (!catalog)
        return catalog.error();
    adoptCatalog(*catalog, schema);
    return schema;
}

} // namespace Strata
