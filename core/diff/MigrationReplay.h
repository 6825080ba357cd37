#pragma once

#include <strata/diff/MigratedSchema.h>

#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace Strata {

class Connection;
class MigrationGraph;
struct MigrationNode;

// Runs migrations' up sections on an open connection, each in a savepoint so that a failing one
// leaves the schema as it was before it (a migration marked no-transaction runs between two
// transactions). Records in `schema` which package created (or last renamed) each table, the first
// failure with its statement's location, and the packages it could not replay after it. The
// caller reads the catalog afterwards.
class MigrationReplay
{
public:
    MigrationReplay(Connection &connection, const MigrationGraph &graph, MigratedSchema &schema);
    // Without a Qt connection: every statement goes to `runner` (the SQLite replay's scratch
    // databases, opened through SQLite's C API). C++ migrations need a connection: the caller
    // replays those through the other constructor.
    MigrationReplay(const MigrationGraph &graph, MigratedSchema &schema, std::function<Result<>(const QString &sql)> runner);

    // Runs one statement of a migration's SQL; the failure is the database's message. Default:
    // through the connection's QSqlQuery. The SQLite replay runs them with the C API instead.
    using StatementRunner = std::function<Result<>(const QString &sql)>;
    void setStatementRunner(StatementRunner runner) { m_runStatement = std::move(runner); }

    // The nodes in this order, in one transaction; after a failure the rest are only recorded as
    // not replayed. Fails only when the connection itself does (BEGIN, COMMIT).
    Result<> run(const QList<int> &order);

private:
    Result<> exec(const QString &sql);
    bool fail(const MigrationNode &node, const QString &message, int line, int column);
    bool replay(const MigrationNode &node);

    Connection *m_connection = nullptr;
    const MigrationGraph &m_graph;
    MigratedSchema &m_schema;
    std::optional<QSqlQuery> m_query;
    StatementRunner m_runStatement;
};

// The identifiers an SQL text mentions (words and quoted names), lower case: which tables a
// statement may touch, without parsing it.
QSet<QString> mentionedIdentifiers(const QString &sql, DialectKind dialect);

} // namespace Strata
