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
