#include "plan_targets.hpp"

#include <algorithm>
#include <cmath>

#include "plan_wording.hpp"

namespace stride::planning {

using core::PhaseName;

const ContactRange& contact_range(const TrainingProfile& profile, const PlanRules& rules) {
  if (profile.novice()) return rules.beginner_contacts;
  return profile.experience == core::StrengthExperience::Advanced ? rules.advanced_contacts
                                                                  : rules.intermediate_contacts;
}

TrainingProfile make_profile(const PlanInputs& inputs, const PlanRules& rules) {
  const auto& athlete = inputs.athlete;
  TrainingProfile profile;
  profile.experience = athlete.strength_experience;
  profile.equipment = athlete.equipment;
  profile.surface = athlete.running.surface;
  profile.event = athlete.goal.event;
  for (const auto& injury : athlete.injuries) {
    if (injury.status != core::InjuryStatus::Past) {
      const auto [found, inserted] = profile.injury_side.emplace(injury.region, injury.side);
      if (!inserted && found->second != injury.side) found->second = core::Side::Both;
    }
    switch (injury.status) {
      case core::InjuryStatus::Current:
        profile.current_regions.insert(injury.region);
        profile.current_injury_sides.insert(injury.side);
        break;
      case core::InjuryStatus::Recovering: profile.recovering_regions.insert(injury.region); break;
      case core::InjuryStatus::Past: profile.past_regions.insert(injury.region); break;
    }
  }
  const int age = athlete.birth_year ? static_cast<int>(inputs.start.year()) - *athlete.birth_year : 0;
  profile.masters = athlete.birth_year && age >= rules.masters_age;
  profile.youth = athlete.birth_year && age < rules.youth_age_below;
  // Any injury, current ones included, makes progression careful.
  profile.careful = !profile.past_regions.empty() || !profile.recovering_regions.empty() ||
                    !profile.current_regions.empty() || profile.masters;
  if (const auto& postpartum = athlete.postpartum) {
    profile.postpartum = true;
    profile.impact_not_cleared = postpartum->weeks_since_birth < rules.postpartum_impact_weeks ||
                                 postpartum->pelvic_floor_symptoms || !postpartum->cleared_for_impact;
    if (profile.impact_not_cleared) {
      profile.impact_not_cleared_reason = wording::impact_not_cleared_reason(*postpartum, rules.postpartum_impact_weeks);
    }
  }
  if (inputs.findings) {
    profile.shoulders_compensate = std::ranges::any_of(inputs.findings->findings, [](const analytics::Finding& finding) {
      return finding.compensation == core::Compensation::ArmsFallForward ||
             finding.compensation == core::Compensation::ShouldersElevate;
    });
    // The weaker side is the one most of the imbalances name; a tie goes to the first named.
    int left = 0;
    int right = 0;
    for (const auto& imbalance : inputs.findings->imbalances) {
      if (imbalance.weaker_side == core::Side::Left) ++left;
      if (imbalance.weaker_side == core::Side::Right) ++right;
    }
    for (const auto& imbalance : inputs.findings->imbalances) {
      if (imbalance.weaker_side != core::Side::Left && imbalance.weaker_side != core::Side::Right) continue;
      if ((imbalance.weaker_side == core::Side::Left ? left : right) < std::max(left, right)) continue;
      profile.weaker_side = imbalance.weaker_side;
      profile.weaker_side_reason = wording::imbalance_reason(imbalance);
      break;
    }
  }
  return profile;
}

WeekTargets week_targets(const core::Athlete& athlete, const TrainingProfile& profile, const PlanRules& rules) {
  WeekTargets targets;
  const bool high_mileage = athlete.running.weekly_distance.value() >= rules.high_mileage_km;
  const bool ready = !profile.novice() && !profile.lower_limb_injury_active() && !high_mileage;
  int cap = ready ? rules.sessions_ready_maximum : rules.sessions_default_maximum;
  if (high_mileage) cap = std::min(cap, rules.high_mileage_sessions_maximum);
  targets.strength_sessions = std::min(athlete.availability.strength_sessions_per_week, cap);
  targets.budget = athlete.availability.session_minutes;
  if (high_mileage) targets.budget = std::min(targets.budget, core::Minutes(rules.high_mileage_minutes_maximum));
  return targets;
}

int start_contacts(const TrainingProfile& profile, const PlanRules& rules) {
  int start = profile.novice() ? rules.beginner_start_contacts
              : profile.experience == core::StrengthExperience::Advanced ? rules.advanced_start_contacts
                                                                          : rules.intermediate_start_contacts;
  if (profile.careful || profile.youth) start = static_cast<int>(std::lround(start * rules.careful_start_fraction));
  return start;
}

int contacts_for(const SeasonWeek& week, int recent_contacts, const TrainingProfile& profile, const PlanRules& rules) {
  const auto& range = contact_range(profile, rules);
  int ceiling = range.maximum;
  if (week.phase == PhaseName::Maintenance) {
    if (profile.novice()) return 0;
    ceiling = static_cast<int>(std::lround(range.minimum * rules.maintenance_contacts_fraction));
  } else if (week.phase != PhaseName::Power) {
    return 0;
  }
  const double growth = profile.careful ? rules.careful_weekly_growth : rules.plyometric_weekly_growth;
  const int start = start_contacts(profile, rules);
  int contacts = std::max(start, static_cast<int>(std::floor(recent_contacts * (1.0 + growth))));
  contacts = std::min(contacts, ceiling);
  if (week.deload) contacts = static_cast<int>(std::lround(contacts * rules.deload_set_fraction));
  return contacts;
}

}  // namespace stride::planning
