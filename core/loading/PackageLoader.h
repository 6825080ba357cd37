#pragma once

#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>

#include <QString>

namespace Strata {

// Loads one package folder: database.json (with package.json beside it for what it leaves out)
// and its migrations folder. Never fails: what cannot be read becomes diagnostics, and the result
// is marked !loaded when database.json itself is unusable. Thread-safe (no shared state).
class PackageLoader
{
public:
    static PackageDefinition load(const QString &folder, const ProjectConfig &project);

    // Files larger than this are refused with a diagnostic rather than read.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
};

} // namespace Strata
