#include "fit_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <stdexcept>

namespace stride::testing {
namespace {

using core::present;

// The writer's own copy of the profile numbers it writes (the decoder's live in src/importers).
namespace number {
constexpr std::uint16_t kFileId = 0;
constexpr std::uint16_t kSession = 18;
constexpr std::uint16_t kLap = 19;
constexpr std::uint16_t kRecord = 20;
constexpr std::uint16_t kActivity = 34;
constexpr std::uint16_t kHeartRate = 132;
constexpr std::uint16_t kSport = 12;
constexpr std::uint16_t kSet = 225;
constexpr std::uint16_t kFieldDescription = 206;
constexpr std::uint16_t kDeveloperDataId = 207;
constexpr std::uint16_t kUnknown = 233;
constexpr std::uint8_t kTimestamp = 253;
}  // namespace number

constexpr double kSemicirclesPerDegree = 2147483648.0 / 180.0;

std::size_t element_size(std::uint8_t base_type) {
  switch (base_type & 0x1F) {
    case 3:
    case 4:
    case 11:
      return 2;
    case 5:
    case 6:
    case 8:
    case 12:
      return 4;
    case 9:
    case 14:
    case 15:
    case 16:
      return 8;
    default:
      return 1;
  }
}

// The invalid value's bit pattern of a base type.
std::uint64_t invalid_bits(std::uint8_t base_type) {
  switch (base_type & 0x1F) {
    case 1:
      return 0x7F;
    case 3:
      return 0x7FFF;
    case 5:
      return 0x7FFFFFFF;
    case 14:
      return 0x7FFFFFFFFFFFFFFF;
    case 7:
    case 10:
    case 11:
    case 12:
    case 16:
      return 0;
    default:
      return ~std::uint64_t{0};
  }
}

void put(FitBytes& out, std::uint64_t bits, std::size_t size, FitEndian endian) {
  for (std::size_t index = 0; index < size; ++index) {
    const std::size_t shift = 8 * (endian == FitEndian::Little ? index : size - 1 - index);
    out.push_back(static_cast<std::uint8_t>((bits >> shift) & 0xFFu));
  }
}

void put_little(FitBytes& out, std::uint64_t bits, std::size_t size) { put(out, bits, size, FitEndian::Little); }

// Physical value → raw integer for scale and offset (raw = (value + offset) × scale), or no value.
FitValue scaled(double value, double scale, double offset = 0.0) {
  if (!present(value)) return {};
  return FitValue(std::llround((value + offset) * scale));
}

FitValue fit_time(double unix_seconds) {
  if (!present(unix_seconds)) return {};
  return FitValue(std::llround(unix_seconds) - kFitEpoch);
}

// Steps per minute → (strides per minute, 1/128 fraction) when running; rpm as it stands otherwise.
std::pair<FitValue, FitValue> cadence_fields(double cadence, bool running) {
  if (!present(cadence)) return {{}, {}};
  const double per_minute = running ? cadence / 2 : cadence;
  auto whole = static_cast<std::int64_t>(std::floor(per_minute));
  std::int64_t fraction = std::llround((per_minute - static_cast<double>(whole)) * 128);
  if (fraction == 128) {
    ++whole;
    fraction = 0;
  }
  return {FitValue(whole), FitValue(fraction)};
}

FitValue optional_value(const std::optional<double>& value, double scale, double offset = 0.0) {
  return value ? scaled(*value, scale, offset) : FitValue{};
}

}  // namespace

FitValue FitValue::array(std::vector<std::int64_t> values) {
  FitValue value;
  value.integers = std::move(values);
  return value;
}

FitValue FitValue::real_number(double number) {
  FitValue value;
  value.is_real = true;
  value.real = number;
  return value;
}

FitValue FitValue::text(std::string_view text) {
  FitValue value;
  value.is_raw = true;
  value.raw = FitBytes(text.begin(), text.end());
  return value;
}

FitValue FitValue::bytes(FitBytes bytes) {
  FitValue value;
  value.is_raw = true;
  value.raw = std::move(bytes);
  return value;
}

FitWriter::FitWriter(FitHeaderOptions options) { m_segments.push_back(Segment{options, {}, {}}); }

void FitWriter::define(std::uint8_t local_type, std::uint16_t global, std::vector<FitField> fields, FitEndian endian,
                       std::vector<FitDeveloperField> developer_fields) {
  auto& out = current().records;
  current().message_starts.push_back(out.size());
  const bool developer = !developer_fields.empty();
  out.push_back(static_cast<std::uint8_t>(0x40 | (developer ? 0x20 : 0) | (local_type & 0x0F)));
  out.push_back(0);
  out.push_back(endian == FitEndian::Little ? 0 : 1);
  put(out, global, 2, endian);
  out.push_back(static_cast<std::uint8_t>(fields.size()));
  for (const auto& field : fields) out.insert(out.end(), {field.number, field.size, field.base_type});
  if (developer) {
    out.push_back(static_cast<std::uint8_t>(developer_fields.size()));
    for (const auto& field : developer_fields) out.insert(out.end(), {field.number, field.size, field.developer_index});
  }
  m_definitions[local_type & 0x0F] = Definition{true, endian, std::move(fields), std::move(developer_fields)};
}

void FitWriter::data(std::uint8_t local_type, const std::vector<FitValue>& values,
                     const std::vector<FitValue>& developer_values) {
  const Definition& definition = m_definitions[local_type & 0x0F];
  if (!definition.defined) throw std::logic_error("FitWriter::data: local type without a definition");
  current().message_starts.push_back(current().records.size());
  current().records.push_back(static_cast<std::uint8_t>(local_type & 0x0F));
  write_values(definition, values, developer_values);
}

void FitWriter::compressed(std::uint8_t local_type, std::uint32_t fit_timestamp, const std::vector<FitValue>& values,
                           const std::vector<FitValue>& developer_values) {
  const Definition& definition = m_definitions[local_type & 0x03];
  if (!definition.defined) throw std::logic_error("FitWriter::compressed: local type without a definition");
  current().message_starts.push_back(current().records.size());
  const std::uint32_t header = 0x80u | ((local_type & 0x03u) << 5) | (fit_timestamp & 0x1Fu);
  current().records.push_back(static_cast<std::uint8_t>(header));
  write_values(definition, values, developer_values);
}

void FitWriter::raw(std::span<const std::uint8_t> bytes) {
  current().message_starts.push_back(current().records.size());
  current().records.insert(current().records.end(), bytes.begin(), bytes.end());
}

void FitWriter::next_segment(FitHeaderOptions options) {
  m_segments.push_back(Segment{options, {}, {}});
  for (auto& definition : m_definitions) definition = Definition{};
}

void FitWriter::write_values(const Definition& definition, const std::vector<FitValue>& values,
                             const std::vector<FitValue>& developer_values) {
  auto& out = current().records;
  const auto write_one = [&](const FitValue& value, std::size_t size, std::uint8_t base_type) {
    if (value.is_raw) {
      for (std::size_t index = 0; index < size; ++index) {
        out.push_back(index < value.raw.size() ? value.raw[index] : std::uint8_t{0});
      }
      return;
    }
    const std::size_t element = element_size(base_type);
    const std::size_t count = std::max<std::size_t>(size / element, 1);
    for (std::size_t index = 0; index < count; ++index) {
      std::uint64_t bits = invalid_bits(base_type);
      if (value.is_real && (base_type & 0x1F) == 8) {
        const auto number = static_cast<float>(value.real);
        std::uint32_t word;
        std::memcpy(&word, &number, sizeof word);
        bits = word;
      } else if (value.is_real) {
        std::memcpy(&bits, &value.real, sizeof bits);
      } else if (index < value.integers.size()) {
        bits = static_cast<std::uint64_t>(value.integers[index]);
      }
      put(out, bits, std::min(element, size), definition.endian);
    }
    for (std::size_t written = count * element; written < size; ++written) out.push_back(0xFF);
  };
  for (std::size_t index = 0; index < definition.fields.size(); ++index) {
    const auto& field = definition.fields[index];
    write_one(index < values.size() ? values[index] : FitValue{}, field.size, field.base_type);
  }
  for (std::size_t index = 0; index < definition.developer_fields.size(); ++index) {
    const FitValue value = index < developer_values.size() ? developer_values[index] : FitValue{};
    // Developer fields are written as unsigned integers of their size (or raw bytes).
    const std::uint8_t size = definition.developer_fields[index].size;
    const std::uint8_t base_type = size == 1 ? fit_type::kUint8 : size == 2 ? fit_type::kUint16 : fit_type::kUint32;
    write_one(value, size, size <= 4 ? base_type : fit_type::kByte);
  }
}

FitBytes FitWriter::finish() const {
  FitBytes file;
  for (const auto& segment : m_segments) {
    const std::size_t start = file.size();
    const std::size_t size = segment.options.long_header ? 14 : 12;
    file.push_back(static_cast<std::uint8_t>(size));
    file.push_back(segment.options.protocol_version);
    put_little(file, segment.options.profile_version, 2);
    put_little(file, segment.records.size(), 4);
    file.insert(file.end(), {'.', 'F', 'I', 'T'});
    if (segment.options.long_header) {
      const std::uint16_t crc =
          segment.options.header_crc ? fit_crc16(std::span(file).subspan(start, 12)) : std::uint16_t{0};
      put_little(file, crc, 2);
    }
    file.insert(file.end(), segment.records.begin(), segment.records.end());
    put_little(file, fit_crc16(std::span(file).subspan(start)), 2);
  }
  return file;
}

std::vector<std::size_t> FitWriter::message_offsets() const {
  std::vector<std::size_t> offsets;
  std::size_t start = 0;
  for (const auto& segment : m_segments) {
    const std::size_t records_begin = start + (segment.options.long_header ? 14 : 12);
    for (const std::size_t offset : segment.message_starts) offsets.push_back(records_begin + offset);
    start = records_begin + segment.records.size() + 2;
    offsets.push_back(start);
  }
  return offsets;
}

std::uint16_t fit_crc16(std::span<const std::uint8_t> bytes) {
  std::uint16_t crc = 0;
  for (const std::uint8_t byte : bytes) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 1u) != 0 ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001u) : static_cast<std::uint16_t>(crc >> 1);
    }
  }
  return crc;
}

