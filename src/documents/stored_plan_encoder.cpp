// The lossless storage form of a plan ("stride.stored_plan.v1"); stored_plan_decoder.cpp reads it.
// Every optional value is written, as null when absent, so a document always has every key.

#include <nlohmann/json.hpp>

#include <string>

#include "stride/core/enum_names.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stored_schemas.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::ordered_json;

template <class E>
std::string name_of(E value) {
  return std::string(core::enum_name(value));
}

template <class T>
Json optional_value(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json optional_side(const std::optional<core::Side>& side) { return side ? Json(name_of(*side)) : Json(nullptr); }

Json encode_item(const core::Prescription& item) {
  Json object;
  object["exercise"] = item.exercise;
  object["role"] = name_of(item.role);
  object["sets"] = item.sets;
  object["reps"] = optional_value(item.reps);
  object["hold_s"] = optional_value(item.hold_seconds);
  object["contacts"] = optional_value(item.contacts);
  object["per_side"] = item.per_side;
  object["side_first"] = optional_side(item.side_first);
  object["extra_sets_side"] = optional_side(item.extra_sets_side);
  object["tempo"] = optional_value(item.tempo);
  object["rpe"] = optional_value(item.rpe);
  object["pct_1rm"] = optional_value(item.pct_1rm);
  object["load_kg"] = optional_value(item.load_kg);
  object["rest_s"] = item.rest_seconds;
  object["pair_with"] = optional_value(item.pair_with);
  object["why"] = item.why;
  object["targets"] = item.targets;
  object["duration_s"] = item.duration.count();
  return object;
}

Json encode_session(const core::PlannedSession& session) {
  Json object;
  object["id"] = session.id;
  object["title"] = session.title;
  object["kind"] = name_of(session.kind);
  object["phase"] = name_of(session.phase);
  object["intensity"] = name_of(session.intensity);
  object["minutes"] = session.minutes.count();
  object["why"] = session.why;
  Json blocks = Json::array();
  for (const auto& block : session.blocks) {
    Json items = Json::array();
    for (const auto& item : block.items) items.push_back(encode_item(item));
    blocks.push_back(Json{{"name", block.name}, {"rounds", block.rounds}, {"items", std::move(items)}});
  }
  object["blocks"] = std::move(blocks);
  // Only sessions someone changed carry the list, so plans stored before it read back the same.
  if (!session.changes.empty()) {
    Json changes = Json::array();
    for (const auto& change : session.changes) {
      changes.push_back(Json{{"by", change.by}, {"what", change.what}, {"why", change.why}});
    }
    object["changes"] = std::move(changes);
  }
  if (session.skipped) object["skipped"] = true;
  return object;
}

Json encode_run(const std::optional<core::PlannedRun>& run) {
  if (!run) return nullptr;
  Json object;
  object["type"] = name_of(run->type);
  object["distance_km"] = run->distance ? Json(run->distance->value()) : Json(nullptr);
  object["duration_min"] = run->duration ? Json(run->duration->count()) : Json(nullptr);
  object["note"] = optional_value(run->note);
  return object;
}

Json encode_day(const core::PlanDay& day) {
  Json object;
  object["date"] = core::format_iso_date(day.date);
  object["run"] = encode_run(day.run);
  Json sessions = Json::array();
  for (const auto& session : day.sessions) sessions.push_back(encode_session(session));
  object["sessions"] = std::move(sessions);
  return object;
}

Json encode_days(const std::vector<core::PlanDay>& days) {
  Json list = Json::array();
  for (const auto& day : days) list.push_back(encode_day(day));
  return list;
}

std::string dump(const Json& document) { return document.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string encode_plan_change_document(const core::PlanChange& change) {
  Json document;
  document["schema"] = kStoredPlanChangeSchema;
  document["kind"] = name_of(change.kind);
  document["session"] = Json{{"date", core::format_iso_date(change.session.date)}, {"index", change.session.index}};
  document["session_title"] = change.session_title;
  document["to"] = change.to ? Json(core::format_iso_date(*change.to)) : Json(nullptr);
  document["exercise"] = change.exercise;
  document["replacement"] = change.replacement;
  document["dose"] = Json{{"sets", optional_value(change.dose.sets)},
                          {"reps", optional_value(change.dose.reps)},
                          {"hold_s", optional_value(change.dose.hold_seconds)},
                          {"contacts", optional_value(change.dose.contacts)},
                          {"load_kg", optional_value(change.dose.load_kg)}};
  document["reason"] = change.reason;
  return dump(document);
}

std::string encode_plan_day_document(const core::PlanDay& day) {
  Json document;
  document["schema"] = kStoredPlanDaySchema;
  document["day"] = encode_day(day);
  return dump(document);
}

std::string encode_plan_document(const core::Plan& plan) {
  Json document;
  document["schema"] = kStoredPlanSchema;
  document["athlete"] = plan.athlete;
  document["start"] = core::format_iso_date(plan.start);
  if (plan.season_start) document["season_start"] = core::format_iso_date(*plan.season_start);
  document["end"] = core::format_iso_date(plan.end);
  document["race"] = plan.race ? Json{{"date", core::format_iso_date(plan.race->date)},
                                      {"event", name_of(plan.race->event)}}
                               : Json(nullptr);
  Json phases = Json::array();
  for (const auto& phase : plan.phases) {
    phases.push_back(Json{{"name", name_of(phase.name)},
                          {"start", core::format_iso_date(phase.start)},
                          {"end", core::format_iso_date(phase.end)}});
  }
  document["phases"] = std::move(phases);
  Json weeks = Json::array();
  for (const auto& week : plan.weeks) {
    weeks.push_back(Json{{"start", core::format_iso_date(week.start)},
                         {"phase", name_of(week.phase)},
                         {"deload", week.deload},
                         {"strength_sessions", week.strength_sessions},
                         {"week_in_phase", week.week_in_phase},
                         {"focus", week.focus}});
  }
  document["weeks"] = std::move(weeks);
  document["days"] = encode_days(plan.days);
  if (plan.after_race) {
    document["after_race"] = Json{{"start", core::format_iso_date(plan.after_race->start)},
                                  {"end", core::format_iso_date(plan.after_race->end)},
                                  {"days", encode_days(plan.after_race->days)}};
  } else {
    document["after_race"] = nullptr;
  }
  document["notes"] = plan.notes;
  document["warnings"] = plan.warnings;
  return dump(document);
}

}  // namespace stride::documents
