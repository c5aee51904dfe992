#!/usr/bin/env bash
# Installs every Debian 12 package Stride needs to build, test and run. Idempotent: it installs
# only what is missing, and does nothing when everything is present. Runs as root or through sudo.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build make pkg-config
  # lld links the test binaries faster than GNU ld (cmake/linker.cmake)
  lld
  # libraries
  nlohmann-json3-dev libfmt-dev libcli11-dev
  # storage: SQLiteCpp over SQLite 3, and the sqlite3 shell for inspecting a database
  libsqlitecpp-dev libsqlite3-dev sqlite3
  # storage: PostgreSQL through libpqxx (6.4 on Debian 12); the server runs the tests' throwaway
  # cluster (scripts/test-postgres.sh)
  libpqxx-dev postgresql
  # activity files: pugixml for GPX and TCX, GeographicLib for geodesic distances
  libpugixml-dev libgeographiclib-dev
  # Boost.CRC (CRC-16/ARC, the FIT checksum)
  libboost-dev
  # libsodium: fingerprints of imported files (BLAKE2b)
  libsodium-dev
  # mimalloc: the programs' memory allocator (cmake/allocator.cmake)
  libmimalloc-dev
  # zlib: gzip of the answers the web server keeps
  zlib1g-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev librapidcheck-dev libbenchmark-dev libical-dev python3
  # the HTTP load benchmark (bench/http.sh), on loopback only
  wrk
  # the printable plan in a real browser: headless Chromium prints it, pdfinfo counts its pages;
  # the web app's Playwright tests drive the same chromium
  chromium poppler-utils
  # fuzzing: libFuzzer, with clang 16 (clang 14 cannot compile our C++23) and its runtime
  clang-16 libclang-rt-16-dev
)

# the web app (web/, docs/web.md): Node.js and npm from Debian (Node 18, npm 9), only when there is no
# node on the PATH, so a newer Node installed another way is kept; the web app's packages support both
if ! command -v node >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run_as_root=()
elif command -v sudo >/dev/null 2>&1; then
  run_as_root=(sudo)
else
  echo "error: missing packages (${missing[*]}) and neither root nor sudo is available" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
