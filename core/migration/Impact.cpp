#include <strata/migration/Impact.h>

#include <strata/migration/Connection.h>

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

// The catalog's spelling of `name`: SQLite matches names regardless of case, and so does
// PostgreSQL for the unquoted names migrations usually write.
QString catalogName(const QStringList &tables, const QString &name)
{
    if (tables.contains(name))
        return name;
    for (const QString &table : tables) {
        if (table.compare(name, Qt::CaseInsensitive) == 0)
            return table;
    }
    return {};
}

} // namespace

void estimateImpact(Connection &connection, Plan &plan)
{
    const QStringList tables = connection.database().tables();
    for (PlannedMigration &migration : plan.migrations) {
        for (PlannedStatement &statement : migration.statements) {
            if (!statement.destructive)
                continue;
            DestructiveChange &change = *statement.destructive;
            const QString table = catalogName(tables, change.table);
            if (table.isEmpty())
                continue;
            switch (change.kind) {
            case DestructiveChange::Kind::DropTable:
            case DestructiveChange::Kind::Truncate:
                change.affected = countOf(connection, QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
                break;
            case DestructiveChange::Kind::DropColumn:
            case DestructiveChange::Kind::NarrowingTypeChange:
                change.affected = countOf(connection, QStringLiteral("SELECT COUNT(%1) FROM %2")
                                                          .arg(quoted(change.column), quoted(table)));
                break;
            case DestructiveChange::Kind::DropIndex:
            case DestructiveChange::Kind::Other:
                break;
            }
        }
    }
}

} // namespace Strata