std::size_t header_size(std::span<const std::uint8_t> file) { return file.empty() ? 0 : file[0]; }

void refresh_crcs(FitBytes& file) {
  std::size_t start = 0;
  while (start + 12 <= file.size()) {
    const std::size_t size = file[start];
    if (size != 12 && size != 14) return;
    const std::size_t data_size = static_cast<std::size_t>(file[start + 4]) | (static_cast<std::size_t>(file[start + 5]) << 8) |
                                  (static_cast<std::size_t>(file[start + 6]) << 16) |
                                  (static_cast<std::size_t>(file[start + 7]) << 24);
    if (size == 14 && start + 14 <= file.size() && (file[start + 12] != 0 || file[start + 13] != 0)) {
      const std::uint16_t crc = fit_crc16(std::span(file).subspan(start, 12));
      file[start + 12] = static_cast<std::uint8_t>(crc & 0xFF);
      file[start + 13] = static_cast<std::uint8_t>(crc >> 8);
    }
    const std::size_t crc_at = start + size + data_size;
    if (crc_at + 2 > file.size()) return;
    const std::uint16_t crc = fit_crc16(std::span(file).subspan(start, crc_at - start));
    file[crc_at] = static_cast<std::uint8_t>(crc & 0xFF);
    file[crc_at + 1] = static_cast<std::uint8_t>(crc >> 8);
    start = crc_at + 2;
  }
}

