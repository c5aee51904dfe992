#pragma once

#include <string>

#include "stride/analytics/training_load.hpp"

namespace stride::json {

// The load report as contract §4.4 (`"schema": "stride.load.v1"`): `as_of`, `daily`, `weeks` and
// `flags` with the contract's field names, plus `acwr_zone` on each day (from acwr_ewma) and `days`
// on each week. Fractional numbers are rounded to 3 decimals; the output is deterministic (fixed
// key order, two-space indentation, a final newline).
[[nodiscard]] std::string encode_load(const analytics::LoadReport& report);

}  // namespace stride::json
