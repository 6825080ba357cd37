#pragma once

namespace Strata {

// Whether a load runs the package and project rules. A command that reports no findings (diff, list,
// graph) skips them: on a large project they are a third of the load. What the loader itself finds
// (a database.json that does not parse, a migration that cannot be read) is kept either way, so a
// broken package is still reported as one.
enum class RuleChecks { Run, Skip };

} // namespace Strata
