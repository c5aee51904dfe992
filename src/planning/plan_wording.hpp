#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/planning/season.hpp"
#include "stride/planning/session_builder.hpp"
#include "stride/planning/training_profile.hpp"
#include "stride/planning/week_schedule.hpp"

// The runner-facing sentences of the plan: titles, the `why` of sessions and weeks, notes and
// warnings. Each sentence names the rule or finding behind it.
namespace stride::planning::wording {

[[nodiscard]] std::string imbalance_reason(const analytics::Imbalance& imbalance);
// Why a postpartum runner's impact is not cleared, e.g. "8 weeks after the birth (impact waits until
// week 12 at the earliest), not yet cleared for impact".
[[nodiscard]] std::string impact_not_cleared_reason(const core::Postpartum& postpartum, int impact_weeks);
[[nodiscard]] std::string session_title(core::PhaseName phase, int variant, bool deload, bool novice);
[[nodiscard]] std::string session_why(const SeasonWeek& week, const TrainingProfile& profile,
                                      const DayContext& day, Placement placement, const SessionContent& content,
                                      std::optional<core::Date> goal_race, int placed, int wanted);
[[nodiscard]] std::string week_focus(const SeasonWeek& week, int placed, int wanted, bool race_week);
[[nodiscard]] std::string race_week_why(core::Date race);
[[nodiscard]] std::string light_session_why(const DayContext& day, core::PhaseName phase);
[[nodiscard]] std::string after_race_why();
[[nodiscard]] std::vector<std::string> plan_notes(const PlanInputs& inputs, const PlanRules& rules,
                                                  const TrainingProfile& profile,
                                                  const std::vector<SeasonWeek>& season,
                                                  const CorrectiveRoutine* routine, int sessions_per_week,
                                                  core::Minutes budget, bool has_jumps);
[[nodiscard]] std::vector<std::string> plan_warnings(const PlanInputs& inputs, const TrainingProfile& profile,
                                                     const std::vector<SeasonWeek>& season);

// A short correctives session holding the findings' items a strength session had no minutes for.
[[nodiscard]] std::string correctives_session_why(core::PhaseName phase);

// A deload week whose loading week was already a minimal session: mobility instead.
[[nodiscard]] std::string minimal_deload_why();

}  // namespace stride::planning::wording
