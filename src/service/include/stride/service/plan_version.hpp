#pragma once

#include <optional>

#include "stride/core/store.hpp"

// The version of an athlete's plan, for writes that must not overwrite a plan someone else changed
// since the writer read it (a coach shaping a session while the runner re-plans). Each re-plan and
// each change stores a new plan record, so the latest plan's id is the version.
namespace stride::service {

// Conflict, saying which plan is current now, when `expected` is set and the latest plan is not
// that one (or there is no plan); nothing otherwise. Called inside the writer's unit of work, so no
// other write falls between the check and the write.
[[nodiscard]] core::Status check_plan_version(const std::optional<core::PlanRecord>& latest,
                                              std::optional<core::PlanId> expected);

}  // namespace stride::service
