#pragma once

#include <strata/common/Result.h>
#include <strata/migration/Connection.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Strata {

// One row of strata_migrations: a migration that ran, by package and id.
struct AppliedMigration
{
    QString package;
    QString id;
    QString checksum;       // SHA-256 (hex) of the up section when it ran
    QString packageVersion; // the package's version when it ran
    QDateTime appliedAt;    // UTC
    qint64 executionMs = 0;
    qint64 ordinal = 0;     // application order, for rollback
};

// The history table, created on first use. Every call runs on the caller's connection (and so in
// the caller's transaction, which is how a migration and its history row commit together).
class History
{
public:
    static constexpr const char *TableName = "strata_migrations";

    explicit History(Connection &connection) : m_connection(connection) {}

    // Failures carry the database's message.
    Result<> ensureTable();
    bool tableExists();
    // Every row, in application order. An absent table reads as no rows.
    Result<QList<AppliedMigration>> readAll();
    // Whether package:id has a row (re-read inside a migration's transaction).
    Result<bool> isApplied(const QString &package, const QString &id);
    Result<> record(const AppliedMigration &row); // ordinal: the next one
    Result<> remove(const QString &package, const QString &id);
    Result<> updateChecksum(const QString &package, const QString &id, const QString &checksum);

private:
    Connection &m_connection;
};

} // namespace Strata
