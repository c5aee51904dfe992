// The FIT workout decoder: reads the messages of a workout file at the message level (every field
// of a definition, by number) and rebuilds the watch workout, so that tests and tools can check
// what the encoder wrote. Unlike the activity decoder it keeps no decode plans: workout files are
// a few hundred bytes.
#include <fmt/format.h>

#include <array>
#include <chrono>
#include <optional>
#include <vector>

#include "fit_messages.hpp"
#include "fit_workout_profile.hpp"
#include "stride/importers/fit_workout.hpp"

namespace stride::importers {
namespace {

namespace profile = fit::workout_profile;
using fit::ByteOrder;

constexpr std::size_t kLocalTypes = 16;

struct WorkoutField {
  std::uint8_t number = 0;
  std::uint8_t size = 0;
  std::uint32_t offset = 0;  // from the first byte after the record header
};

struct WorkoutDefinition {
  bool defined = false;
  std::uint16_t global = 0;
  ByteOrder order = ByteOrder::LittleEndian;
  std::uint32_t size = 0;
  std::vector<WorkoutField> fields;
};

// The fields of one data message, looked up by number.
class MessageFields {
 public:
  MessageFields(const WorkoutDefinition& definition, const std::uint8_t* bytes) : m_definition(&definition), m_bytes(bytes) {}

  // The unsigned value of field `number` (1, 2 or 4 bytes), or nullopt when absent or invalid.
  [[nodiscard]] std::optional<std::uint32_t> number(std::uint8_t field_number) const {
    const WorkoutField* field = find(field_number);
    if (field == nullptr) return std::nullopt;
    const std::uint8_t* at = m_bytes + field->offset;
    switch (field->size) {
      case 1:
        if (at[0] == profile::kInvalidEnum) return std::nullopt;
        return at[0];
      case 2: {
        const auto value = fit::read_unsigned<std::uint16_t>(at, m_definition->order);
        if (value == profile::kInvalidUint16) return std::nullopt;
        return value;
      }
      case 4: {
        const auto value = fit::read_unsigned<std::uint32_t>(at, m_definition->order);
        if (value == profile::kInvalidUint32) return std::nullopt;
        return value;
      }
      default: return std::nullopt;
    }
  }

  // The string of field `number` up to its first zero byte; empty when absent.
  [[nodiscard]] std::string text(std::uint8_t field_number) const {
    const WorkoutField* field = find(field_number);
    if (field == nullptr) return {};
    const auto* begin = reinterpret_cast<const char*>(m_bytes + field->offset);
    std::string value(begin, field->size);
    value.resize(value.find('\0') == std::string::npos ? value.size() : value.find('\0'));
    return value;
  }

 private:
  const WorkoutField* find(std::uint8_t number) const {
    for (const auto& field : m_definition->fields) {
      if (field.number == number) return &field;
    }
    return nullptr;
  }

  const WorkoutDefinition* m_definition;
  const std::uint8_t* m_bytes;
};

core::Date date_of_fit_seconds(std::uint32_t fit_seconds) {
  const auto unix_seconds = static_cast<std::int64_t>(fit_seconds) + static_cast<std::int64_t>(fit::kFitEpochUnixSeconds);
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{unix_seconds}});
  return core::Date{days};
}

core::WorkoutStepIntensity intensity_of(std::optional<std::uint32_t> value) {
  if (value == profile::kIntensityRest) return core::WorkoutStepIntensity::Rest;
  if (value == profile::kIntensityWarmUp) return core::WorkoutStepIntensity::WarmUp;
  if (value == profile::kIntensityCoolDown) return core::WorkoutStepIntensity::CoolDown;
  return core::WorkoutStepIntensity::Active;
}

