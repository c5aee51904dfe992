#include "import_text.hpp"

#include <fmt/format.h>

#include <cmath>
#include <vector>

namespace stride::cli {

std::string recorded_activity_text(const std::string& source, const core::RecordedActivity& activity) {
  const auto& summary = activity.summary;
  std::vector<std::string> headline{std::string(core::enum_name(activity.format))};
  headline.push_back(summary.sport.value_or("sport not stated"));
  if (summary.start_time_s) headline.push_back(core::format_utc_time(*summary.start_time_s));
  if (summary.distance_m) headline.push_back(fmt::format("{:.2f} km", *summary.distance_m / 1000.0));
  if (summary.timer_s) headline.push_back(fmt::format("{} moving", core::format_clock_duration(*summary.timer_s)));
  if (summary.elapsed_s) headline.push_back(fmt::format("{} elapsed", core::format_clock_duration(*summary.elapsed_s)));
  headline.push_back(fmt::format("{} record{}, {} lap{}", activity.samples.size(), activity.samples.size() == 1 ? "" : "s",
                                 activity.laps.size(), activity.laps.size() == 1 ? "" : "s"));
  if (!activity.sets.empty()) {
    headline.push_back(fmt::format("{} active set{}", activity.sets.size(), activity.sets.size() == 1 ? "" : "s"));
  }
  std::string text = fmt::format("{}: {}\n", source, fmt::join(headline, ", "));

  std::vector<std::string> measured;
  if (summary.avg_heart_rate_bpm) {
    // Whole beats rounded half away from zero, as the JSON output has them.
    measured.push_back(fmt::format("heart rate {} avg", std::lround(*summary.avg_heart_rate_bpm)));
    if (summary.max_heart_rate_bpm) measured.back() += fmt::format(", {} max", std::lround(*summary.max_heart_rate_bpm));
  }
  if (summary.avg_cadence_spm) measured.push_back(fmt::format("cadence {:.0f} spm", *summary.avg_cadence_spm));
  if (summary.avg_stance_time_ms) measured.push_back(fmt::format("ground contact {:.0f} ms", *summary.avg_stance_time_ms));
  if (summary.avg_vertical_oscillation_mm) {
    measured.push_back(fmt::format("vertical oscillation {:.1f} cm", *summary.avg_vertical_oscillation_mm / 10.0));
  }
  if (summary.avg_step_length_mm) measured.push_back(fmt::format("step length {:.2f} m", *summary.avg_step_length_mm / 1000.0));
  if (summary.avg_vertical_ratio_percent) {
    measured.push_back(fmt::format("vertical ratio {:.1f} %", *summary.avg_vertical_ratio_percent));
  }
  if (summary.avg_stance_time_balance_left_percent) {
    measured.push_back(fmt::format("ground-contact balance {:.1f} % left", *summary.avg_stance_time_balance_left_percent));
  }
  if (summary.avg_power_w) measured.push_back(fmt::format("power {:.0f} W", *summary.avg_power_w));
  if (!measured.empty()) text += fmt::format("  {}\n", fmt::join(measured, "; "));
  for (const auto& warning : activity.warnings) text += fmt::format("  warning: {}\n", warning);
  return text;
}

}  // namespace stride::cli
