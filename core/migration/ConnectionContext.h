#pragma once

#include <strata/migration/Connection.h>
#include <strata/migration/MigrationContext.h>

namespace Strata {

// The context a C++ migration gets when it runs on an open Connection: the runner's, and the
// replay that works out the schema migrations produce (diff/).
class ConnectionContext : public MigrationContext
{
public:
    explicit ConnectionContext(Connection &connection) : m_connection(connection) {}
    DialectKind dialect() const override { return m_connection.dialect(); }
    QSqlDatabase database() const override { return m_connection.database(); }
    Result<> exec(const QString &sql) override { return m_connection.exec(sql); }

private:
    Connection &m_connection;
};

} // namespace Strata
