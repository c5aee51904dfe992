#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/training_load.hpp"
#include "stride/core/date.hpp"
#include "stride/core/training_log.hpp"

// Small builders for training-load tests: logs are written day by day from a fixed Monday.
namespace stride::analytics::testing {

// Monday 2026-10-05: day 0 of every test log.
inline core::Date day(int offset) {
  return core::add_days(core::Date{std::chrono::year(2026), std::chrono::October, std::chrono::day(5)}, offset);
}

inline core::Activity session(int offset, double rpe, double minutes, core::Sport sport = core::Sport::Strength) {
  core::Activity activity;
  activity.date = day(offset);
  activity.sport = sport;
  activity.rpe = rpe;
  activity.duration_min = minutes;
  return activity;
}

inline core::Activity run(int offset, double distance_km, double rpe = 4, double minutes = 50) {
  core::Activity activity = session(offset, rpe, minutes, core::Sport::Run);
  activity.distance_km = distance_km;
  return activity;
}

inline core::PainReport pain(int offset, int score, core::PainTiming when, core::InjuryRegion region = core::InjuryRegion::Knee,
                             core::Side side = core::Side::Left) {
  return core::PainReport{day(offset), region, side, score, when};
}

// A log whose day `offset` has exactly `load` (rpe 1 × `load` minutes) for each given load.
inline core::TrainingLog daily_loads(const std::vector<double>& loads, int first_offset = 0) {
  core::TrainingLog log;
  for (std::size_t index = 0; index < loads.size(); ++index) {
    log.activities.push_back(session(first_offset + static_cast<int>(index), 1, loads[index]));
  }
  return log;
}

inline std::vector<LoadFlag> flags_with_code(const LoadReport& report, const std::string& code) {
  std::vector<LoadFlag> found;
  for (const auto& flag : report.flags) {
    if (flag.code() == code) found.push_back(flag);
  }
  return found;
}

}  // namespace stride::analytics::testing
