#pragma once

#include <strata/common/Result.h>
#include <strata/model/DialectKind.h>
#include <strata/sql/StatementSplitter.h>

#include <QList>
#include <QString>

namespace Strata {

struct PackageDefinition;

// A fixture: `tests/NAME.sql` in a package's folder, rows that `strata test` loads while it migrates
// the package and that must survive every later migration and its round trip (docs/testing.md).
// A line `-- strata:after MIGRATION_ID` says after which of the package's migrations it loads;
// without one, after the last.
struct Fixture
{
    QString file;           // absolute
    QString after;          // the migration id; empty: after the package's last migration
    SourceLocation afterAt; // where the `-- strata:after` line is
    QList<SqlStatement> statements; // lines are the file's
};

// The package's fixtures, by file name; an error names the file and line of a fixture that cannot be
// read or whose `-- strata:after` names no migration of the package.
Result<QList<Fixture>> readFixtures(const PackageDefinition &package, DialectKind dialect);

} // namespace Strata
