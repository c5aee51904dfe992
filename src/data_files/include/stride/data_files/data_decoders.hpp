#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stride/analytics/world_records.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/error.hpp"
#include "stride/core/exercise.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/watch_workout.hpp"
#include "stride/planning/plan_rules.hpp"
#include "stride/service/roster_rules.hpp"

// Decoders for the versioned data under data/. They report problems like the input decoders
// (file, JSON path, problem); cross-entry rules are checked by the core types' create().
namespace stride::data_files {

// data/muscles.json (schema stride.muscles.v1).
[[nodiscard]] core::Result<core::MuscleVocabulary> decode_muscles(std::string_view text, std::string source);

// One data/exercises/*.json file (schema stride.exercise_file.v1).
[[nodiscard]] core::Result<std::vector<core::Exercise>> decode_exercise_file(std::string_view text, std::string source);

// data/assessment/compensation_wording.json (schema stride.compensation_wording.v1).
[[nodiscard]] core::Result<std::vector<core::CompensationWording>> decode_compensation_wording(std::string_view text,
                                                                                              std::string source);

// One data/assessment/<table>.json (schema stride.compensation_table.v1).
[[nodiscard]] core::Result<core::CompensationTable> decode_compensation_table(
    std::string_view text, std::string source, std::vector<core::CompensationWording> wording,
    const core::MuscleVocabulary& muscles, const core::ExerciseLibrary& library);

// An exercise id named by a rules file, with its JSON path, for the loader to check against the library.
struct ExerciseReference {
  std::string path;  // e.g. "$.injury_loading.knee[0]"
  std::string id;

  friend bool operator==(const ExerciseReference&, const ExerciseReference&) = default;
};

// data/rules/plan.json (schema stride.plan_rules.v1) and the exercise ids it names, in document order.
struct PlanRulesFile {
  planning::PlanRules rules;
  std::vector<ExerciseReference> exercises;
};

// Decodes and validates the planner's rules (plan_rules_decoder.cpp; docs/rules-data.md lists every
// rule). Whether the named exercises exist is checked by load_catalog, which has the library.
[[nodiscard]] core::Result<PlanRulesFile> decode_plan_rules(std::string_view text, std::string source);

// data/rules/world_records.json (schema stride.world_records.v1): the records from the shortest
// distance to the longest, validated by WorldRecordTable::create (docs/input-checks.md).
[[nodiscard]] core::Result<analytics::WorldRecordTable> decode_world_records(std::string_view text, std::string source);

// data/garmin/exercises.json (schema stride.garmin_exercises.v1): Garmin's exercise_category and
// exercise_name numbers of the Stride exercises that have a Garmin equivalent, in file order. Each
// category number must match the profile's name written beside it, and no exercise is mapped
// twice; load_catalog checks that every exercise is in the library.
[[nodiscard]] core::Result<std::vector<core::GarminExercise>> decode_garmin_exercises(std::string_view text,
                                                                                     std::string source);

// data/rules/roster.json (schema stride.roster_rules.v1): when a coach's roster asks for attention.
// Every rule is {"value", "source"}; values are checked against their ranges (docs/rules-data.md).
[[nodiscard]] core::Result<service::RosterRules> decode_roster_rules(std::string_view text, std::string source);

}  // namespace stride::data_files
