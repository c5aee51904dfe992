#pragma once

// Every scheduling, taper and safety rule a periodized plan must keep, whatever the athlete and
// their running calendar: plan_violations() returns one plain sentence per broken rule, prefixed
// with the rule's name, so a failing property test says exactly what broke and where.
//
// The rules are re-derived here from the inputs (the calendar, the goal race, the athlete and the
// plan rules of the catalog) and never read back from the planner's own day contexts, so a bug in
// how the planner sees a day cannot hide itself.
//
// The checker is plan_checks::PlanChecker (plan_checker.hpp); its rules are in plan_calendar_rules.cpp,
// plan_dose_rules.cpp and plan_content_rules.cpp.

#include <string>
#include <vector>

#include "stride/core/athlete.hpp"
#include "stride/core/date.hpp"
#include "stride/core/plan.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/service/catalog.hpp"

namespace stride::testing {

// What the runner was given before a re-plan's start: the season's first day and the weeks and
// days of the plan in effect until the day before. The rules that look back (deloads, progression,
// contacts, the season's shape, taper effort, spacing) read through it; only the re-plan is judged.
struct LivedSeason {
  core::Date season_start;
  core::Athlete season_athlete;       // the athlete the season's shape was planned for
  std::vector<core::PlanWeek> weeks;  // the weeks that began before the re-plan's start
  std::vector<core::PlanDay> days;    // the days before the re-plan's start
};

// Every rule a plan must keep for these inputs; returns the violations, each naming its rule.
std::vector<std::string> plan_violations(const core::Plan& plan, const planning::PlanInputs& inputs,
                                         const service::Catalog& catalog);

// The same for a re-plan from `inputs.start` inside a season begun on `lived.season_start`:
// `inputs.weeks` is the season's length without a race. Only the re-plan is judged; what was
// lived before is the history its rules look back on.
std::vector<std::string> replan_violations(const core::Plan& plan, const planning::PlanInputs& inputs,
                                           const service::Catalog& catalog, const LivedSeason& lived);

}  // namespace stride::testing
