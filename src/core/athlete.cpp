#include "stride/core/athlete.hpp"

namespace stride::core {

std::set<InjuryRegion> Athlete::active_injury_regions() const {
  std::set<InjuryRegion> regions;
  for (const auto& injury : injuries) {
    if (injury.status != InjuryStatus::Past) regions.insert(injury.region);
  }
  return regions;
}

std::string injury_region_words(InjuryRegion region) {
  if (region == InjuryRegion::AchillesCalf) return "Achilles/calf";
  std::string text(enum_name(region));
  for (auto& character : text) character = character == '_' ? ' ' : character;
  return text;
}

}  // namespace stride::core
