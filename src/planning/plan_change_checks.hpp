#pragma once

#include <optional>
#include <string>

#include "day_contexts.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/plan_changes.hpp"
#include "stride/planning/training_profile.hpp"

// The planner's rules as questions about one change (private to the plan changes' files). Each
// answers nullopt when the rule allows the change, else the reason in words.
namespace stride::planning::detail {

// The runner's training profile on the plan's first day (no assessment findings: they do not
// change which exercises are safe).
[[nodiscard]] TrainingProfile change_profile(const core::Plan& plan, const PlanChangeContext& context);

// What the race windows and the running calendar allow on `date`.
[[nodiscard]] DayContext day_context(const core::Plan& plan, core::Date date, const PlanChangeContext& context);

// The plan's day `date` (its after-race week included), or nullptr.
[[nodiscard]] const core::PlanDay* day_of(const core::Plan& plan, core::Date date);

// "Thursday 2026-12-03".
[[nodiscard]] std::string day_words(core::Date date);

// Why `item` (of the exercise `planned`, nullptr when the library lacks it) in `session` on `day`
// may not become `candidate`, or nullopt when it may.
[[nodiscard]] std::optional<std::string> swap_refusal(const core::Prescription& item, const core::Exercise* planned,
                                                      const core::Exercise& candidate,
                                                      const core::PlannedSession& session, const DayContext& day,
                                                      const ExercisePicker& picker, const PlanRules& rules);

// Why `session` may not go to `to`, or nullopt when it may. `leaving` is the day the session
// leaves (a move), nullopt for an added copy.
[[nodiscard]] std::optional<std::string> day_refusal(const core::Plan& plan, const core::PlannedSession& session,
                                                     core::Date to, std::optional<core::SessionPlace> leaving,
                                                     const PlanChangeContext& context, const TrainingProfile& profile);

}  // namespace stride::planning::detail
