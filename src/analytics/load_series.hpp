#pragma once

#include <chrono>
#include <cmath>
#include <cstddef>
#include <vector>

#include "stride/analytics/training_load.hpp"

// Private to stride::analytics: what the series and the flags share.
namespace stride::analytics::detail {

// The days of the series as columns of per-day numbers, index 0 being `first`; every activity on or
// before the last day is counted. All three columns have one entry per day.
struct LoadDays {
  core::Date first;
  std::vector<double> load;             // the day's session loads, added in log order
  std::vector<double> run_distance_km;  // the day's run distances, added in log order
  std::vector<double> longest_run_km;   // 0 when the day has no run with a distance

  [[nodiscard]] std::size_t size() const { return load.size(); }
};

// The flags' thresholds (docs/load.md): load_flags.cpp fires on them and load_flag.cpp quotes them.
inline constexpr std::size_t kSpikeWindowDays = 30;  // a run against the longest of the 30 days before it
inline constexpr double kSpikePercent = 10;
inline constexpr double kWeeklyJumpPercent = 30;

// Rounds to 3 decimals, the precision every figure is shown with; thresholds compare rounded values,
// so a value shown as exactly the threshold never fires a flag.
[[nodiscard]] inline double round_to_shown(double value) { return std::round(value * 1000.0) / 1000.0; }

// round_to_shown(value) > limit, for a limit that has at most 3 decimals and is exactly a double
// (1.5, 2, 10, 30). round_to_shown is non-decreasing and leaves such a limit unchanged, so a value
// at or below the limit never shows above it: that common case is answered without rounding.
[[nodiscard]] inline bool shown_above(double value, double limit) {
  return value > limit && round_to_shown(value) > limit;
}

// The day after `date`; the same as core::add_days(date, 1), without the calendar arithmetic in
// the common case of a day before the 28th.
[[nodiscard]] inline core::Date next_day(core::Date date) {
  if (static_cast<unsigned>(date.day()) < 28) return core::Date{date.year(), date.month(), date.day() + std::chrono::days{1}};
  return core::add_days(date, 1);
}

// The flags of contract §4.4 over a computed report, sorted by date then code.
[[nodiscard]] std::vector<LoadFlag> compute_flags(const core::TrainingLog& log, const LoadDays& days,
                                                  const LoadReport& report);

}  // namespace stride::analytics::detail
