#pragma once

#include <optional>

#include "stride/core/date.hpp"
#include "stride/core/training_log.hpp"

// This week so far against the same weekdays of last week (docs/load.md, "This week against last
// week"). Pure: no I/O, no clock; `today` is given.
namespace stride::analytics {

// A span of days and what was logged in it: run distance and session load (core::session_load).
struct DaySpan {
  core::Date from;
  core::Date to;  // inclusive
  double run_distance_km = 0;
  double load = 0;
};

struct WeekComparison {
  // The days compared: Monday to today once an activity is logged for today, else Monday to
  // yesterday. Both are empty on a Monday with nothing logged yet: there is nothing to compare.
  std::optional<DaySpan> this_week;
  std::optional<DaySpan> last_week;  // the same weekdays a week earlier
  bool today_counted = false;
  std::optional<double> distance_change_pct;  // null when last week's span ran no distance
  std::optional<double> load_change_pct;      // null when last week's span had no load
  DaySpan last_whole_week;                    // Monday to Sunday of last week, for context
};

// Compares like-for-like days of today's week and the week before. Activities after `today` are
// ignored.
[[nodiscard]] WeekComparison compare_week_to_date(const core::TrainingLog& log, core::Date today);

}  // namespace stride::analytics
