#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/model/Migration.h>
#include <strata/sql/Dialect.h>

#include <QString>
#include <QStringList>

namespace Strata {

// Reads migration files: "-- strata:up" / "-- strata:down" sections (dbmate's "-- migrate:up" and
// "-- migrate:down" too), and the header lines "-- strata:requires <package>:<id>" and
// "-- strata:no-transaction". Thread-safe.
class MigrationFile
{
public:
    struct Parsed
    {
        Migration migration;
        Diagnostics diagnostics; // malformed file, SQL syntax errors with their line in the file
    };

    // `text` is the file's content; `file` its absolute path (the id is its base name).
    static Parsed parse(const QString &text, const QString &file, DialectKind dialect,
                        const QString &package = {});
    static Parsed read(const QString &file, DialectKind dialect, const QString &package = {});

    // Every *.sql file of a migrations folder, sorted by name.
    static QStringList listFolder(const QString &folder);
};

} // namespace Strata
