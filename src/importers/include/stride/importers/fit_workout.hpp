#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/core/watch_workout.hpp"
#include "stride/core/workout_file_writer.hpp"
#include "stride/importers/activity_files.hpp"

namespace stride::importers {

// The longest step or workout name written, in bytes; longer names are cut at a character
// boundary (FIT strings are fixed-size fields of a definition).
inline constexpr std::size_t kFitWorkoutNameBytes = 48;

// `workout` as a FIT workout file (protocol 2.0, file type workout): a 14-byte header with its
// CRC, a file_id message whose time_created is midnight UTC of `workout.date`, a workout message
// (sport training, sub_sport strength_training) and one workout_step message per step, then the
// file CRC. The same workout always gives the same bytes. Names longer than kFitWorkoutNameBytes
// are cut; weights are rounded to 0.01 kg; everything else is written as given.
// docs/formats/fit-workout.md describes every field.
[[nodiscard]] std::vector<std::uint8_t> encode_fit_workout(const core::WatchWorkout& workout);

// Reads back a FIT workout file: the header, the header CRC when set and the file CRC are
// checked, then the file_id, workout and workout_step messages are decoded (other messages are
// skipped). Fails with InvalidInput naming `source` and the problem when the framing is broken,
// the file is not of type workout, or a step is of a duration type Stride does not write.
[[nodiscard]] core::Result<core::WatchWorkout> decode_fit_workout(Bytes file, std::string_view source);

// The WorkoutFileWriter port as FIT workout files (encode_fit_workout).
class FitWorkoutWriter final : public core::WorkoutFileWriter {
 public:
  [[nodiscard]] std::vector<std::uint8_t> encode(const core::WatchWorkout& workout) const override {
    return encode_fit_workout(workout);
  }
};

}  // namespace stride::importers
