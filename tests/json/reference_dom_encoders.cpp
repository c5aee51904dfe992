#include "reference_dom_encoders.hpp"

#include <nlohmann/json.hpp>

#include "json_numbers.hpp"
#include "json_text.hpp"
#include "stride/json/output_encoders.hpp"

namespace stride::json::reference {
namespace {

using Json = nlohmann::ordered_json;

using detail::optional_rounded;
using detail::rounded_number;

template <class T>
Json optional_value(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json optional_side(const std::optional<core::Side>& side) {
  return side ? Json(std::string(core::enum_name(*side))) : Json(nullptr);
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

Json encode_day(const analytics::DailyLoad& day) {
  Json entry;
  entry["date"] = core::format_iso_date(day.date);
  entry["load"] = rounded_number(day.load);
  entry["acute_ewma"] = rounded_number(day.acute_ewma);
  entry["chronic_ewma"] = rounded_number(day.chronic_ewma);
  entry["acwr_ewma"] = optional_rounded(day.acwr_ewma);
  entry["acwr_zone"] = day.acwr_ewma ? Json(std::string(analytics::acwr_zone(*day.acwr_ewma))) : Json(nullptr);
  entry["acute_7d"] = optional_rounded(day.acute_7d);
  entry["chronic_28d"] = optional_rounded(day.chronic_28d);
  entry["acwr_rolling"] = optional_rounded(day.acwr_rolling);
  entry["ctl"] = rounded_number(day.ctl);
  entry["atl"] = rounded_number(day.atl);
  entry["tsb"] = rounded_number(day.tsb);
  return entry;
}

Json encode_week(const analytics::WeeklyLoad& week) {
  Json entry;
  entry["start"] = core::format_iso_date(week.start);
  entry["days"] = week.days;
  entry["run_distance_km"] = rounded_number(week.run_distance_km);
  entry["distance_change_pct"] = optional_rounded(week.distance_change_pct);
  entry["load"] = rounded_number(week.load);
  entry["monotony"] = optional_rounded(week.monotony);
  entry["strain"] = optional_rounded(week.strain);
  return entry;
}

}  // namespace

std::string encode_plan_with_dom(const core::Plan& plan, const service::Catalog& catalog) {
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
  return detail::dump_document(document);
}

std::string encode_load_with_dom(const analytics::LoadReport& report) {
  Json document;
  document["schema"] = "stride.load.v1";
  document["as_of"] = report.as_of ? Json(core::format_iso_date(*report.as_of)) : Json(nullptr);
  Json daily = Json::array();
  for (const auto& day : report.daily) daily.push_back(encode_day(day));
  document["daily"] = std::move(daily);
  Json weeks = Json::array();
  for (const auto& week : report.weeks) weeks.push_back(encode_week(week));
  document["weeks"] = std::move(weeks);
  Json flags = Json::array();
  for (const auto& flag : report.flags) {
    flags.push_back(Json{{"date", core::format_iso_date(flag.date)},
                         {"code", flag.code()},
                         {"severity", std::string(core::enum_name(flag.severity()))},
                         {"message", flag.message()},
                         {"evidence", flag.evidence()}});
  }
  document["flags"] = std::move(flags);
  return detail::dump_document(document);
}

}  // namespace stride::json::reference
