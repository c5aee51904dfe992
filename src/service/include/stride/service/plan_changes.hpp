#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/plan_change.hpp"
#include "stride/core/store.hpp"
#include "stride/planning/plan_changes.hpp"
#include "stride/service/catalog.hpp"

// Shaping a stored plan: a coach (or the runner) swaps an exercise, moves, skips or adds a session,
// or changes a dose; each change is checked by the planner's rules, kept with who made it and why,
// and made again by later re-plans (docs/plan-changes.md).
namespace stride::service {

// The longest reason a change keeps, in characters.
inline constexpr std::size_t kPlanChangeReasonMaximum = 500;

struct MadePlanChange {
  core::PlanChangeRecord record;
  core::PlanId plan;  // the stored plan with the change made
};

// Makes `change` on the athlete's latest plan as `author` and stores both the change and the
// changed plan, in one unit of work. The caller has authorized the request first (AccessPolicy,
// AthleteAction::WritePlan). `change.session_title` is filled from the plan. A strength session of
// today or earlier that the runner already logged strength work on is done: InvalidInput naming
// `session`. InvalidInput naming `reason` when it is empty, longer than kPlanChangeReasonMaximum or
// holds a control character, naming `session` when the athlete has no plan, and the refusals of
// planning::apply_plan_change; NotFound for an unknown athlete; Conflict when `expected_plan` is set
// and is no longer the latest plan (check_plan_version).
[[nodiscard]] core::Result<MadePlanChange> change_plan(const Catalog& catalog, core::Store& store,
                                                       const core::Account& author, core::AthleteId athlete,
                                                       core::PlanChange change, core::Instant now, core::Date today,
                                                       std::optional<core::PlanId> expected_plan = std::nullopt);

// The exercises the item of `exercise` in the latest plan's session at `place` may be swapped for
// (planning::swap_options); InvalidInput naming `session` when the athlete has no plan.
[[nodiscard]] core::Result<std::vector<planning::SwapOption>> plan_swap_options(const Catalog& catalog,
                                                                                core::Store& store,
                                                                                core::AthleteId athlete,
                                                                                core::SessionPlace place,
                                                                                std::string_view exercise,
                                                                                core::Date today);

// What a re-plan did with the kept changes.
struct ReappliedChanges {
  std::vector<std::string> notes;  // one line per change that no longer fits, for the plan's notes
};

// Makes the athlete's kept changes again on `plan`, a re-plan from `start` built for `athlete` on
// `calendar` with `assessment` (when there is one): those without a conflict whose session lies on
// or after `start`, oldest first. A change the new plan refuses is kept with the refusal as its
// conflict (so the coach is told, and it is not tried again) and named in the notes. Call inside
// the re-plan's unit of work.
[[nodiscard]] core::Result<ReappliedChanges> reapply_plan_changes(const Catalog& catalog, core::Store& store,
                                                                  core::AthleteId athlete,
                                                                  const core::Athlete& athlete_document,
                                                                  const core::RunningCalendar& calendar,
                                                                  const std::optional<core::Assessment>& assessment,
                                                                  core::Plan& plan, core::Date start, core::Date today);

}  // namespace stride::service
