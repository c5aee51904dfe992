#include "stride/core/plan.hpp"

#include <algorithm>

namespace stride::core {

bool PlannedSession::has_plyometrics() const {
  return std::ranges::any_of(blocks, [](const Block& block) {
    return std::ranges::any_of(block.items, [](const Prescription& item) { return item.contacts.has_value(); });
  });
}

PlanOutline outline_of(const Plan& plan) {
  PlanOutline outline;
  outline.start = plan.start;
  outline.end = plan.end;
  outline.season_start = plan.season_start;
  outline.race = plan.race;
  outline.phases = plan.phases;
  outline.weeks = plan.weeks;
  if (plan.after_race) outline.recovery_end = plan.after_race->end;
  return outline;
}

}  // namespace stride::core
