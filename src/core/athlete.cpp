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

std::string with_side(std::string part, Side side) {
  switch (side) {
    case Side::Left: return "left " + part;
    case Side::Right: return "right " + part;
    case Side::Both: return part + " (both sides)";
    case Side::None: break;
  }
  return part;
}

}  // namespace stride::core