FitBytes truncated(std::span<const std::uint8_t> file, std::size_t length) {
  return FitBytes(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(std::min(length, file.size())));
}

FitBytes cut_records(std::span<const std::uint8_t> file, std::size_t data_bytes) {
  const std::size_t size = header_size(file);
  FitBytes cut(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(size + data_bytes));
  for (std::size_t index = 0; index < 4; ++index) cut[4 + index] = static_cast<std::uint8_t>((data_bytes >> (8 * index)) & 0xFF);
  cut.push_back(0);
  cut.push_back(0);
  refresh_crcs(cut);
  return cut;
}

FitBytes write_fit_activity(const core::RecordedActivity& activity, const FitActivityOptions& options) {
  using namespace fit_type;
  const bool running = options.sport == 1;
  const FitEndian endian = options.endian;
  FitWriter writer(options.header);
  const auto& samples = activity.samples;
  const double first_time = samples.empty() ? 1.7e9 : samples.front().time_s;

  const auto define_common = [&] {
    writer.define(0, number::kFileId,
                  {{0, 1, kEnum}, {1, 2, kUint16}, {2, 2, kUint16}, {3, 4, kUint32z}, {4, 4, kUint32}}, endian);
    writer.data(0, {4, 1, 1234, 987654321, fit_time(first_time)});
    if (options.developer_power) {
      writer.define(1, number::kDeveloperDataId, {{1, 16, kByte}, {3, 1, kUint8}}, endian);
      writer.data(1, {FitValue::bytes(FitBytes(16, 0x42)), 0});
      writer.define(1, number::kFieldDescription,
                    {{0, 1, kUint8}, {1, 1, kUint8}, {2, 1, kUint8}, {3, 16, kString}, {8, 8, kString}}, endian);
      writer.data(1, {0, 7, kUint16, FitValue::text("Power"), FitValue::text("watts")});
      writer.data(1, {0, 8, kUint8, FitValue::text("Form Power"), FitValue::text("watts")});
    }
    // The record definitions: local 2 with a timestamp, local 3 (compressed) without one.
    std::vector<FitField> fields{{0, 4, kSint32}, {1, 4, kSint32}, {3, 1, kUint8}, {4, 1, kUint8}, {53, 1, kUint8},
                                 {5, 4, kUint32}, {39, 2, kUint16}, {41, 2, kUint16}, {83, 2, kUint16},
                                 {84, 2, kUint16}, {85, 2, kUint16}};
    if (options.enhanced_fields) {
      fields.push_back({78, 4, kUint32});
      fields.push_back({73, 4, kUint32});
    } else {
      fields.push_back({2, 2, kUint16});
      fields.push_back({6, 2, kUint16});
    }
    if (!options.developer_power) fields.push_back({7, 2, kUint16});
    std::vector<FitDeveloperField> developer;
    if (options.developer_power) developer = {{7, 2, 0}, {8, 1, 0}};
    writer.define(3, number::kRecord, fields, endian, developer);
    fields.insert(fields.begin(), FitField{number::kTimestamp, 4, kUint32});
    writer.define(2, number::kRecord, fields, endian, developer);
    if (options.unknown_messages) writer.define(4, number::kUnknown, {{number::kTimestamp, 4, kUint32}, {0, 3, kByte}}, endian);
  };
  define_common();

  const std::size_t segments = std::max<std::size_t>(options.segments, 1);
  const std::size_t per_segment = (samples.size() + segments - 1) / segments;
  bool has_last_time = false;  // in this segment
  std::int64_t last_fit_time = 0;
  for (std::size_t index = 0; index < samples.size(); ++index) {
    if (index > 0 && per_segment > 0 && index % per_segment == 0) {
      writer.next_segment(options.header);
      define_common();
      has_last_time = false;
    }
    const auto& sample = samples[index];
    const auto [cadence, fraction] = cadence_fields(sample.cadence_spm, running);
    std::vector<FitValue> values{scaled(sample.latitude_deg, kSemicirclesPerDegree),
                                 scaled(sample.longitude_deg, kSemicirclesPerDegree),
                                 scaled(sample.heart_rate_bpm, 1),
                                 cadence,
                                 fraction,
                                 scaled(sample.distance_m, 100),
                                 scaled(sample.vertical_oscillation_mm, 10),
                                 scaled(sample.stance_time_ms, 10),
                                 scaled(sample.vertical_ratio_percent, 100),
                                 scaled(sample.stance_time_balance_left_percent, 100),
                                 scaled(sample.step_length_mm, 10),
                                 scaled(sample.altitude_m, 5, 500),
                                 scaled(sample.speed_m_s, 1000)};
    std::vector<FitValue> developer;
    if (options.developer_power) {
      developer = {scaled(sample.power_w, 1), FitValue(7)};
    } else {
      values.push_back(scaled(sample.power_w, 1));
    }
    const bool timed = present(sample.time_s);
    const std::int64_t time = timed ? std::llround(sample.time_s) - kFitEpoch : 0;
    if (options.compressed_timestamps && timed && has_last_time && time >= last_fit_time && time - last_fit_time < 32) {
      writer.compressed(3, static_cast<std::uint32_t>(time), values, developer);
    } else {
      values.insert(values.begin(), timed ? FitValue(time) : FitValue{});
      writer.data(2, values, developer);
    }
    if (timed) {
      has_last_time = true;
      last_fit_time = time;
    }
    if (options.unknown_messages && index % 10 == 9) writer.data(4, {timed ? FitValue(time) : FitValue{}, FitValue::bytes({1, 2, 3})});
  }

  writer.define(5, number::kLap,
                {{number::kTimestamp, 4, kUint32}, {2, 4, kUint32}, {7, 4, kUint32}, {8, 4, kUint32}, {9, 4, kUint32},
                 {15, 1, kUint8}, {16, 1, kUint8}, {17, 1, kUint8}, {80, 1, kUint8}, {25, 1, kEnum}},
                endian);
  for (const auto& lap : activity.laps) {
    const auto [cadence, fraction] = cadence_fields(lap.avg_cadence_spm, running);
    writer.data(5, {fit_time(lap.start_time_s), fit_time(lap.start_time_s), scaled(lap.elapsed_s, 1000),
                    scaled(lap.timer_s, 1000), scaled(lap.distance_m, 100), scaled(lap.avg_heart_rate_bpm, 1),
                    scaled(lap.max_heart_rate_bpm, 1), cadence, fraction, options.sport});
  }
  const auto& summary = activity.summary;
  const auto [cadence, fraction] =
      cadence_fields(summary.avg_cadence_spm.value_or(core::kMissing), running);
  writer.define(6, number::kSession,
                {{number::kTimestamp, 4, kUint32}, {2, 4, kUint32}, {5, 1, kEnum}, {7, 4, kUint32}, {8, 4, kUint32},
                 {9, 4, kUint32}, {16, 1, kUint8}, {17, 1, kUint8}, {18, 1, kUint8}, {92, 1, kUint8},
                 {20, 2, kUint16}, {89, 2, kUint16}, {91, 2, kUint16}, {134, 2, kUint16}, {132, 2, kUint16},
                 {133, 2, kUint16}},
                endian);
  const double start = summary.start_time_s.value_or(first_time);
  writer.data(6, {fit_time(start), fit_time(start), options.sport, optional_value(summary.elapsed_s, 1000),
                  optional_value(summary.timer_s, 1000), optional_value(summary.distance_m, 100),
                  optional_value(summary.avg_heart_rate_bpm, 1), optional_value(summary.max_heart_rate_bpm, 1), cadence,
                  fraction, optional_value(summary.avg_power_w, 1),
                  optional_value(summary.avg_vertical_oscillation_mm, 10), optional_value(summary.avg_stance_time_ms, 10),
                  optional_value(summary.avg_step_length_mm, 10), optional_value(summary.avg_vertical_ratio_percent, 100),
                  optional_value(summary.avg_stance_time_balance_left_percent, 100)});
  writer.define(7, number::kActivity, {{number::kTimestamp, 4, kUint32}, {1, 2, kUint16}}, endian);
  writer.data(7, {fit_time(start), 1});
  return writer.finish();
}

