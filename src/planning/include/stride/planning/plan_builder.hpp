#pragma once

#include <optional>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/plan_rules.hpp"

namespace stride::planning {

struct PlanInputs {
  core::Athlete athlete;
  core::RunningCalendar calendar;
  std::optional<analytics::AssessmentFindings> findings;  // from the assessment, when there is one
  core::Date start;
  int weeks = 12;  // the plan's length when the athlete has no race date
  // The Monday of a week the runner missed (no strength session logged), found by a re-plan: the
  // loading week after it repeats its dose step and jumps (season.hpp hold_back_after_missed_week).
  std::optional<core::Date> missed_week;
  // The Monday of a re-plan's first week when load flags just before it call for a lighter week:
  // its strength, power and plyometric items have one set fewer, and the weeks after grow from it.
  std::optional<core::Date> lighter_week;
  // A re-plan inside the season begun at `start`, kept from `from`. When the athlete changed since
  // the season was planned (pain made a region a current injury), the weeks before `from`'s week
  // are placed as they were, for `lived_athlete`, and the season keeps its shape (phases,
  // deloads): the weeks to come follow the rhythm lived and grow from what the runner was given,
  // with `athlete`'s sessions (power weeks become strength weeks for a runner who can no longer jump).
  struct Continuation {
    core::Date from;
    core::Athlete lived_athlete;
  };
  std::optional<Continuation> continuation;
};

// The shared, validated data the planner draws on.
struct PlanningData {
  const core::ExerciseLibrary& library;
  const core::CompensationTable& table;
  const core::MuscleVocabulary& muscles;
  const CorrectiveRules& corrective;
  const PlanRules& rules;
};

// Builds the periodized plan from `inputs.start` to the goal race (or for `inputs.weeks` weeks
// without one), as contract §4.3 describes; docs/planning.md gives every rule and its source.
// Expects validated inputs: a race date on or after the start, 1 to rules.plan_weeks_maximum weeks.
// Deterministic: the same inputs give the same plan.
[[nodiscard]] core::Plan build_plan(const PlanInputs& inputs, const PlanningData& data);

}  // namespace stride::planning
