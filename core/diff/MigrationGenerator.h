#pragma once

#include <strata/common/Result.h>
#include <strata/diff/MigratedSchema.h>
#include <strata/model/Package.h>
#include <strata/model/Schema.h>
#include <strata/sql/Dialect.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

class Registry;

// A change generate will not write on its own: a destructive one (unless allowed) or one that would
// fail on a table with rows. Both lines translated.
struct GenerationRefusal
{
    QString table;
    QString object; // the column, when the change is a column's
    QString message; // names the change
    QString help;    // how to proceed
    bool destructive = false; // allowDestructive writes it; otherwise it would fail on rows
};

// The migration that makes what one package's migrations produce equal to its declared tables.
struct GeneratedMigration
{
    QString package;
    QStringList up;   // statements, without trailing semicolons
    QStringList down; // undoes `up`, statement by statement in reverse
    QStringList requirements; // "PACKAGE:ID" of the other packages whose tables its new foreign keys reference
    bool foreignKeysOff = false; // SQLite: a table is rebuilt (create, copy, drop, rename)
    QList<GenerationRefusal> refusals;

    bool isEmpty() const { return up.isEmpty(); }
};

struct GenerationOptions
{
    bool allowDestructive = false;
};

// For `package`: its declared (effective) tables against the tables its own migrations create in
// `migrated` (MigratedSchema::tablesOf), as statements of `migrated.dialect`. Only the package's
// own tables are ever touched. Renames come from "renamedFrom"; on SQLite what ALTER TABLE cannot
// do is a rebuild (https://www.sqlite.org/lang_altertable.html#otheralter) with foreign keys off.
GeneratedMigration generateMigration(const Registry &registry, const MigratedSchema &migrated,
                                     const QString &package, const GenerationOptions &options = {});

// The file text: header with its directives, then the up and down sections.
QString migrationFileText(const GeneratedMigration &migration);

// The id of the migration that follows `existingIds` in their scheme: "0003_name" after
// "0002_x" (same zero padding), a 14-digit UTC timestamp when they use timestamps (later than the
// last one), "0001_name" for the first.
QString nextMigrationId(const QStringList &existingIds, const QString &name);

// Whether `name` may name generated migrations (it ends their file name): lower-case letters,
// digits and underscores, at least one.
bool isValidMigrationName(const QString &name);

// Where the next migration of `package` called `name` goes: its migrations folder, the id
// nextMigrationId gives after its migrations, ".sql". Empty when the package has no folder to
// write into (registered from C++).
QString nextMigrationPath(const PackageDefinition &package, const QString &name);

// Writes `text` to `path` (creating its folder), never over a file that exists. The error is the
// system's message alone, for the caller to word ("cannot write PATH: ...").
Result<> writeMigrationFile(const QString &path, const QString &text);

} // namespace Strata
