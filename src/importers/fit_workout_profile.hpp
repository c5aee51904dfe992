#pragma once

// The numbers of the Garmin FIT profile that the workout encoder and decoder use: message and
// field numbers, base types, scales and enum values of file_id, workout and workout_step. The
// source of every number is the FIT SDK profile (Profile.xlsx 20.88) as exported in
// python-fitparse's fitparse/profile.py; docs/formats/fit-workout.md lists them.

#include <cstdint>

namespace stride::importers::fit::workout_profile {

// Global message numbers.
inline constexpr std::uint16_t kFileIdMessage = 0;
inline constexpr std::uint16_t kWorkoutMessage = 26;
inline constexpr std::uint16_t kWorkoutStepMessage = 27;

// Base type bytes of a definition's field.
inline constexpr std::uint8_t kEnumType = 0x00;
inline constexpr std::uint8_t kStringType = 0x07;
inline constexpr std::uint8_t kUint16Type = 0x84;
inline constexpr std::uint8_t kUint32Type = 0x86;

// file_id fields: type (enum file), manufacturer (uint16), product (uint16), time_created (uint32
// date_time, seconds since 1989-12-31T00:00:00Z).
inline constexpr std::uint8_t kFileIdType = 0;
inline constexpr std::uint8_t kFileIdManufacturer = 1;
inline constexpr std::uint8_t kFileIdProduct = 2;
inline constexpr std::uint8_t kFileIdTimeCreated = 4;
inline constexpr std::uint8_t kWorkoutFile = 5;               // file: workout
inline constexpr std::uint16_t kDevelopmentManufacturer = 255;  // manufacturer: development

// workout fields: sport (enum), num_valid_steps (uint16), wkt_name (string), sub_sport (enum).
inline constexpr std::uint8_t kWorkoutSport = 4;
inline constexpr std::uint8_t kWorkoutValidSteps = 6;
inline constexpr std::uint8_t kWorkoutName = 8;
inline constexpr std::uint8_t kWorkoutSubSport = 11;
inline constexpr std::uint8_t kTrainingSport = 10;            // sport: training
inline constexpr std::uint8_t kStrengthTrainingSubSport = 20;  // sub_sport: strength_training

// workout_step fields.
inline constexpr std::uint8_t kStepMessageIndex = 254;      // uint16
inline constexpr std::uint8_t kStepName = 0;                // wkt_step_name, string
inline constexpr std::uint8_t kStepDurationType = 1;        // enum wkt_step_duration
inline constexpr std::uint8_t kStepDurationValue = 2;       // uint32, read by the duration type
inline constexpr std::uint8_t kStepTargetType = 3;          // enum wkt_step_target
inline constexpr std::uint8_t kStepTargetValue = 4;         // uint32, read by the duration type
inline constexpr std::uint8_t kStepIntensity = 7;           // enum intensity
inline constexpr std::uint8_t kStepExerciseCategory = 10;   // uint16 exercise_category
inline constexpr std::uint8_t kStepExerciseName = 11;       // uint16 <category>_exercise_name
inline constexpr std::uint8_t kStepExerciseWeight = 12;     // uint16, kg with scale 100
inline constexpr std::uint8_t kStepWeightDisplayUnit = 13;  // uint16 fit_base_unit

// wkt_step_duration values. duration_value is duration_time (ms: scale 1000 of seconds) for
// Time, duration_reps for Reps and duration_step (the message_index to go back to) for
// RepeatUntilStepsComplete, whose target_value is repeat_steps (how many times in all).
inline constexpr std::uint8_t kDurationTime = 0;
inline constexpr std::uint8_t kDurationOpen = 5;
inline constexpr std::uint8_t kDurationRepeatUntilStepsComplete = 6;
inline constexpr std::uint8_t kDurationReps = 29;

inline constexpr std::uint8_t kTargetOpen = 2;  // wkt_step_target: open

// intensity values.
inline constexpr std::uint8_t kIntensityActive = 0;
inline constexpr std::uint8_t kIntensityRest = 1;
inline constexpr std::uint8_t kIntensityWarmUp = 2;
inline constexpr std::uint8_t kIntensityCoolDown = 3;

inline constexpr std::uint16_t kKilogramUnit = 1;     // fit_base_unit: kilogram
inline constexpr double kWeightScale = 100.0;         // exercise_weight: raw = kg × 100

// The profile version written in the header: 20.88 as major × 100 + minor.
inline constexpr std::uint16_t kProfileVersion = 2088;
// Protocol version 2.0: major in the high four bits.
inline constexpr std::uint8_t kProtocolVersion = 0x20;

// Invalid values of the base types.
inline constexpr std::uint8_t kInvalidEnum = 0xFF;
inline constexpr std::uint16_t kInvalidUint16 = 0xFFFF;
inline constexpr std::uint32_t kInvalidUint32 = 0xFFFFFFFF;

}  // namespace stride::importers::fit::workout_profile