FitBytes write_fit_strength(double start_time_s, std::span<const FitStrengthSet> sets, FitEndian endian) {
  using namespace fit_type;
  const auto or_invalid = [](const auto& value) { return value ? FitValue(static_cast<std::int64_t>(*value)) : FitValue{}; };
  FitWriter writer;
  const std::int64_t start = std::llround(start_time_s) - kFitEpoch;
  writer.define(0, number::kFileId, {{0, 1, kEnum}, {1, 2, kUint16}, {2, 2, kUint16}, {4, 4, kUint32}}, endian);
  writer.data(0, {4, 1, 1234, start});
  writer.define(1, number::kSport, {{0, 1, kEnum}, {1, 1, kEnum}}, endian);
  writer.data(1, {10, 20});
  // set: timestamp (254), duration, repetitions, weight, set_type, start_time, category, category_subtype,
  // message_index.
  writer.define(2, number::kSet,
                {{254, 4, kUint32}, {0, 4, kUint32}, {3, 2, kUint16}, {4, 2, kUint16}, {5, 1, kUint8}, {6, 4, kUint32},
                 {7, 2, kUint16}, {8, 2, kUint16}, {10, 2, kUint16}},
                endian);
  double elapsed = 0;
  for (std::size_t index = 0; index < sets.size(); ++index) {
    const auto& set = sets[index];
    const std::int64_t set_start = start + std::llround(elapsed);
    elapsed += set.duration_s;
    const FitValue weight = set.weight_kg ? FitValue(std::llround(*set.weight_kg * 16)) : FitValue{};
    writer.data(2, {start + std::llround(elapsed), std::llround(set.duration_s * 1000), or_invalid(set.repetitions),
                    weight, set.set_type, set_start, or_invalid(set.category), or_invalid(set.exercise_name),
                    static_cast<std::int64_t>(index)});
  }
  writer.define(3, number::kSession,
                {{number::kTimestamp, 4, kUint32}, {2, 4, kUint32}, {5, 1, kEnum}, {6, 1, kEnum}, {7, 4, kUint32},
                 {8, 4, kUint32}},
                endian);
  const std::int64_t milliseconds = std::llround(elapsed * 1000);
  writer.data(3, {start + std::llround(elapsed), start, 10, 20, milliseconds, milliseconds});
  writer.define(4, number::kActivity, {{number::kTimestamp, 4, kUint32}, {1, 2, kUint16}}, endian);
  writer.data(4, {start + std::llround(elapsed), 1});
  return writer.finish();
}

