# jemalloc for the programs that take the push (linkscope, linkscope-collect,
# bench_e2e), and for the emulator that makes it (linkscope-sim). A profile of the subscriber thread at full rate spent about a
# third of its time in glibc's malloc and free (_int_malloc,
# malloc_consolidate, page faults of trimmed memory): the decoded batches
# are built on one thread and freed on others. jemalloc halved that thread's
# CPU per message; docs/PERFORMANCE.md, "The allocator", has the numbers.
# Debian 12: libjemalloc-dev (build), libjemalloc2 (run; the .deb depends on
# it through dpkg-shlibdeps).
option(LINKSCOPE_JEMALLOC "Link the push-taking programs and the emulator with jemalloc (libjemalloc-dev)" ON)
set(LINKSCOPE_USE_JEMALLOC ${LINKSCOPE_JEMALLOC})
if(LINKSCOPE_USE_JEMALLOC AND "${CMAKE_CXX_FLAGS} ${CMAKE_EXE_LINKER_FLAGS}" MATCHES "-fsanitize=")
    # A sanitizer brings its own malloc: two would fight over the symbols.
    message(STATUS "jemalloc: not linked (a sanitizer build uses the sanitizer's allocator)")
    set(LINKSCOPE_USE_JEMALLOC OFF)
endif()
if(LINKSCOPE_USE_JEMALLOC)
    find_library(JEMALLOC_LIBRARY NAMES jemalloc)
    if(NOT JEMALLOC_LIBRARY)
        message(FATAL_ERROR "jemalloc not found: install libjemalloc-dev (./dev.sh deps does), "
                            "or configure with -DLINKSCOPE_JEMALLOC=OFF for glibc's malloc")
    endif()
    message(STATUS "jemalloc: ${JEMALLOC_LIBRARY}")
endif()

# jemalloc with LinkScope's settings for it (src/app/jemallocconf.cpp), one
# object built once; `linkscope_use_jemalloc(target)` links both into a program.
if(LINKSCOPE_USE_JEMALLOC)
    add_library(linkscope_jemalloc OBJECT ${PROJECT_SOURCE_DIR}/src/app/jemallocconf.cpp)
    target_link_libraries(linkscope_jemalloc INTERFACE ${JEMALLOC_LIBRARY})
endif()
function(linkscope_use_jemalloc target)
    if(LINKSCOPE_USE_JEMALLOC)
        target_link_libraries(${target} PRIVATE linkscope_jemalloc)
    endif()
endfunction()
