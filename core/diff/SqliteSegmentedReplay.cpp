#include <strata/diff/SqliteSegmentedReplay.h>

#include <strata/diff/MigrationReplay.h>
#include <strata/migration/Connection.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/sql/SqlLexer.h>
#include <strata/sql/CatalogReader.h>

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThreadPool>

#include <algorithm>
#include <mutex>
#include <numeric>
#include <optional>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigratedSchema)
};

// One row of sqlite_master, kept between segments: enough to create the object again.
struct SchemaObject
{
    QString type; // table, index, trigger, view
    QString name;
    QString table; // tbl_name: the table an index or trigger belongs to
    QString sql;
    qint64 sequence = 0; // creation order across the whole replay
};

// The sqlite3 handle behind a Qt connection, when Qt's driver uses this very library (Debian's
// does: both link the system libsqlite3): statements then run through the C API, without Qt's
// per-query cost. nullptr when the driver has a copy of its own (a handle of one copy must not
// go to the functions of another).
sqlite3 *sqliteHandle(QSqlDatabase db)
{
    static const bool sameLibrary = [db] {
        QSqlQuery query(db);
        return query.exec(u"SELECT sqlite_source_id()"_s) && query.next()
            && query.value(0).toString() == QString::fromUtf8(sqlite3_sourceid());
    }();
    const QVariant handle = db.driver()->handle();
    if (!sameLibrary || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<> execC(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_free(message);
    return failure(text);
}

// An in-memory database of SQLite's C API, closed with the object.
struct ScratchHandle
{
    sqlite3 *handle = nullptr;

    ScratchHandle() = default;
    ScratchHandle(const ScratchHandle &) = delete;
    ScratchHandle &operator=(const ScratchHandle &) = delete;
    ~ScratchHandle() { sqlite3_close(handle); }

    Result<> open()
    {
        // SQLite's memory statistics take a global mutex at every allocation (several percent of
        // the replay). They can be turned off only before the library is initialised: the first
        // replay of a process usually comes first (the CLI has opened no database yet); later,
        // or after Qt's driver has opened one, SQLite refuses (SQLITE_MISUSE) and keeps them.
        static std::once_flag configured;
        std::call_once(configured, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
        // One thread uses it: no mutex of its own.
        if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            == SQLITE_OK)
            return {};
        const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(SQLITE_NOMEM));
        return failure(message);
    }
};

// A table created after the seeds, for the length of a segment (see runSegment()).
const QString SeedEnd = u"strata_replay_seed_end"_s;

// The rows of a query, as text (NULL as a null QString), through the C API when there is a handle.
Result<QList<QStringList>> selectRows(Connection *connection, sqlite3 *handle, const QString &sql)
{
    QList<QStringList> rows;
    if (!handle) {
        QSqlQuery query(connection->database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return failure(query.lastError().text());
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            rows.append(row);
        }
        return rows;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    const int columns = sqlite3_column_count(statement);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            row.append(text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, i)) : QString());
        }
        rows.append(row);
    }
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        return failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    return rows;
}

// Which names of an SQL text a walk keeps (lower case), split at REFERENCES:
// - Seeding: the names a migration's SQL can reach, less the ones it names only as the target of a
//   foreign key. The replay runs with foreign keys off, where a key's target need not exist: seeding
//   it, with its indexes, for every table that points at it (every table points at the workspaces)
//   was most of the seeding. A table renamed still brings the tables that point at it (m_referencedBy).
// - ForeignKeyTargets: the tables a CREATE TABLE text points at, the names right after REFERENCES. A
//   rename rewrites only those in other tables (and triggers and views, which m_mentionedBy follows);
//   every identifier of the text was ten times the hashing for nothing.
enum class NamesFor { Seeding, ForeignKeyTargets };

QSet<QString> namesIn(const QString &sql, NamesFor which)
{
    QSet<QString> names;
    const QByteArray utf8 = sql.toUtf8();
    const char *data = utf8.constData();
    const qsizetype end = utf8.size();
    bool afterReferences = false;
    for (qsizetype pos = 0; pos < end;) {
        const SqlLexer::Token token = SqlLexer::next(data, pos, end, DialectKind::SQLite);
        if (token.kind == SqlLexer::TokenKind::Space || token.kind == SqlLexer::TokenKind::Comment) {
            pos = token.end;
            continue;
        }
        if (afterReferences == (which == NamesFor::ForeignKeyTargets)) {
            if (const QString name = SqlLexer::identifierAt(data, pos, token); !name.isEmpty())
                names.insert(name.toLower());
        }
        afterReferences = token.kind == SqlLexer::TokenKind::Other
            && QByteArrayView(data + pos, token.end - pos).compare("references", Qt::CaseInsensitive) == 0;
        pos = token.end;
    }
    return names;
}

