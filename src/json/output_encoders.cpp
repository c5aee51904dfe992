#include "stride/json/output_encoders.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include "json_text.hpp"
#include "json_writer.hpp"

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

template <class E>
std::string_view name_of(E value) {
  return core::enum_name(value);
}

void write_optional_side(detail::JsonWriter& out, detail::JsonKey key, const std::optional<core::Side>& side) {
  out.key(key);
  if (side) {
    out.string(name_of(*side));
  } else {
    out.null();
  }
}

// One item of a block (contract §4.3 `item`): the fields of encode_item, in the same order.
void write_item(detail::JsonWriter& out, const core::Prescription& item, const service::Catalog& catalog) {
  out.begin_object();
  out.member("exercise", item.exercise);
  const auto* exercise = catalog.library.find(item.exercise);
  out.key("name");
  if (exercise != nullptr) {
    out.string(exercise->name);
  } else {
    out.null();
  }
  out.member("role", name_of(item.role));
  out.member("sets", item.sets);
  out.member("reps", item.reps);
  out.member("hold_s", item.hold_seconds);
  out.member("contacts", item.contacts);
  out.member("per_side", item.per_side);
  write_optional_side(out, "side_first", item.side_first);
  write_optional_side(out, "extra_sets_side", item.extra_sets_side);
  out.member("tempo", item.tempo);
  out.key("rpe");
  out.rounded(item.rpe);
  out.key("pct_1rm");
  out.rounded(item.pct_1rm);
  if (item.load_kg) {
    out.key("load_kg");
    out.rounded(*item.load_kg);
  }
  out.member("rest_s", item.rest_seconds);
  out.member("pair_with", item.pair_with);
  out.member("why", item.why);
  out.member("targets", item.targets);
  out.member("seconds", item.duration.count());
  out.end_object();
}

void write_blocks(detail::JsonWriter& out, const std::vector<core::Block>& blocks, const service::Catalog& catalog) {
  out.begin_array();
  for (const auto& block : blocks) {
    out.begin_object();
    out.member("name", block.name);
    out.member("rounds", block.rounds);
    out.key("items");
    out.begin_array();
    for (const auto& item : block.items) write_item(out, item, catalog);
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

void write_run(detail::JsonWriter& out, const std::optional<core::PlannedRun>& run) {
  if (!run) {
    out.null();
    return;
  }
  out.begin_object();
  out.member("type", name_of(run->type));
  if (run->distance) {
    out.key("distance_km");
    out.rounded(run->distance->value());
  }
  if (run->duration) out.member("duration_min", run->duration->count());
  if (run->note) out.member("note", *run->note);
  out.end_object();
}

void write_days(detail::JsonWriter& out, const std::vector<core::PlanDay>& days, const service::Catalog& catalog) {
  out.begin_array();
  for (const auto& day : days) {
    out.begin_object();
    out.member("date", core::format_iso_date(day.date));
    out.member("weekday", name_of(core::weekday_of(day.date)));
    out.key("run");
    write_run(out, day.run);
    out.key("sessions");
    out.begin_array();
    for (const auto& session : day.sessions) {
      out.begin_object();
      out.member("id", session.id);
      out.member("title", session.title);
      out.member("kind", name_of(session.kind));
      out.member("phase", name_of(session.phase));
      out.member("intensity", name_of(session.intensity));
      out.member("minutes", session.minutes.count());
      out.member("why", session.why);
      out.key("blocks");
      write_blocks(out, session.blocks, catalog);
      if (session.skipped) out.member("skipped", true);
      if (!session.changes.empty()) {
        out.key("changes");
        out.begin_array();
        for (const auto& change : session.changes) {
          out.begin_object();
          out.member("by", change.by);
          out.member("what", change.what);
          out.member("why", change.why);
          out.end_object();
        }
        out.end_array();
      }
      out.end_object();
    }
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

// A little more than the plan's text takes (about 250 bytes a day, 600 a session, 150 a block and
// 1,100 an item in the shipped examples), so that it is written without growing the buffer.
std::size_t expected_text_size(const core::Plan& plan) {
  std::size_t size = 4096 + 300 * plan.weeks.size();
  const auto add_days = [&size](const std::vector<core::PlanDay>& days) {
    for (const auto& day : days) {
      size += 250;
      for (const auto& session : day.sessions) {
        size += 600;
        for (const auto& block : session.blocks) size += 150 + 1100 * block.items.size();
      }
    }
  };
  add_days(plan.days);
  if (plan.after_race) add_days(plan.after_race->days);
  return size;
}

}  // namespace

double round_to_thousandths(double value) { return json_writer::round_to_thousandths(value); }

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
  detail::JsonWriter out(expected_text_size(plan));
  out.begin_object();
  out.member("schema", "stride.plan.v1");
  out.member("athlete", plan.athlete);
  out.member("start", core::format_iso_date(plan.start));
  out.member("end", core::format_iso_date(plan.end));
  out.key("race");
  if (plan.race) {
    out.begin_object();
    out.member("date", core::format_iso_date(plan.race->date));
    out.member("event", name_of(plan.race->event));
    out.end_object();
  } else {
    out.null();
  }
  out.key("phases");
  out.begin_array();
  for (const auto& phase : plan.phases) {
    out.begin_object();
    out.member("name", name_of(phase.name));
    out.member("start", core::format_iso_date(phase.start));
    out.member("end", core::format_iso_date(phase.end));
    out.end_object();
  }
  out.end_array();
  out.key("weeks");
  out.begin_array();
  for (const auto& week : plan.weeks) {
    out.begin_object();
    out.member("start", core::format_iso_date(week.start));
    out.member("phase", name_of(week.phase));
    out.member("deload", week.deload);
    out.member("strength_sessions", week.strength_sessions);
    out.member("week_in_phase", week.week_in_phase);
    out.member("focus", week.focus);
    out.end_object();
  }
  out.end_array();
  out.key("days");
  write_days(out, plan.days, catalog);
  out.key("after_race");
  if (plan.after_race) {
    out.begin_object();
    out.member("phase", "recovery");
    out.member("start", core::format_iso_date(plan.after_race->start));
    out.member("end", core::format_iso_date(plan.after_race->end));
    out.key("days");
    write_days(out, plan.after_race->days, catalog);
    out.end_object();
  } else {
    out.null();
  }
  out.member("notes", plan.notes);
  out.member("warnings", plan.warnings);
  out.end_object();
  return out.finish();
}

}  // namespace stride::json
