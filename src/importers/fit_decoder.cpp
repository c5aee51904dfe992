// decode_fit: the message loop over every segment of a FIT file (docs/formats/fit.md). Record
// headers are read here; definitions compile into plans (fit_messages.cpp); data messages decode
// through their plan; fit_activity.cpp turns what was collected into the activity.

#include <algorithm>
#include <array>
#include <unordered_map>

#include <fmt/format.h>

#include "fit_activity.hpp"
#include "fit_messages.hpp"
#include "fit_profile.hpp"
#include "fit_stream.hpp"
#include "stride/importers/activity_files.hpp"

namespace stride::importers {
namespace {

using fit::MessageKind;
using fit::MessagePlan;

constexpr std::uint8_t kCompressedHeaderBit = 0x80;
constexpr std::uint8_t kLocalTypeMask = 0x0F;
constexpr std::uint8_t kTimeOffsetMask = 0x1F;
constexpr std::size_t kLocalTypes = 16;
constexpr std::uint32_t kInvalidTimestamp = 0xFFFFFFFFu;
// Samples reserved per remaining byte are estimated from the record size, but never from fewer
// than this many bytes a record, so that memory stays within a small multiple of the file size.
constexpr std::size_t kSmallestRecordEstimate = 8;

// Whether a data message's record header carries a time (a compressed-timestamp header) or not.
// The time itself is not passed as a std::optional argument: GCC passes that through memory, with a
// store-forwarding stall on every message.
enum class HeaderTime : std::uint8_t { None, Compressed };

// Messages of one global number outside the profile, skipped.
struct UnknownMessages {
  std::uint16_t global_message_number = 0;
  std::size_t count = 0;
  std::size_t first_offset = 0;
};

class FitDecoder {
 public:
  explicit FitDecoder(std::string_view source) : m_source(source) {}

  // Decodes the data records of one segment; definitions and the timestamp do not carry over.
  core::Status decode_segment(Bytes file, const fit::Segment& segment) {
    for (auto& plan : m_plans) plan.defined = false;
    m_last_timestamp.reset();
    const std::uint8_t* data = file.data();
    std::size_t position = segment.records_begin;
    const std::size_t end = segment.records_end;
    while (position < end) {
      const std::uint8_t header = data[position];
      if ((header & kCompressedHeaderBit) != 0) {
        const std::size_t local_type = (header >> 5) & 0x03u;
        const MessagePlan& plan = m_plans[local_type];
        if (!plan.defined) return undefined_local_type("compressed-timestamp message", position, local_type);
        if (!m_last_timestamp) {
          return std::unexpected(fit::fit_error(
              m_source, fmt::format("compressed-timestamp message at byte {} comes before any full timestamp",
                                    position)));
        }
        if (plan.size >= end - position) return truncated(position);
        m_last_timestamp = rolled_forward(*m_last_timestamp, header & kTimeOffsetMask);
        decode_data(plan, data + position + 1, position, end, HeaderTime::Compressed);
        position += 1 + plan.size;
      } else if ((header & fit::kDefinitionBit) != 0) {
        MessagePlan& plan = m_plans[header & kLocalTypeMask];
        STRIDE_TRY(const std::size_t length,
                   fit::compile_definition(file, position, end, m_developer_fields, plan, m_source));
        if (plan.kind == MessageKind::Unknown) plan.unknown_tally = tally_of(plan.global_message_number);
        position += length;
      } else {
        const std::size_t local_type = header & kLocalTypeMask;
        const MessagePlan& plan = m_plans[local_type];
        if (!plan.defined) return undefined_local_type("data message", position, local_type);
        if (plan.size >= end - position) return truncated(position);
        decode_data(plan, data + position + 1, position, end, HeaderTime::None);
        position += 1 + plan.size;
      }
    }
    return {};
  }

