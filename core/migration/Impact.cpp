#include "Impact.h"

#include "migration/Connection.h"

#include <QSqlQuery>
#include <QVariant>

namespace Strata {

namespace {

qint64 countOf(Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

void estimateImpact(Connection &connection, Plan &plan)
{
    const QStringList tables = connection.database().tables();
    for (PlannedMigration &migration : plan.migrations) {
        for (PlannedStatement &statement : migration.statements) {
            if (!statement.destructive || !tables.contains(statement.destructive->table))
                continue;
            DestructiveChange &change = *statement.destructive;
            switch (change.kind) {
            case DestructiveChange::Kind::DropTable:
            case DestructiveChange::Kind::Truncate:
                change.affected = countOf(connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(change.table)));
                break;
            case DestructiveChange::Kind::DropColumn:
            case DestructiveChange::Kind::NarrowingTypeChange:
                change.affected = countOf(connection, QStringLiteral("SELECT COUNT(%1) FROM %2")
                                                          .arg(quoted(change.column), quoted(change.table)));
                break;
            case DestructiveChange::Kind::DropIndex:
            case DestructiveChange::Kind::Other:
                break;
            }
        }
    }
}

} // namespace Strata
