#pragma once

#include <strata/common/Diagnostic.h>

#include <QString>

namespace Strata {

struct PackageDefinition;
struct ProjectConfig;

// The rules that need only one package (identifiers, types, defaults, keys, indexes, project rules
// such as the table prefix, migration ids). Pure and thread-safe: loaders run it in parallel.
Diagnostics validatePackage(const PackageDefinition &package, const ProjectConfig *project = nullptr);

// Checks one SQL identifier: valid characters, at most 63 bytes, not a reserved word, snake_case.
// `what` names it in messages ("table", "column", "index").
Diagnostics validateIdentifier(const QString &identifier, const QString &what,
                               const SourceLocation &location, const QString &package = {});

} // namespace Strata