  // The activity from everything decoded, or the error of a set message that cannot be true.
  core::Result<core::RecordedActivity> finish() && {
    STRIDE_TRY(m_decoded.active_sets, fit::active_sets(m_decoded.set_messages, m_source));
    // One warning for all messages outside the profile: real Garmin files carry several such
    // (undocumented) types, and one line per type would bury the warnings that matter.
    std::vector<std::string> types;
    std::size_t skipped = 0;
    std::optional<std::size_t> first_offset;
    for (const auto& unknown : m_unknown) {
      if (unknown.count == 0) continue;  // defined, never used
      skipped += unknown.count;
      first_offset = std::min(first_offset.value_or(unknown.first_offset), unknown.first_offset);
      types.push_back(unknown.count == 1
                          ? fmt::format("{} (at byte {})", unknown.global_message_number, unknown.first_offset)
                          : fmt::format("{} ({}, the first at byte {})", unknown.global_message_number, unknown.count,
                                        unknown.first_offset));
    }
    if (first_offset) {
      m_decoded.warnings.push_back(
          {*first_offset, fmt::format("skipped {} message{} of {} type{} the FIT profile does not define: {}", skipped,
                                      skipped == 1 ? "" : "s", types.size(), types.size() == 1 ? "" : "s",
                                      fmt::join(types, ", "))});
    }
    if (m_system_time_offset) {
      m_decoded.warnings.push_back(
          {*m_system_time_offset,
           fmt::format("record at byte {} has a device time (seconds since it was switched on), not a date: "
                       "its times are not UTC",
                       *m_system_time_offset)});
    }
    if (m_heart_rate.unplaced_values > 0) {
      m_decoded.warnings.push_back(
          {m_first_unplaced_offset,
           fmt::format("skipped {} heart-rate values of hr messages without a time anchor, the first at byte {}",
                       m_heart_rate.unplaced_values, m_first_unplaced_offset)});
    }
    return fit::assemble_activity(std::move(m_decoded));
  }

 private:
  // The FIT time of a compressed-timestamp header: the last timestamp's upper 27 bits with the
  // header's five-bit offset, one rollover (32 s) later when the offset is below the last low bits.
  static std::uint32_t rolled_forward(std::uint32_t last, std::uint32_t offset) {
    const std::uint32_t low_bits = last & kTimeOffsetMask;
    std::uint32_t time = (last & ~std::uint32_t{kTimeOffsetMask}) + offset;
    if (offset < low_bits) time += kTimeOffsetMask + 1;
    return time;
  }

  core::Status undefined_local_type(std::string_view what, std::size_t position, std::size_t local_type) const {
    return std::unexpected(fit::fit_error(
        m_source, fmt::format("{} at byte {} uses local message type {}, which has no definition", what, position,
                              local_type)));
  }

  core::Status truncated(std::size_t position) const {
    return std::unexpected(fit::fit_error(m_source, fmt::format("truncated data message at byte {}", position)));
  }

  std::size_t tally_of(std::uint16_t global_message_number) {
    const auto [found, inserted] = m_unknown_index.try_emplace(global_message_number, m_unknown.size());
    if (inserted) m_unknown.push_back({global_message_number, 0, 0});
    return found->second;
  }

