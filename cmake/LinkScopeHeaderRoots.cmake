# Each library's headers are reached as "<dir>/<header>.h" through an include
# root of its own that holds that one directory (a symlink to src/<dir>). A
# target sees the roots of what it links and nothing else, so an include of a
# layer it does not link (`#include "transport/subscriber.h"` inside src/gui)
# fails to compile. tests/layering proves each fence.

function(linkscope_header_root target dir)
    set(root "${CMAKE_BINARY_DIR}/include-roots/${dir}")
    get_filename_component(parent "${root}/${dir}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    if(NOT EXISTS "${root}/${dir}")
        file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${dir}" "${root}/${dir}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
