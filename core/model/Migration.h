#pragma once

#include "common/SourceLocation.h"

#include <QList>
#include <QString>

#include <functional>

namespace Strata {

class MigrationContext; // migration/MigrationContext.h: the database a callable migration runs against

// One direction of a migration: SQL text, or a C++ callable that receives a migration context.
struct MigrationStep
{
    MigrationStep() = default;
    MigrationStep(const QString &sqlText) : sql(sqlText) {}           // NOLINT: implicit by design
    MigrationStep(const char *sqlText) : sql(QString::fromUtf8(sqlText)) {} // NOLINT
    MigrationStep(std::function<bool(MigrationContext &)> fn) : callable(std::move(fn)) {} // NOLINT

    QString sql;
    std::function<bool(MigrationContext &)> callable;
    int firstLine = 1; // the line in the migration file where `sql` starts (for statement line numbers)

    bool isSet() const { return !sql.trimmed().isEmpty() || bool(callable); }
    bool isCallable() const { return bool(callable); }
};

struct MigrationRequirement
{
    QString package;
    QString migrationId;
    SourceLocation location;
};

struct Migration
{
    QString id;      // the file name without ".sql"; starts with a number
    QString version; // the package version that introduced it (optional)
    MigrationStep up;
    MigrationStep down;
    QList<MigrationRequirement> requirements; // "-- strata:requires <package>:<id>"
    bool noTransaction = false;

    QString file; // absolute path of the .sql file; empty for C++ migrations
    SourceLocation location; // the file (line 1) or the registration site
    SourceLocation upLocation;   // the "-- strata:up" marker
    SourceLocation downLocation; // the "-- strata:down" marker
    // SHA-256 (hex) of the up section, worked out where the file is read (on the loader's threads),
    // so that the registry and the status do not hash every migration again on each change. Empty
    // for migrations built otherwise (C++ registrations, tests): MigrationGraph computes it then.
    QString checksum;

    // The leading number of the id, which orders migrations within a package ("0003_add" -> 3).
    qint64 sequence() const;
    bool hasDown() const { return down.isSet(); }
    // The checksum the history records: of the up section, line endings normalised (a checkout with
    // CRLF must not look modified); callables by id.
    QString computeChecksum() const;
};

} // namespace Strata
