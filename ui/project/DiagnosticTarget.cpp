#include "project/DiagnosticTarget.h"

#include <strata/common/Diagnostic.h>
#include <strata/registry/Registry.h>

namespace Strata::Ui {

SelectionTarget selectionTargetOf(const Registry &registry, const Diagnostic &diagnostic)
{
    if (diagnostic.package.isEmpty())
        return {};
    const PackageDefinition *package = registry.package(diagnostic.package);
    if (!package)
        return {};
    const SourceLocation &at = diagnostic.location;
    if (at.isValid() && at.offset >= 0) {
        for (const Table &table : package->tables) {
            const SourceLocation &span = table.location;
            // Offsets say exactly where the object begins and ends; lines alone would not.
            if (span.file == at.file && span.offset >= 0 && at.offset >= span.offset
                && at.offset < span.offset + qMax<qsizetype>(span.length, 1))
                return SelectionTarget::ofTable(package->name, table.name);
        }
    }
    return SelectionTarget::ofPackage(package->name);
}

} // namespace Strata::Ui
