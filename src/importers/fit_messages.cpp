#include "fit_messages.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include <fmt/format.h>

namespace stride::importers::fit {
namespace {

using core::kMissing;
using core::present;

constexpr std::size_t kDefinitionFixedBytes = 6;  // record header, reserved, architecture, global (2), field count
constexpr std::size_t kFieldDefinitionBytes = 3;
constexpr std::uint32_t kInvalidTimestamp = 0xFFFFFFFFu;

const ProfileField* find_profile_field(std::span<const ProfileField> fields, std::uint8_t number) {
  for (const auto& field : fields) {
    if (field.number == number) return &field;
  }
  return nullptr;
}

bool is_numeric(BaseType type) { return type != BaseType::String && type != BaseType::Unknown; }

// The steps of the special messages (hr, field_description) read arrays and strings themselves:
// any base type with at least one value's bytes is kept. Numeric slots need a numeric type.
bool keeps_field(MessageKind kind, std::uint8_t slot, BaseType type, std::size_t size) {
  if (size == 0 || type == BaseType::Unknown) return false;
  if (kind == MessageKind::HeartRate || kind == MessageKind::FieldDescription) return true;
  if (kind == MessageKind::Record && slot == static_cast<std::uint8_t>(RecordSlot::CompressedSpeedDistance)) {
    return size >= 3;
  }
  return is_numeric(type) && size >= base_type_size(type);
}

// The sample field a record slot's value goes to, or nullptr for the slots decode_record combines
// itself (fractional cadence, compressed speed and distance).
double core::ActivitySample::* sample_field(RecordSlot slot) {
  using Sample = core::ActivitySample;
  switch (slot) {
    case RecordSlot::Latitude: return &Sample::latitude_deg;
    case RecordSlot::Longitude: return &Sample::longitude_deg;
    case RecordSlot::Altitude:
    case RecordSlot::EnhancedAltitude: return &Sample::altitude_m;
    case RecordSlot::HeartRate: return &Sample::heart_rate_bpm;
    case RecordSlot::Cadence: return &Sample::cadence_spm;
    case RecordSlot::Distance: return &Sample::distance_m;
    case RecordSlot::Speed:
    case RecordSlot::EnhancedSpeed: return &Sample::speed_m_s;
    case RecordSlot::Power:
    case RecordSlot::DeveloperPower: return &Sample::power_w;
    case RecordSlot::VerticalOscillation: return &Sample::vertical_oscillation_mm;
    case RecordSlot::StanceTime: return &Sample::stance_time_ms;
    case RecordSlot::VerticalRatio: return &Sample::vertical_ratio_percent;
    case RecordSlot::StanceTimeBalance: return &Sample::stance_time_balance_left_percent;
    case RecordSlot::StepLength: return &Sample::step_length_mm;
    case RecordSlot::FractionalCadence:
    case RecordSlot::CompressedSpeedDistance:
    case RecordSlot::Count: break;
  }
  return nullptr;
}

// 1 for the slots that win over another slot of the same sample field, else 0.
int precedence(RecordSlot slot) {
  return slot == RecordSlot::EnhancedAltitude || slot == RecordSlot::EnhancedSpeed || slot == RecordSlot::Power ? 1 : 0;
}

// Puts a definition's record steps (in definition order) in the order RecordStep requires, with
// steps of one base type together where that order leaves the choice, and cuts them into runs.
void order_record_steps(MessagePlan& plan) {
  auto& steps = plan.record_steps;
  std::stable_sort(steps.begin(), steps.end(),
                   [](const RecordStep& left, const RecordStep& right) { return left.slot < right.slot; });
  for (std::size_t index = 1; index < steps.size(); ++index) {
    if (steps[index].slot == steps[index - 1].slot) {
      steps[index].repeat = static_cast<std::uint8_t>(steps[index - 1].repeat + 1);
    }
  }
  const auto key = [](const RecordStep& step) { return std::tuple(precedence(step.slot), step.repeat, step.type); };
  std::stable_sort(steps.begin(), steps.end(),
                   [&](const RecordStep& left, const RecordStep& right) { return key(left) < key(right); });
  for (const RecordStep& step : steps) {
    if (plan.record_runs.empty() || plan.record_runs.back().type != step.type) plan.record_runs.push_back({step.type, 0});
    ++plan.record_runs.back().count;
  }
}

// The first step of a slot below kIndexedSlots, or nullptr.
template <class Slot>
const FieldStep* find_step(const MessagePlan& plan, Slot slot) {
  const std::uint16_t index = plan.step_of_slot[static_cast<std::size_t>(slot)];
  return index == kNoStep ? nullptr : &plan.steps[index];
}

void add_step(MessagePlan& plan, const FieldStep& step) {
  if (plan.kind == MessageKind::Record) {
    const auto slot = static_cast<RecordSlot>(step.slot);
    if (const auto destination = sample_field(slot)) {
      plan.record_steps.push_back(RecordStep{step.offset, step.type, slot, 0, destination, step.multiplier, step.offset_value});
      return;
    }
  }
  if (step.slot < kIndexedSlots && plan.step_of_slot[step.slot] == kNoStep) {
    plan.step_of_slot[step.slot] = static_cast<std::uint16_t>(plan.steps.size());
  }
  plan.steps.push_back(step);
}

// The text of a string field: its bytes up to the first NUL.
std::string_view read_string(const std::uint8_t* message, const FieldStep& step) {
  const char* text = reinterpret_cast<const char*>(message + step.offset);
  const auto length = static_cast<std::size_t>(std::find(text, text + step.size, '\0') - text);
  return {text, length};
}

bool equals_ignoring_case(std::string_view left, std::string_view right) {
  return left.size() == right.size() &&
         std::equal(left.begin(), left.end(), right.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         });
}

// The 12-bit value at bits [12 × index, 12 × index + 12) of a little-endian bit stream.
std::uint32_t packed_twelve_bits(const std::uint8_t* bytes, std::size_t index) {
  const std::size_t bit = index * 12;
  const std::size_t byte = bit / 8;
  const unsigned pair = static_cast<unsigned>(bytes[byte]) | (static_cast<unsigned>(bytes[byte + 1]) << 8);
  return (pair >> (bit % 8)) & 0xFFFu;
}

// Writes the value of every valid field of the steps [step, end), all of base type `type`, into its
// sample field.
template <ByteOrder order, BaseType type>
void write_run(const RecordStep* step, const RecordStep* end, const std::uint8_t* message,
               core::ActivitySample& sample) {
  for (; step != end; ++step) {
    double raw;
    if (read_number<order>(message + step->offset, type, raw)) {
      sample.*step->destination = raw * step->multiplier - step->offset_value;
    }
  }
}

// Writes the value of every valid field of the plan's record steps into its sample field.
template <ByteOrder order>
void write_record_steps(const MessagePlan& plan, const std::uint8_t* message, core::ActivitySample& sample) {
  const RecordStep* step = plan.record_steps.data();
  for (const RecordRun& run : plan.record_runs) {
    const RecordStep* end = step + run.count;
    switch (run.type) {
      case BaseType::Enum: write_run<order, BaseType::Enum>(step, end, message, sample); break;
      case BaseType::Sint8: write_run<order, BaseType::Sint8>(step, end, message, sample); break;
      case BaseType::Uint8: write_run<order, BaseType::Uint8>(step, end, message, sample); break;
      case BaseType::Sint16: write_run<order, BaseType::Sint16>(step, end, message, sample); break;
      case BaseType::Uint16: write_run<order, BaseType::Uint16>(step, end, message, sample); break;
      case BaseType::Sint32: write_run<order, BaseType::Sint32>(step, end, message, sample); break;
      case BaseType::Uint32: write_run<order, BaseType::Uint32>(step, end, message, sample); break;
      case BaseType::Float32: write_run<order, BaseType::Float32>(step, end, message, sample); break;
      case BaseType::Float64: write_run<order, BaseType::Float64>(step, end, message, sample); break;
      case BaseType::Uint8z: write_run<order, BaseType::Uint8z>(step, end, message, sample); break;
      case BaseType::Uint16z: write_run<order, BaseType::Uint16z>(step, end, message, sample); break;
      case BaseType::Uint32z: write_run<order, BaseType::Uint32z>(step, end, message, sample); break;
      case BaseType::Byte: write_run<order, BaseType::Byte>(step, end, message, sample); break;
      case BaseType::Sint64: write_run<order, BaseType::Sint64>(step, end, message, sample); break;
      case BaseType::Uint64: write_run<order, BaseType::Uint64>(step, end, message, sample); break;
      case BaseType::Uint64z: write_run<order, BaseType::Uint64z>(step, end, message, sample); break;
      case BaseType::String:
      case BaseType::Unknown: break;  // never a record step: their fields are not kept
    }
    step = end;
  }
}

}  // namespace

