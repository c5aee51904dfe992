#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/race_prediction.hpp"
#include "stride/analytics/running_dynamics.hpp"
#include "stride/analytics/training_load.hpp"
#include "stride/analytics/week_comparison.hpp"
#include "stride/core/store.hpp"

namespace stride::service {

// How a day of the week stands against its plan.
enum class DayState { Rest, Planned, Today, Done, Partly, Missed, Unplanned };

struct StatusDay {
  core::Date date;
  std::optional<core::PlannedRun> planned_run;       // empty on rest days and days no plan covers
  std::vector<core::PlannedSession> planned_sessions;
  std::vector<core::Activity> done;                  // what was logged that day
  DayState state = DayState::Rest;
};

struct StatusPlan {
  core::PlanId id;
  core::Date start;
  core::Date end;
  std::optional<core::RaceTarget> race;
  std::optional<core::PlanWeek> week;  // the plan week holding today
};

// The runner's situation on one day: what is planned today, this week against what was done, the
// load metrics and flags, recent pain and race predictions.
struct StatusReport {
  core::AthleteRecord athlete;
  core::Date today;
  std::optional<StatusPlan> plan;
  std::vector<StatusDay> week;  // Monday to Sunday of today's week
  std::optional<analytics::DailyLoad> load;  // today's metrics, when anything is logged
  std::optional<analytics::WeeklyLoad> load_week;
  std::optional<analytics::Form> form;  // today's form band, after a week of log with some training
  std::optional<analytics::WeekComparison> week_comparison;  // like-for-like days, when anything is logged
  std::vector<analytics::LoadFlag> flags;  // the last 14 days
  std::vector<core::PainReport> pain;      // the last 14 days
  std::optional<analytics::RaceResult> latest_race;
  std::vector<analytics::RacePrediction> predictions;
  std::optional<analytics::RunningDynamicsReport> running_dynamics;  // from recorded runs, when any
  std::vector<std::string> advice;  // what to do about the flags and pain, in plain words
};

// Days of flags and pain that count as recent in the status.
inline constexpr int kStatusRecentDays = 14;

[[nodiscard]] core::Result<StatusReport> status(core::Store& store, core::AthleteId athlete, core::Date today);

}  // namespace stride::service
