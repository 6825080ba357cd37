# strata_add_package_plugin: a Strata package written in C++, built as a Qt plugin (docs/plugins.md).
#
#   strata_add_package_plugin(TARGET acme_billing
#       PACKAGE_NAME @acme/billing VERSION 1.2.0
#       DEPENDENCIES @acme/core
#       SOURCES BillingPlugin.cpp
#       [OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins])
#
# makes a MODULE library linked to Strata::Core and writes its plugin metadata,
# <build>/<TARGET>_strata/strata_package.json, from the same values:
#
#   {"packageName": "@acme/billing", "version": "1.2.0", "dependencies": ["@acme/core"]}
#
# The plugin class names it in Q_PLUGIN_METADATA(IID STRATA_PACKAGE_PLUGIN_IID FILE "strata_package.json");
# the folder is on the target's include path, where moc looks for it, and AUTOMOC runs moc again when
# it changes. Strata's scanner reads this metadata before it loads the library, and reports a plugin
# whose code registers something else (plugin-metadata-mismatch). List OUTPUT_DIRECTORY in strata.json's
# "plugins" to load the package.
#
# find_package(Strata) includes this file; Strata's own build includes it at the top.

function(_strata_json_string out value)
    string(REPLACE "\\" "\\\\" value "${value}")
    string(REPLACE "\"" "\\\"" value "${value}")
    set(${out} "\"${value}\"" PARENT_SCOPE)
endfunction()

function(strata_add_package_plugin)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "" "TARGET;PACKAGE_NAME;VERSION;OUTPUT_DIRECTORY" "SOURCES;DEPENDENCIES")
    foreach(required TARGET PACKAGE_NAME VERSION SOURCES)
        if(NOT ARG_${required})
            message(FATAL_ERROR "strata_add_package_plugin: ${required} is required")
        endif()
    endforeach()
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "strata_add_package_plugin(${ARG_TARGET}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+")
        message(FATAL_ERROR "strata_add_package_plugin(${ARG_TARGET}): VERSION \"${ARG_VERSION}\" is no semantic version")
    endif()

    _strata_json_string(name "${ARG_PACKAGE_NAME}")
    _strata_json_string(version "${ARG_VERSION}")
    set(dependencies "")
    foreach(dependency IN LISTS ARG_DEPENDENCIES)
        _strata_json_string(quoted "${dependency}")
        list(APPEND dependencies "${quoted}")
    endforeach()
    list(JOIN dependencies ", " dependencies)
    set(metadata_dir "${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}_strata")
    # Written only when it changes, so that an unchanged plugin is not rebuilt.
    file(CONFIGURE OUTPUT "${metadata_dir}/strata_package.json"
         CONTENT "{\"packageName\": ${name}, \"version\": ${version}, \"dependencies\": [${dependencies}]}\n"
         @ONLY)

    add_library(${ARG_TARGET} MODULE ${ARG_SOURCES})
    target_include_directories(${ARG_TARGET} PRIVATE "${metadata_dir}")
    target_link_libraries(${ARG_TARGET} PRIVATE Strata::Core)
    # The plugin carries its own copy of the registration code it uses (Strata::Core is a static
    # library): hidden, so that it neither binds to the program's copy nor offers its own to others.
    # Qt's plugin entry points are exported explicitly and stay visible.
    set_target_properties(${ARG_TARGET} PROPERTIES AUTOMOC ON CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        target_link_options(${ARG_TARGET} PRIVATE "LINKER:--exclude-libs,ALL")
    endif()
    if(ARG_OUTPUT_DIRECTORY)
        set_target_properties(${ARG_TARGET} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}")
    endif()
endfunction()
