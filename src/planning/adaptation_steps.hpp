#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/planning/adaptation.hpp"

// The three steps of adapt_plan(), each testable through it.
namespace stride::planning {

// The first week takes the doses of a missed week; returns the note when it did.
std::optional<std::string> repeat_missed_week(core::Plan& plan, const TrainingHistory& history);

// One set fewer per strength, power and plyometric item in the first week after load flags.
std::optional<std::string> trim_after_load_flags(core::Plan& plan, const TrainingHistory& history,
                                                 const AdaptationRules& rules);

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
