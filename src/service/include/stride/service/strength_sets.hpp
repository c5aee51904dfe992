#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "stride/core/plan.hpp"
#include "stride/core/recorded_activity.hpp"
#include "stride/core/training_log.hpp"
#include "stride/core/watch_workout.hpp"

namespace stride::service {

// The sets of a strength recording as logged sets, and what the runner should know about them.
struct LoggedSets {
  std::vector<core::StrengthSet> sets;
  std::vector<std::string> notes;  // sets left out, with Garmin's numbers
};

// Maps each recorded set to a Stride exercise through `mapping` (data/garmin/exercises.json, in file
// order) by its Garmin exercise_category and exercise_name (docs/import.md):
// - when several Stride exercises share the set's Garmin numbers, the one that comes first in
//   `planned` (the exercises of the day's planned sessions, in plan order) is chosen, else the
//   first of them in `mapping`;
// - a set whose numbers map to no Stride exercise (or that has none: "unnamed on the watch") is
//   left out, and one note counts such sets by Garmin numbers.
// A logged set has side none, the recorded repetitions (0 when the set states none), the weight as
// load_kg (none for bodyweight) and no RPE. Pure; the result keeps the recorded order.
[[nodiscard]] LoggedSets logged_sets(std::span<const core::RecordedSet> recorded,
                                     std::span<const core::GarminExercise> mapping,
                                     std::span<const std::string> planned);

// The Stride exercise one recorded set maps to by logged_sets' rule, or nullopt when it is one
// logged_sets leaves out. Pure.
[[nodiscard]] std::optional<std::string> set_exercise(const core::RecordedSet& set,
                                                      std::span<const core::GarminExercise> mapping,
                                                      std::span<const std::string> planned);

// The exercises of a day's planned strength sessions, in plan order (sessions, blocks, items),
// each once.
[[nodiscard]] std::vector<std::string> planned_strength_exercises(const core::PlanDay& day);

}  // namespace stride::service
