#pragma once

#include <strata/migration/Plan.h>

namespace Strata {

class Connection;

// Fills in what each destructive statement of `plan` would destroy, where the database can tell
// now: the rows of a table to be dropped or truncated, the non-null values of a column to be
// dropped or retyped. Tables that the plan itself creates first stay "unknown" (-1).
void estimateImpact(Connection &connection, Plan &plan);

} // namespace Strata
