#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/training_load.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/date.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/training_log.hpp"

namespace stride::planning {

// The numbers of the adaptation rules (docs/adaptation.md gives their sources).
struct AdaptationRules {
  // Pain at or above this score in the window before a re-plan makes the region count as a current
  // injury (above the "acceptable" band of the pain-monitoring model, Silbernagel 2007).
  int pain_regress_score = 4;
  int pain_window_days = 14;
  // Load flags within this many days before the re-plan trim the first week's volume.
  int load_flag_window_days = 7;
};

// What Stride knows of the runner's recent training when it re-plans from a start date.
struct TrainingHistory {
  core::TrainingLog log;                          // what was logged before the start
  std::vector<core::PlanDay> planned_days;        // the plan in effect before the start
  std::vector<analytics::LoadFlag> load_flags;    // the flags of the log, up to the day before the start
};

// The athlete as planning should see them after recent pain, with the notes that explain it.
struct PainAdjustment {
  core::Athlete athlete;
  std::vector<std::string> notes;
  std::vector<std::string> warnings;
};

// A region with pain at or above `pain_regress_score`, or with next-morning pain rising, within
// the window before `start` counts as a current injury: the planner then leaves out or regresses
// the exercises that load it and pauses impact work there. Lower scores are only noted.
[[nodiscard]] PainAdjustment adjust_for_pain(const core::Athlete& athlete, const core::TrainingLog& log,
                                             core::Date start, const AdaptationRules& rules = {});

// A calendar week with planned strength sessions of which none was logged.
struct MissedWeek {
  core::Date monday;
  int planned_sessions = 0;
};

// The week before `start`'s week when the plan in effect held strength sessions in it and the log
// holds none; a re-plan then gives it to the planner (PlanInputs::missed_week) so that the season
// does not move on past it.
[[nodiscard]] std::optional<MissedWeek> find_missed_week(const TrainingHistory& history, core::Date start);

// The note that says so, in plain words.
[[nodiscard]] std::string missed_week_note(const MissedWeek& missed);

// The load flags (single-run spike, weekly distance jump, monotony, high ACWR) within
// `load_flag_window_days` before `start`, in words. A re-plan with any gives its first week one
// set fewer on the loading items (PlanInputs::lighter_week).
[[nodiscard]] std::vector<std::string> recent_load_flags(const TrainingHistory& history, core::Date start,
                                                         const AdaptationRules& rules = {});

// The note that says so.
[[nodiscard]] std::string load_flags_note(const std::vector<std::string>& reasons);

// Keeps the part of `plan` from `start` on: its days, the weeks that reach `start` (the first one
// starting there), and the phases clipped to it. A re-plan inside a season builds the season from
// its first day and keeps this part, so the phases go on where they were instead of starting again.
void keep_from(core::Plan& plan, core::Date start);

// Adapts a freshly built plan to what was actually done, never touching days before its start
// (a missed week and recent load flags are the planner's, through PlanInputs::missed_week and
// PlanInputs::lighter_week):
// - every externally loaded exercise gets the load of `next_load()` from its logged sets.
// Returns the notes that say what changed; they are also added to the plan's notes.
std::vector<std::string> adapt_plan(core::Plan& plan, const TrainingHistory& history,
                                    const core::ExerciseLibrary& library);

}  // namespace stride::planning
