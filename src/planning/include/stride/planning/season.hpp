#pragma once

#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/vocabulary.hpp"
#include "stride/planning/plan_rules.hpp"

namespace stride::planning {

// What the season's shape depends on.
struct SeasonProfile {
  core::StrengthExperience experience = core::StrengthExperience::None;
  bool has_findings = false;  // the assessment found compensations
  bool careful = false;       // past injuries or a masters runner: more frequent deloads
  core::Event event = core::Event::General;
  bool ends_with_goal_race = false;
  bool power_allowed = true;  // false while a lower-limb injury is current: no jumping, so no power phase
};

// One calendar week of the season. `start`/`end` are clipped to the plan's dates.
struct SeasonWeek {
  core::Date monday;
  core::Date start;
  core::Date end;
  core::PhaseName phase = core::PhaseName::Stabilization;
  bool deload = false;
  int week_in_phase = 1;    // 1-based
  int weeks_in_phase = 1;
  int step = 0;             // the dose step: loading weeks before this one in the phase (a deload repeats the last)
  int phase_ordinal = 0;    // which block of this phase (long seasons repeat the cycle)
  bool repeats_missed = false;  // repeats the step of the week before, which the runner missed
  bool replaces_power = false;  // a power week planned as strength (plan_power_as_strength): its own block
};

// The first stabilization block's length for a build of `build_weeks` weeks (taper excluded):
// the longest that applies of the trained, with-findings and novice lengths, or for a trained
// lifter with a build of at most `short_build_weeks` a short re-introduction
// (`stabilization_weeks_short_build`, one more with findings).
[[nodiscard]] int first_stabilization_weeks(int build_weeks, const SeasonProfile& profile, const PlanRules& rules);

// Lays the phases over the weeks from `start` to `end` (inclusive), working back from the end:
// with a goal race, a taper of `rules.taper_weeks` ends the season and a race within
// `rules.short_runway_weeks` gets maintenance and taper only; before that, stabilization (longer
// for novices and for anyone with compensations), then strength, then power once foundational
// strength is earned. Long seasons repeat the cycle with a short return to stabilization. Every
// `deload_every_weeks`-th loading week (fewer for careful profiles) is a deload, never the first
// week of a phase (the week after takes it) nor the week before the taper. Loading weeks are the
// strength and power weeks, counted across their boundary; stabilization's light work never
// deloads and starts the count again, like maintenance and the taper. Deterministic.
[[nodiscard]] std::vector<SeasonWeek> build_season(core::Date start, core::Date end, const SeasonProfile& profile,
                                                   const PlanRules& rules);

// The power weeks of a season planned as strength weeks, the deloads where they were: for a
// runner who can no longer jump (a leg injury since the season was planned), so that the weeks
// lived and the weeks to come keep one rhythm. They form a strength block of their own, whose
// doses start again from its first step.
void plan_power_as_strength(std::vector<SeasonWeek>& weeks);

// The runner did no strength session in the week of `missed_monday` (a re-plan found it in the
// log): the next loading week after it in the same phase block (past a deload in between)
// repeats its step instead of moving on, and the block's later weeks stay one step behind. A new
// phase or the taper after it is left as it is, and so is a season that does not hold the week.
void hold_back_after_missed_week(std::vector<SeasonWeek>& weeks, core::Date missed_monday);

}  // namespace stride::planning
