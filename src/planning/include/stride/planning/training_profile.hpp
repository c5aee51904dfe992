#pragma once

#include <map>
#include <set>
#include <string>

#include "stride/core/athlete.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::planning {

// The parts of a runner that shape each session's choice of exercises and doses.
struct TrainingProfile {
  core::StrengthExperience experience = core::StrengthExperience::None;
  std::set<core::Equipment> equipment;
  std::set<core::InjuryRegion> current_regions;
  std::set<core::InjuryRegion> recovering_regions;
  std::set<core::InjuryRegion> past_regions;
  bool shoulders_compensate = false;  // the screen saw the arms fall forward or the shoulders elevate
  std::set<core::Side> current_injury_sides;  // the sides of current injuries (left, right or both)
  std::map<core::InjuryRegion, core::Side> injury_side;  // of each current or recovering region; both when they differ
  core::Surface surface = core::Surface::Road;
  core::Event event = core::Event::General;
  core::Side weaker_side = core::Side::None;  // left or right when the assessment found a difference
  std::string weaker_side_reason;              // e.g. "your left knee caves in on the single-leg squat"
  bool careful = false;                        // any injury (past, recovering, current) or a masters runner
  bool masters = false;                        // masters_age or older at the plan start
  bool youth = false;                          // younger than youth_age_below at the plan start
  bool postpartum = false;                     // the athlete file has a postpartum entry
  // Postpartum and under postpartum_impact_weeks since the birth, or with pelvic-floor symptoms,
  // or not yet cleared for impact by a clinician: no jumping and nothing with impact.
  bool impact_not_cleared = false;
  std::string impact_not_cleared_reason;       // e.g. "8 weeks after the birth (...), not yet cleared for impact"

  // The hardest exercise level this runner is given: none 2, beginner 3, intermediate 4, advanced 5.
  [[nodiscard]] int maximum_level() const;
  [[nodiscard]] bool novice() const;
  // A current or recovering injury of the foot, ankle, calf, shin, knee, hip or hamstring.
  [[nodiscard]] bool lower_limb_injury_active() const;
  [[nodiscard]] bool lower_limb_injury_current() const;
};

// False when the plan should have no power phase: a current lower-limb injury, or impact not yet
// cleared after a birth (both rule out jumping).
[[nodiscard]] bool power_phase_allowed(const TrainingProfile& profile);

// True for the regions of the leg (everything but lower_back and other).
[[nodiscard]] bool is_lower_limb(core::InjuryRegion region);

}  // namespace stride::planning
