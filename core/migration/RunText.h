#pragma once

#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>

#include <QString>

namespace Strata {

// Sentences about runs that the CLI and the workbench print alike. Translated.

// "drops table deals (12 rows)": the change, with what the database holds of it when known.
QString describeDestructiveChange(const DestructiveChange &change);

// "crm:002_deals failed at statement 3 (packages/crm/migrations/002_deals.sql:14): no such table: x";
// the file relative to `projectRoot`.
QString describeMigrationFailure(const MigrationFailure &failure, const QString &projectRoot);

// One line of help for a failure that the database's message alone leaves the user stuck with (an
// object the migration creates exists already: the database was made by another tool, or by hand);
// empty for any other failure. Shown below the database's message, which it never replaces.
QString migrationFailureHelp(const MigrationFailure &failure);

} // namespace Strata
