#pragma once

#include <optional>
#include <vector>

#include "stride/analytics/training_load.hpp"

// Private to stride::analytics: what the series and the flags share.
namespace stride::analytics::detail {

// The totals of one day of the series.
struct DayTotals {
  double load = 0;
  double run_distance_km = 0;
  double longest_run_km = 0;  // 0 when the day has no run with a distance
};

// The days of the series, index 0 being `first`; every activity on or before the last day is counted.
struct LoadDays {
  core::Date first;
  std::vector<DayTotals> days;
};

// Rounds to 3 decimals, the precision every figure is shown with; thresholds compare rounded values,
// so a value shown as exactly the threshold never fires a flag.
[[nodiscard]] double round_to_shown(double value);

// The flags of contract §4.4 over a computed report, sorted by date then code.
[[nodiscard]] std::vector<LoadFlag> compute_flags(const core::TrainingLog& log, const LoadDays& days,
                                                  const LoadReport& report);

}  // namespace stride::analytics::detail
