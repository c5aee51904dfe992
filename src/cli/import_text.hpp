#pragma once

#include <string>

#include "stride/core/recorded_activity.hpp"

namespace stride::cli {

// One decoded activity for people: a headline (source, format, sport, start, distance, timer
// time, records, laps) and a line of what it measured (heart rate, cadence, running dynamics,
// power), then its warnings.
[[nodiscard]] std::string recorded_activity_text(const std::string& source, const core::RecordedActivity& activity);

}  // namespace stride::cli
