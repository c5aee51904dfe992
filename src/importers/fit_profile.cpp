#include "fit_profile.hpp"

#include <algorithm>
#include <array>

namespace stride::importers::fit {
namespace {

// Semicircles per degree: 2^31 semicircles are 180 degrees.
constexpr double kSemicirclesPerDegree = 2147483648.0 / 180.0;

// The base types by their number (the low five bits of the base type byte).
constexpr std::array<BaseType, 17> kBaseTypes{
    BaseType::Enum,    BaseType::Sint8,   BaseType::Uint8,   BaseType::Sint16, BaseType::Uint16, BaseType::Sint32,
    BaseType::Uint32,  BaseType::String,  BaseType::Float32, BaseType::Float64, BaseType::Uint8z, BaseType::Uint16z,
    BaseType::Uint32z, BaseType::Byte,    BaseType::Sint64,  BaseType::Uint64, BaseType::Uint64z,
};

// The global message numbers of the profile's mesg_num type, ascending.
constexpr std::array<std::uint16_t, 86> kProfileMessages{
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  12,  15,  18,  19,  20,  21,  23,  26,  27,  28,  30,
    31,  32,  33,  34,  35,  37,  38,  39,  49,  51,  53,  55,  72,  78,  80,  81,  82,  101, 103, 105, 106, 127,
    128, 129, 131, 132, 142, 145, 148, 149, 150, 151, 158, 159, 160, 161, 162, 164, 165, 167, 169, 174, 177, 178,
    184, 185, 186, 187, 188, 200, 201, 202, 206, 207, 208, 209, 210, 225, 227, 258, 259, 262, 264, 268,
};

template <class Slot>
constexpr ProfileField field(std::uint8_t number, Slot slot, double scale = 1.0, double offset = 0.0) {
  return ProfileField{number, static_cast<std::uint8_t>(slot), scale, offset};
}

// record (20).
constexpr std::array kRecordFields{
    field(0, RecordSlot::Latitude, kSemicirclesPerDegree),     // position_lat, semicircles
    field(1, RecordSlot::Longitude, kSemicirclesPerDegree),    // position_long, semicircles
    field(2, RecordSlot::Altitude, 5.0, 500.0),                // altitude, m
    field(3, RecordSlot::HeartRate),                           // heart_rate, bpm
    field(4, RecordSlot::Cadence),                             // cadence, rpm
    field(5, RecordSlot::Distance, 100.0),                     // distance, m
    field(6, RecordSlot::Speed, 1000.0),                       // speed, m/s
    field(7, RecordSlot::Power),                               // power, watts
    field(8, RecordSlot::CompressedSpeedDistance),             // compressed_speed_distance, 3 bytes
    field(39, RecordSlot::VerticalOscillation, 10.0),          // vertical_oscillation, mm
    field(41, RecordSlot::StanceTime, 10.0),                   // stance_time, ms
    field(53, RecordSlot::FractionalCadence, 128.0),           // fractional_cadence, rpm
    field(73, RecordSlot::EnhancedSpeed, 1000.0),              // enhanced_speed, m/s
    field(78, RecordSlot::EnhancedAltitude, 5.0, 500.0),       // enhanced_altitude, m
    field(83, RecordSlot::VerticalRatio, 100.0),               // vertical_ratio, percent
    field(84, RecordSlot::StanceTimeBalance, 100.0),           // stance_time_balance, percent
    field(85, RecordSlot::StepLength, 10.0),                   // step_length, mm
};

// session (18).
constexpr std::array kSessionFields{
    field(2, TotalsSlot::StartTime),                          // start_time, date_time
    field(5, TotalsSlot::Sport),                              // sport
    field(7, TotalsSlot::ElapsedTime, 1000.0),                // total_elapsed_time, s
    field(8, TotalsSlot::TimerTime, 1000.0),                  // total_timer_time, s
    field(9, TotalsSlot::Distance, 100.0),                    // total_distance, m
    field(16, TotalsSlot::AverageHeartRate),                  // avg_heart_rate, bpm
    field(17, TotalsSlot::MaximumHeartRate),                  // max_heart_rate, bpm
    field(18, TotalsSlot::AverageCadence),                    // avg_cadence, rpm (strides/min running)
    field(20, TotalsSlot::AveragePower),                      // avg_power, watts
    field(89, TotalsSlot::AverageVerticalOscillation, 10.0),  // avg_vertical_oscillation, mm
    field(91, TotalsSlot::AverageStanceTime, 10.0),           // avg_stance_time, ms
    field(92, TotalsSlot::AverageFractionalCadence, 128.0),   // avg_fractional_cadence, rpm
    field(132, TotalsSlot::AverageVerticalRatio, 100.0),      // avg_vertical_ratio, percent
    field(133, TotalsSlot::AverageStanceTimeBalance, 100.0),  // avg_stance_time_balance, percent
    field(134, TotalsSlot::AverageStepLength, 10.0),          // avg_step_length, mm
    field(6, TotalsSlot::SubSport),                           // sub_sport
};

// lap (19).
constexpr std::array kLapFields{
    field(2, TotalsSlot::StartTime),                          // start_time, date_time
    field(7, TotalsSlot::ElapsedTime, 1000.0),                // total_elapsed_time, s
    field(8, TotalsSlot::TimerTime, 1000.0),                  // total_timer_time, s
    field(9, TotalsSlot::Distance, 100.0),                    // total_distance, m
    field(15, TotalsSlot::AverageHeartRate),                  // avg_heart_rate, bpm
    field(16, TotalsSlot::MaximumHeartRate),                  // max_heart_rate, bpm
    field(17, TotalsSlot::AverageCadence),                    // avg_cadence, rpm (strides/min running)
    field(19, TotalsSlot::AveragePower),                      // avg_power, watts
    field(25, TotalsSlot::Sport),                             // sport
    field(77, TotalsSlot::AverageVerticalOscillation, 10.0),  // avg_vertical_oscillation, mm
    field(79, TotalsSlot::AverageStanceTime, 10.0),           // avg_stance_time, ms
    field(80, TotalsSlot::AverageFractionalCadence, 128.0),   // avg_fractional_cadence, rpm
    field(118, TotalsSlot::AverageVerticalRatio, 100.0),      // avg_vertical_ratio, percent
    field(119, TotalsSlot::AverageStanceTimeBalance, 100.0),  // avg_stance_time_balance, percent
    field(120, TotalsSlot::AverageStepLength, 10.0),          // avg_step_length, mm
    field(39, TotalsSlot::SubSport),                          // sub_sport
};

// hr (132); the decoder applies these scales itself.
constexpr std::array kHeartRateFields{
    field(0, HeartRateSlot::FractionalTimestamp, 32768.0),  // fractional_timestamp, s
    field(1, HeartRateSlot::Time256, 256.0),                // time256, s
    field(6, HeartRateSlot::FilteredBpm),                   // filtered_bpm, bpm (array)
    field(9, HeartRateSlot::EventTimestamp, 1024.0),        // event_timestamp, s (array)
    field(10, HeartRateSlot::EventTimestamp12, 1024.0),     // event_timestamp_12, packed 12-bit components
};

// field_description (206).
constexpr std::array kFieldDescriptionFields{
    field(0, FieldDescriptionSlot::DeveloperDataIndex),  // developer_data_index
    field(1, FieldDescriptionSlot::FieldNumber),         // field_definition_number
    field(2, FieldDescriptionSlot::BaseTypeId),          // fit_base_type_id
    field(3, FieldDescriptionSlot::Name),                // field_name, string
    field(6, FieldDescriptionSlot::Scale),               // scale, uint8
    field(7, FieldDescriptionSlot::Offset),              // offset, sint8
    field(8, FieldDescriptionSlot::Units),               // units, string
};

// sport (12).
constexpr std::array kSportFields{field(0, SportSlot::Sport), field(1, SportSlot::SubSport)};

// set (225). Its timestamp is field 254, not 253: the decoder does not read it (start_time says when).
constexpr std::array kSetFields{
    field(0, SetSlot::Duration, 1000.0),   // duration, s
    field(3, SetSlot::Repetitions),        // repetitions
    field(4, SetSlot::Weight, 16.0),       // weight, kg
    field(5, SetSlot::SetType),            // set_type
    field(6, SetSlot::StartTime),          // start_time, date_time
    field(7, SetSlot::Category),           // category, exercise_category (array)
    field(8, SetSlot::CategorySubtype),    // category_subtype, exercise name (array)
};

// The sport enum, values 0 to 48.
constexpr std::array<std::string_view, 49> kSportNames{
    "generic",         "running",        "cycling",          "transition",          "fitness_equipment",
    "swimming",        "basketball",     "soccer",           "tennis",              "american_football",
    "training",        "walking",        "cross_country_skiing", "alpine_skiing",   "snowboarding",
    "rowing",          "mountaineering", "hiking",           "multisport",          "paddling",
    "flying",          "e_biking",       "motorcycling",     "boating",             "driving",
    "golf",            "hang_gliding",   "horseback_riding", "hunting",             "fishing",
    "inline_skating",  "rock_climbing",  "sailing",          "ice_skating",         "sky_diving",
    "snowshoeing",     "snowmobiling",   "stand_up_paddleboarding", "surfing",      "wakeboarding",
    "water_skiing",    "kayaking",       "rafting",          "windsurfing",         "kitesurfing",
    "tactical",        "jumpmaster",     "boxing",           "floor_climbing",
};

}  // namespace

BaseType base_type_from_id(std::uint8_t id) {
  const std::size_t number = id & 0x1Fu;
  return number < kBaseTypes.size() ? kBaseTypes[number] : BaseType::Unknown;
}

std::size_t base_type_size(BaseType type) {
  switch (type) {
    case BaseType::Sint16:
    case BaseType::Uint16:
    case BaseType::Uint16z:
      return 2;
    case BaseType::Sint32:
    case BaseType::Uint32:
    case BaseType::Uint32z:
    case BaseType::Float32:
      return 4;
    case BaseType::Sint64:
    case BaseType::Uint64:
    case BaseType::Uint64z:
    case BaseType::Float64:
      return 8;
    default:
      return 1;
  }
}

MessageKind message_kind(std::uint16_t global_message_number) {
  switch (global_message_number) {
    case kRecordMessage:
      return MessageKind::Record;
    case kSessionMessage:
      return MessageKind::Session;
    case kLapMessage:
      return MessageKind::Lap;
    case kSportMessage:
      return MessageKind::Sport;
    case kHeartRateMessage:
      return MessageKind::HeartRate;
    case kFieldDescriptionMessage:
      return MessageKind::FieldDescription;
    case kSetMessage:
      return MessageKind::Set;
    default:
      return std::binary_search(kProfileMessages.begin(), kProfileMessages.end(), global_message_number)
                 ? MessageKind::Ignored
                 : MessageKind::Unknown;
  }
}

std::span<const ProfileField> profile_fields(MessageKind kind) {
  switch (kind) {
    case MessageKind::Record:
      return kRecordFields;
    case MessageKind::Session:
      return kSessionFields;
    case MessageKind::Lap:
      return kLapFields;
    case MessageKind::Sport:
      return kSportFields;
    case MessageKind::HeartRate:
      return kHeartRateFields;
    case MessageKind::FieldDescription:
      return kFieldDescriptionFields;
    case MessageKind::Set:
      return kSetFields;
    case MessageKind::Ignored:
    case MessageKind::Unknown:
      break;
  }
  return {};
}

std::optional<std::string_view> sport_name(std::uint8_t sport) {
  if (sport < kSportNames.size()) return kSportNames[sport];
  return std::nullopt;
}

}  // namespace stride::importers::fit