  // Decodes one data message (`message` is past its record header at byte `position`; the
  // segment's records end at `end`). With a compressed-timestamp header, the header's time is
  // already the last timestamp. Inlined into the message loop, which calls it for every message.
  [[gnu::always_inline]] void decode_data(const MessagePlan& plan, const std::uint8_t* message, std::size_t position,
                                          std::size_t end, HeaderTime header_time) {
    std::optional<std::uint32_t> timestamp;
    if (header_time == HeaderTime::Compressed) timestamp = m_last_timestamp;
    if (plan.has_timestamp) {
      const auto stated = fit::read_unsigned<std::uint32_t>(message + plan.timestamp_offset, plan.order);
      if (stated != kInvalidTimestamp) {
        timestamp = stated;
        m_last_timestamp = stated;
      }
    }
    switch (plan.kind) {
      case MessageKind::Record:
        if (!timestamp && plan.steps.empty() && plan.record_steps.empty()) break;  // nothing a sample could hold
        reserve_samples(plan, end - position);
        fit::decode_record(plan, message, timestamp ? static_cast<double>(*timestamp) : core::kMissing,
                           m_record_state, m_decoded.samples.emplace_back());
        if (timestamp && *timestamp < fit::kFirstUtcDateTime && !m_system_time_offset) m_system_time_offset = position;
        break;
      case MessageKind::Session:
        m_decoded.sessions.push_back(fit::decode_totals(plan, message));
        break;
      case MessageKind::Lap:
        m_decoded.laps.push_back(fit::decode_totals(plan, message));
        break;
      case MessageKind::Sport:
        if (!m_decoded.sport) {
          const auto values = fit::decode_totals(plan, message);
          m_decoded.sport = fit::byte_value(values[static_cast<std::size_t>(fit::SportSlot::Sport)]);
          m_decoded.sub_sport = fit::byte_value(values[static_cast<std::size_t>(fit::SportSlot::SubSport)]);
        }
        break;
      case MessageKind::Set:
        m_decoded.set_messages.push_back({position, fit::decode_set(plan, message)});
        break;
      case MessageKind::HeartRate: {
        const std::size_t unplaced = m_heart_rate.unplaced_values;
        fit::decode_heart_rate(plan, message, timestamp, m_heart_rate, m_decoded.heart_rate_events);
        if (unplaced == 0 && m_heart_rate.unplaced_values > 0) m_first_unplaced_offset = position;
        break;
      }
      case MessageKind::FieldDescription:
        if (auto field = fit::decode_field_description(plan, message)) add_developer_field(*field);
        break;
      case MessageKind::Unknown: {
        UnknownMessages& unknown = m_unknown[plan.unknown_tally];
        if (unknown.count++ == 0) unknown.first_offset = position;
        break;
      }
      case MessageKind::Ignored:
        break;
    }
  }

  // Grows the samples geometrically, at first to the number of records the rest of the segment
  // can hold at this plan's size, so that a long recording is not copied over and over.
  void reserve_samples(const MessagePlan& plan, std::size_t remaining_bytes) {
    auto& samples = m_decoded.samples;
    if (samples.size() < samples.capacity()) return;
    const std::size_t record_bytes = std::max<std::size_t>(plan.size + 1, kSmallestRecordEstimate);
    samples.reserve(std::max(2 * samples.capacity(), samples.size() + remaining_bytes / record_bytes + 1));
  }

  // A later description of the same developer field replaces the earlier one.
  void add_developer_field(const fit::DeveloperField& field) {
    const auto same = std::find_if(m_developer_fields.begin(), m_developer_fields.end(), [&](const fit::DeveloperField& known) {
      return known.developer_data_index == field.developer_data_index && known.field_number == field.field_number;
    });
    if (same != m_developer_fields.end()) {
      *same = field;
    } else {
      m_developer_fields.push_back(field);
    }
  }

  std::string_view m_source;
  std::array<MessagePlan, kLocalTypes> m_plans;
  std::optional<std::uint32_t> m_last_timestamp;
  fit::RecordState m_record_state;
  fit::HeartRateState m_heart_rate;
  std::size_t m_first_unplaced_offset = 0;
  std::optional<std::size_t> m_system_time_offset;
  std::vector<fit::DeveloperField> m_developer_fields;
  std::vector<UnknownMessages> m_unknown;
  std::unordered_map<std::uint16_t, std::size_t> m_unknown_index;
  fit::DecodedFit m_decoded;
};

}  // namespace

core::Result<core::RecordedActivity> decode_fit(Bytes bytes, std::string_view source) {
  FitDecoder decoder(source);
  std::size_t position = 0;
  do {
    STRIDE_TRY(const fit::Segment segment, fit::read_segment(bytes, position, source));
    STRIDE_TRY_STATUS(decoder.decode_segment(bytes, segment));
    position = segment.end;
  } while (position < bytes.size());
  return std::move(decoder).finish();
}

}  // namespace stride::importers
