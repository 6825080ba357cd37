#pragma once

#include <strata/common/Result.h>
#include <strata/sql/Dialect.h>

#include <QSqlDatabase>
#include <QString>

namespace Strata {

// What a C++ migration (a callable up or down step) receives: the open connection inside the
// migration's transaction, and the dialect so that it can write portable code.
class MigrationContext
{
public:
    virtual ~MigrationContext() = default;
    virtual DialectKind dialect() const = 0;
    virtual QSqlDatabase database() const = 0;
    // Runs one statement; a failure carries the database's message (return it to fail the migration).
    virtual Result<> exec(const QString &sql) = 0;
};

} // namespace Strata