void write_heart_rate_messages(FitWriter& writer, std::span<const FitHeartBeat> beats) {
  using namespace fit_type;
  if (beats.empty()) return;
  constexpr std::int64_t kFirstEvent = 3568224779;  // any device time, 1/1024 s
  const double anchor = beats.front().time_s;
  const double whole = std::floor(anchor);
  writer.define(9, number::kHeartRate,
                {{number::kTimestamp, 4, kUint32}, {9, 4, kUint32}, {0, 2, kUint16}, {6, 1, kUint8}});
  writer.data(9, {static_cast<std::int64_t>(whole) - kFitEpoch, kFirstEvent, std::llround((anchor - whole) * 32768),
                  beats.front().bpm});
  writer.define(11, number::kHeartRate, {{6, 8, kUint8}, {10, 12, kByte}});
  for (std::size_t first = 1; first < beats.size(); first += 8) {
    std::vector<std::int64_t> bpm;
    FitBytes packed(12, 0);
    std::int64_t event = 0;
    for (std::size_t index = 0; index < 8; ++index) {
      if (first + index < beats.size()) {
        event = kFirstEvent + std::llround((beats[first + index].time_s - anchor) * 1024);
        bpm.push_back(beats[first + index].bpm);
      } else {
        bpm.push_back(0xFF);
      }
      const auto low_bits = static_cast<std::uint32_t>(event & 0xFFF);
      const std::size_t bit = index * 12;
      packed[bit / 8] = static_cast<std::uint8_t>(packed[bit / 8] | ((low_bits << (bit % 8)) & 0xFF));
      packed[bit / 8 + 1] = static_cast<std::uint8_t>(packed[bit / 8 + 1] | ((low_bits << (bit % 8)) >> 8));
    }
    writer.data(11, {FitValue::array(bpm), FitValue::bytes(packed)});
  }
}

