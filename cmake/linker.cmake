# Links with lld (Debian package lld, in scripts/install-dependencies.sh) when the compiler can use
# it: the test binaries are linked in the release, asan-ubsan and fuzz builds of `make test`, and
# lld links them several times faster than GNU ld (docs/testing.md). Falls back to the default
# linker where lld is missing.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld STRIDE_HAVE_LLD)
if(STRIDE_HAVE_LLD)
  add_link_options(-fuse-ld=lld)
endif()
