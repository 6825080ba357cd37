#pragma once

#include <QString>

namespace Strata {

class Registry;

// Reads strata.json, discovers and loads every package (the plugin packages too), and hands them to the registry in one step.
// A broken package never stops the others: it is registered with its errors. Returns the number of
// packages registered. The package rules run when the registry's rules do (Registry::ruleChecks).
// (ProjectReloader does the same off the calling thread, and then follows the disk.)
int discoverAndRegister(const QString &root, Registry &registry);

} // namespace Strata