core::Result<std::size_t> compile_definition(Bytes file, std::size_t position, std::size_t end,
                                             std::span<const DeveloperField> developer_fields, MessagePlan& plan,
                                             std::string_view source) {
  const std::uint8_t* bytes = file.data();
  const auto past_end = [&] {
    return std::unexpected(fit_error(
        source, fmt::format("definition message at byte {} runs past the end of the data at byte {}", position, end)));
  };
  if (end - position < kDefinitionFixedBytes) return past_end();
  const std::uint8_t header = bytes[position];
  const std::uint8_t architecture = bytes[position + 2];
  if (architecture > 1) {
    return std::unexpected(fit_error(
        source, fmt::format("definition message at byte {} has architecture {}; 0 (little-endian) or 1 "
                            "(big-endian) expected",
                            position, architecture)));
  }
  const std::size_t field_count = bytes[position + 5];
  std::size_t length = kDefinitionFixedBytes + field_count * kFieldDefinitionBytes;
  std::size_t developer_count = 0;
  if ((header & kDeveloperDataBit) != 0) {
    if (end - position < length + 1) return past_end();
    developer_count = bytes[position + length];
    length += 1 + developer_count * kFieldDefinitionBytes;
  }
  if (end - position < length) return past_end();

  plan.defined = true;
  plan.order = architecture == 0 ? ByteOrder::LittleEndian : ByteOrder::BigEndian;
  plan.global_message_number = read_unsigned<std::uint16_t>(bytes + position + 3, plan.order);
  plan.kind = message_kind(plan.global_message_number);
  plan.has_timestamp = false;
  plan.timestamp_offset = 0;
  plan.unknown_tally = 0;
  plan.steps.clear();
  plan.record_steps.clear();
  plan.record_runs.clear();
  plan.step_of_slot.fill(kNoStep);
  const std::span<const ProfileField> profile = profile_fields(plan.kind);

  std::uint32_t offset = 0;
  const std::uint8_t* field = bytes + position + kDefinitionFixedBytes;
  for (std::size_t index = 0; index < field_count; ++index, field += kFieldDefinitionBytes) {
    const std::uint8_t number = field[0];
    const std::uint8_t size = field[1];
    const BaseType type = base_type_from_id(field[2]);
    if (number == kTimestampField && size == 4 && is_numeric(type)) {
      plan.has_timestamp = true;
      plan.timestamp_offset = offset;
    } else if (const ProfileField* known = find_profile_field(profile, number);
               known != nullptr && keeps_field(plan.kind, known->slot, type, size)) {
      add_step(plan, FieldStep{offset, size, type, known->slot, 1.0 / known->scale, known->offset});
    }
    offset += size;
  }
  // Developer fields follow the native ones (after their count); only a record's "Power" in watts
  // is read.
  for (std::size_t index = 0; index < developer_count; ++index) {
    const std::uint8_t* developer = bytes + position + kDefinitionFixedBytes + field_count * kFieldDefinitionBytes + 1 +
                                    index * kFieldDefinitionBytes;
    const std::uint8_t number = developer[0];
    const std::uint8_t size = developer[1];
    const std::uint8_t developer_index = developer[2];
    if (plan.kind == MessageKind::Record) {
      const auto described = std::find_if(developer_fields.begin(), developer_fields.end(), [&](const DeveloperField& candidate) {
        return candidate.developer_data_index == developer_index && candidate.field_number == number;
      });
      if (described != developer_fields.end() && described->is_power && is_numeric(described->type) &&
          size >= base_type_size(described->type)) {
        add_step(plan, FieldStep{offset, size, described->type, static_cast<std::uint8_t>(RecordSlot::DeveloperPower),
                                 1.0 / described->scale, described->offset});
      }
    }
    offset += size;
  }
  plan.size = offset;
  order_record_steps(plan);
  return length;
}

