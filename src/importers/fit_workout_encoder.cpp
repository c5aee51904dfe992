// The FIT workout encoder: a watch workout as the bytes of a FIT workout file. Three local message
// types are defined once each (file_id 0, workout 1, workout_step 2), so every workout_step has the
// same fields; a field a step does not use holds its base type's invalid value.
#include <chrono>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string_view>

#include "fit_messages.hpp"
#include "fit_workout_profile.hpp"
#include "stride/importers/fit_workout.hpp"

namespace stride::importers {
namespace {

namespace profile = fit::workout_profile;

constexpr std::uint8_t kFileIdLocal = 0;
constexpr std::uint8_t kWorkoutLocal = 1;
constexpr std::uint8_t kStepLocal = 2;
constexpr std::size_t kHeaderBytes = 14;

struct FieldDefinition {
  std::uint8_t number;
  std::uint8_t size;
  std::uint8_t base_type;
};

// Appends little-endian integers and fixed-size strings to a byte buffer.
class ByteSink {
 public:
  void u8(std::uint8_t value) { m_bytes.push_back(value); }
  void u16(std::uint16_t value) {
    u8(static_cast<std::uint8_t>(value & 0xFFu));
    u8(static_cast<std::uint8_t>(value >> 8));
  }
  void u32(std::uint32_t value) {
    u16(static_cast<std::uint16_t>(value & 0xFFFFu));
    u16(static_cast<std::uint16_t>(value >> 16));
  }
  // `text` in `size` bytes, padded with zeros; the caller has cut it to at most size − 1 bytes.
  void string(std::string_view text, std::size_t size) {
    for (std::size_t index = 0; index < size; ++index) u8(index < text.size() ? static_cast<std::uint8_t>(text[index]) : 0);
  }
  void definition(std::uint8_t local, std::uint16_t global, std::initializer_list<FieldDefinition> fields) {
    u8(static_cast<std::uint8_t>(fit::kDefinitionBit | local));
    u8(0);  // reserved
    u8(0);  // architecture: little-endian
    u16(global);
    u8(static_cast<std::uint8_t>(fields.size()));
    for (const auto& field : fields) {
      u8(field.number);
      u8(field.size);
      u8(field.base_type);
    }
  }
  std::vector<std::uint8_t>& bytes() { return m_bytes; }

 private:
  std::vector<std::uint8_t> m_bytes;
};

// `text` cut to at most kFitWorkoutNameBytes − 1 bytes without splitting a UTF-8 character.
std::string_view cut_name(std::string_view text) {
  constexpr std::size_t kLimit = kFitWorkoutNameBytes - 1;
  if (text.size() <= kLimit) return text;
  std::size_t end = kLimit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u) --end;
  return text.substr(0, end);
}

// The string field size for names of at most `longest` bytes: room for the terminating zero.
std::uint8_t string_size(std::size_t longest) { return static_cast<std::uint8_t>(longest + 1); }

std::uint32_t fit_seconds_at_midnight(core::Date date) {
  const auto unix_seconds = std::chrono::sys_seconds{std::chrono::sys_days{date}}.time_since_epoch().count();
  return static_cast<std::uint32_t>(unix_seconds - static_cast<std::int64_t>(fit::kFitEpochUnixSeconds));
}

std::uint8_t duration_type(const core::WorkoutStep& step) {
  if (step.kind == core::WorkoutStepKind::Repeat) return profile::kDurationRepeatUntilStepsComplete;
  if (step.reps) return profile::kDurationReps;
  if (step.duration_ms) return profile::kDurationTime;
  return profile::kDurationOpen;
}

std::uint32_t duration_value(const core::WorkoutStep& step) {
  if (step.kind == core::WorkoutStepKind::Repeat) return step.repeat_from;
  if (step.reps) return *step.reps;
  if (step.duration_ms) return *step.duration_ms;
  return profile::kInvalidUint32;
}

std::uint8_t intensity_value(core::WorkoutStepIntensity intensity) {
  switch (intensity) {
    case core::WorkoutStepIntensity::Active: return profile::kIntensityActive;
    case core::WorkoutStepIntensity::Rest: return profile::kIntensityRest;
    case core::WorkoutStepIntensity::WarmUp: return profile::kIntensityWarmUp;
    case core::WorkoutStepIntensity::CoolDown: return profile::kIntensityCoolDown;
  }
  return profile::kInvalidEnum;
}

void write_step(ByteSink& sink, const core::WorkoutStep& step, std::size_t index, std::uint8_t name_size) {
  const bool repeat = step.kind == core::WorkoutStepKind::Repeat;
  sink.u8(kStepLocal);
  sink.u16(static_cast<std::uint16_t>(index));
  sink.string(cut_name(step.name), name_size);
  sink.u8(duration_type(step));
  sink.u32(duration_value(step));
  sink.u8(repeat ? profile::kInvalidEnum : profile::kTargetOpen);
  sink.u32(repeat ? step.repeat_count : profile::kInvalidUint32);
  sink.u8(repeat ? profile::kInvalidEnum : intensity_value(step.intensity));
  const bool active = step.kind == core::WorkoutStepKind::Active;
  sink.u16(active ? step.category.value_or(core::kGarminUnknownCategory) : profile::kInvalidUint16);
  sink.u16(active && step.exercise_name ? *step.exercise_name : profile::kInvalidUint16);
  if (step.weight_kg) {
    sink.u16(static_cast<std::uint16_t>(std::lround(*step.weight_kg * profile::kWeightScale)));
    sink.u16(profile::kKilogramUnit);
  } else {
    sink.u16(profile::kInvalidUint16);
    sink.u16(profile::kInvalidUint16);
  }
}

}  // namespace

