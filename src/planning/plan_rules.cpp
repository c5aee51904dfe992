#include "stride/planning/plan_rules.hpp"

#include <algorithm>

namespace stride::planning {

const RaceRecovery& PlanRules::recovery_after(std::optional<double> distance_km) const {
  const double distance = distance_km.value_or(race_recovery_unknown_distance_km);
  for (const auto& row : race_recovery) {
    if (distance <= row.up_to_km) return row;
  }
  return race_recovery.back();
}

std::optional<double> PlanRules::event_distance(core::Event event) const {
  const auto found = event_distance_km.find(event);
  return found == event_distance_km.end() ? std::nullopt : std::optional(found->second);
}

int PlanRules::contacts_per_set(const std::string& jump, core::Impact impact) const {
  const bool single_efforts =
      impact == core::Impact::High || std::ranges::find(single_effort_jumps, jump) != single_effort_jumps.end();
  return single_efforts ? plyometric_contacts_per_set_high_impact : plyometric_contacts_per_set;
}

int PlanRules::longest_recovery_days() const {
  int longest = recovery_days;
  for (const auto& row : race_recovery) longest = std::max(longest, row.days);
  return longest;
}

}  // namespace stride::planning