void decode_record(const MessagePlan& plan, const std::uint8_t* message, double fit_time, RecordState& state,
                   core::ActivitySample& sample) {
  sample.time_s = fit_time + kFitEpochUnixSeconds;
  if (plan.order == ByteOrder::LittleEndian) {
    write_record_steps<ByteOrder::LittleEndian>(plan, message, sample);
  } else {
    write_record_steps<ByteOrder::BigEndian>(plan, message, sample);
  }
  // A field that appears more than once keeps its last valid value, as in the record steps.
  double fraction = kMissing;
  std::optional<std::uint32_t> packed;
  for (const FieldStep& step : plan.steps) {
    const std::uint8_t* bytes = message + step.offset;
    if (step.slot == static_cast<std::uint8_t>(RecordSlot::CompressedSpeedDistance)) {
      // A byte array: its three bytes in file order, whatever the architecture.
      const std::uint32_t bits = static_cast<std::uint32_t>(bytes[0]) | (static_cast<std::uint32_t>(bytes[1]) << 8) |
                                 (static_cast<std::uint32_t>(bytes[2]) << 16);
      if (bits != 0xFFFFFFu) packed = bits;
      continue;
    }
    double raw;
    if (read_number(bytes, step.type, plan.order, raw)) fraction = raw * step.multiplier - step.offset_value;
  }
  if (present(fraction)) sample.cadence_spm += fraction;
  if (packed) {
    if (!present(sample.speed_m_s)) sample.speed_m_s = static_cast<double>(*packed & 0xFFFu) / 100.0;
    const std::uint64_t distance_bits = *packed >> 12;
    state.accumulated_distance_sixteenths += (distance_bits - state.accumulated_distance_sixteenths) & 0xFFFu;
    if (!present(sample.distance_m)) {
      sample.distance_m = static_cast<double>(state.accumulated_distance_sixteenths) / 16.0;
    }
  }
}

