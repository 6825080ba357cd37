#pragma once

#include "common/Result.h"
#include "sql/Dialect.h"

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
    // Runs one statement; on failure also records the error, which the runner reports with the
    // migration when the callable returns false.
    virtual Result<> exec(const QString &sql) = 0;
    virtual QString lastError() const = 0;
};

} // namespace Strata
