// definePackage, in a file of its own: it runs the package rules, and a package plugin, which links
// the builders of Registration.cpp into its library, should not carry the validation code too.
#include <strata/registration/Registration.h>

#include <strata/model/ProjectConfig.h>

namespace Strata {

PackageDefinition definePackage(const PackageRegistration &registration, const ProjectConfig *project)
{
    PackageDefinition package;
    package.name = registration.packageName;
    package.version = registration.version;
    package.tables = registration.schema.tables;
    package.migrations = registration.migrations;
    for (const QString &dependency : registration.dependencies)
        package.dependencies.append(Dependency{dependency, registration.dependencyRanges.value(dependency), {}});
    for (auto it = registration.dependencyRanges.cbegin(); it != registration.dependencyRanges.cend(); ++it) {
        if (!registration.dependencies.contains(it.key()))
            package.dependencies.append(Dependency{it.key(), it.value(), {}});
    }
    for (Migration &migration : package.migrations) {
        if (migration.version.isEmpty())
            migration.version = package.version;
    }
    package.diagnostics = validatePackage(package, project);
    for (Diagnostic &d : package.diagnostics) {
        if (d.package.isEmpty())
            d.package = package.name;
    }
    return package;
}

} // namespace Strata
