#pragma once

#include <string>

#include "stride/analytics/training_load.hpp"

namespace stride::cli {

// A load report for people: the as-of day (load, both ACWRs with their zones and the caveat that
// ACWR is contested and never forbids training on its own, CTL/ATL/TSB), the last 14 days, the
// weeks, then the flags with their evidence.
[[nodiscard]] std::string render_load_text(const analytics::LoadReport& report);

}  // namespace stride::cli
