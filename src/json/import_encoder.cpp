#include "stride/json/import_encoder.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "json_numbers.hpp"
#include "json_text.hpp"
#include "stride/service/strength_sets.hpp"

namespace stride::json {
namespace {

using Json = nlohmann::ordered_json;

using detail::optional_rounded;

Json optional_beats(const std::optional<double>& value) { return value ? Json(std::lround(*value)) : Json(nullptr); }

template <class Number>
Json optional_json(const std::optional<Number>& value) {
  return value ? Json(*value) : Json(nullptr);
}

// One recorded set as docs/import.md spells it: the Stride exercise it is logged as (or null),
// Garmin's numbers, and what the watch measured.
Json encode_set(const core::RecordedSet& set, std::span<const core::GarminExercise> garmin_exercises) {
  Json entry;
  entry["exercise"] = optional_json(service::set_exercise(set, garmin_exercises, {}));
  entry["garmin_category"] = optional_json(set.category);
  entry["garmin_exercise_name"] = optional_json(set.exercise_name);
  entry["reps"] = optional_json(set.repetitions);
  entry["load_kg"] = optional_rounded(set.weight_kg);
  entry["duration_s"] = optional_rounded(set.duration_s);
  entry["start_time"] = set.start_time_s ? Json(core::format_utc_time(*set.start_time_s)) : Json(nullptr);
  return entry;
}

Json encode_activity(const std::string& source, const core::RecordedActivity& activity,
                     std::span<const core::GarminExercise> garmin_exercises) {
  const auto& summary = activity.summary;
  Json entry;
  entry["source"] = source;
  entry["format"] = std::string(core::enum_name(activity.format));
  entry["sport"] = summary.sport ? Json(*summary.sport) : Json(nullptr);
  entry["start_time"] = summary.start_time_s ? Json(core::format_utc_time(*summary.start_time_s)) : Json(nullptr);
  entry["timer_s"] = optional_rounded(summary.timer_s);
  entry["elapsed_s"] = optional_rounded(summary.elapsed_s);
  entry["distance_m"] = optional_rounded(summary.distance_m);
  entry["records"] = activity.samples.size();
  entry["laps"] = activity.laps.size();
  entry["avg_hr_bpm"] = optional_beats(summary.avg_heart_rate_bpm);
  entry["max_hr_bpm"] = optional_beats(summary.max_heart_rate_bpm);
  entry["avg_cadence_spm"] = optional_rounded(summary.avg_cadence_spm);
  entry["avg_ground_contact_ms"] = optional_rounded(summary.avg_stance_time_ms);
  entry["avg_vertical_oscillation_mm"] = optional_rounded(summary.avg_vertical_oscillation_mm);
  entry["avg_step_length_mm"] = optional_rounded(summary.avg_step_length_mm);
  entry["avg_vertical_ratio_percent"] = optional_rounded(summary.avg_vertical_ratio_percent);
  entry["avg_stance_time_balance_left_percent"] = optional_rounded(summary.avg_stance_time_balance_left_percent);
  entry["avg_power_w"] = optional_rounded(summary.avg_power_w);
  Json sets = Json::array();
  for (const auto& set : activity.sets) sets.push_back(encode_set(set, garmin_exercises));
  entry["sets"] = std::move(sets);
  entry["warnings"] = activity.warnings;
  return entry;
}

}  // namespace

std::string error_message_without_source(const core::Error& error) {
  if (error.path.empty()) return error.message;
  return error.path + ": " + error.message;
}

std::string encode_activity_import(const std::vector<DecodedActivityFile>& files,
                                   std::span<const core::GarminExercise> garmin_exercises) {
  Json activities = Json::array();
  Json errors = Json::array();
  for (const auto& file : files) {
    if (file.decoded) {
      activities.push_back(encode_activity(file.source, *file.decoded, garmin_exercises));
    } else {
      errors.push_back(Json{{"source", file.source}, {"message", error_message_without_source(file.decoded.error())}});
    }
  }
  Json document;
  document["schema"] = "stride.import.v1";
  document["activities"] = activities;
  document["errors"] = errors;
  return detail::dump_document(document);
}

}  // namespace stride::json
