#pragma once

// Decode plans of FIT messages. Each definition message compiles once into a flat plan: the byte
// offset, size, base type and destination slot (with the profile's scale and offset) of every
// field the decoder reads, so that data messages decode without lookups, maps or allocations.
// Unread fields and developer fields cost nothing but the message size that skips them.

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "fit_profile.hpp"
#include "fit_stream.hpp"
#include "stride/core/error.hpp"
#include "stride/core/recorded_activity.hpp"

namespace stride::importers::fit {

// A developer field as a field_description message (206) describes it.
struct DeveloperField {
  std::uint8_t developer_data_index = 0;
  std::uint8_t field_number = 0;
  BaseType type = BaseType::Unknown;
  double scale = 1.0;   // value = raw / scale - offset
  double offset = 0.0;
  bool is_power = false;  // named "Power" with units "watts" (or "W"): a power meter's watts
};

// One field a data message decodes: its bytes and where its value goes.
struct FieldStep {
  std::uint32_t offset = 0;  // from the first byte after the record header
  std::uint8_t size = 0;     // the field's bytes: one value, or an array of size / base_type_size
  BaseType type = BaseType::Unknown;
  std::uint8_t slot = 0;     // the value of the message kind's slot enum
  double multiplier = 1.0;   // value = raw × multiplier − offset_value; multiplier = 1 / the profile's scale
  double offset_value = 0.0;
};

// One record field that goes straight into a sample field, overwriting what an earlier step wrote
// there when its value is valid. A field that wins over another comes after it: enhanced_altitude
// after altitude, enhanced_speed after speed, native power after a developer field's, and a field
// repeated in the definition after its earlier occurrences, so that the last valid one counts.
// Within that order, steps of one base type come together.
struct RecordStep {
  std::uint32_t offset = 0;  // from the first byte after the record header
  BaseType type = BaseType::Unknown;
  RecordSlot slot = RecordSlot::Count;
  std::uint8_t repeat = 0;  // how many earlier fields of the definition have the same slot
  double core::ActivitySample::* destination = nullptr;
  double multiplier = 1.0;  // value = raw × multiplier − offset_value, as in FieldStep
  double offset_value = 0.0;
};

// Consecutive record steps of one base type: a data message switches on the type once per run and
// decodes the run's fields with that type's reader.
struct RecordRun {
  BaseType type = BaseType::Unknown;
  std::uint16_t count = 0;
};

// The slots below this number have their first step indexed in MessagePlan::step_of_slot.
inline constexpr std::size_t kIndexedSlots = 8;
inline constexpr std::uint16_t kNoStep = 0xFFFF;
static_assert(static_cast<std::size_t>(HeartRateSlot::Count) <= kIndexedSlots);
static_assert(static_cast<std::size_t>(FieldDescriptionSlot::Count) <= kIndexedSlots);

// A compiled definition message: how to decode the data messages of one local message type.
struct MessagePlan {
  bool defined = false;
  MessageKind kind = MessageKind::Unknown;
  std::uint16_t global_message_number = 0;
  ByteOrder order = ByteOrder::LittleEndian;
  std::uint32_t size = 0;  // the data message's bytes after its one-byte record header
  bool has_timestamp = false;
  std::uint32_t timestamp_offset = 0;  // of the uint32 timestamp (253) when has_timestamp
  std::size_t unknown_tally = 0;       // for Unknown messages: the decoder's tally of this number
  // The fields read, in definition order; none for Ignored. For a record, only the fields that do
  // not go straight into a sample field (fractional_cadence, compressed_speed_distance).
  std::vector<FieldStep> steps;
  std::vector<RecordStep> record_steps;  // a record's other fields, ordered as RecordStep says
  std::vector<RecordRun> record_runs;    // record_steps cut where the base type changes
  // For slots below kIndexedSlots: the index in `steps` of the slot's first step, or kNoStep (the
  // hr and field_description decoders look their fields up here).
  std::array<std::uint16_t, kIndexedSlots> step_of_slot{};
};

// The bit of a normal record header that marks a definition message, and the one that marks a
// definition with developer fields.
inline constexpr std::uint8_t kDefinitionBit = 0x40;
inline constexpr std::uint8_t kDeveloperDataBit = 0x20;

// Reads the definition message whose record header is at byte `position` of `file` (the data
// records end at `end`) and compiles it into `plan`, reusing its storage. Developer fields are
// looked up in `developer_fields`; undescribed ones are skipped. Returns the definition's length
// in bytes (record header included), or an error naming the byte offset when the definition runs
// past `end` or its architecture byte is neither 0 (little-endian) nor 1 (big-endian).
[[nodiscard]] core::Result<std::size_t> compile_definition(Bytes file, std::size_t position, std::size_t end,
                                                           std::span<const DeveloperField> developer_fields,
                                                           MessagePlan& plan, std::string_view source);

// Reads the first value of a numeric field stored in `order`. Returns false, leaving `value` alone,
// when the value is the base type's invalid value (all bits set, the largest signed value, or 0 for
// the z types), a non-finite float, or the type is not numeric.
template <ByteOrder order>
[[nodiscard]] inline bool read_number(const std::uint8_t* bytes, BaseType type, double& value) {
  switch (type) {
    case BaseType::Enum:
    case BaseType::Uint8:
    case BaseType::Byte: {
      const std::uint8_t raw = bytes[0];
      if (raw == 0xFF) return false;
      value = raw;
      return true;
    }
    case BaseType::Sint8: {
      const auto raw = static_cast<std::int8_t>(bytes[0]);
      if (raw == 0x7F) return false;
      value = raw;
      return true;
    }
    case BaseType::Uint8z:
      if (bytes[0] == 0) return false;
      value = bytes[0];
      return true;
    case BaseType::Uint16: {
      const auto raw = read_unsigned<std::uint16_t, order>(bytes);
      if (raw == 0xFFFF) return false;
      value = raw;
      return true;
    }
    case BaseType::Sint16: {
      const auto raw = static_cast<std::int16_t>(read_unsigned<std::uint16_t, order>(bytes));
      if (raw == 0x7FFF) return false;
      value = raw;
      return true;
    }
    case BaseType::Uint16z: {
      const auto raw = read_unsigned<std::uint16_t, order>(bytes);
      if (raw == 0) return false;
      value = raw;
      return true;
    }
    case BaseType::Uint32: {
      const auto raw = read_unsigned<std::uint32_t, order>(bytes);
      if (raw == 0xFFFFFFFFu) return false;
      value = raw;
      return true;
    }
    case BaseType::Sint32: {
      const auto raw = static_cast<std::int32_t>(read_unsigned<std::uint32_t, order>(bytes));
      if (raw == 0x7FFFFFFF) return false;
      value = raw;
      return true;
    }
    case BaseType::Uint32z: {
      const auto raw = read_unsigned<std::uint32_t, order>(bytes);
      if (raw == 0) return false;
      value = raw;
      return true;
    }
    case BaseType::Uint64: {
      const auto raw = read_unsigned<std::uint64_t, order>(bytes);
      if (raw == 0xFFFFFFFFFFFFFFFFull) return false;
      value = static_cast<double>(raw);
      return true;
    }
    case BaseType::Sint64: {
      const auto raw = static_cast<std::int64_t>(read_unsigned<std::uint64_t, order>(bytes));
      if (raw == 0x7FFFFFFFFFFFFFFFll) return false;
      value = static_cast<double>(raw);
      return true;
    }
    case BaseType::Uint64z: {
      const auto raw = read_unsigned<std::uint64_t, order>(bytes);
      if (raw == 0) return false;
      value = static_cast<double>(raw);
      return true;
    }
    case BaseType::Float32: {
      const auto raw = read_unsigned<std::uint32_t, order>(bytes);
      float number;
      std::memcpy(&number, &raw, sizeof number);
      if (!std::isfinite(number)) return false;  // the invalid value 0xFFFFFFFF is a NaN
      value = number;
      return true;
    }
    case BaseType::Float64: {
      const auto raw = read_unsigned<std::uint64_t, order>(bytes);
      double number;
      std::memcpy(&number, &raw, sizeof number);
      if (!std::isfinite(number)) return false;
      value = number;
      return true;
    }
    case BaseType::String:
    case BaseType::Unknown:
      break;
  }
  return false;
}

// The same with the byte order known only at run time.
[[nodiscard]] inline bool read_number(const std::uint8_t* bytes, BaseType type, ByteOrder order, double& value) {
  return order == ByteOrder::LittleEndian ? read_number<ByteOrder::LittleEndian>(bytes, type, value)
                                          : read_number<ByteOrder::BigEndian>(bytes, type, value);
}

// A decoded value as a byte-sized enum or index: the value when it is an integer from 0 to 255,
// else nullopt (a definition may give any base type to a field).
[[nodiscard]] inline std::optional<std::uint8_t> byte_value(double value) {
  if (!(value >= 0 && value <= 255) || value != std::floor(value)) return std::nullopt;
  return static_cast<std::uint8_t>(value);
}

// The values of a session or lap message by TotalsSlot; kMissing where the message has none.
using TotalsValues = std::array<double, static_cast<std::size_t>(TotalsSlot::Count)>;

// The values of a set message by SetSlot; kMissing where invalid or absent.
using SetValues = std::array<double, static_cast<std::size_t>(SetSlot::Count)>;

// What record decoding carries from one record message to the next.
struct RecordState {
  std::uint64_t accumulated_distance_sixteenths = 0;  // compressed_speed_distance's distance, 1/16 m
};

// Writes a record message (`message` points past its record header) into `sample`, which holds
// kMissing in every field. `fit_time` is the message's timestamp in FIT seconds (from its field 253
// or a compressed-timestamp header), or kMissing. Cadence stays as the file gives it (rpm, or
// strides per minute when running): the caller doubles it once the sport is known.
void decode_record(const MessagePlan& plan, const std::uint8_t* message, double fit_time, RecordState& state,
                   core::ActivitySample& sample);

// The numeric values of a session, lap or sport message, by slot; kMissing where invalid or absent.
[[nodiscard]] TotalsValues decode_totals(const MessagePlan& plan, const std::uint8_t* message);

// The numeric values of a set message, by slot; kMissing where invalid or absent.
[[nodiscard]] SetValues decode_set(const MessagePlan& plan, const std::uint8_t* message);

// The developer field a field_description message describes, or nullopt when it lacks the
// developer data index, the field number or the base type.
[[nodiscard]] std::optional<DeveloperField> decode_field_description(const MessagePlan& plan,
                                                                     const std::uint8_t* message);

// One heart-rate value of an hr message (132), at UTC seconds since the Unix epoch.
struct HeartRateEvent {
  double time_s = 0;
  double bpm = 0;
};

// What hr decoding carries from one hr message to the next: the anchor that ties the messages'
// event timestamps (1/1024 s of device time) to UTC, and the last event timestamp, which the packed
// 12-bit event timestamps accumulate on.
struct HeartRateState {
  bool anchored = false;
  double anchor_fit_time = 0;        // FIT seconds (with the fraction) of the anchor message
  std::uint64_t anchor_event = 0;    // its first event timestamp, 1/1024 s
  std::uint64_t last_event = 0;      // the latest event timestamp, 1/1024 s, 64-bit (no rollover)
  bool has_last_event = false;
  std::size_t unplaced_values = 0;   // heart-rate values met before any anchor, dropped
};

// Appends the heart-rate values of an hr message to `events`. An hr message with a timestamp
// (`fit_timestamp`) and an event timestamp anchors the later ones: a value's time is the anchor's
// time plus its event timestamp's distance from the anchor's.
void decode_heart_rate(const MessagePlan& plan, const std::uint8_t* message, std::optional<std::uint32_t> fit_timestamp,
                       HeartRateState& state, std::vector<HeartRateEvent>& events);

}  // namespace stride::importers::fit
