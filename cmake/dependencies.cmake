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
# pugixml parses GPX and TCX documents.
find_package(pugixml 1.13 REQUIRED)
# GeographicLib (geodesics on the WGS84 ellipsoid) ships no CMake package configuration on Debian:
# its header and library are found directly and wrapped in an imported target.
find_path(GEOGRAPHICLIB_INCLUDE_DIR GeographicLib/Geodesic.hpp REQUIRED)
find_library(GEOGRAPHICLIB_LIBRARY NAMES GeographicLib REQUIRED)
add_library(GeographicLib::GeographicLib UNKNOWN IMPORTED)
set_target_properties(GeographicLib::GeographicLib PROPERTIES
  IMPORTED_LOCATION "${GEOGRAPHICLIB_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${GEOGRAPHICLIB_INCLUDE_DIR}")
# Boost (header-only parts: Boost.CRC computes the FIT files' CRC-16).
find_package(Boost 1.74 REQUIRED)
# zlib compresses the answers `stride serve` keeps (gzip, for clients that accept it).
find_package(ZLIB REQUIRED)
# libsodium hashes imported files (their fingerprints); it ships a pkg-config file only.
find_package(PkgConfig REQUIRED)
pkg_check_modules(libsodium REQUIRED IMPORTED_TARGET libsodium)
# PostgreSQL through libpqxx (6.4 on Debian 12), linked only into stride::storage.
pkg_check_modules(libpqxx REQUIRED IMPORTED_TARGET libpqxx)
