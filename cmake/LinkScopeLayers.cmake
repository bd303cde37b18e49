# Layer enforcement: a target may be forbidden to include certain libraries.
#
# For each forbidden library we write a shadow copy of every one of its header
# names into a directory that is searched before the real ones; each shadow
# holds only an #error. So `#include <QtWidgets/QWidget>` or
# `#include <proton/container.hpp>` inside src/core stops the build with a
# message saying which layer rule it broke, rather than compiling because the
# header happens to sit on a shared include path.

function(_linkscope_shadow_dir out_dir layer lib_name src_dir dest_prefix)
    file(GLOB_RECURSE headers RELATIVE "${src_dir}" "${src_dir}/*")
    foreach(h IN LISTS headers)
        set(path "${out_dir}/${dest_prefix}${h}")
        if(NOT EXISTS "${path}")
            file(WRITE "${path}"
                 "#error \"LinkScope layering: ${layer} must not include ${lib_name} (${dest_prefix}${h})\"\n")
        endif()
    endforeach()
endfunction()

# linkscope_forbid_includes(<target> LAYER <name> QT_MODULES <mods...> SYSTEM_DIRS <dirs...>)
# SYSTEM_DIRS are subdirectories of /usr/include (e.g. proton, nghttp2, openssl).
function(linkscope_forbid_includes target)
    cmake_parse_arguments(ARG "" "LAYER" "QT_MODULES;SYSTEM_DIRS;SYSTEM_FILES" ${ARGN})
    set(out_dir "${CMAKE_BINARY_DIR}/layer-guard/${target}")
    get_target_property(qt_core_inc Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
    set(qt_root "")
    foreach(dir IN LISTS qt_core_inc)
        if(dir MATCHES "/QtCore$")
            get_filename_component(qt_root "${dir}" DIRECTORY)
        endif()
    endforeach()
    foreach(mod IN LISTS ARG_QT_MODULES)
        if(qt_root AND EXISTS "${qt_root}/${mod}")
            _linkscope_shadow_dir("${out_dir}" "${ARG_LAYER}" "${mod}" "${qt_root}/${mod}" "${mod}/")
        else()
            file(WRITE "${out_dir}/${mod}/${mod}"
                 "#error \"LinkScope layering: ${ARG_LAYER} must not include ${mod}\"\n")
        endif()
    endforeach()
    foreach(sys IN LISTS ARG_SYSTEM_DIRS)
        if(EXISTS "/usr/include/${sys}")
            _linkscope_shadow_dir("${out_dir}" "${ARG_LAYER}" "${sys}" "/usr/include/${sys}" "${sys}/")
        endif()
    endforeach()
    foreach(f IN LISTS ARG_SYSTEM_FILES)
        file(WRITE "${out_dir}/${f}" "#error \"LinkScope layering: ${ARG_LAYER} must not include ${f}\"\n")
    endforeach()
    target_include_directories(${target} BEFORE PRIVATE "${out_dir}")
    set_property(TARGET ${target} PROPERTY LINKSCOPE_LAYER_GUARD_DIR "${out_dir}")
endfunction()