int creationRank(const QString &type)
{
    if (type == u"table")
        return 0;
    if (type == u"view")
        return 1;
    if (type == u"index")
        return 2;
    return 3; // triggers last: they may name views
}

// One segment's replay: what it is seeded with (prepared from the state before it), and what it
// leaves (its database read back). Running one touches nothing shared, so that segments can run
// on several threads at once.
struct SegmentJob
{
    QList<int> nodes;
    QSet<QString> seeds;  // lower-case names of the objects it is seeded with
    QSet<QString> looked; // every name the seeding looked up, found or not
    bool renames = false;
    bool callable = false;
    QList<SchemaObject> seeded;     // copies of the seeds, in the order they are created
    QHash<QString, QString> owners; // the seeded tables' owners: a rename moves them

    MigratedSchema schema;            // owners, failure, what was not replayed: merged in order
    std::optional<ResultError> error; // the database itself failed
    QList<QStringList> rows;          // sqlite_master afterwards: rowid, type, name, tbl_name, sql
    QHash<qint64, QString> seedRows;  // rowid -> the seed created there
    QList<CatalogTable> changed;      // the catalog of the tables it changed
};

class SegmentedReplay
{
public:
    SegmentedReplay(const MigrationGraph &graph, MigratedSchema &schema) : m_graph(graph), m_schema(schema) {}

    Result<> run(const QList<int> &order)
    {
        QList<QList<int>> segments;
        for (qsizetype start = 0; start < order.size();) {
            qsizetype end = start + 1;
            const QString &package = m_graph.nodes().at(order.at(start)).package;
            while (end < order.size() && m_graph.nodes().at(order.at(end)).package == package)
                ++end;
            segments.append(order.mid(start, end - start));
            start = end;
        }
        // Segments run in batches on every core, each seeded from the state before the batch: a
        // segment whose seeding looked at anything an earlier segment of the batch changed is run
        // again, alone, once those are merged. Most packages only read their dependencies'
        // tables, so most batches merge whole. C++ migrations run alone, on this thread.
        const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
        for (qsizetype next = 0; next < segments.size();) {
            if (m_schema.failure) {
                // As MigrationReplay records the nodes after a failure.
                for (; next < segments.size(); ++next) {
                    for (const int node : std::as_const(segments.at(next)))
                        m_schema.notReplayed.insert(m_graph.nodes().at(node).package);
                }
                break;
            }
            QList<SegmentJob> batch;
            const qsizetype limit = threads > 1 ? BatchSize : 1;
            while (next < segments.size() && batch.size() < limit) {
                const QList<int> &nodes = segments.at(next);
                const bool callable = std::any_of(nodes.cbegin(), nodes.cend(), [this](int node) {
                    return m_graph.nodes().at(node).migration.up.isCallable();
                });
                if (callable && !batch.isEmpty())
                    break;
                ++next;
                batch.append(SegmentJob{});
                batch.last().nodes = nodes;
                if (callable)
                    break;
            }
            // The seeding too: it only reads the state, which no one changes before the merge.
            const auto prepareAndExecute = [this](SegmentJob &job) {
                job = prepare(job.nodes);
                execute(job);
            };
            if (batch.size() > 1)
                QtConcurrent::blockingMap(batch, prepareAndExecute);
            else
                prepareAndExecute(batch.first());
            QSet<QString> written, referencesWritten;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (m_schema.failure) {
                    for (; i < batch.size(); ++i) {
                        for (const int node : std::as_const(batch.at(i).nodes))
                            m_schema.notReplayed.insert(m_graph.nodes().at(node).package);
                    }
                    break;
                }
                SegmentJob &job = batch[i];
                if (job.looked.intersects(written) || (job.renames && job.looked.intersects(referencesWritten)))
                    prepareAndExecute(job);
                if (Result<> merged = merge(job, written, referencesWritten); !merged)
                    return merged;
            }
        }
        QList<const SchemaObject *> tables;
        for (const SchemaObject &object : std::as_const(m_objects)) {
            if (object.type == u"table")
                tables.append(&object);
        }
        std::sort(tables.begin(), tables.end(),
                  [](const SchemaObject *a, const SchemaObject *b) { return a->sequence < b->sequence; });
        m_final.reserve(tables.size());
        for (const SchemaObject *table : std::as_const(tables))
            m_final.append(m_catalog.take(table->name.toLower()));
        QList<const SchemaObject *> triggers;
        for (const SchemaObject &object : std::as_const(m_objects)) {
            if (object.type == u"trigger")
                triggers.append(&object);
        }
        std::sort(triggers.begin(), triggers.end(),
                  [](const SchemaObject *a, const SchemaObject *b) { return a->sequence < b->sequence; });
        for (const SchemaObject *trigger : std::as_const(triggers))
            m_schema.triggers[trigger->table.toLower()].append(trigger->sql);
        return {};
    }

    QList<CatalogTable> takeCatalog() { return std::move(m_final); }