std::vector<std::uint8_t> encode_fit_workout(const core::WatchWorkout& workout) {
  ByteSink sink;
  sink.bytes().resize(kHeaderBytes);

  sink.definition(kFileIdLocal, profile::kFileIdMessage,
                  {{profile::kFileIdType, 1, profile::kEnumType},
                   {profile::kFileIdManufacturer, 2, profile::kUint16Type},
                   {profile::kFileIdProduct, 2, profile::kUint16Type},
                   {profile::kFileIdTimeCreated, 4, profile::kUint32Type}});
  sink.u8(kFileIdLocal);
  sink.u8(profile::kWorkoutFile);
  sink.u16(profile::kDevelopmentManufacturer);
  sink.u16(0);
  sink.u32(fit_seconds_at_midnight(workout.date));

  const std::string_view workout_name = cut_name(workout.name);
  const std::uint8_t workout_name_size = string_size(workout_name.size());
  sink.definition(kWorkoutLocal, profile::kWorkoutMessage,
                  {{profile::kWorkoutName, workout_name_size, profile::kStringType},
                   {profile::kWorkoutSport, 1, profile::kEnumType},
                   {profile::kWorkoutSubSport, 1, profile::kEnumType},
                   {profile::kWorkoutValidSteps, 2, profile::kUint16Type}});
  sink.u8(kWorkoutLocal);
  sink.string(workout_name, workout_name_size);
  sink.u8(profile::kTrainingSport);
  sink.u8(profile::kStrengthTrainingSubSport);
  sink.u16(static_cast<std::uint16_t>(workout.steps.size()));

  std::size_t longest = 0;
  for (const auto& step : workout.steps) longest = std::max(longest, cut_name(step.name).size());
  const std::uint8_t name_size = string_size(longest);
  sink.definition(kStepLocal, profile::kWorkoutStepMessage,
                  {{profile::kStepMessageIndex, 2, profile::kUint16Type},
                   {profile::kStepName, name_size, profile::kStringType},
                   {profile::kStepDurationType, 1, profile::kEnumType},
                   {profile::kStepDurationValue, 4, profile::kUint32Type},
                   {profile::kStepTargetType, 1, profile::kEnumType},
                   {profile::kStepTargetValue, 4, profile::kUint32Type},
                   {profile::kStepIntensity, 1, profile::kEnumType},
                   {profile::kStepExerciseCategory, 2, profile::kUint16Type},
                   {profile::kStepExerciseName, 2, profile::kUint16Type},
                   {profile::kStepExerciseWeight, 2, profile::kUint16Type},
                   {profile::kStepWeightDisplayUnit, 2, profile::kUint16Type}});
  for (std::size_t index = 0; index < workout.steps.size(); ++index) {
    write_step(sink, workout.steps[index], index, name_size);
  }

  std::vector<std::uint8_t>& bytes = sink.bytes();
  const auto data_size = static_cast<std::uint32_t>(bytes.size() - kHeaderBytes);
  bytes[0] = kHeaderBytes;
  bytes[1] = profile::kProtocolVersion;
  bytes[2] = static_cast<std::uint8_t>(profile::kProfileVersion & 0xFFu);
  bytes[3] = static_cast<std::uint8_t>(profile::kProfileVersion >> 8);
  for (std::size_t shift = 0; shift < 4; ++shift) bytes[4 + shift] = static_cast<std::uint8_t>(data_size >> (8 * shift));
  bytes[8] = '.';
  bytes[9] = 'F';
  bytes[10] = 'I';
  bytes[11] = 'T';
  const std::uint16_t header_crc = fit::fit_crc(Bytes(bytes.data(), 12));
  bytes[12] = static_cast<std::uint8_t>(header_crc & 0xFFu);
  bytes[13] = static_cast<std::uint8_t>(header_crc >> 8);
  const std::uint16_t file_crc = fit::fit_crc(Bytes(bytes.data(), bytes.size()));
  bytes.push_back(static_cast<std::uint8_t>(file_crc & 0xFFu));
  bytes.push_back(static_cast<std::uint8_t>(file_crc >> 8));
  return bytes;
}

}  // namespace stride::importers
