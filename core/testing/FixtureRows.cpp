#include <strata/testing/FixtureRows.h>

#include <strata/migration/Connection.h>
#include <strata/migration/History.h>
#include <strata/sql/CatalogReader.h>

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

// Both dialects quote identifiers the standard way.
QString quoted(const QString &identifier)
{
    QString text = identifier;
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
}

QString encoded(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &value : key)
        parts.append(value.isNull() ? u"\x01"_s : value.toString());
    return parts.join(u'\x1f');
}

} // namespace

QString FixtureRow::describe() const
{
    QStringList parts;
    for (qsizetype i = 0; i < keyColumns.size(); ++i)
        parts.append(keyColumns.at(i) + u'=' + key.value(i).toString());
    return u'(' + parts.join(u", "_s) + u')';
}

Result<TableKeys> readTableKeys(Connection &connection)
{
    Result<QList<CatalogTable>> catalog = readCatalog(connection.database(), connection.dialect());
    if (!catalog)
        return catalog.error();
    TableKeys keys;
    for (const CatalogTable &table : *catalog) {
        if (table.primaryKey.isEmpty() || table.name == QLatin1String(History::TableName))
            continue;
        QStringList columns;
        for (const QString &column : table.primaryKey)
            columns.append(quoted(column));
        QSqlQuery query(connection.database());
        if (!query.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + quoted(table.name)))
            return failure(query.lastError().text());
        keys.keyColumns.insert(table.name, table.primaryKey);
        QHash<QString, QVariantList> &rows = keys.keys[table.name];
        while (query.next()) {
            QVariantList key;
            for (int i = 0; i < table.primaryKey.size(); ++i)
                key.append(query.value(i));
            rows.insert(encoded(key), key);
        }
    }
    return keys;
}

QList<FixtureRow> rowsAdded(const TableKeys &before, const TableKeys &after, const QString &fixture)
{
    QList<FixtureRow> rows;
    for (auto table = after.keys.cbegin(); table != after.keys.cend(); ++table) {
        const QHash<QString, QVariantList> known = before.keys.value(table.key());
        for (auto row = table->cbegin(); row != table->cend(); ++row) {
            if (!known.contains(row.key()))
                rows.append({fixture, table.key(), after.keyColumns.value(table.key()), row.value()});
        }
    }
    // The hashes' order is not the rows': report them by table, then key, the same on every run.
    std::sort(rows.begin(), rows.end(), [](const FixtureRow &a, const FixtureRow &b) {
        return a.table != b.table ? a.table < b.table : encoded(a.key) < encoded(b.key);
    });
    return rows;
}

bool rowExists(Connection &connection, const FixtureRow &row)
{
    QStringList conditions;
    for (const QString &column : row.keyColumns)
        conditions.append(quoted(column) + u" = ?"_s);
    QSqlQuery query(connection.database());
    if (!query.prepare(u"SELECT 1 FROM "_s + quoted(row.table) + u" WHERE "_s + conditions.join(u" AND "_s)))
        return false;
    for (const QVariant &value : row.key)
        query.addBindValue(value);
    return query.exec() && query.next();
}

} // namespace Strata
