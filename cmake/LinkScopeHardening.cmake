# The hardening Debian's own packages are built with (dpkg-buildflags'
# hardening=+all): stack protector, read-only relocations bound at start,
# and fortified libc calls where the optimiser can check them.
add_compile_options(-fstack-protector-strong -fstack-clash-protection)
add_compile_definitions($<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
add_link_options(LINKER:-z,relro LINKER:-z,now)
