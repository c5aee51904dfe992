#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/pain_monitoring.hpp"
#include "stride/analytics/race_prediction.hpp"
#include "stride/analytics/running_dynamics.hpp"
#include "stride/analytics/training_load.hpp"
#include "stride/analytics/week_comparison.hpp"
#include "stride/core/store.hpp"
#include "stride/planning/pain_swaps.hpp"
#include "stride/service/catalog.hpp"

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

// What an advice answers: recent pain, a quick rise in load, a monotonous week, missed work, or
// activities without an RPE.
enum class AdviceTopic { Pain, LoadRise, Monotony, Missed, Ratings };

// What the runner can do about an advice in the program itself; each front end offers it its own
// way (a command to type, a button).
enum class AdviceAction { None, Replan, RateActivities };

// One piece of advice, said once. `answers` holds the flag codes (contract §4.4) whose "what to do"
// it gives, so that a front end shows those flags' facts without repeating their advice. The text
// names no front end's commands: `action` says what to offer with it.
struct Advice {
  AdviceTopic topic = AdviceTopic::Pain;
  std::string text;
  std::vector<std::string> answers;
  AdviceAction action = AdviceAction::None;
};

// Swaps for the next days after pain that asks for less load (docs/load.md, "Swaps after pain").
struct StatusSwaps {
  std::vector<analytics::PainStep> because;  // the latest report of each region that asks for less load
  planning::PainSwaps swaps;
};

// The runner's situation on one day: what is planned today, this week against what was done, the
// load metrics and flags, recent pain and race predictions.
struct StatusReport {
  core::AthleteRecord athlete;
  core::Date today;
  std::optional<StatusPlan> plan;
  std::vector<StatusDay> week;  // Monday to Sunday of today's week
  std::optional<analytics::DailyLoad> load;  // today's metrics, when anything is logged
  int log_days = 0;  // days from the first logged day to today, today not counted
  std::optional<analytics::WeeklyLoad> load_week;
  // The last kStatusTrendWeeks weeks of the log up to today's (oldest first; fewer when the log is
  // younger), for a trend at a glance.
  std::vector<analytics::WeeklyLoad> recent_weeks;
  std::optional<analytics::Form> form;  // today's form band, after a week of log with some training
  std::optional<analytics::WeekComparison> week_comparison;  // like-for-like days, when anything is logged
  std::vector<analytics::LoadFlag> flags;  // the last 14 days
  std::vector<core::PainReport> pain;      // the last 14 days
  std::optional<analytics::RaceResult> latest_race;
  std::vector<analytics::RacePrediction> predictions;
  std::optional<analytics::RunningDynamicsReport> running_dynamics;  // from recorded runs, when any
  std::optional<StatusSwaps> swaps;  // after pain of 5/10 or more, or rising, in the last kStatusPainDays
  std::vector<Advice> advice;        // what to do about the flags, pain and log, each said once
};

// Days of flags and pain that count as recent in the status.
inline constexpr int kStatusRecentDays = 14;
// Weeks of the load trend of a status (StatusReport::recent_weeks).
inline constexpr int kStatusTrendWeeks = 8;
// Days of pain reports that can ask for swaps: the latest report of a region in this window.
inline constexpr int kStatusPainDays = 7;

// The status of a stored runner on `today` (NotFound for an unknown athlete; storage errors pass
// through). The catalog's library names and classifies the exercises of the swaps.
[[nodiscard]] core::Result<StatusReport> status(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                                core::Date today);

// The same status from `log`, the athlete's whole log up to `today` as store.training_log(athlete,
// std::nullopt, today) gives it, read once by a caller that uses it too.
[[nodiscard]] core::Result<StatusReport> status_of_log(const Catalog& catalog, core::Store& store,
                                                       core::AthleteId athlete, const core::TrainingLog& log,
                                                       core::Date today);

}  // namespace stride::service
