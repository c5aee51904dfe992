#include "stride/core/athlete.hpp"

namespace stride::core {

std::set<InjuryRegion> Athlete::active_injury_regions() const {
  std::set<InjuryRegion> regions;
  for (const auto& injury : injuries) {
    if (injury.status != InjuryStatus::Past) regions.insert(injury.region);
  }
  return regions;
}

}  // namespace stride::core
