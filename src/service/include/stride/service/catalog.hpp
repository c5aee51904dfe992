#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/analytics/world_records.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/watch_workout.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/plan_rules.hpp"
#include "stride/service/roster_rules.hpp"

namespace stride::service {

// Everything Stride knows that is not about one runner: the validated data under data/.
struct Catalog {
  core::MuscleVocabulary muscles;
  core::ExerciseLibrary library;
  std::vector<core::CompensationTable> tables;  // the first one is the default
  planning::CorrectiveRules corrective_rules;
  analytics::ImbalanceRules imbalance_rules;
  planning::PlanRules plan_rules;
  analytics::WorldRecordTable world_records;  // what no logged or imported run may beat
  std::vector<core::GarminExercise> garmin_exercises;  // Garmin's numbers, where an exercise has them
  RosterRules roster_rules;  // when a coach's roster asks for attention

  // Garmin's numbers for the exercise `id`, or nullptr when it keeps its own name on a watch.
  [[nodiscard]] const core::GarminExercise* garmin_exercise(std::string_view id) const;

  // The table with this id, or nullptr.
  [[nodiscard]] const core::CompensationTable* table(std::string_view id) const;
  [[nodiscard]] const core::CompensationTable& default_table() const { return tables.front(); }

  // Equal when every part is equal, indexes included.
  friend bool operator==(const Catalog&, const Catalog&) = default;
};

}  // namespace stride::service
