#pragma once

#include <strata/common/Result.h>
#include <strata/migration/DatabaseUrl.h>

#include <QSqlDatabase>
#include <QString>

namespace Strata {

// A QSqlDatabase connection of its own, opened on a DatabaseUrl and closed and removed when the
// object goes. A connection belongs to the thread that made it: make one per thread.
class Connection
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000; // SQLite: how long to wait for another writer's lock
    };

    Connection(const DatabaseUrl &url, const Options &options);
    explicit Connection(const DatabaseUrl &url) : Connection(url, Options{}) {}
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_error; } // translated; never contains the password
    QSqlDatabase &database() { return m_db; }
    const DatabaseUrl &url() const { return m_url; }
    DialectKind dialect() const { return m_url.dialect; }

    // Runs one statement; on failure the error is the database's message.
    Result<> exec(const QString &sql);

private:
    DatabaseUrl m_url;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Strata
