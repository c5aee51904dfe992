#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stride/core/compensation_table.hpp"
#include "stride/core/error.hpp"
#include "stride/core/exercise.hpp"
#include "stride/core/muscles.hpp"

// Decoders for the versioned data under data/. They report problems like the input decoders
// (file, JSON path, problem); cross-entry rules are checked by the core types' create().
namespace stride::json {

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

}  // namespace stride::json
