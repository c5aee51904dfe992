# The memory allocator of the programs (`stride` and the benchmarks): mimalloc (Debian package
# libmimalloc-dev) unless STRIDE_ALLOCATOR is `system`. A plan is built from some 8,000 small strings
# and vectors; mimalloc's per-thread free lists allocate and free them in a fraction of glibc's
# instructions, and it starts in microseconds (bench/README.md, "The allocator"). Sanitizer and
# fuzzing builds keep the system allocator, which AddressSanitizer replaces with its own. Libraries
# and test binaries never link it: the allocator is the composition root's choice.
set(STRIDE_ALLOCATOR "mimalloc" CACHE STRING "Memory allocator of the programs: mimalloc or system")
set_property(CACHE STRIDE_ALLOCATOR PROPERTY STRINGS mimalloc system)
if(STRIDE_SANITIZE OR STRIDE_BUILD_FUZZERS)
  set(stride_allocator "system")
else()
  set(stride_allocator "${STRIDE_ALLOCATOR}")
endif()

add_library(stride_allocator INTERFACE)
add_library(stride::allocator ALIAS stride_allocator)
if(stride_allocator STREQUAL "mimalloc")
  find_package(mimalloc 2.0 REQUIRED CONFIG)
  # Nothing calls mimalloc by name: the shared library replaces malloc and free (and so operator
  # new and delete, which call them) for the whole process. It must not be dropped by a linker
  # that links only the libraries a program names.
  target_link_libraries(stride_allocator INTERFACE "-Wl,--push-state,--no-as-needed" mimalloc "-Wl,--pop-state")
elseif(NOT stride_allocator STREQUAL "system")
  message(FATAL_ERROR "STRIDE_ALLOCATOR must be mimalloc or system, not '${stride_allocator}'")
endif()
message(STATUS "Allocator of the programs: ${stride_allocator}")