namespace {

// The scaled value of every valid numeric step whose slot fits in `Values`; kMissing elsewhere.
template <class Values>
Values decode_numbers(const MessagePlan& plan, const std::uint8_t* message) {
  Values values;
  values.fill(kMissing);
  for (const FieldStep& step : plan.steps) {
    double raw;
    if (step.slot < values.size() && read_number(message + step.offset, step.type, plan.order, raw)) {
      values[step.slot] = raw * step.multiplier - step.offset_value;
    }
  }
  return values;
}

}  // namespace

TotalsValues decode_totals(const MessagePlan& plan, const std::uint8_t* message) {
  return decode_numbers<TotalsValues>(plan, message);
}

SetValues decode_set(const MessagePlan& plan, const std::uint8_t* message) {
  return decode_numbers<SetValues>(plan, message);
}

std::optional<DeveloperField> decode_field_description(const MessagePlan& plan, const std::uint8_t* message) {
  const auto number_of = [&](FieldDescriptionSlot slot) -> std::optional<double> {
    const FieldStep* step = find_step(plan, slot);
    double value;
    if (step == nullptr || !read_number(message + step->offset, step->type, plan.order, value)) return std::nullopt;
    return value;
  };
  const auto text_of = [&](FieldDescriptionSlot slot) -> std::string_view {
    const FieldStep* step = find_step(plan, slot);
    return step != nullptr && step->type == BaseType::String ? read_string(message, *step) : std::string_view{};
  };
  const auto byte_of = [&](FieldDescriptionSlot slot) -> std::optional<std::uint8_t> {
    const auto value = number_of(slot);
    return value ? byte_value(*value) : std::nullopt;
  };
  const auto index = byte_of(FieldDescriptionSlot::DeveloperDataIndex);
  const auto number = byte_of(FieldDescriptionSlot::FieldNumber);
  const auto type = byte_of(FieldDescriptionSlot::BaseTypeId);
  if (!index || !number || !type) return std::nullopt;
  DeveloperField field;
  field.developer_data_index = *index;
  field.field_number = *number;
  field.type = base_type_from_id(*type);
  if (const auto scale = number_of(FieldDescriptionSlot::Scale); scale && *scale > 0) field.scale = *scale;
  if (const auto offset = number_of(FieldDescriptionSlot::Offset)) field.offset = *offset;
  const std::string_view units = text_of(FieldDescriptionSlot::Units);
  field.is_power = equals_ignoring_case(text_of(FieldDescriptionSlot::Name), "Power") &&
                   (equals_ignoring_case(units, "watts") || equals_ignoring_case(units, "W"));
  return field;
}

