#include "stride/service/plan_version.hpp"

#include <fmt/format.h>

namespace stride::service {

core::Status check_plan_version(std::optional<core::PlanId> latest, std::optional<core::PlanId> expected) {
  if (!expected || (latest && *latest == *expected)) return {};
  if (!latest) {
    return std::unexpected(core::make_error(core::ErrorCode::Conflict,
                                            fmt::format("plan {} is no longer this athlete's plan: there is no plan now",
                                                        expected->value)));
  }
  return std::unexpected(core::make_error(
      core::ErrorCode::Conflict,
      fmt::format("the plan changed since it was read (plan {} then, plan {} now: a re-plan or another change was "
                  "made meanwhile); read it again and make the change on the current plan",
                  expected->value, latest->value)));
}

}  // namespace stride::service
