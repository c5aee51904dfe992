#include "stride/planning/training_profile.hpp"

#include <algorithm>

namespace stride::planning {

bool is_lower_limb(core::InjuryRegion region) {
  return region != core::InjuryRegion::LowerBack && region != core::InjuryRegion::Other;
}

int TrainingProfile::maximum_level() const {
  switch (experience) {
    case core::StrengthExperience::None: return 2;
    case core::StrengthExperience::Beginner: return 3;
    case core::StrengthExperience::Intermediate: return 4;
    case core::StrengthExperience::Advanced: return 5;
  }
  return 2;
}

bool TrainingProfile::novice() const {
  return experience == core::StrengthExperience::None || experience == core::StrengthExperience::Beginner;
}

bool TrainingProfile::lower_limb_injury_current() const {
  return std::ranges::any_of(current_regions, is_lower_limb);
}

bool TrainingProfile::lower_limb_injury_active() const {
  return lower_limb_injury_current() || std::ranges::any_of(recovering_regions, is_lower_limb);
}

bool power_phase_allowed(const TrainingProfile& profile) {
  return !profile.lower_limb_injury_current() && !profile.impact_not_cleared;
}

}  // namespace stride::planning
