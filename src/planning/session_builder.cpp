#include "stride/planning/session_builder.hpp"

namespace stride::planning {

using core::PhaseName;

SessionBuilder::SessionBuilder(const ExercisePicker& picker, const PlanRules& rules, const CorrectiveRules& timing,
                               const CorrectiveRoutine* routine)
    : m_picker(&picker), m_rules(&rules), m_timing(&timing), m_routine(routine) {}

const PhaseDose& SessionBuilder::dose_for(PhaseName phase) const {
  const auto& profile = m_picker->profile();
  switch (phase) {
    case PhaseName::Stabilization: return m_rules->stabilization;
    case PhaseName::Strength:
      if (profile.novice()) return m_rules->foundation;
      return profile.event == core::Event::Ultra ? m_rules->strength_endurance : m_rules->strength;
    case PhaseName::Power: return m_rules->power;
    case PhaseName::Taper:
      if (profile.novice()) return m_rules->foundation;
      return profile.event == core::Event::Ultra ? m_rules->strength_endurance : m_rules->power;
    case PhaseName::Maintenance:
    case PhaseName::Recovery: return profile.novice() ? m_rules->maintenance_foundation : m_rules->maintenance;
  }
  return m_rules->stabilization;
}

}  // namespace stride::planning
