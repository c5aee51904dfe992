#pragma once

// How much work a benchmark does: all of it, or about a hundredth when STRIDE_BENCH_SMOKE is set.
// `make test` runs every benchmark once that way (bench/CMakeLists.txt), to prove it still builds
// and runs; smoke runs say nothing about speed.

#include <algorithm>
#include <cstdlib>

namespace stride::bench {

inline bool smoke_run() {
  static const bool smoke = std::getenv("STRIDE_BENCH_SMOKE") != nullptr;
  return smoke;
}

// `full`, or a hundredth of it (at least 1) in a smoke run.
template <typename Count>
Count scaled(Count full) {
  return smoke_run() ? std::max<Count>(1, full / 100) : full;
}

}  // namespace stride::bench
