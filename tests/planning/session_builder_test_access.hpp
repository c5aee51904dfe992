#pragma once

#include <utility>
#include <vector>

#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/session_builder.hpp"

namespace stride::planning {

// Reaches the warm-up, cool-down, trimming and session composing of SessionBuilder, which the plan
// builder calls.
class SessionBuilderTestAccess {
 public:
  static auto warm_up(const SessionBuilder& builder, ExerciseSet& used, CorrectiveCoverage coverage) {
    return builder.warm_up(used, 2, coverage);
  }
  static auto cool_down(const SessionBuilder& builder, ExerciseSet& used, CorrectiveCoverage coverage) {
    std::vector<SessionBuilder::Entry> entries;
    builder.cool_down(used, 1, entries, coverage);
    return entries;
  }
  template <class Entries>
  static SessionContent assemble(const SessionBuilder& builder, Entries entries, core::Minutes budget) {
    return builder.assemble(std::move(entries), SessionBuilder::Limits{budget, std::nullopt, std::nullopt});
  }
  // The session of `request` built from its parts, never a copy of one built before.
  static SessionContent compose_strength_session(const SessionBuilder& builder, const SessionRequest& request) {
    return builder.compose_strength_session(request);
  }
};

}  // namespace stride::planning
