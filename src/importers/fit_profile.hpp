#pragma once

// The numbers of the Garmin FIT profile that the FIT decoder uses: message and field numbers, base
// types with their sizes and invalid values, scales, offsets and sport names. The source of every
// number is the FIT SDK profile (Profile.xlsx 20.88) as exported in python-fitparse's
// fitparse/profile.py; docs/formats/fit.md lists them with their units.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace stride::importers::fit {

// Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z.
inline constexpr double kFitEpochUnixSeconds = 631065600.0;
// FIT date_time values below this are the device's "system time" (seconds since it was switched
// on), not seconds since the FIT epoch.
inline constexpr std::uint32_t kFirstUtcDateTime = 0x10000000;

// Global message numbers.
inline constexpr std::uint16_t kSportMessage = 12;
inline constexpr std::uint16_t kSessionMessage = 18;
inline constexpr std::uint16_t kLapMessage = 19;
inline constexpr std::uint16_t kRecordMessage = 20;
inline constexpr std::uint16_t kHeartRateMessage = 132;
inline constexpr std::uint16_t kFieldDescriptionMessage = 206;
inline constexpr std::uint16_t kSetMessage = 225;

// The field number of `timestamp` (a uint32 date_time) in every message that has one.
inline constexpr std::uint8_t kTimestampField = 253;

// The FIT base types, as the decoder reads them. `Unknown` is any base type byte the protocol does
// not define; its bytes are skipped.
enum class BaseType : std::uint8_t {
  Enum,
  Sint8,
  Uint8,
  Sint16,
  Uint16,
  Sint32,
  Uint32,
  String,
  Float32,
  Float64,
  Uint8z,
  Uint16z,
  Uint32z,
  Byte,
  Sint64,
  Uint64,
  Uint64z,
  Unknown,
};

// The base type of a definition's base type byte (0x84 is Uint16); bits 5 and 6 are ignored.
[[nodiscard]] BaseType base_type_from_id(std::uint8_t id);

// The size in bytes of one value of `type` (1 for String, Byte and Unknown).
[[nodiscard]] std::size_t base_type_size(BaseType type);

// What the decoder does with the data messages of a global message number.
enum class MessageKind : std::uint8_t {
  Record,            // 20: one sample each
  Session,           // 18: the summary
  Lap,               // 19
  Sport,             // 12: the sport when no session states it
  HeartRate,         // 132: heart rate logged apart from the records (chained files)
  FieldDescription,  // 206: names and types of developer fields
  Set,               // 225: one set of a strength recording (active or rest)
  Ignored,           // another message of the profile: skipped in silence
  Unknown,           // not in the profile: skipped with a warning
};

[[nodiscard]] MessageKind message_kind(std::uint16_t global_message_number);

// Where the decoder puts a record field's value (fit_messages.cpp assembles the sample from them).
enum class RecordSlot : std::uint8_t {
  Latitude,                 // degrees
  Longitude,                // degrees
  Altitude,                 // metres
  EnhancedAltitude,         // metres; wins over Altitude
  HeartRate,                // beats per minute
  Cadence,                  // rpm, or strides per minute when running
  FractionalCadence,        // added to Cadence
  Distance,                 // metres
  Speed,                    // metres per second
  EnhancedSpeed,            // metres per second; wins over Speed
  Power,                    // watts
  CompressedSpeedDistance,  // the raw 24 bits: speed (12 bits, 1/100 m/s), distance (12 bits, 1/16 m, accumulated)
  VerticalOscillation,      // millimetres
  StanceTime,               // milliseconds
  VerticalRatio,            // percent
  StanceTimeBalance,        // percent, left foot
  StepLength,               // millimetres
  DeveloperPower,           // watts, from a developer field named "Power"; used when Power is missing
  Count,
};

// Where the decoder puts a session or lap field's value: the two messages share their meanings,
// under different field numbers.
enum class TotalsSlot : std::uint8_t {
  StartTime,  // FIT date_time
  Sport,      // the sport enum
  ElapsedTime,
  TimerTime,
  Distance,
  AverageHeartRate,
  MaximumHeartRate,
  AverageCadence,
  AverageFractionalCadence,
  AveragePower,
  AverageVerticalOscillation,
  AverageStanceTime,
  AverageStepLength,
  AverageVerticalRatio,
  AverageStanceTimeBalance,
  SubSport,   // the sub_sport enum
  Count,
};

// The hr message's fields (read raw: they are arrays and packed components).
enum class HeartRateSlot : std::uint8_t {
  FractionalTimestamp,  // uint16, 1/32768 s added to the timestamp
  Time256,              // uint8, 1/256 s, the short form of FractionalTimestamp
  FilteredBpm,          // uint8 array
  EventTimestamp,       // uint32 array, 1/1024 s
  EventTimestamp12,     // byte array of packed 12-bit event timestamps, accumulated
  Count,
};

// The field_description message's fields (read raw).
enum class FieldDescriptionSlot : std::uint8_t {
  DeveloperDataIndex,
  FieldNumber,
  BaseTypeId,
  Name,
  Scale,
  Offset,
  Units,
  Count,
};

// The sport message's fields.
enum class SportSlot : std::uint8_t { Sport, SubSport, Count };

// The set message's fields (scaled as the profile says: seconds, kilograms).
enum class SetSlot : std::uint8_t {
  Duration,         // s
  Repetitions,
  Weight,           // kg
  SetType,          // the set_type enum: kRestSet or kActiveSet
  StartTime,        // FIT date_time
  Category,         // exercise_category (the first of the array)
  CategorySubtype,  // the exercise_name number within the category (the first of the array)
  Count,
};

// set_type values, and exercise_category's "unknown".
inline constexpr std::uint8_t kRestSet = 0;
inline constexpr std::uint8_t kActiveSet = 1;
inline constexpr int kUnknownExerciseCategory = 65534;

// One field of the profile that the decoder reads: its number in the message, its slot (the value
// of the message kind's slot enum) and how the raw value becomes a physical one:
// value = raw / scale - offset.
struct ProfileField {
  std::uint8_t number;
  std::uint8_t slot;
  double scale;
  double offset;
};

// The fields the decoder reads from messages of `kind` (empty for Ignored and Unknown).
[[nodiscard]] std::span<const ProfileField> profile_fields(MessageKind kind);

// The profile's lower-case name of a sport enum value ("running"), or nullopt when the profile has
// none.
[[nodiscard]] std::optional<std::string_view> sport_name(std::uint8_t sport);

// The sport enum value of running, of training, and the sub_sport enum value of strength_training.
inline constexpr std::uint8_t kRunningSport = 1;
inline constexpr std::uint8_t kTrainingSport = 10;
inline constexpr std::uint8_t kStrengthTrainingSubSport = 20;

}  // namespace stride::importers::fit