core::Result<core::WorkoutStep> decode_step(const MessageFields& fields, std::string_view source, std::size_t position) {
  core::WorkoutStep step;
  step.name = fields.text(profile::kStepName);
  const auto duration_type = fields.number(profile::kStepDurationType);
  const auto duration_value = fields.number(profile::kStepDurationValue);
  if (duration_type == profile::kDurationRepeatUntilStepsComplete) {
    step.kind = core::WorkoutStepKind::Repeat;
    step.repeat_from = duration_value.value_or(0);
    step.repeat_count = fields.number(profile::kStepTargetValue).value_or(0);
    return step;
  }
  step.intensity = intensity_of(fields.number(profile::kStepIntensity));
  step.kind = step.intensity == core::WorkoutStepIntensity::Rest ? core::WorkoutStepKind::Rest
                                                                  : core::WorkoutStepKind::Active;
  if (duration_type == profile::kDurationReps) {
    step.reps = duration_value;
  } else if (duration_type == profile::kDurationTime) {
    step.duration_ms = duration_value;
  } else if (duration_type != profile::kDurationOpen) {
    return std::unexpected(fit::fit_error(
        source, fmt::format("workout step at byte {} has duration type {}, which Stride does not read", position,
                            duration_type ? static_cast<int>(*duration_type) : -1)));
  }
  if (step.kind == core::WorkoutStepKind::Active) {
    const auto category = fields.number(profile::kStepExerciseCategory);
    if (category && *category != core::kGarminUnknownCategory) step.category = static_cast<std::uint16_t>(*category);
    if (const auto name = fields.number(profile::kStepExerciseName)) step.exercise_name = static_cast<std::uint16_t>(*name);
  }
  if (const auto weight = fields.number(profile::kStepExerciseWeight)) step.weight_kg = *weight / profile::kWeightScale;
  return step;
}

}  // namespace

core::Result<core::WatchWorkout> decode_fit_workout(Bytes file, std::string_view source) {
  STRIDE_TRY(const auto segment, fit::read_segment(file, 0, source));
  std::array<WorkoutDefinition, kLocalTypes> definitions{};
  core::WatchWorkout workout;
  bool is_workout_file = false;
  std::size_t position = segment.records_begin;
  while (position < segment.records_end) {
    const std::uint8_t header = file[position];
    const bool compressed = (header & 0x80u) != 0;
    const std::size_t local = compressed ? (header >> 5) & 0x03u : header & 0x0Fu;
    if (!compressed && (header & fit::kDefinitionBit) != 0) {
      if (position + 6 > segment.records_end) {
        return std::unexpected(fit::fit_error(source, fmt::format("truncated definition at byte {}", position)));
      }
      WorkoutDefinition& definition = definitions[local];
      definition = WorkoutDefinition{};
      definition.defined = true;
      definition.order = file[position + 2] == 0 ? ByteOrder::LittleEndian : ByteOrder::BigEndian;
      definition.global = fit::read_unsigned<std::uint16_t>(file.data() + position + 3, definition.order);
      const std::size_t field_count = file[position + 5];
      std::size_t cursor = position + 6;
      if (cursor + 3 * field_count > segment.records_end) {
        return std::unexpected(fit::fit_error(source, fmt::format("truncated definition at byte {}", position)));
      }
      for (std::size_t index = 0; index < field_count; ++index, cursor += 3) {
        definition.fields.push_back({file[cursor], file[cursor + 1], definition.size});
        definition.size += file[cursor + 1];
      }
      if ((header & fit::kDeveloperDataBit) != 0) {
        if (cursor >= segment.records_end) {
          return std::unexpected(fit::fit_error(source, fmt::format("truncated definition at byte {}", position)));
        }
        const std::size_t developer_count = file[cursor++];
        for (std::size_t index = 0; index < developer_count && cursor + 3 <= segment.records_end; ++index, cursor += 3) {
          definition.size += file[cursor + 1];
        }
      }
      position = cursor;
      continue;
    }
    const WorkoutDefinition& definition = definitions[local];
    if (!definition.defined) {
      return std::unexpected(fit::fit_error(
          source, fmt::format("data message at byte {} uses local type {}, which has no definition", position, local)));
    }
    if (position + 1 + definition.size > segment.records_end) {
      return std::unexpected(fit::fit_error(source, fmt::format("truncated data message at byte {}", position)));
    }
    const MessageFields fields(definition, file.data() + position + 1);
    if (definition.global == profile::kFileIdMessage) {
      is_workout_file = fields.number(profile::kFileIdType) == profile::kWorkoutFile;
      if (const auto created = fields.number(profile::kFileIdTimeCreated)) workout.date = date_of_fit_seconds(*created);
    } else if (definition.global == profile::kWorkoutMessage) {
      workout.name = fields.text(profile::kWorkoutName);
    } else if (definition.global == profile::kWorkoutStepMessage) {
      STRIDE_TRY(auto step, decode_step(fields, source, position));
      workout.steps.push_back(std::move(step));
    }
    position += 1 + definition.size;
  }
  if (!is_workout_file) return std::unexpected(fit::fit_error(source, "not a FIT workout file (file_id type 5)"));
  return workout;
}

}  // namespace stride::importers
