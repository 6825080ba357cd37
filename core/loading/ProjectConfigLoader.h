#pragma once

#include <strata/model/ProjectConfig.h>

#include <QString>

namespace Strata {

// Reads root/strata.json when present. Never fails: problems become the config's diagnostics and
// defaults stay.
ProjectConfig loadProjectConfig(const QString &root);

} // namespace Strata
