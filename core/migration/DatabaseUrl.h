#pragma once

#include <strata/common/Result.h>
#include <strata/sql/Dialect.h>

#include <QString>

namespace Strata {

// Where migrations run: `sqlite:PATH` (relative to the project), `sqlite::memory:`, or
// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB` (also `postgres://`). A password is never shown:
// display() masks it, and it may come from the URL, $PGPASSWORD or ~/.pgpass.
struct DatabaseUrl
{
    DialectKind dialect = DialectKind::SQLite;
    // SQLite
    QString path; // absolute; empty with `memory`
    bool memory = false;
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // the query string, kept for display (e.g. sslmode=require)

    // Parses `text`; relative SQLite paths are resolved against `projectRoot`. The error (translated)
    // never repeats a password.
    static Result<DatabaseUrl> parse(const QString &text, const QString &projectRoot);
    // The URL with its password masked ("postgresql://app:***@db:5432/app"); safe to print and log.
    QString display() const;
    // Fills `password` from $PGPASSWORD or ~/.pgpass ($PGPASSFILE) when the URL has none.
    void resolvePassword();

    // One line of a .pgpass file matched against this URL (exposed for tests).
    static QString passwordFromPgpass(const QString &pgpassText, const QString &host, int port,
                                      const QString &database, const QString &user);
};

} // namespace Strata
