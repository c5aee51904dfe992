# Every third-party dependency comes from a Debian package listed in scripts/install-dependencies.sh.
find_package(nlohmann_json 3.11 REQUIRED)
find_package(fmt 9 REQUIRED)
find_package(CLI11 2.1 REQUIRED)
# SQLiteCpp's package config also finds SQLite3 (the SQLite::SQLite3 target).
find_package(SQLiteCpp REQUIRED)
if(STRIDE_BUILD_TESTS)
  find_package(GTest REQUIRED)
  find_package(rapidcheck REQUIRED)
endif()
if(STRIDE_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
