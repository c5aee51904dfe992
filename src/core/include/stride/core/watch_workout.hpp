#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "stride/core/date.hpp"

namespace stride::core {

// Garmin's numbers for one Stride exercise (data/garmin/exercises.json): the FIT profile's
// exercise_category and, within it, the <category>_exercise_name value, each with the profile's
// name beside it so that a reader can check the number.
struct GarminExercise {
  std::string exercise;  // the Stride exercise id
  int category = 0;  // 0 to 32
  std::string category_name;
  int name = 0;
  std::string name_text;

  friend bool operator==(const GarminExercise&, const GarminExercise&) = default;
};

// What a step of a watch workout asks for.
enum class WorkoutStepKind : std::uint8_t {
  Active,  // work: a number of reps, a time, or until the runner moves on
  Rest,    // a timed rest
  Repeat,  // go back to step `repeat_from` until the steps from there have run `repeat_count` times
};

// How hard a step is, as the watch shows it.
enum class WorkoutStepIntensity : std::uint8_t { Active, Rest, WarmUp, CoolDown };

// One step of a watch workout. An Active step carries at most one of `reps` and `duration_ms`
// (neither: the runner ends the step by pressing a button); a Rest step carries `duration_ms`; a
// Repeat step carries `repeat_from` and `repeat_count` only.
struct WorkoutStep {
  WorkoutStepKind kind = WorkoutStepKind::Active;
  WorkoutStepIntensity intensity = WorkoutStepIntensity::Active;
  std::string name;                              // what the watch shows; empty for Repeat steps
  std::optional<std::uint16_t> category;         // Garmin's exercise_category of an Active step
  std::optional<std::uint16_t> exercise_name;    // Garmin's exercise_name within `category`
  std::optional<std::uint32_t> reps;
  std::optional<std::uint32_t> duration_ms;
  std::optional<double> weight_kg;               // to 0.01 kg, as the FIT profile stores it
  std::uint32_t repeat_from = 0;                 // the index of the first step repeated
  std::uint32_t repeat_count = 0;                // how many times those steps run in all

  friend bool operator==(const WorkoutStep&, const WorkoutStep&) = default;
};

// A strength session as a workout a watch runs step by step (docs/formats/fit-workout.md).
struct WatchWorkout {
  std::string name;  // the session's title
  Date date;         // the session's day: the file's creation time is its midnight UTC
  std::vector<WorkoutStep> steps;

  friend bool operator==(const WatchWorkout&, const WatchWorkout&) = default;
};

// The Garmin exercise_category value of an exercise without a Garmin equivalent.
inline constexpr std::uint16_t kGarminUnknownCategory = 65534;

}  // namespace stride::core
