#include "MigratedSchema.h"

#include "common/Logging.h"
#include "diff/MigrationReplay.h"
#include "diff/SqliteSegmentedReplay.h"
#include "migration/Connection.h"
#include "migration/DatabaseUrl.h"
#include "registry/MigrationGraph.h"
#include "sql/CatalogReader.h"
#include "sql/CatalogSchema.h"

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
