#include <strata/migration/History.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Strata {

namespace {

ResultError errorOf(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return failure(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

} // namespace

bool History::tableExists()
{
    return m_connection.database().tables().contains(QString::fromLatin1(TableName));
}

Result<> History::ensureTable()
{
    if (tableExists())
        return {};
    const bool postgres = m_connection.dialect() == DialectKind::PostgreSQL;
    const QString sql = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS strata_migrations (\n"
        "    package TEXT NOT NULL,\n"
        "    migration_id TEXT NOT NULL,\n"
        "    checksum TEXT NOT NULL,\n"
        "    package_version TEXT NOT NULL DEFAULT '',\n"
        "    applied_at %1 NOT NULL,\n"
        "    execution_ms %2 NOT NULL,\n"
        "    ordinal %2 NOT NULL,\n"
        "    PRIMARY KEY (package, migration_id)\n"
        ")")
                            .arg(postgres ? QStringLiteral("TIMESTAMPTZ") : QStringLiteral("TEXT"),
                                 postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"));
    return m_connection.exec(sql);
}

Result<QList<AppliedMigration>> History::readAll()
{
    QList<AppliedMigration> rows;
    if (!tableExists())
        return rows;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT package, migration_id, checksum, package_version, applied_at, "
                                   "execution_ms, ordinal FROM strata_migrations ORDER BY ordinal")))
        return errorOf(query);
    while (query.next()) {
        AppliedMigration row;
        row.package = query.value(0).toString();
        row.id = query.value(1).toString();
        row.checksum = query.value(2).toString();
        row.packageVersion = query.value(3).toString();
        row.appliedAt = query.value(4).toDateTime();
        if (!row.appliedAt.isValid())
            row.appliedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        row.appliedAt = row.appliedAt.toUTC();
        row.executionMs = query.value(5).toLongLong();
        row.ordinal = query.value(6).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<bool> History::isApplied(const QString &package, const QString &id)
{
    if (!tableExists())
        return false;
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM strata_migrations WHERE package = ? AND migration_id = ?"));
    query.addBindValue(package);
    query.addBindValue(id);
    if (!query.exec())
        return errorOf(query);
    return query.next();
}

Result<> History::record(const AppliedMigration &row)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO strata_migrations (package, migration_id, checksum, package_version, applied_at, "
        "execution_ms, ordinal) VALUES (?, ?, ?, ?, ?, ?, "
        "(SELECT COALESCE(MAX(ordinal), 0) + 1 FROM strata_migrations))"));
    query.addBindValue(row.package);
    query.addBindValue(row.id);
    query.addBindValue(row.checksum);
    query.addBindValue(row.packageVersion);
    query.addBindValue(row.appliedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(row.executionMs);
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<> History::remove(const QString &package, const QString &id)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM strata_migrations WHERE package = ? AND migration_id = ?"));
    query.addBindValue(package);
    query.addBindValue(id);
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<> History::updateChecksum(const QString &package, const QString &id, const QString &checksum)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE strata_migrations SET checksum = ? WHERE package = ? AND migration_id = ?"));
    query.addBindValue(checksum);
    query.addBindValue(package);
    query.addBindValue(id);
    if (!query.exec())
        return errorOf(query);
    return {};
}

} // namespace Strata
