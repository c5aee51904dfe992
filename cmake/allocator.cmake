# The memory allocator of the programs (`stride` and the benchmarks): tcmalloc from gperftools
# (Debian package libgoogle-perftools-dev) unless STRIDE_ALLOCATOR is `system`. A plan is built from
# some 8,000 small strings and vectors; tcmalloc's per-thread caches allocate and free them in a
# fraction of glibc's instructions (bench/README.md, "The allocator"). Sanitizer and fuzzing builds
# keep the system allocator, which AddressSanitizer replaces with its own. Libraries and test
# binaries never link it: the allocator is the composition root's choice.
set(STRIDE_ALLOCATOR "tcmalloc" CACHE STRING "Memory allocator of the programs: tcmalloc or system")
set_property(CACHE STRIDE_ALLOCATOR PROPERTY STRINGS tcmalloc system)
if(STRIDE_SANITIZE OR STRIDE_BUILD_FUZZERS)
  set(stride_allocator "system")
else()
  set(stride_allocator "${STRIDE_ALLOCATOR}")
endif()

add_library(stride_allocator INTERFACE)
add_library(stride::allocator ALIAS stride_allocator)
if(stride_allocator STREQUAL "tcmalloc")
  # The minimal library: the allocator without the heap profiler and its libunwind.
  pkg_check_modules(tcmalloc_minimal REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
  # Nothing calls tcmalloc by name (it replaces malloc and operator new), so it must not be dropped
  # by a linker that links only the libraries a program names.
  target_link_libraries(stride_allocator INTERFACE "-Wl,--push-state,--no-as-needed" PkgConfig::tcmalloc_minimal
                                                   "-Wl,--pop-state")
elseif(NOT stride_allocator STREQUAL "system")
  message(FATAL_ERROR "STRIDE_ALLOCATOR must be tcmalloc or system, not '${stride_allocator}'")
endif()
message(STATUS "Allocator of the programs: ${stride_allocator}")
