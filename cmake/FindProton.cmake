# Finds Qpid Proton C++ (Debian's libqpid-proton-cpp12-dev). Debian ships no
# CMake config, and its libqpid-proton-cpp.pc names a libqpid-proton-core.pc
# that does not exist, so look the files up directly.
#
# Defines Proton::cpp (the C++ binding, with the C core it needs) and
# Proton::core (the C core: its SASL plugin API is what the emulator uses).

find_path(Proton_INCLUDE_DIR NAMES proton/container.hpp)
find_library(Proton_CPP_LIBRARY NAMES qpid-proton-cpp)
find_library(Proton_C_LIBRARY NAMES qpid-proton)
# The core library has no unversioned .so link on Debian.
find_library(Proton_CORE_LIBRARY NAMES qpid-proton-core libqpid-proton-core.so.10)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Proton
    REQUIRED_VARS Proton_INCLUDE_DIR Proton_CPP_LIBRARY Proton_C_LIBRARY)

if(Proton_FOUND AND NOT TARGET Proton::cpp)
    add_library(Proton::core UNKNOWN IMPORTED)
    set_target_properties(Proton::core PROPERTIES
        IMPORTED_LOCATION "${Proton_C_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Proton_INCLUDE_DIR}")
    add_library(Proton::cpp UNKNOWN IMPORTED)
    set_target_properties(Proton::cpp PROPERTIES
        IMPORTED_LOCATION "${Proton_CPP_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Proton_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES Proton::core)
endif()
mark_as_advanced(Proton_INCLUDE_DIR Proton_CPP_LIBRARY Proton_C_LIBRARY Proton_CORE_LIBRARY)
