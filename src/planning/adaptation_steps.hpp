#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/planning/adaptation.hpp"

// The step of adapt_plan() that reads the logged sets.
namespace stride::planning {

// Loads from logged sets on every externally loaded exercise with a reps dose.
std::vector<std::string> set_load_targets(core::Plan& plan, const TrainingHistory& history,
                                          const core::ExerciseLibrary& library);

// Calls `visit(session)` for every strength session in [from, to].
template <class Visit>
void for_each_strength_session(core::Plan& plan, core::Date from, core::Date to, Visit&& visit) {
  for (auto& day : plan.days) {
    if (day.date < from || day.date > to) continue;
    for (auto& session : day.sessions) {
      if (session.kind == core::SessionKind::Strength) visit(session);
    }
  }
}

}  // namespace stride::planning
