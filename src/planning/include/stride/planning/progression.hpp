#pragma once

#include <array>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/training_log.hpp"
#include "stride/core/vocabulary.hpp"

// Adaptive load progression for one exercise from its logged sessions (docs/progression.md;
// science §5 items 80–82). Pure and deterministic.
namespace stride::planning {

// What the runner lifted in one session of one exercise, with what was prescribed then.
struct ExerciseSession {
  core::Date date;
  int target_reps = 0;
  std::optional<double> target_rpe;
  std::vector<core::StrengthSet> sets;
};

enum class LoadChange { NoHistory, Increase, Repeat, StepBack, Hold };

// The smallest load step each kind of equipment allows, in kg. The load of a dumbbell exercise is
// the weight of one dumbbell. Stride's defaults: fixed dumbbells come in 2 kg steps, kettlebells in
// 4 kg steps (8, 12, 16, 20 ...), a barbell in 2.5 kg steps (a pair of 1.25 kg plates), a cable
// stack in 2.5 kg steps; loads lifted with none of these round to 0.5 kg.
struct EquipmentSteps {
  double dumbbells_kg = 2.0;
  double kettlebell_kg = 4.0;
  double barbell_kg = 2.5;
  double cable_kg = 2.5;
  double other_kg = 0.5;
};

struct ProgressionRules {
  // A working set beats the target with target reps + this many reps or more (ACSM 2009: 1–2 reps
  // over the target) ...
  int extra_reps_to_beat = 1;
  // ... or with the target reps at an RPE this far or more below the target RPE (Stride's choice,
  // for runners told to stop at the target reps: one more rep in reserve than asked).
  double rpe_margin_to_beat = 1.0;
  // Sessions in a row, at the same load, that must beat the target before the load goes up
  // (ACSM 2009 "two consecutive sessions"; NSCA 2-for-2).
  int sessions_to_beat = 2;
  // The increase: the load the latest e1RM allows for the target reps at the target RPE, clamped
  // to [minimum_increase, cap] (ACSM 2009: 2–10 %; NSCA: ~2.5–5 % upper body, 5–10 % lower body).
  double minimum_increase = 0.02;
  double lower_body_cap = 0.10;
  double upper_body_cap = 0.05;
  // A working set is too hard at the target RPE + this much or more, or at RPE 10 (Stride's choice:
  // a full RPE point is about one rep, the rating error near failure; Hackett et al. 2017).
  double rpe_over_target_too_hard = 1.0;
  // Sessions in a row that must be too hard before the load steps back, and by how much (Stride's
  // choice: one too-hard session may be a bad day; 10 % is a deload-sized step).
  int sessions_too_hard = 2;
  double step_back = 0.10;
  // The target RPE assumed when a session has none (2 reps in reserve: item 48's 1–3 RIR).
  double assumed_target_rpe = 8.0;
  // Two loads closer than this are the same load.
  double same_load_tolerance_kg = 0.01;
  EquipmentSteps steps;
};

// The next session's load for one exercise, with why. `load_kg` is set for loaded exercises (for
// Repeat and Hold it is the latest working load) and empty for bodyweight ones and NoHistory;
// `estimated_one_rep_max_kg` is the latest session's best e1RM of a working set, when loaded.
struct LoadDecision {
  LoadChange change = LoadChange::NoHistory;
  std::optional<double> load_kg;
  std::optional<double> estimated_one_rep_max_kg;
  std::string why;
};

enum class Rounding { Nearest, Down, Up };

// The smallest load step of the equipment an exercise is lifted with (the caller passes the kit it
// uses): the finest step among the loaded kinds present, or `steps.other_kg` when there is none.
[[nodiscard]] double equipment_step(const std::set<core::Equipment>& equipment, const EquipmentSteps& steps = {});

// `load_kg` rounded to a multiple of equipment_step(); negative loads give 0.
[[nodiscard]] double round_to_equipment(double load_kg, const std::set<core::Equipment>& equipment,
                                        Rounding rounding = Rounding::Nearest, const EquipmentSteps& steps = {});

// The increase, as a fraction of `current_load_kg`, before rounding: the load `one_rep_max_kg`
// allows for `target_reps` at `target_rpe`, over the current load, minus 1, clamped to
// [rules.minimum_increase, cap].
[[nodiscard]] double increase_before_rounding(double one_rep_max_kg, double current_load_kg, int target_reps,
                                              double target_rpe, double cap, const ProgressionRules& rules = {});

// The next session's load for one exercise from its history (oldest first; sessions without a
// set, or with a target below 1 rep, are ignored). The working sets of a session are the sets at
// its heaviest load (all sets when none has a load). In order: two too-hard sessions in a row →
// StepBack; a working set of the latest session short of the target → Repeat; `sessions_to_beat`
// sessions in a row at the latest load that beat the target → Increase (or Hold when the equipment
// allows no load between +minimum_increase and the cap); otherwise Repeat. `lower_body` picks the
// cap. Bodyweight exercises get the same decisions, told as reps and tempo, with no load.
[[nodiscard]] LoadDecision next_load(std::span<const ExerciseSession> history, bool lower_body,
                                     const std::set<core::Equipment>& equipment, const ProgressionRules& rules = {});

}  // namespace stride::planning

namespace stride::core {
template <>
struct EnumNames<planning::LoadChange> {
  static constexpr std::array<std::string_view, 5> names{"no_history", "increase", "repeat", "step_back", "hold"};
};
static_assert(EnumNames<planning::LoadChange>::names.size() ==
              static_cast<std::size_t>(planning::LoadChange::Hold) + 1);
}  // namespace stride::core
