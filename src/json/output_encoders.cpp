#include "stride/json/output_encoders.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "json_text.hpp"

namespace stride::json {
namespace {

using Json = nlohmann::ordered_json;

template <class E>
Json names(const std::set<E>& values) {
  Json list = Json::array();
  for (auto value : values) list.push_back(std::string(core::enum_name(value)));
  return list;
}

template <class T>
Json optional_value(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json optional_side(const std::optional<core::Side>& side) {
  return side ? Json(std::string(core::enum_name(*side))) : Json(nullptr);
}

Json encode_exercise(const core::Exercise& exercise) {
  Json entry;
  entry["id"] = exercise.id;
  entry["name"] = exercise.name;
  entry["aliases"] = exercise.aliases;
  entry["pattern"] = std::string(core::enum_name(exercise.pattern));
  entry["muscles"] = Json{{"primary", exercise.primary_muscles}, {"secondary", exercise.secondary_muscles}};
  entry["equipment"] = names(exercise.equipment);
  entry["unilateral"] = exercise.unilateral;
  entry["impact"] = std::string(core::enum_name(exercise.impact));
  entry["level"] = exercise.level;
  entry["regression"] = optional_value(exercise.regression);
  entry["progression"] = optional_value(exercise.progression);
  entry["measure"] = std::string(core::enum_name(exercise.measure));
  entry["cues"] = exercise.cues;
  entry["avoid_with"] = names(exercise.avoid_with);
  entry["tags"] = names(exercise.tags);
  entry["description"] = exercise.description;
  return entry;
}

Json encode_item(const core::Prescription& item, const service::Catalog& catalog) {
  Json entry;
  entry["exercise"] = item.exercise;
  const auto* exercise = catalog.library.find(item.exercise);
  entry["name"] = exercise != nullptr ? Json(exercise->name) : Json(nullptr);
  entry["role"] = std::string(core::enum_name(item.role));
  entry["sets"] = item.sets;
  entry["reps"] = optional_value(item.reps);
  entry["hold_s"] = optional_value(item.hold_seconds);
  entry["contacts"] = optional_value(item.contacts);
  entry["per_side"] = item.per_side;
  entry["side_first"] = optional_side(item.side_first);
  entry["extra_sets_side"] = optional_side(item.extra_sets_side);
  entry["tempo"] = optional_value(item.tempo);
  entry["rpe"] = item.rpe ? Json(round_to_thousandths(*item.rpe)) : Json(nullptr);
  entry["pct_1rm"] = item.pct_1rm ? Json(round_to_thousandths(*item.pct_1rm)) : Json(nullptr);
  if (item.load_kg) entry["load_kg"] = round_to_thousandths(*item.load_kg);
  entry["rest_s"] = item.rest_seconds;
  entry["pair_with"] = optional_value(item.pair_with);
  entry["why"] = item.why;
  entry["targets"] = item.targets;
  entry["seconds"] = item.duration.count();
  return entry;
}

Json encode_routine(const planning::CorrectiveRoutine& routine, const service::Catalog& catalog) {
  Json result;
  result["minutes"] = (routine.duration.count() + 59) / 60;
  result["budget_minutes"] = routine.budget.count();
  Json blocks = Json::array();
  for (const auto& block : routine.blocks) {
    Json items = Json::array();
    for (const auto& item : block.items) items.push_back(encode_item(item, catalog));
    blocks.push_back(Json{{"name", block.name}, {"rounds", block.rounds}, {"items", std::move(items)}});
  }
  result["blocks"] = std::move(blocks);
  Json left_out = Json::array();
  for (const auto& item : routine.left_out) {
    left_out.push_back(Json{{"exercise", item.exercise.empty() ? Json(nullptr) : Json(item.exercise)},
                            {"role", std::string(core::enum_name(item.role))},
                            {"targets", item.targets},
                            {"reason", item.reason}});
  }
  result["left_out"] = std::move(left_out);
  return result;
}

Json encode_finding(const analytics::Finding& finding) {
  Json entry;
  entry["test"] = std::string(core::enum_name(finding.test));
  entry["compensation"] = std::string(core::enum_name(finding.compensation));
  entry["side"] = std::string(core::enum_name(finding.side));
  entry["overactive"] = finding.overactive;
  entry["underactive"] = finding.underactive;
  if (finding.opposite != core::Side::None) {
    entry["opposite_side"] = Json{{"side", std::string(core::enum_name(finding.opposite))},
                                  {"overactive", finding.opposite_overactive},
                                  {"underactive", finding.opposite_underactive}};
  }
  return entry;
}

Json encode_imbalance(const analytics::Imbalance& imbalance) {
  Json entry;
  entry["test"] = std::string(core::enum_name(imbalance.test));
  entry["compensation"] =
      imbalance.compensation ? Json(std::string(core::enum_name(*imbalance.compensation))) : Json(nullptr);
  entry["weaker_side"] = std::string(core::enum_name(imbalance.weaker_side));
  entry["left"] = imbalance.left_seconds ? Json(round_to_thousandths(*imbalance.left_seconds)) : Json(nullptr);
  entry["right"] = imbalance.right_seconds ? Json(round_to_thousandths(*imbalance.right_seconds)) : Json(nullptr);
  entry["difference_pct"] =
      imbalance.difference_percent ? Json(round_to_thousandths(*imbalance.difference_percent)) : Json(nullptr);
  return entry;
}

std::string dump(const Json& document) { return detail::dump_document(document); }

Json encode_blocks(const std::vector<core::Block>& blocks, const service::Catalog& catalog) {
  Json list = Json::array();
  for (const auto& block : blocks) {
    Json items = Json::array();
    for (const auto& item : block.items) items.push_back(encode_item(item, catalog));
    list.push_back(Json{{"name", block.name}, {"rounds", block.rounds}, {"items", std::move(items)}});
  }
  return list;
}

Json encode_run(const std::optional<core::PlannedRun>& run) {
  if (!run) return Json(nullptr);
  Json entry;
  entry["type"] = std::string(core::enum_name(run->type));
  if (run->distance) entry["distance_km"] = round_to_thousandths(run->distance->value());
  if (run->duration) entry["duration_min"] = run->duration->count();
  if (run->note) entry["note"] = *run->note;
  return entry;
}

Json encode_days(const std::vector<core::PlanDay>& days, const service::Catalog& catalog) {
  Json list = Json::array();
  for (const auto& day : days) {
    Json sessions = Json::array();
    for (const auto& session : day.sessions) {
      Json entry;
      entry["id"] = session.id;
      entry["title"] = session.title;
      entry["kind"] = std::string(core::enum_name(session.kind));
      entry["phase"] = std::string(core::enum_name(session.phase));
      entry["intensity"] = std::string(core::enum_name(session.intensity));
      entry["minutes"] = session.minutes.count();
      entry["why"] = session.why;
      entry["blocks"] = encode_blocks(session.blocks, catalog);
      sessions.push_back(std::move(entry));
    }
    list.push_back(Json{{"date", core::format_iso_date(day.date)},
                        {"weekday", std::string(core::enum_name(core::weekday_of(day.date)))},
                        {"run", encode_run(day.run)},
                        {"sessions", std::move(sessions)}});
  }
  return list;
}

}  // namespace

double round_to_thousandths(double value) {
  const double rounded = std::round(value * 1000.0) / 1000.0;
  return rounded == 0.0 ? 0.0 : rounded;  // no negative zero
}

std::string encode_exercises(const std::vector<const core::Exercise*>& exercises) {
  Json list = Json::array();
  for (const auto* exercise : exercises) list.push_back(encode_exercise(*exercise));
  Json document;
  document["schema"] = "stride.exercises.v1";
  document["count"] = exercises.size();
  document["exercises"] = std::move(list);
  return dump(document);
}

std::string encode_assessment_report(const service::AssessReport& report, const service::Catalog& catalog) {
  Json document;
  document["schema"] = "stride.assessment.v1";
  document["athlete"] = optional_value(report.athlete_name);
  document["date"] = report.date ? Json(core::format_iso_date(*report.date)) : Json(nullptr);
  document["table"] = Json{{"id", report.table->header().id},
                           {"title", report.table->header().title},
                           {"version", report.table->header().version}};
  Json findings = Json::array();
  for (const auto& finding : report.findings.findings) findings.push_back(encode_finding(finding));
  document["findings"] = std::move(findings);
  Json imbalances = Json::array();
  for (const auto& imbalance : report.findings.imbalances) imbalances.push_back(encode_imbalance(imbalance));
  document["imbalances"] = std::move(imbalances);
  document["routine"] = encode_routine(report.routine, catalog);
  document["notes"] = report.notes;
  return dump(document);
}

std::string encode_plan(const core::Plan& plan, const service::Catalog& catalog) {
  Json document;
  document["schema"] = "stride.plan.v1";
  document["athlete"] = plan.athlete;
  document["start"] = core::format_iso_date(plan.start);
  document["end"] = core::format_iso_date(plan.end);
  document["race"] = plan.race ? Json{{"date", core::format_iso_date(plan.race->date)},
                                      {"event", std::string(core::enum_name(plan.race->event))}}
                               : Json(nullptr);
  Json phases = Json::array();
  for (const auto& phase : plan.phases) {
    phases.push_back(Json{{"name", std::string(core::enum_name(phase.name))},
                          {"start", core::format_iso_date(phase.start)},
                          {"end", core::format_iso_date(phase.end)}});
  }
  document["phases"] = std::move(phases);
  Json weeks = Json::array();
  for (const auto& week : plan.weeks) {
    weeks.push_back(Json{{"start", core::format_iso_date(week.start)},
                         {"phase", std::string(core::enum_name(week.phase))},
                         {"deload", week.deload},
                         {"strength_sessions", week.strength_sessions},
                         {"week_in_phase", week.week_in_phase},
                         {"focus", week.focus}});
  }
  document["weeks"] = std::move(weeks);
  document["days"] = encode_days(plan.days, catalog);
  if (plan.after_race) {
    document["after_race"] = Json{{"phase", "recovery"},
                                  {"start", core::format_iso_date(plan.after_race->start)},
                                  {"end", core::format_iso_date(plan.after_race->end)},
                                  {"days", encode_days(plan.after_race->days, catalog)}};
  } else {
    document["after_race"] = Json(nullptr);
  }
  document["notes"] = plan.notes;
  document["warnings"] = plan.warnings;
  return dump(document);
}

}  // namespace stride::json
