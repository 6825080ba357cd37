# Strata's library headers are included as <strata/FOLDER/File.h>: by the programs that link the
# installed library (its headers install under include/strata/) and by Strata's own code alike.
# In the build tree the sources stay where a reader finds them (core/registry/Registry.h); a tree of
# forwarding headers, one per header, as Qt's own build makes, gives them their <strata/...> names,
# and a compiler's message still names the real file.

set(STRATA_INCLUDE_DIR ${PROJECT_BINARY_DIR}/include)

# Writes ${STRATA_INCLUDE_DIR}/strata/PREFIX/<path> for every header below SOURCE_DIR. A forwarding
# header is rewritten only when its text changes, so a reconfigure rebuilds nothing.
function(strata_forwarding_headers source_dir prefix)
    file(GLOB_RECURSE headers CONFIGURE_DEPENDS RELATIVE ${source_dir} ${source_dir}/*.h)
    foreach(header IN LISTS headers)
        set(forwarding ${STRATA_INCLUDE_DIR}/strata/${prefix}${header})
        cmake_path(GET forwarding PARENT_PATH folder)
        # Relative, so that two checkouts of the tree share their compiler cache.
        file(RELATIVE_PATH target ${folder} ${source_dir}/${header})
        file(CONFIGURE OUTPUT ${forwarding} CONTENT "#include \"${target}\"\n")
    endforeach()
endfunction()
