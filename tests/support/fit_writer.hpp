#pragma once

// A test-only writer of Garmin FIT files, independent of the decoder (its own numbers and CRC), for
// tests, benchmarks and fuzz seeds. Low level: definition and data messages in either byte order,
// normal or compressed-timestamp record headers, developer fields, raw bytes, chained segments,
// 12- or 14-byte headers; CRCs computed on finish(). High level: a whole activity (records, laps,
// session) from a core::RecordedActivity, hr messages as chained files carry them, and a synthetic
// run. Helpers cut and corrupt files.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/recorded_activity.hpp"

namespace stride::testing {

using FitBytes = std::vector<std::uint8_t>;

// FIT base type bytes.
namespace fit_type {
inline constexpr std::uint8_t kEnum = 0x00;
inline constexpr std::uint8_t kSint8 = 0x01;
inline constexpr std::uint8_t kUint8 = 0x02;
inline constexpr std::uint8_t kSint16 = 0x83;
inline constexpr std::uint8_t kUint16 = 0x84;
inline constexpr std::uint8_t kSint32 = 0x85;
inline constexpr std::uint8_t kUint32 = 0x86;
inline constexpr std::uint8_t kString = 0x07;
inline constexpr std::uint8_t kFloat32 = 0x88;
inline constexpr std::uint8_t kFloat64 = 0x89;
inline constexpr std::uint8_t kUint8z = 0x0A;
inline constexpr std::uint8_t kUint16z = 0x8B;
inline constexpr std::uint8_t kUint32z = 0x8C;
inline constexpr std::uint8_t kByte = 0x0D;
}  // namespace fit_type

// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
inline constexpr std::int64_t kFitEpoch = 631065600;

enum class FitEndian { Little, Big };

struct FitField {
  std::uint8_t number = 0;
  std::uint8_t size = 0;
  std::uint8_t base_type = fit_type::kUint8;
};

struct FitDeveloperField {
  std::uint8_t number = 0;
  std::uint8_t size = 0;
  std::uint8_t developer_index = 0;
};

// One field's value in a data message, encoded by the field's definition: integers (several for an
// array) in the base type's size and the definition's byte order, a real number for float types, or
// raw bytes (strings, byte arrays) padded with zeros. A default value is the base type's invalid
// value; missing array elements are invalid too.
struct FitValue {
  std::vector<std::int64_t> integers;
  bool is_real = false;
  double real = 0;
  bool is_raw = false;
  FitBytes raw;

  FitValue() = default;
  FitValue(std::int64_t value) : integers{value} {}  // implicit, so that values read {fit_time, 150, 3}
  static FitValue array(std::vector<std::int64_t> values);
  static FitValue real_number(double value);
  static FitValue text(std::string_view text);
  static FitValue bytes(FitBytes bytes);
  static FitValue invalid() { return {}; }
};

// The header of one segment.
struct FitHeaderOptions {
  bool long_header = true;  // 14 bytes with a header CRC; false: 12 bytes
  bool header_crc = true;   // with long_header: the header CRC, or 0 (not set)
  std::uint8_t protocol_version = 0x20;
  std::uint16_t profile_version = 2132;
};

class FitWriter {
 public:
  explicit FitWriter(FitHeaderOptions options = {});

  // A definition message: local type 0 to 15 stands for `global` with these fields from now on.
  void define(std::uint8_t local_type, std::uint16_t global, std::vector<FitField> fields,
              FitEndian endian = FitEndian::Little, std::vector<FitDeveloperField> developer_fields = {});
  // A data message with a normal header: one value per field, then one per developer field.
  void data(std::uint8_t local_type, const std::vector<FitValue>& values,
            const std::vector<FitValue>& developer_values = {});
  // A data message with a compressed-timestamp header (local type 0 to 3) carrying the five low
  // bits of `fit_timestamp`.
  void compressed(std::uint8_t local_type, std::uint32_t fit_timestamp, const std::vector<FitValue>& values,
                  const std::vector<FitValue>& developer_values = {});
  // Bytes appended to the data records as they are.
  void raw(std::span<const std::uint8_t> bytes);
  // Ends the current segment; later messages go to a new segment with `options` (a chained file).
  // Local definitions do not carry over.
  void next_segment(FitHeaderOptions options = {});

  // The file: every segment with its header, data size and CRCs.
  [[nodiscard]] FitBytes finish() const;
  // The file offsets at which messages (definitions, data, raw bytes) begin, and each segment's end,
  // in the layout finish() gives.
  [[nodiscard]] std::vector<std::size_t> message_offsets() const;

