#pragma once

#include <strata/common/Result.h>
#include <strata/common/SourceLocation.h>

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Strata {

class MigrationContext; // migration/MigrationContext.h: the database a callable migration runs against

// The C++ code of a migration step. It returns success, or a failure that stops the run and undoes
// the migration (MigrationContext::exec's own result carries the database's message: `return
// context.exec(...)` passes it on). Code cannot be compared, so equality is identity: the copies
// of one migration (in the registry, the migration graph, a plan) share the one function object
// and are equal; a function registered again is another object, so its migration counts as changed.
class MigrationCallable
{
public:
    using Function = std::function<Result<>(MigrationContext &)>;

    MigrationCallable() = default;
    explicit MigrationCallable(Function function)
        : m_function(function ? std::make_shared<const Function>(std::move(function)) : nullptr)
    {
    }

    explicit operator bool() const { return m_function != nullptr; }
    Result<> operator()(MigrationContext &context) const { return (*m_function)(context); }
    bool operator==(const MigrationCallable &) const = default; // the same function object, or both unset

private:
    std::shared_ptr<const Function> m_function;
};

// One direction of a migration: SQL text, or a C++ callable that receives a migration context.
struct MigrationStep
{
    MigrationStep() = default;
    MigrationStep(const QString &sqlText) : sql(sqlText) {}           // NOLINT: implicit by design
    MigrationStep(const char *sqlText) : sql(QString::fromUtf8(sqlText)) {} // NOLINT
    MigrationStep(MigrationCallable::Function fn) : callable(std::move(fn)) {} // NOLINT

    QString sql;
    MigrationCallable callable;
    int firstLine = 1; // the line in the migration file where `sql` starts (for statement line numbers)

    bool isSet() const { return !sql.trimmed().isEmpty() || bool(callable); }
    bool isCallable() const { return bool(callable); }
    bool operator==(const MigrationStep &) const = default;
};

struct MigrationRequirement
{
    QString package;
    QString migrationId;
    SourceLocation location;

    bool operator==(const MigrationRequirement &) const = default;
};

struct Migration
{
    QString id;      // the file name without ".sql"; starts with a number
    QString version; // the package version that introduced it (optional)
    MigrationStep up;
    MigrationStep down;
    QList<MigrationRequirement> requirements; // "-- strata:requires <package>:<id>"
    bool noTransaction = false;
    // "-- strata:foreign-keys off": on SQLite the runner turns foreign keys off around the migration's
    // transaction and checks them before it commits, so that a table rebuild (create, copy, drop,
    // rename) neither cascades into child rows nor leaves a reference dangling. PostgreSQL ignores it.
    bool foreignKeysOff = false;

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

    // Every field (C++ callables by identity): equal migrations give the same migration graph.
    bool operator==(const Migration &) const = default;
};

} // namespace Strata