private:
    static constexpr qsizetype BatchSize = 32;

    // The objects a segment's statements can reach (lower-case names), and what it takes with it.
    SegmentJob prepare(const QList<int> &segment) const
    {
        SegmentJob job;
        job.nodes = segment;
        QSet<QString> pending;
        static const QRegularExpression rename(u"\\bRENAME\\b"_s, QRegularExpression::CaseInsensitiveOption);
        for (const int index : segment) {
            const Migration &migration = m_graph.nodes().at(index).migration;
            if (migration.up.isCallable()) {
                // C++ code may touch anything.
                job.callable = true;
                break;
            }
            pending.unite(namesIn(migration.up.sql, NamesFor::Seeding));
            job.renames = job.renames || migration.up.sql.contains(rename);
        }
        if (job.callable) {
            for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
                job.seeds.insert(it.key());
        } else {
            QList<QString> queue(pending.cbegin(), pending.cend());
            while (!queue.isEmpty()) {
                const QString name = queue.takeLast();
                job.looked.insert(name);
                const auto found = m_objects.constFind(name);
                if (found == m_objects.cend() || job.seeds.contains(name))
                    continue;
                job.seeds.insert(name);
                // An index or trigger brings its table; a table brings its indexes and triggers; a
                // table or view brings the triggers and views that name it, and a trigger or view
                // brings what its body names; with a rename, a table brings the tables whose foreign
                // keys point at it (SQLite rewrites them).
                if (found->type != u"table" && found->type != u"view")
                    queue.append(found->table.toLower());
                if (found->type == u"table" || found->type == u"view") {
                    // SQLite rewrites, and on a rename checks, every trigger and view that names a
                    // table, whichever table the trigger is on.
                    for (const QString &naming : m_mentionedBy.value(name))
                        queue.append(naming);
                }
                if (found->type == u"table") {
                    for (const QString &dependent : m_belongingTo.value(name))
                        queue.append(dependent);
                    if (job.renames) {
                        for (const QString &child : m_referencedBy.value(name))
                            queue.append(child);
                    }
                }
                if (found->type == u"trigger" || found->type == u"view") {
                    for (const QString &mentioned : mentionedIdentifiers(found->sql, DialectKind::SQLite))
                        queue.append(mentioned);
                }
            }
        }
        job.seeded.reserve(job.seeds.size());
        for (const QString &name : std::as_const(job.seeds)) {
            const SchemaObject &object = m_objects[name];
            job.seeded.append(object);
            if (object.type == u"table") {
                if (const auto owner = m_schema.owners.constFind(object.name); owner != m_schema.owners.cend())
                    job.owners.insert(owner.key(), owner.value());
            }
        }
        std::sort(job.seeded.begin(), job.seeded.end(), [](const SchemaObject &a, const SchemaObject &b) {
            const int ra = creationRank(a.type), rb = creationRank(b.type);
            return ra != rb ? ra < rb : a.sequence < b.sequence;
        });
        return job;
    }

    // Replays the segment on a database of its own; touches nothing but `job`.
    void execute(SegmentJob &job) const
    {
        job.schema = MigratedSchema{};
        job.schema.dialect = DialectKind::SQLite;
        job.schema.owners = job.owners;
        job.error.reset();
        job.rows.clear();
        job.seedRows.clear();
        job.changed.clear();
        if (Result<> done = replaySegment(job); !done)
            job.error = done.error();
    }

    Result<> replaySegment(SegmentJob &job) const
    {
        // A database of SQLite's C API for the segment: opening one is a few microseconds, where
        // a Qt connection (addDatabase, open, removeDatabase) was several percent of the replay,
        // and held Qt's global connection mutex. C++ migrations get a Qt connection, since their
        // code works through one.
        std::optional<Connection> connection;
        ScratchHandle own;
        sqlite3 *handle = nullptr;
        if (job.callable) {
            DatabaseUrl memory;
            memory.dialect = DialectKind::SQLite;
            memory.memory = true;
            connection.emplace(memory);
            if (!connection->isOpen())
                return failure(connection->errorText());
            handle = sqliteHandle(connection->database());
        } else {
            if (Result<> opened = own.open(); !opened)
                return opened;
            handle = own.handle;
        }
        const auto exec = [&](const QString &sql) {
            return handle ? execC(handle, sql.toUtf8()) : connection->exec(sql);
        };
        // The data is not the point: foreign keys off spares seeding the parents of every table.
        (void)exec(u"PRAGMA foreign_keys = OFF"_s);

        if (handle) {
            QByteArray script;
            for (const SchemaObject &object : std::as_const(job.seeded))
                script += object.sql.toUtf8() + ";\n";
            if (Result<> created = execC(handle, script); !created)
                return failure(Text::tr("cannot seed the replay: %1").arg(created.error().message));
        } else {
            for (const SchemaObject &object : std::as_const(job.seeded)) {
                if (Result<> created = connection->exec(object.sql); !created)
                    return failure(Text::tr("cannot seed %1 %2 for the replay: %3").arg(object.type, object.name,
                                                                                   created.error().message));
            }
        }

        // Which row of sqlite_master holds which seed: a table renamed by the segment keeps its row,
        // and so its place in the creation order, as it would on one database. The marker table
        // after the seeds keeps SQLite from giving a dropped seed's row to a new object (without
        // seeds, the usual case, there is no such row: neither query nor marker).
        Connection *qt = connection ? &*connection : nullptr;
        if (!job.seeded.isEmpty()) {
            Result<QList<QStringList>> rows = selectRows(qt, handle, u"SELECT rowid, name FROM sqlite_master"_s);
            if (!rows)
                return rows.error();
            for (const QStringList &row : std::as_const(*rows))
                job.seedRows.insert(row.at(0).toLongLong(), row.at(1).toLower());
            if (Result<> marked = exec(u"CREATE TABLE "_s + SeedEnd + u" (x)"_s); !marked)
                return marked;
        }

        const auto runC = [handle](const QString &sql) { return execC(handle, sql.toUtf8()); };
        std::optional<MigrationReplay> replay;
        if (connection)
            replay.emplace(*connection, m_graph, job.schema);
        else
            replay.emplace(m_graph, job.schema, runC);
        if (connection && handle)
            replay->setStatementRunner(runC);
        if (Result<> done = replay->run(job.nodes); !done)
            return done;

        Result<QList<QStringList>> rows = selectRows(
            qt, handle,
            u"SELECT rowid, type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            u"AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '"_s + SeedEnd + u"' ORDER BY rowid"_s);
        if (!rows)
            return rows.error();
        job.rows = std::move(*rows);

        // Read back only the tables the segment changed: new ones, and those whose CREATE text or
        // whose indexes differ from what the segment was given. The others keep their catalog.
        QHash<QString, const SchemaObject *> given;
        QHash<QString, QStringList> indexesBefore, indexesAfter;
        for (const SchemaObject &object : std::as_const(job.seeded)) {
            given.insert(object.name.toLower(), &object);
            if (object.type == u"index")
                indexesBefore[object.table.toLower()].append(object.name + u'\n' + object.sql);
        }
        for (const QStringList &row : std::as_const(job.rows)) {
            if (row.at(1) == u"index")
                indexesAfter[row.at(3).toLower()].append(row.at(2) + u'\n' + row.at(4));
        }
        QStringList changed;
        for (const QStringList &row : std::as_const(job.rows)) {
            if (row.at(1) != u"table")
                continue;
            const QString key = row.at(2).toLower();
            const SchemaObject *was = given.value(key);
            QStringList before = indexesBefore.value(key), after = indexesAfter.value(key);
            std::sort(before.begin(), before.end());
            std::sort(after.begin(), after.end());
            if (!was || was->sql != row.at(4) || before != after)
                changed.append(row.at(2));
        }
        if (changed.isEmpty())
            return {};
        Result<QList<CatalogTable>> read = handle ? readSqliteCatalog(handle, changed)
                                                  : readCatalog(connection->database(), DialectKind::SQLite, changed);
        if (!read)
            return read.error();
        job.changed = std::move(*read);
        return {};
    }

    // What the segment left replaces what it was given. `written` gets the names whose seeding
    // changed (for the segments after it in the batch), `referencesWritten` those whose foreign
    // key children changed (which only a renaming segment seeds).
    Result<> merge(const SegmentJob &job, QSet<QString> &written, QSet<QString> &referencesWritten)
    {
        if (job.error)
            return *job.error;
        QHash<QString, SchemaObject> given;
        for (const QString &name : job.seeds)
            given.insert(name, m_objects.take(name));
        QSet<QString> present;
        for (const QStringList &row : std::as_const(job.rows)) {
            SchemaObject object{row.at(1), row.at(2), row.at(3), row.at(4), 0};
            const QString key = object.name.toLower();
            present.insert(key);
            const auto was = given.constFind(key);
            const auto seed = given.constFind(job.seedRows.value(row.at(0).toLongLong()));
            object.sequence = seed != given.cend() ? seed->sequence : ++m_sequence;
            const bool same = was != given.cend() && was->type == object.type && was->sql == object.sql
                && was->table.compare(object.table, Qt::CaseInsensitive) == 0;
            if (!same) {
                written.insert(key);
                written.insert(object.table.toLower());
            }
            if (object.type != u"table" && object.type != u"view")
                m_belongingTo[object.table.toLower()].insert(key);
            if ((object.type == u"trigger" || object.type == u"view") && !same) {
                for (const QString &mentioned : mentionedIdentifiers(object.sql, DialectKind::SQLite)) {
                    m_mentionedBy[mentioned].insert(key);
                    written.insert(mentioned);
                }
            }
            // The tables this one points at with a foreign key (kept when a key goes: a superset,
            // which only seeds a table more when one is renamed).
            if (object.type == u"table" && !same) {
                for (const QString &target : namesIn(object.sql, NamesFor::ForeignKeyTargets)) {
                    m_referencedBy[target].insert(key);
                    referencesWritten.insert(target);
                }
            }
            m_objects.insert(key, object);
        }
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            if (present.contains(it.key()))
                continue;
            written.insert(it.key());
            written.insert(it->table.toLower());
            if (it->type == u"table")
                m_catalog.remove(it.key());
        }
        for (const CatalogTable &table : job.changed)
            m_catalog.insert(table.name.toLower(), table);

        // Owners: the seeded tables' as the segment left them, and those it created.
        for (auto it = job.owners.cbegin(); it != job.owners.cend(); ++it)
            m_schema.owners.remove(it.key());
        for (auto it = job.schema.owners.cbegin(); it != job.schema.owners.cend(); ++it) {
            m_schema.owners.insert(it.key(), it.value());
            if (job.owners.value(it.key()) != it.value())
                written.insert(it.key().toLower());
        }
        for (auto it = job.owners.cbegin(); it != job.owners.cend(); ++it) {
            if (!job.schema.owners.contains(it.key()))
                written.insert(it.key().toLower());
        }
        if (job.schema.failure)
            m_schema.failure = job.schema.failure;
        m_schema.notReplayed.unite(job.schema.notReplayed);
        m_schema.migrationsReplayed += job.schema.migrationsReplayed;
        return {};
    }

    const MigrationGraph &m_graph;
    MigratedSchema &m_schema;
    QHash<QString, SchemaObject> m_objects;       // by lower-case name
    QHash<QString, QSet<QString>> m_belongingTo;  // table -> its indexes and triggers
    QHash<QString, QSet<QString>> m_referencedBy; // table -> tables with a foreign key to it
    QHash<QString, QSet<QString>> m_mentionedBy;  // name -> triggers and views whose text names it
    QHash<QString, CatalogTable> m_catalog;       // tables, by lower-case name
    qint64 m_sequence = 0;
    QList<CatalogTable> m_final;
};

} // namespace

