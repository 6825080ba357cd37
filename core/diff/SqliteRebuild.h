#pragma once

#include <strata/model/Schema.h>
#include <strata/sql/DdlRenderer.h>

#include <QString>
#include <QStringList>

namespace Strata {

// SQLite's rebuild of one table, for what its ALTER TABLE cannot do
// (https://www.sqlite.org/lang_altertable.html#otheralter). The migration runs with foreign keys
// off around its transaction ("-- strata:foreign-keys off"; the runner checks them before it
// commits): the new shape under a new name, every row of the columns both shapes have copied, the
// old table dropped (with foreign keys off, no cascade into child rows), the new one renamed (with
// legacy_alter_table on, so that the triggers and views of other tables that name it are neither
// checked nor rewritten), then the table's indexes and triggers made again (DROP TABLE took them).
//
// `triggers`: the CREATE TRIGGER statements on the table, as the migrated schema holds them
// (MigratedSchema::triggers), with the renames made before the rebuild already applied
// (renamedInSql). Recreated in that order, after the rename, so that their text names the table
// under its final name.
QStringList sqliteRebuild(const Table &from, const Table &to, const DdlRenderer &renderer, const Dialect &dialect,
                          const QStringList &triggers);

// `sql` with every identifier that names `from` (case-insensitively, quoted or not) written as
// `to`; strings and comments untouched. What SQLite's RENAME TABLE and RENAME COLUMN do to the
// triggers that name them, for trigger texts kept from before such a rename. A column renamed is
// renamed wherever its name stands: a trigger that names another table's column of the same name
// would follow it too (SQLite resolves the name; a text does not).
QString renamedInSql(const QString &sql, const QString &from, const QString &to, const Dialect &dialect);

} // namespace Strata
