#pragma once

#include <span>
#include <string>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/core/recorded_activity.hpp"
#include "stride/core/watch_workout.hpp"
#include "stride/service/recordings.hpp"

namespace stride::json {

// One input file of `stride import`: its name as given and what decoding it gave.
using DecodedActivityFile = service::DecodedActivityFile;

// Contract §4.5 (`"schema": "stride.import.v1"`): the activities decoded, in input order, then
// the files that could not be read. Heart rates are whole beats per minute; other fractions are
// rounded to 3 decimals; fields a file does not carry are null. Extensions beyond the contract:
// avg_power_w, avg_step_length_mm, avg_vertical_ratio_percent, avg_stance_time_balance_left_percent,
// and `sets`: a strength recording's active sets in the order performed (empty for other
// activities), each {"exercise", "garmin_category", "garmin_exercise_name", "reps", "load_kg",
// "duration_s", "start_time"}, where `exercise` is the Stride exercise `garmin_exercises`
// (data/garmin/exercises.json) maps the set to when no plan says otherwise, the one `stride log
// import-files` logs, or null for a set it leaves out (docs/import.md).
[[nodiscard]] std::string encode_activity_import(const std::vector<DecodedActivityFile>& files,
                                                 std::span<const core::GarminExercise> garmin_exercises);

// The message of an error as the `errors[].message` of §4.5: "path: message", without the source.
[[nodiscard]] std::string error_message_without_source(const core::Error& error);

}  // namespace stride::json