core::RecordedActivity synthetic_run(std::size_t seconds, std::uint32_t seed) {
  std::mt19937 engine(seed);
  const auto draw = [&](int low, int high) {
    return low + static_cast<int>(engine() % static_cast<std::uint32_t>(high - low + 1));
  };
  core::RecordedActivity activity;
  activity.samples.reserve(seconds);
  const double start = 1714806000.0;  // 2024-05-04T07:00:00Z
  double distance = 0;
  double latitude = 46.0569;
  double longitude = 14.5058;
  double altitude = 295.0;
  double heart_rate = 95.0;
  core::ActivityLap lap;
  lap.start_time_s = start;
  for (std::size_t second = 0; second < seconds; ++second) {
    core::ActivitySample sample;
    sample.time_s = start + static_cast<double>(second);
    const double speed = 2.8 + 0.4 * std::sin(static_cast<double>(second) / 300.0) + draw(-20, 20) / 1000.0;
    distance += speed;
    latitude += speed * 0.6 / 111320.0;
    longitude += speed * 0.8 / (111320.0 * std::cos(latitude * 3.14159265358979 / 180.0));
    altitude += draw(-10, 10) / 20.0;
    heart_rate = std::clamp(heart_rate + draw(-2, 3) * 0.5, 90.0, 182.0);
    sample.latitude_deg = latitude;
    sample.longitude_deg = longitude;
    sample.distance_m = distance;
    sample.speed_m_s = speed;
    sample.altitude_m = altitude;
    sample.heart_rate_bpm = std::round(heart_rate);
    sample.cadence_spm = 164 + draw(0, 160) / 16.0;
    sample.power_w = 240 + draw(-30, 30);
    sample.stance_time_ms = 240 + draw(-150, 150) / 10.0;
    sample.vertical_oscillation_mm = 85 + draw(-100, 100) / 10.0;
    sample.step_length_mm = speed * 60000 / sample.cadence_spm;
    sample.vertical_ratio_percent = sample.vertical_oscillation_mm / sample.step_length_mm * 100;
    sample.stance_time_balance_left_percent = 50 + draw(-150, 150) / 100.0;
    activity.samples.push_back(sample);
    if (distance >= 1000.0 * static_cast<double>(activity.laps.size() + 1) || second + 1 == seconds) {
      lap.timer_s = sample.time_s - lap.start_time_s + 1;
      lap.elapsed_s = lap.timer_s;
      lap.distance_m = distance - (activity.laps.empty() ? 0.0 : 1000.0 * static_cast<double>(activity.laps.size()));
      lap.avg_heart_rate_bpm = sample.heart_rate_bpm;
      lap.max_heart_rate_bpm = sample.heart_rate_bpm;
      lap.avg_cadence_spm = 170;
      activity.laps.push_back(lap);
      lap = core::ActivityLap{};
      lap.start_time_s = sample.time_s + 1;
    }
  }
  auto& summary = activity.summary;
  summary.sport = "running";
  summary.start_time_s = start;
  summary.timer_s = static_cast<double>(seconds);
  summary.elapsed_s = static_cast<double>(seconds);
  summary.distance_m = distance;
  summary.avg_heart_rate_bpm = 150;
  summary.max_heart_rate_bpm = 182;
  summary.avg_cadence_spm = 169;
  summary.avg_power_w = 240;
  summary.avg_stance_time_ms = 240;
  summary.avg_vertical_oscillation_mm = 85;
  summary.avg_step_length_mm = 1000;
  summary.avg_vertical_ratio_percent = 8.5;
  summary.avg_stance_time_balance_left_percent = 50;
  return activity;
}

}  // namespace stride::testing
