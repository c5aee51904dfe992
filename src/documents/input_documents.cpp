// Encoders of the contract's input files (athlete, assessment, running calendar) for storage.

#include <nlohmann/json.hpp>

#include <array>
#include <string>

#include "stride/core/enum_names.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::ordered_json;

template <class E>
std::string name_of(E value) {
  return std::string(core::enum_name(value));
}

std::string dump(const Json& document) { return document.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json encode_run(const core::PlannedRun& run) {
  if (!run.distance && !run.duration && !run.note) return name_of(run.type);
  Json object;
  object["type"] = name_of(run.type);
  if (run.distance) object["distance_km"] = run.distance->value();
  if (run.duration) object["duration_min"] = run.duration->count();
  if (run.note) object["note"] = *run.note;
  return object;
}

}  // namespace

std::string encode_athlete_document(const core::Athlete& athlete) {
  Json document;
  document["name"] = athlete.name;
  document["sex"] = name_of(athlete.sex);
  if (athlete.birth_year) document["birth_year"] = *athlete.birth_year;
  if (athlete.body_mass) document["body_mass_kg"] = athlete.body_mass->value();
  Json running;
  running["experience_years"] = athlete.running.experience.value();
  running["weekly_distance_km"] = athlete.running.weekly_distance.value();
  if (athlete.running.longest_run) running["longest_run_km"] = athlete.running.longest_run->value();
  running["surface"] = name_of(athlete.running.surface);
  document["running"] = running;
  document["strength_experience"] = name_of(athlete.strength_experience);
  Json goal;
  goal["event"] = name_of(athlete.goal.event);
  if (athlete.goal.race_date) goal["race_date"] = core::format_iso_date(*athlete.goal.race_date);
  if (athlete.goal.target_time) goal["target_time"] = *athlete.goal.target_time;
  document["goal"] = goal;
  Json injuries = Json::array();
  for (const auto& injury : athlete.injuries) {
    Json entry;
    entry["region"] = name_of(injury.region);
    entry["side"] = name_of(injury.side);
    entry["status"] = name_of(injury.status);
    // The whole date: decode_athlete accepts YYYY-MM-DD as well as YYYY-MM.
    if (injury.date) entry["date"] = core::format_iso_date(*injury.date);
    injuries.push_back(entry);
  }
  document["injuries"] = injuries;
  Json equipment = Json::array();
  for (auto item : athlete.equipment) equipment.push_back(name_of(item));
  document["equipment"] = equipment;
  Json availability;
  availability["strength_sessions_per_week"] = athlete.availability.strength_sessions_per_week;
  availability["session_minutes"] = athlete.availability.session_minutes.count();
  // No list means any day; the decoder rejects an empty list.
  if (!athlete.availability.days.empty()) {
    Json days = Json::array();
    for (auto day : athlete.availability.days) days.push_back(name_of(day));
    availability["days"] = days;
  }
  document["availability"] = availability;
  if (athlete.heart_rate.resting_bpm || athlete.heart_rate.max_bpm) {
    Json heart_rate = Json::object();
    if (athlete.heart_rate.resting_bpm) heart_rate["resting_bpm"] = *athlete.heart_rate.resting_bpm;
    if (athlete.heart_rate.max_bpm) heart_rate["max_bpm"] = *athlete.heart_rate.max_bpm;
    document["heart_rate"] = heart_rate;
  }
  if (athlete.postpartum) {
    Json postpartum = Json::object();
    postpartum["weeks_since_birth"] = athlete.postpartum->weeks_since_birth;
    postpartum["pelvic_floor_symptoms"] = athlete.postpartum->pelvic_floor_symptoms;
    postpartum["cleared_for_impact"] = athlete.postpartum->cleared_for_impact;
    document["postpartum"] = postpartum;
  }
  return dump(document);
}

std::string encode_assessment_document(const core::Assessment& assessment) {
  Json document;
  if (assessment.date) document["date"] = core::format_iso_date(*assessment.date);
  Json overhead = Json::object();
  Json single_leg = Json::object();
  for (const auto& observation : assessment.observations) {
    if (observation.test == core::MovementTest::OverheadSquat) {
      overhead[name_of(observation.compensation)] = name_of(observation.side);
    } else if (observation.test == core::MovementTest::SingleLegSquat) {
      single_leg[name_of(observation.compensation)] = name_of(observation.side);
    }
  }
  const bool any_single_leg = !single_leg.empty();
  // The decoder needs at least one test; an empty overhead squat records "nothing seen".
  if (!overhead.empty() || (!any_single_leg && !assessment.single_leg_balance)) document["overhead_squat"] = overhead;
  if (any_single_leg) document["single_leg_squat"] = single_leg;
  if (assessment.single_leg_balance) {
    document["single_leg_balance_s"] = Json{{"left", assessment.single_leg_balance->left_seconds},
                                            {"right", assessment.single_leg_balance->right_seconds}};
  }
  return dump(document);
}

std::string encode_running_calendar_document(const core::RunningCalendar& calendar) {
  Json document;
  Json weekly = Json::object();
  for (std::size_t index = 0; index < calendar.weekly_template.size(); ++index) {
    weekly[name_of(static_cast<core::Weekday>(index))] = encode_run(calendar.weekly_template[index]);
  }
  document["weekly_template"] = weekly;
  if (!calendar.dated_runs.empty()) {
    Json runs = Json::array();
    for (const auto& [date, run] : calendar.dated_runs) {
      Json entry;
      entry["date"] = core::format_iso_date(date);
      entry["type"] = name_of(run.type);
      if (run.distance) entry["distance_km"] = run.distance->value();
      if (run.duration) entry["duration_min"] = run.duration->count();
      if (run.note) entry["note"] = *run.note;
      runs.push_back(entry);
    }
    document["runs"] = runs;
  }
  return dump(document);
}

}  // namespace stride::documents