Result<QList<CatalogTable>> replaySqliteInSegments(const MigrationGraph &graph, const QList<int> &order,
                                                   MigratedSchema &schema)
{
    SegmentedReplay replay(graph, schema);
    if (Result<> done = replay.run(order); !done)
        return done.error();
    return replay.takeCatalog();
}

Result<QList<CatalogTable>> replaySqliteOnOneDatabase(const MigrationGraph &graph, const QList<int> &order,
                                                      MigratedSchema &schema)
{
    DatabaseUrl memory;
    memory.dialect = DialectKind::SQLite;
    memory.memory = true;
    Connection connection(memory);
    if (!connection.isOpen())
        return failure(connection.errorText());
    (void)connection.exec(u"PRAGMA foreign_keys = OFF"_s);
    MigrationReplay replay(connection, graph, schema);
    if (sqlite3 *handle = sqliteHandle(connection.database()))
        replay.setStatementRunner([handle](const QString &sql) { return execC(handle, sql.toUtf8()); });
    if (Result<> done = replay.run(order); !done)
        return done.error();
    Result<QList<QStringList>> triggers = selectRows(
        &connection, nullptr, u"SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"_s);
    if (!triggers)
        return triggers.error();
    for (const QStringList &row : std::as_const(*triggers))
        schema.triggers[row.at(0).toLower()].append(row.at(1));
    return readCatalog(connection.database(), DialectKind::SQLite);
}

} // namespace Strata
