#pragma once

#include <strata/common/Result.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Strata {

class Connection;

// The rows a fixture loaded, found by primary key, so that later migrations can be held to keeping
// them: the keys of every table are read before and after the fixture loads, the new ones are its rows.
struct FixtureRow
{
    QString fixture; // the fixture's file
    QString table;
    QStringList keyColumns;
    QVariantList key;

    QString describe() const; // "(id=1, code=a)"
};

// Every key of every table with a primary key (Strata's history table left out), by table.
struct TableKeys
{
    QHash<QString, QStringList> keyColumns;
    QHash<QString, QHash<QString, QVariantList>> keys; // table -> encoded key -> the key's values
};

Result<TableKeys> readTableKeys(Connection &connection);
// The rows whose keys `after` has and `before` does not, attributed to `fixture`.
QList<FixtureRow> rowsAdded(const TableKeys &before, const TableKeys &after, const QString &fixture);
// Whether the row is still there (false, too, when its table is gone).
bool rowExists(Connection &connection, const FixtureRow &row);

} // namespace Strata
