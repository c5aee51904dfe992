#include <fmt/format.h>

#include "stride/core/display_text.hpp"
#include "stride/documents/document_reader.hpp"
#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

using core::Result;

constexpr std::size_t kMaximumListSize = 64;

Result<core::RunningBackground> decode_running(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"experience_years", "weekly_distance_km", "longest_run_km", "surface"}));
  core::RunningBackground running;
  STRIDE_TRY(auto experience, field.required("experience_years"));
  STRIDE_TRY(auto years, experience.number(0, 80));
  running.experience = core::Years(years);
  STRIDE_TRY(auto weekly, field.required("weekly_distance_km"));
  STRIDE_TRY(auto weekly_km, weekly.number(0, 400));
  running.weekly_distance = core::Kilometres(weekly_km);
  STRIDE_TRY(auto longest, field.optional("longest_run_km"));
  if (longest) {
    STRIDE_TRY(auto longest_km, longest->number(0, 400));
    running.longest_run = core::Kilometres(longest_km);
  }
  STRIDE_TRY(auto surface, field.optional("surface"));
  if (surface) {
    STRIDE_TRY(running.surface, surface->enumeration<core::Surface>());
  }
  return running;
}

bool is_target_time(std::string_view text) {
  // H:MM:SS or M:SS / MM:SS, digits only between the colons.
  int colons = 0;
  std::size_t last_colon = 0;
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char c = text[index];
    if (c == ':') {
      if (index == 0 || (colons > 0 && index - last_colon != 3)) return false;
      ++colons;
      last_colon = index;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  if (colons < 1 || colons > 2 || text.size() - last_colon != 3) return false;
  const int last_two = (text[last_colon + 1] - '0') * 10 + (text[last_colon + 2] - '0');
  return last_two < 60 && (colons == 1 || ((text[last_colon - 2] - '0') * 10 + (text[last_colon - 1] - '0')) < 60);
}

Result<core::Goal> decode_goal(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"event", "race_date", "target_time"}));
  core::Goal goal;
  STRIDE_TRY(auto event, field.required("event"));
  STRIDE_TRY(goal.event, event.enumeration<core::Event>());
  STRIDE_TRY(auto race_date, field.optional("race_date"));
  if (race_date) {
    STRIDE_TRY(goal.race_date, race_date->date());
  } else if (goal.event != core::Event::General) {
    return std::unexpected(core::invalid_input(field.source(), field.path() + ".race_date",
                                               fmt::format("required for the event \"{}\"", core::enum_name(goal.event))));
  }
  STRIDE_TRY(auto target, field.optional("target_time"));
  if (target) {
    STRIDE_TRY(auto text, target->string());
    if (!is_target_time(text)) {
      return std::unexpected(target->error(fmt::format("\"{}\" is not a time of the form H:MM:SS or MM:SS", text)));
    }
    goal.target_time = text;
  }
  return goal;
}

Result<core::Injury> decode_injury(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"region", "side", "status", "date"}));
  core::Injury injury;
  STRIDE_TRY(auto region, field.required("region"));
  STRIDE_TRY(injury.region, region.enumeration<core::InjuryRegion>());
  STRIDE_TRY(auto side, field.optional("side"));
  if (side) {
    STRIDE_TRY(injury.side, side->enumeration<core::Side>());
    if (injury.side == core::Side::None) return std::unexpected(side->error("an injury is on left, right or both sides"));
  }
  STRIDE_TRY(auto status, field.required("status"));
  STRIDE_TRY(injury.status, status.enumeration<core::InjuryStatus>());
  STRIDE_TRY(auto date, field.optional("date"));
  if (date) {
    STRIDE_TRY(auto text, date->string());
    auto parsed = core::parse_iso_month(text);
    if (!parsed) parsed = core::parse_iso_date(text);
    if (!parsed) return std::unexpected(date->error(fmt::format("\"{}\" is not a date of the form YYYY-MM or YYYY-MM-DD", text)));
    injury.date = *parsed;
  }
  return injury;
}

Result<core::Availability> decode_availability(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"strength_sessions_per_week", "session_minutes", "days"}));
  core::Availability availability;
  STRIDE_TRY(auto sessions, field.optional("strength_sessions_per_week"));
  if (sessions) {
    STRIDE_TRY(availability.strength_sessions_per_week, sessions->integer(1, 4));
  }
  STRIDE_TRY(auto minutes, field.optional("session_minutes"));
  if (minutes) {
    STRIDE_TRY(auto value, minutes->integer(15, 90));
    availability.session_minutes = core::Minutes(value);
  }
  STRIDE_TRY(auto days, field.optional("days"));
  if (days) {
    STRIDE_TRY(auto list, days->enumerations<core::Weekday>(7 * 4));
    if (list.empty()) return std::unexpected(days->error("list at least one day, or leave the field out for any day"));
    availability.days.insert(list.begin(), list.end());
  }
  return availability;
}

