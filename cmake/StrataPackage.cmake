# Strata as a CMake package: `find_package(Strata 0.1 REQUIRED)` from an install prefix
# (lib/cmake/Strata) or from this build tree (Strata_DIR=<build>), giving Strata::Core,
# Strata::Testing, Strata::strata and the functions of StrataFunctions.cmake (strata_add_package) and
# StrataPlugin.cmake (strata_add_package_plugin). The version follows
# semver: any 0.y.z with y.z at least the one asked for.
include(CMakePackageConfigHelpers)
set(STRATA_PACKAGE_DIR lib/cmake/Strata)

install(EXPORT StrataTargets NAMESPACE Strata:: DESTINATION ${STRATA_PACKAGE_DIR})
export(EXPORT StrataTargets NAMESPACE Strata:: FILE ${PROJECT_BINARY_DIR}/StrataTargets.cmake)

write_basic_package_version_file(${PROJECT_BINARY_DIR}/StrataConfigVersion.cmake
    COMPATIBILITY SameMajorVersion)
# The installed config, and the build tree's (the same text, beside the build tree's targets).
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/StrataConfig.cmake.in
    ${PROJECT_BINARY_DIR}/package/StrataConfig.cmake INSTALL_DESTINATION ${STRATA_PACKAGE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/StrataConfig.cmake.in
    ${PROJECT_BINARY_DIR}/StrataConfig.cmake
    INSTALL_DESTINATION ${PROJECT_BINARY_DIR} INSTALL_PREFIX ${PROJECT_BINARY_DIR})
configure_file(${CMAKE_CURRENT_LIST_DIR}/FindPgQuery.cmake ${PROJECT_BINARY_DIR}/FindPgQuery.cmake COPYONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/StrataFunctions.cmake ${PROJECT_BINARY_DIR}/StrataFunctions.cmake COPYONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/StrataPlugin.cmake ${PROJECT_BINARY_DIR}/StrataPlugin.cmake COPYONLY)

install(FILES
    ${PROJECT_BINARY_DIR}/package/StrataConfig.cmake
    ${PROJECT_BINARY_DIR}/StrataConfigVersion.cmake
    ${CMAKE_CURRENT_LIST_DIR}/FindPgQuery.cmake
    ${CMAKE_CURRENT_LIST_DIR}/StrataFunctions.cmake
    ${CMAKE_CURRENT_LIST_DIR}/StrataPlugin.cmake
    DESTINATION ${STRATA_PACKAGE_DIR})
