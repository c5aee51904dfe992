#pragma once

#include "stride/core/athlete.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/planning/plan_rules.hpp"
#include "stride/planning/season.hpp"
#include "stride/planning/training_profile.hpp"

// What the plan asks of one athlete, shared by the plan assembler's files: their training
// profile, the strength sessions and minutes of a week, and a session's plyometric foot contacts.
namespace stride::planning {

// The athlete's training profile: injuries by status and side, life stage, the care their
// history calls for, and the weaker side and shoulder compensations the assessment found.
[[nodiscard]] TrainingProfile make_profile(const PlanInputs& inputs, const PlanRules& rules);

struct WeekTargets {
  int strength_sessions = 2;
  core::Minutes budget{30};
};

// The week's strength sessions and session minutes: the athlete's, capped by readiness and mileage.
[[nodiscard]] WeekTargets week_targets(const core::Athlete& athlete, const TrainingProfile& profile,
                                       const PlanRules& rules);

// The foot contacts of one plyometric session for the runner's level (beginners: the novice range).
[[nodiscard]] const ContactRange& contact_range(const TrainingProfile& profile, const PlanRules& rules);

// The first plyometric session's foot contacts for this runner: the level's start, lower for
// careful runners (masters, past or recovering injuries) and for youth.
[[nodiscard]] int start_contacts(const TrainingProfile& profile, const PlanRules& rules);

// Foot contacts wanted in a session of `week`, grown from what the two weeks before really held
// (`recent_contacts`, the most in one session): the start dose when there were none, otherwise at
// most the weekly growth more, never above the level's maximum; a deload about halves it and
// in-season a reduced dose is the most. No jumps outside the power and maintenance phases.
[[nodiscard]] int contacts_for(const SeasonWeek& week, int recent_contacts, const TrainingProfile& profile,
                               const PlanRules& rules);

}  // namespace stride::planning
