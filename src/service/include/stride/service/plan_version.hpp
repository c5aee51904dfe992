#pragma once

#include <optional>

#include "stride/core/store.hpp"

// The version of an athlete's plan, for writes that must not overwrite a plan someone else changed
// since the writer read it (a coach shaping a session while the runner re-plans). Each re-plan and
// each change stores a new plan record, so the latest plan's id is the version.
namespace stride::service {

// Conflict, saying which plan is current now, when `expected` is set and the latest plan (`latest`,
// the id of the athlete's latest plan, nullopt without one) is not that one; nothing otherwise.
// Called inside the writer's unit of work, so no other write falls between the check and the write.
[[nodiscard]] core::Status check_plan_version(std::optional<core::PlanId> latest, std::optional<core::PlanId> expected);

// The id of `latest`, for check_plan_version.
template <class Record>
[[nodiscard]] std::optional<core::PlanId> plan_id_of(const std::optional<Record>& latest) {
  return latest ? std::optional(latest->id) : std::nullopt;
}

}  // namespace stride::service