 private:
  struct Definition {
    bool defined = false;
    FitEndian endian = FitEndian::Little;
    std::vector<FitField> fields;
    std::vector<FitDeveloperField> developer_fields;
  };
  struct Segment {
    FitHeaderOptions options;
    FitBytes records;
    std::vector<std::size_t> message_starts;  // offsets in `records`
  };
  void write_values(const Definition& definition, const std::vector<FitValue>& values,
                    const std::vector<FitValue>& developer_values);
  Segment& current() { return m_segments.back(); }

  std::vector<Segment> m_segments;
  Definition m_definitions[16];
};

// The FIT CRC-16 (CRC-16/ARC), computed bit by bit.
[[nodiscard]] std::uint16_t fit_crc16(std::span<const std::uint8_t> bytes);

// Rewrites every segment's CRCs to match its bytes (the header CRC only where it is not 0), so that
// corrupted content reaches the decoder's message checks.
void refresh_crcs(FitBytes& file);

// The first `length` bytes of `file`.
[[nodiscard]] FitBytes truncated(std::span<const std::uint8_t> file, std::size_t length);

// A one-segment file whose records end after their first `data_bytes` bytes, with the header's
// data size and the CRCs made to match: a well-framed file that stops inside its messages.
[[nodiscard]] FitBytes cut_records(std::span<const std::uint8_t> file, std::size_t data_bytes);

// The size of the segment header at the start of `file` (12 or 14).
[[nodiscard]] std::size_t header_size(std::span<const std::uint8_t> file);

// How write_fit_activity lays out an activity.
struct FitActivityOptions {
  FitHeaderOptions header;
  FitEndian endian = FitEndian::Little;
  bool compressed_timestamps = false;  // records use compressed-timestamp headers when under 32 s apart
  bool enhanced_fields = false;        // enhanced_altitude and enhanced_speed instead of altitude and speed
  bool developer_power = false;        // power as a developer field "Power" (watts), not the native field
  bool unknown_messages = false;       // a message of unknown type 233 after every 10th record
  std::uint8_t sport = 1;              // the FIT sport enum: 1 running, 2 cycling, 5 swimming
  std::size_t segments = 1;            // the records split over this many chained segments
};

// A FIT activity file of `activity`: file_id, every sample as a record message with all the fields
// the decoder reads (kMissing as the invalid value; cadence in steps per minute halved to strides
// plus fraction when the sport is running), a lap message per lap, a session message from the
// summary (fields it lacks are invalid) and an activity message. Times are rounded to seconds.
[[nodiscard]] FitBytes write_fit_activity(const core::RecordedActivity& activity, const FitActivityOptions& options);

// One set message of write_fit_strength, in Garmin's terms; nullopt writes the invalid value.
struct FitStrengthSet {
  std::int64_t set_type = 1;  // 0 rest, 1 active; any other value makes the set malformed
  std::optional<int> category{};       // exercise_category
  std::optional<int> exercise_name{};  // category_subtype
  std::optional<int> repetitions{};
  std::optional<double> weight_kg{};   // written in 1/16 kg
  double duration_s = 30;
};

// A FIT strength-training activity as a Garmin watch records one: file_id, a sport message (sport
// 10 training, sub_sport 20 strength_training), one set message (225) per set, the sets one after
// another from `start_time_s` (UTC seconds, whole), a session (sport 10, sub_sport 20, timer and
// elapsed time the sum of the sets' durations) and an activity message.
[[nodiscard]] FitBytes write_fit_strength(double start_time_s, std::span<const FitStrengthSet> sets,
                                          FitEndian endian = FitEndian::Little);

// One heart-rate value for write_heart_rate_messages.
struct FitHeartBeat {
  double time_s = 0;  // UTC seconds since the Unix epoch
  int bpm = 0;
};

// hr messages (132) as watches append them in chained segments: an anchor message (timestamp,
// fractional timestamp, a full event timestamp and the first value), then messages of eight
// values with packed 12-bit event timestamps. Consecutive beats must be under 4 s apart.
void write_heart_rate_messages(FitWriter& writer, std::span<const FitHeartBeat> beats);

// A deterministic synthetic run of `seconds` 1 Hz samples starting at 2024-05-04T07:00:00Z, with
// position, distance, speed, altitude, heart rate, cadence, power and running dynamics, laps of
// 1 km and a summary with sport "running" and the session figures.
[[nodiscard]] core::RecordedActivity synthetic_run(std::size_t seconds, std::uint32_t seed);

}  // namespace stride::testing
