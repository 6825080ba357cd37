#pragma once

#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>
#include <strata/registration/Registration.h>

#include <QList>
#include <QString>
#include <QStringList>

// The packages an application was built with, so that it needs no package files on disk:
// - packages in C++ register themselves from the translation unit that defines them,
//
//       Strata::PackageRegistration billingPackage() { return {...}; }
//       STRATA_REGISTER_PACKAGE(billingPackage)
//
// - packages in database.json are embedded as Qt resources by the CMake function
//   strata_add_package(TARGET app DIRECTORY packages/billing), which also generates the line that
//   registers their resource folder (registerBuiltInPackageFolder) when the program starts.
//
// Both register from static initialisers. A linker keeps an object file of a static library only
// when something refers to it, so a package in a static library must be linked whole
// (`$<LINK_LIBRARY:WHOLE_ARCHIVE,lib>`, or an OBJECT library): docs/packages-in-cpp.md says how.
namespace Strata {

using PackageFactory = PackageRegistration (*)();

// Adds a C++ package (STRATA_REGISTER_PACKAGE calls it). Returns true so that it can initialise a
// static. Safe to call from static initialisers of any translation unit, in any order.
bool registerBuiltInPackage(PackageFactory factory);
// Adds a package folder embedded as a resource (":/strata/packages/billing").
bool registerBuiltInPackageFolder(const QString &resourceFolder);

// The embedded folders, in registration order.
QStringList builtInPackageFolders();
// Every built-in package as a definition, validated alone as a loaded one would be: the embedded
// folders first, then the C++ packages. Hand them to a Registry (setProject(project, packages)).
QList<PackageDefinition> builtInPackages(const ProjectConfig &project);

} // namespace Strata

#define STRATA_PACKAGE_CONCAT_(a, b) a##b
#define STRATA_PACKAGE_CONCAT(a, b) STRATA_PACKAGE_CONCAT_(a, b)
// Registers `factory` (a function returning a Strata::PackageRegistration) as a built-in package.
#define STRATA_REGISTER_PACKAGE(factory)                                                                     \
    [[maybe_unused]] static const bool STRATA_PACKAGE_CONCAT(strata_registered_package_, __LINE__) =         \
        ::Strata::registerBuiltInPackage(&factory)
