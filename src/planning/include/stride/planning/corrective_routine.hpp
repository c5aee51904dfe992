#pragma once

#include <optional>
#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/session.hpp"

namespace stride::planning {

// The doses and timings of the corrective continuum. Loaded from data/rules/corrective_routine.json;
// the defaults here are the same values (science.md §1.4 items 20-23).
struct CorrectiveRules {
  int smr_hold_seconds = 30;           // inhibit: at least 30 s per area
  int stretch_hold_seconds = 30;       // lengthen: about 30 s, overactive muscles only
  int activation_sets = 1;
  int activation_reps = 10;            // 10-15 reps
  std::string activation_tempo = "4-2-1";  // 4 s down, 2 s hold, 1 s up
  int activation_max_level = 3;
  int integrate_sets = 1;
  int integrate_reps = 12;
  std::string integrate_tempo = "2-0-2";
  int untimed_seconds_per_rep = 3;     // a rep prescribed without a tempo
  int balance_hold_seconds = 30;
  int rest_between_sets_seconds = 20;
  int switch_sides_seconds = 5;
  int setup_seconds = 15;              // moving to and setting up each exercise
  int default_budget_minutes = 15;
};

struct RoutineOptions {
  std::set<core::Equipment> equipment;        // bodyweight is always available
  std::set<core::InjuryRegion> avoid_regions; // current or recovering injuries
  core::Minutes budget{15};
};

// An exercise the routine wanted but left out, and why.
struct LeftOut {
  std::string exercise;  // empty when no exercise could be found
  core::Role role = core::Role::Activate;
  std::vector<std::string> targets;
  std::string reason;
};

struct CorrectiveRoutine {
  core::Seconds duration{0};
  core::Minutes budget{15};
  std::vector<core::Block> blocks;  // inhibit, lengthen, activate, integrate (empty ones left out)
  std::vector<LeftOut> left_out;
  std::vector<std::string> notes;
};

// Builds the inhibit → lengthen → activate → integrate routine for `findings`. Each muscle is
// addressed at most once per step and each exercise used at most once; only exercises doable
// with `options.equipment` and not avoided for `options.avoid_regions` are chosen. Items are
// added in priority order while they fit `options.budget`; the rest are listed in left_out.
// Deterministic: the same inputs give the same routine.
[[nodiscard]] CorrectiveRoutine build_corrective_routine(const analytics::AssessmentFindings& findings,
                                                         const core::CompensationTable& table,
                                                         const core::ExerciseLibrary& library,
                                                         const core::MuscleVocabulary& muscles,
                                                         const CorrectiveRules& rules, const RoutineOptions& options);

// The seconds one rep takes at `tempo` ("4-2-1" → 7): the sum of its dash-separated digits.
// nullopt when the text is not such a tempo.
[[nodiscard]] std::optional<int> tempo_seconds_per_rep(std::string_view tempo);

// The honest duration of one prescription: work, side switches, rests and set-up.
[[nodiscard]] core::Seconds estimate_duration(const core::Prescription& item, const CorrectiveRules& rules);

}  // namespace stride::planning
