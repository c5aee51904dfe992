#include "log_json.hpp"

#include <chrono>
#include <cmath>

#include <fmt/chrono.h>

#include "api_handlers.hpp"
#include "stride/core/enum_names.hpp"

namespace stride::http {
namespace {

template <class T>
Json or_null(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

Json activity_json(const core::ActivityRecord& record) {
  const core::Activity& activity = record.activity;
  Json json;
  json["id"] = record.id.value;
  json["date"] = core::format_iso_date(activity.date);
  json["sport"] = std::string(core::enum_name(activity.sport));
  json["duration_min"] = activity.duration_min;
  json["distance_km"] = or_null(activity.distance_km);
  json["rpe"] = or_null(activity.rpe);
  json["avg_hr"] = or_null(activity.avg_hr);
  json["race"] = activity.race;
  json["note"] = or_null(activity.note);
  Json sets = Json::array();
  for (const auto& set : activity.sets) {
    sets.push_back(Json{{"exercise", set.exercise},
                        {"side", std::string(core::enum_name(set.side))},
                        {"reps", set.reps},
                        {"load_kg", or_null(set.load_kg)},
                        {"rpe", or_null(set.rpe)}});
  }
  json["sets"] = std::move(sets);
  json["client_id"] = or_null(activity.client_id);
  if (activity.recording) {
    const auto& recording = *activity.recording;
    const std::chrono::sys_seconds start{std::chrono::seconds{static_cast<std::int64_t>(std::floor(recording.start_time_s))}};
    json["recording"] = Json{{"source", recording.source},
                             {"format", std::string(core::enum_name(recording.format))},
                             {"start_time", fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", start)},
                             {"elapsed_s", or_null(recording.elapsed_s)},
                             {"heart_rate_load", or_null(recording.heart_rate_load)}};
  } else {
    json["recording"] = nullptr;
  }
  return json;
}

Json pain_json(const core::PainReport& report) {
  return Json{{"date", core::format_iso_date(report.date)},
              {"region", std::string(core::enum_name(report.region))},
              {"side", std::string(core::enum_name(report.side))},
              {"score", report.score},
              {"when", std::string(core::enum_name(report.when))},
              {"client_id", or_null(report.client_id)}};
}

Json note_json(const core::Note& note, core::AccountId reader) {
  Json author{{"id", note.author ? Json(note.author->value) : Json(nullptr)}, {"display_name", note.author_name}};
  return Json{{"id", note.id.value},
              {"author", std::move(author)},
              {"written", instant_text(note.written)},
              {"session", note.session ? Json{{"date", core::format_iso_date(note.session->date)},
                                              {"index", note.session->index}}
                                       : Json(nullptr)},
              {"text", note.text},
              {"mine", note.author == reader}};
}

static Json session_place_json(const core::SessionPlace& place) {
  return Json{{"date", core::format_iso_date(place.date)}, {"index", place.index}};
}

template <class T>
static Json optional_json(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json plan_change_json(const core::PlanChangeRecord& record) {
  const auto& change = record.change;
  Json answer{{"id", record.id.value},
              {"kind", std::string(core::enum_name(change.kind))},
              {"session", session_place_json(change.session)},
              {"session_title", change.session_title},
              {"reason", change.reason},
              {"author", Json{{"id", record.author.value == 0 ? Json(nullptr) : Json(record.author.value)},
                              {"display_name", record.author_name}}},
              {"made", instant_text(record.made)},
              {"conflict", optional_json(record.conflict)}};
  if (change.to) answer["to"] = core::format_iso_date(*change.to);
  if (!change.exercise.empty()) answer["exercise"] = change.exercise;
  if (!change.replacement.empty()) answer["replacement"] = change.replacement;
  if (change.kind == core::PlanChangeKind::Dose) {
    answer["dose"] = Json{{"sets", optional_json(change.dose.sets)},
                          {"reps", optional_json(change.dose.reps)},
                          {"hold_s", optional_json(change.dose.hold_seconds)},
                          {"contacts", optional_json(change.dose.contacts)},
                          {"load_kg", optional_json(change.dose.load_kg)}};
  }
  return answer;
}

}  // namespace stride::http
