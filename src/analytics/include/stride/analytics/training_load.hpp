#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/training_log.hpp"

// Training-load metrics and risk flags of contract §4.4. Every definition, and every choice the
// contract leaves open, is written out in docs/load.md. Pure: no I/O, no clock; deterministic.
namespace stride::analytics {

// One day of the series. `load` is the sum of rpe × duration_min over the day's activities.
struct DailyLoad {
  core::Date date;
  double load = 0;
  // EWMA with λ = 2 / (N + 1), N = 7 and 28, both seeded with the first day's load.
  double acute_ewma = 0, chronic_ewma = 0;
  std::optional<double> acwr_ewma;  // null when chronic is 0
  // Coupled rolling means: acute_7d from the 7th day of the series, chronic_28d from the 28th;
  // acwr_rolling needs both and a chronic value above 0.
  std::optional<double> acute_7d, chronic_28d, acwr_rolling;
  // ctl/atl: smoothing 1/42 and 1/7, seeded at 0; tsb is yesterday's ctl − yesterday's atl.
  double ctl = 0, atl = 0, tsb = 0;
};

// One calendar week (Monday to Sunday) of the series.
struct WeeklyLoad {
  core::Date start;  // the Monday
  double run_distance_km = 0;
  // Change from the previous week's run distance, in percent; null when the previous week had no
  // distance or lay only partly inside the series.
  std::optional<double> distance_change_pct;
  double load = 0;
  // Foster's monotony (mean / population SD of the 7 daily loads) and strain (load × monotony);
  // null for a partial week and when the SD is 0.
  std::optional<double> monotony;
  std::optional<double> strain;
  int days = 7;  // days of this week inside the series (fewer than 7 for a partial first or last week)
};

enum class FlagSeverity { Info, Caution, Warning };

// A risk flag: `code` is one of the contract's codes (single_run_spike, weekly_distance_jump, pain,
// pain_rising, monotony_high, acwr_high). `message` says in plain words what to do; `evidence`
// gives the numbers that triggered it.
struct LoadFlag {
  core::Date date;
  std::string code;
  FlagSeverity severity = FlagSeverity::Info;
  std::string message;
  std::string evidence;
};

struct LoadReport {
  std::optional<core::Date> as_of;
  std::vector<DailyLoad> daily;
  std::vector<WeeklyLoad> weeks;
  std::vector<LoadFlag> flags;  // sorted by date, then code
};

// The series from the earliest logged date (an activity or a pain report) to as_of (default: the
// latest logged date). Entries after as_of are ignored. An empty log gives an empty report, as
// does an as_of before the earliest logged date (with as_of set).
[[nodiscard]] LoadReport compute_load(const core::TrainingLog& log, std::optional<core::Date> as_of = std::nullopt);

// ACWR zones for display (Gabbett 2016): "low" below 0.8, "sweet spot" 0.8 to 1.3, "elevated" above
// 1.3 and below 1.5, "high" from 1.5. The value is rounded to 3 decimals first, as it is shown.
[[nodiscard]] std::string_view acwr_zone(double acwr);

}  // namespace stride::analytics

namespace stride::core {
template <>
struct EnumNames<analytics::FlagSeverity> {
  static constexpr std::array<std::string_view, 3> names{"info", "caution", "warning"};
};
}  // namespace stride::core