void decode_heart_rate(const MessagePlan& plan, const std::uint8_t* message, std::optional<std::uint32_t> fit_timestamp,
                       HeartRateState& state, std::vector<HeartRateEvent>& events) {
  // The message's event timestamps, 1/1024 s: full ones as they are, packed 12-bit ones accumulated
  // on the last one in 64 bits.
  std::array<std::uint64_t, 256> event_times;  // only the first event_count are set
  std::size_t event_count = 0;
  if (const FieldStep* step = find_step(plan, HeartRateSlot::EventTimestamp);
      step != nullptr && base_type_size(step->type) == 4) {
    for (std::size_t index = 0; index < step->size / 4u && event_count < event_times.size(); ++index) {
      const auto raw = read_unsigned<std::uint32_t>(message + step->offset + 4 * index, plan.order);
      if (raw == kInvalidTimestamp) continue;
      state.last_event = raw;
      state.has_last_event = true;
      event_times[event_count++] = raw;
    }
  }
  if (fit_timestamp && event_count > 0) {
    double fraction = 0;
    if (const FieldStep* step = find_step(plan, HeartRateSlot::FractionalTimestamp);
        step != nullptr && read_number(message + step->offset, step->type, plan.order, fraction)) {
      fraction *= step->multiplier;
    } else if (const FieldStep* short_step = find_step(plan, HeartRateSlot::Time256);
               short_step != nullptr && read_number(message + short_step->offset, short_step->type, plan.order, fraction)) {
      fraction *= short_step->multiplier;
    } else {
      fraction = 0;
    }
    state.anchored = true;
    state.anchor_fit_time = static_cast<double>(*fit_timestamp) + fraction;
    state.anchor_event = event_times[0];
  }
  if (const FieldStep* step = find_step(plan, HeartRateSlot::EventTimestamp12); step != nullptr) {
    const std::size_t packed_count = static_cast<std::size_t>(step->size) * 8 / 12;
    for (std::size_t index = 0; index < packed_count && event_count < event_times.size(); ++index) {
      const std::uint64_t low_bits = packed_twelve_bits(message + step->offset, index);
      state.last_event += (low_bits - state.last_event) & 0xFFFu;
      state.has_last_event = true;
      event_times[event_count++] = state.last_event;
    }
  }
  const FieldStep* bpm_step = find_step(plan, HeartRateSlot::FilteredBpm);
  if (bpm_step == nullptr || base_type_size(bpm_step->type) != 1) return;
  const std::size_t count = std::min<std::size_t>(bpm_step->size, event_count);
  for (std::size_t index = 0; index < count; ++index) {
    const std::uint8_t bpm = message[bpm_step->offset + index];
    if (bpm == 0xFF) continue;
    if (!state.anchored) {
      ++state.unplaced_values;
      continue;
    }
    const double seconds_from_anchor =
        (static_cast<double>(event_times[index]) - static_cast<double>(state.anchor_event)) / 1024.0;
    events.push_back(HeartRateEvent{state.anchor_fit_time + seconds_from_anchor + kFitEpochUnixSeconds, static_cast<double>(bpm)});
  }
}

}  // namespace stride::importers::fit