Result<core::HeartRates> decode_heart_rates(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"resting_bpm", "max_bpm"}));
  core::HeartRates rates;
  STRIDE_TRY(auto resting, field.optional("resting_bpm"));
  if (resting) {
    STRIDE_TRY(rates.resting_bpm, resting->integer(25, 120));
  }
  STRIDE_TRY(auto maximum, field.optional("max_bpm"));
  if (maximum) {
    STRIDE_TRY(rates.max_bpm, maximum->integer(100, 240));
  }
  if (rates.resting_bpm && rates.max_bpm && *rates.resting_bpm >= *rates.max_bpm) {
    return std::unexpected(core::invalid_input(
        field.source(), field.path() + ".max_bpm",
        fmt::format("{} is not above the resting heart rate {}", *rates.max_bpm, *rates.resting_bpm)));
  }
  return rates;
}

// `weeks_since_birth` is required; the two answers default to false, so a runner who leaves them
// out is treated as not yet cleared for impact.
Result<core::Postpartum> decode_postpartum(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"weeks_since_birth", "pelvic_floor_symptoms", "cleared_for_impact"}));
  core::Postpartum postpartum;
  STRIDE_TRY(auto weeks, field.required("weeks_since_birth"));
  STRIDE_TRY(postpartum.weeks_since_birth, weeks.integer(0, 520));
  STRIDE_TRY(auto symptoms, field.optional("pelvic_floor_symptoms"));
  if (symptoms) {
    STRIDE_TRY(postpartum.pelvic_floor_symptoms, symptoms->boolean());
  }
  STRIDE_TRY(auto cleared, field.optional("cleared_for_impact"));
  if (cleared) {
    STRIDE_TRY(postpartum.cleared_for_impact, cleared->boolean());
  }
  return postpartum;
}

// What decoding does with a name holding a control or bidirectional-formatting character.
enum class NameCheck { RefuseUnsafe, KeepAsStored };

Result<core::Athlete> decode(std::string_view text, std::string source, NameCheck names) {
  STRIDE_TRY(auto document, parse_document(text, std::move(source)));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"name", "sex", "birth_year", "body_mass_kg", "running", "strength_experience",
                                         "goal", "injuries", "equipment", "availability", "heart_rate", "postpartum"}));
  core::Athlete athlete;
  STRIDE_TRY(auto name, root.required("name"));
  STRIDE_TRY(athlete.name, name.text(100));
  if (names == NameCheck::RefuseUnsafe) {
    if (const auto unsafe = core::find_unsafe_character(athlete.name)) {
      return std::unexpected(name.error(fmt::format(
          "holds {} at character {}; a name may not hold control characters or characters that change the "
          "direction of the text around it",
          core::describe_code_point(unsafe->code_point), unsafe->position)));
    }
  }
  STRIDE_TRY(auto sex, root.optional("sex"));
  if (sex) {
    STRIDE_TRY(athlete.sex, sex->enumeration<core::Sex>());
  }
  STRIDE_TRY(auto birth_year, root.optional("birth_year"));
  if (birth_year) {
    STRIDE_TRY(athlete.birth_year, birth_year->integer(1900, 2100));
  }
  STRIDE_TRY(auto mass, root.optional("body_mass_kg"));
  if (mass) {
    STRIDE_TRY(auto kilograms, mass->number(20, 300));
    athlete.body_mass = core::Kilograms(kilograms);
  }
  STRIDE_TRY(auto running, root.required("running"));
  STRIDE_TRY(athlete.running, decode_running(running));
  STRIDE_TRY(auto experience, root.required("strength_experience"));
  STRIDE_TRY(athlete.strength_experience, experience.enumeration<core::StrengthExperience>());
  STRIDE_TRY(auto goal, root.optional("goal"));
  if (goal) {
    STRIDE_TRY(athlete.goal, decode_goal(*goal));
  }
  STRIDE_TRY(auto injuries, root.optional("injuries"));
  if (injuries) {
    STRIDE_TRY(auto list, injuries->elements(kMaximumListSize));
    for (const auto& item : list) {
      STRIDE_TRY(auto injury, decode_injury(item));
      athlete.injuries.push_back(injury);
    }
  }
  STRIDE_TRY(auto equipment, root.optional("equipment"));
  if (equipment) {
    STRIDE_TRY(auto list, equipment->enumerations<core::Equipment>(kMaximumListSize));
    athlete.equipment.insert(list.begin(), list.end());
  }
  STRIDE_TRY(auto availability, root.optional("availability"));
  if (availability) {
    STRIDE_TRY(athlete.availability, decode_availability(*availability));
  }
  STRIDE_TRY(auto heart_rate, root.optional("heart_rate"));
  if (heart_rate) {
    STRIDE_TRY(athlete.heart_rate, decode_heart_rates(*heart_rate));
  }
  STRIDE_TRY(auto postpartum, root.optional("postpartum"));
  if (postpartum) {
    STRIDE_TRY(athlete.postpartum, decode_postpartum(*postpartum));
  }
  return athlete;
}

}  // namespace

Result<core::Athlete> decode_athlete(std::string_view text, std::string source) {
  return decode(text, std::move(source), NameCheck::RefuseUnsafe);
}

Result<core::Athlete> decode_athlete_as_stored(std::string_view text, std::string source) {
  return decode(text, std::move(source), NameCheck::KeepAsStored);
}

}  // namespace stride::documents
