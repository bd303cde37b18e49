// jemalloc's settings for the programs that link it
// (cmake/LinkScopeAllocator.cmake). jemalloc reads this variable at its
// start; MALLOC_CONF in the environment still overrides any of them.
//   percpu_arena:percpu  one arena per CPU, not four per CPU: the few
//                        threads that allocate share fewer, fuller arenas
//   dirty_decay_ms:100   freed pages go back to the system within a tenth
//   muzzy_decay_ms:0     of a second (not ten), and at once, not through a
//                        second stage: the history's indexer frees tens of
//                        MB a second; kept a second they were 10–15 MiB of
//                        the peak RSS, a quarter second still up to 140 MiB
//                        in all; at 0 every free costs a madvise
// docs/PERFORMANCE.md, "The allocator", has the measurements.

extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's own name and type
const char *malloc_conf = "percpu_arena:percpu,dirty_decay_ms:100,muzzy_decay_ms:0";
}
