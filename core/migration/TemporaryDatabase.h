#pragma once

#include <strata/common/Result.h>
#include <strata/migration/DatabaseUrl.h>

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Strata {

// A database made for one job and gone afterwards: on PostgreSQL a database created on the server
// of the given URL and dropped when this object goes (also after a failure); on SQLite a file in a
// temporary folder of its own. What `strata diff --dev-database` replays on and `strata test`
// tests each package in.
class TemporaryDatabase
{
public:
    // `server`: where to create it (PostgreSQL: the server, its database is only where the admin
    // connection goes; SQLite: the dialect only, the file is always a new one).
    explicit TemporaryDatabase(const DatabaseUrl &server);
    ~TemporaryDatabase();
    TemporaryDatabase(const TemporaryDatabase &) = delete;
    TemporaryDatabase &operator=(const TemporaryDatabase &) = delete;

    // Creates the database; its URL, or why it cannot be had (translated).
    Result<DatabaseUrl> create();

private:
    DatabaseUrl m_server;
    QString m_name;
    bool m_created = false;
    std::unique_ptr<QTemporaryDir> m_folder; // SQLite
};

} // namespace Strata
