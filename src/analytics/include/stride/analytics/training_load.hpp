#pragma once

#include <cstddef>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "stride/analytics/load_flag.hpp"
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

struct LoadReport {
  std::optional<core::Date> as_of;
  std::vector<DailyLoad> daily;
  std::vector<WeeklyLoad> weeks;
  std::vector<LoadFlag> flags;  // sorted by date, then code (load_flag.hpp)
};

// The series from the earliest logged date (an activity or a pain report) to as_of (default: the
// latest logged date). Entries after as_of are ignored. An empty log gives an empty report, as
// does an as_of before the earliest logged date (with as_of set).
[[nodiscard]] LoadReport compute_load(const core::TrainingLog& log, std::optional<core::Date> as_of = std::nullopt);

// ACWR zones for display (Gabbett 2016): "low" below 0.8, "sweet spot" 0.8 to 1.3, "elevated" above
// 1.3 and below 1.5, "high" from 1.5. The value is rounded to 3 decimals first, as it is shown.
[[nodiscard]] std::string_view acwr_zone(double acwr);

// Form (TSB) as a share of fitness (CTL), in bands: TSB is in the units of the load, so its raw
// value means nothing without CTL beside it (docs/load.md, "Form (TSB) and what it means"). The thresholds are the
// TrainingPeaks / Friel form zones, taken as percentages of CTL.
enum class FormBand { VeryFresh, Fresh, Neutral, Tired, VeryTired };

// Days of series the acute:chronic ratio needs before it is judged (flagged or shown with its zone):
// a chronic side of four weeks, as the rolling ratio's 28-day window (science.md §4.2).
inline constexpr std::size_t kAcwrWarmUpDays = 28;

inline constexpr double kFormVeryFreshAbove = 25;  // percent of CTL
inline constexpr double kFormFreshAbove = 5;
inline constexpr double kFormTiredBelow = -10;
inline constexpr double kFormVeryTiredBelow = -30;
// Below this corrected CTL (load units a day) there is no fitness to measure form against.
inline constexpr double kFormMinimumCtl = 1;
// Days of log before today that form needs: ATL's 7-day time constant.
inline constexpr int kFormMinimumDays = 7;
// From this many days of log before today, the correction of CTL below is about 5 % or less.
inline constexpr int kFormShortLogDays = 126;

struct Form {
  // (CTL − ATL) / CTL × 100 with yesterday's values (as TSB), each divided by the share of its
  // weights the log covers (1 − (41/42)^days, 1 − (6/7)^days), the bias correction of an average
  // started at zero: as if the runner trained before the log as during it. Rounded to 3 decimals.
  double percent = 0;
  FormBand band = FormBand::Neutral;
  int days = 0;              // days of log before today
  bool short_log = false;    // days < kFormShortLogDays: the correction matters
};

// Today's form, from the series ending today: very fresh above +25 %, fresh above +5 % to +25 %,
// neutral −10 % to +5 %, tired −30 % to below −10 %, very tired below −30 %. Null with fewer than
// kFormMinimumDays days before today, or when the corrected CTL is below kFormMinimumCtl.
[[nodiscard]] std::optional<Form> form_of(const std::vector<DailyLoad>& daily);

}  // namespace stride::analytics

namespace stride::core {
template <>
struct EnumNames<analytics::FormBand> {
  static constexpr std::array<std::string_view, 5> names{"very_fresh", "fresh", "neutral", "tired", "very_tired"};
};
}  // namespace stride::core
