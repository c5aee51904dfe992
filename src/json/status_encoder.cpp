#include "stride/json/status_encoder.hpp"

#include <nlohmann/json.hpp>

#include "json_numbers.hpp"
#include "json_text.hpp"

namespace stride::json {
namespace {

using Json = nlohmann::ordered_json;

using detail::optional_rounded;
using detail::rounded_number;

template <class T>
Json optional_value(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

std::string date_text(core::Date date) { return core::format_iso_date(date); }

Json encode_run(const std::optional<core::PlannedRun>& run) {
  if (!run) return nullptr;
  return Json{{"type", std::string(core::enum_name(run->type))},
              {"distance_km", run->distance ? Json(rounded_number(run->distance->value())) : Json(nullptr)},
              {"duration_min", run->duration ? Json(run->duration->count()) : Json(nullptr)},
              {"note", optional_value(run->note)}};
}

Json encode_session(const core::PlannedSession& session) {
  Json items = Json::array();
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      items.push_back(Json{{"block", block.name},
                           {"exercise", item.exercise},
                           {"sets", item.sets},
                           {"reps", optional_value(item.reps)},
                           {"hold_s", optional_value(item.hold_seconds)},
                           {"contacts", optional_value(item.contacts)},
                           {"per_side", item.per_side},
                           {"rpe", optional_rounded(item.rpe)},
                           {"pct_1rm", optional_rounded(item.pct_1rm)},
                           {"load_kg", optional_rounded(item.load_kg)}});
    }
  }
  Json answer{{"id", session.id},
              {"title", session.title},
              {"kind", std::string(core::enum_name(session.kind))},
              {"intensity", std::string(core::enum_name(session.intensity))},
              {"minutes", session.minutes.count()},
              {"items", items}};
  if (session.skipped) answer["skipped"] = true;  // only when so: documents nobody changed read as before
  return answer;
}

Json encode_activity(const core::Activity& activity) {
  return Json{{"sport", std::string(core::enum_name(activity.sport))},
              {"duration_min", rounded_number(activity.duration_min)},
              {"distance_km", optional_rounded(activity.distance_km)},
              {"rpe", optional_rounded(activity.rpe)},
              {"load_basis", std::string(core::enum_name(core::load_basis(activity)))},
              {"race", activity.race},
              {"sets", activity.sets.size()}};
}

std::string state_name(service::DayState state) {
  switch (state) {
    case service::DayState::Rest: return "rest";
    case service::DayState::Planned: return "planned";
    case service::DayState::Today: return "today";
    case service::DayState::Done: return "done";
    case service::DayState::Partly: return "partly_done";
    case service::DayState::Missed: return "missed";
    case service::DayState::Unplanned: return "unplanned";
  }
  return "";
}

Json encode_day(const service::StatusDay& day) {
  Json sessions = Json::array();
  for (const auto& session : day.planned_sessions) sessions.push_back(encode_session(session));
  Json done = Json::array();
  for (const auto& activity : day.done) done.push_back(encode_activity(activity));
  return Json{{"date", date_text(day.date)},
              {"state", state_name(day.state)},
              {"run", encode_run(day.planned_run)},
              {"sessions", sessions},
              {"done", done}};
}

Json encode_plan(const std::optional<service::StatusPlan>& plan) {
  if (!plan) return nullptr;
  Json week = nullptr;
  if (plan->week) {
    week = Json{{"start", date_text(plan->week->start)},
                {"phase", std::string(core::enum_name(plan->week->phase))},
                {"week_in_phase", plan->week->week_in_phase},
                {"deload", plan->week->deload},
                {"focus", plan->week->focus}};
  }
  return Json{{"id", plan->id.value},
              {"start", date_text(plan->start)},
              {"end", date_text(plan->end)},
              {"race_date", plan->race ? Json(date_text(plan->race->date)) : Json(nullptr)},
              {"week", week}};
}

Json encode_span(const std::optional<analytics::DaySpan>& span) {
  if (!span) return nullptr;
  return Json{{"from", date_text(span->from)},
              {"to", date_text(span->to)},
              {"run_distance_km", rounded_number(span->run_distance_km)},
              {"load", rounded_number(span->load)}};
}

Json encode_week_comparison(const std::optional<analytics::WeekComparison>& comparison) {
  if (!comparison) return nullptr;
  return Json{{"this_week", encode_span(comparison->this_week)},
              {"last_week", encode_span(comparison->last_week)},
              {"today_counted", comparison->today_counted},
              {"distance_change_pct", optional_rounded(comparison->distance_change_pct)},
              {"load_change_pct", optional_rounded(comparison->load_change_pct)},
              {"last_whole_week", encode_span(comparison->last_whole_week)}};
}

Json encode_form(const std::optional<analytics::Form>& form) {
  if (!form) return nullptr;
  return Json{{"percent_of_fitness", rounded_number(form->percent)},
              {"band", std::string(core::enum_name(form->band))},
              {"log_days", form->days},
              {"short_log", form->short_log}};
}

Json encode_load(const service::StatusReport& report) {
  if (!report.load) return nullptr;
  const auto& day = *report.load;
  Json load{{"date", date_text(day.date)},
            {"load", rounded_number(day.load)},
            {"acute_ewma", rounded_number(day.acute_ewma)},
            {"chronic_ewma", rounded_number(day.chronic_ewma)},
            {"acwr_ewma", optional_rounded(day.acwr_ewma)},
            {"acwr_zone", day.acwr_ewma ? Json(std::string(analytics::acwr_zone(*day.acwr_ewma))) : Json(nullptr)},
            {"acute_7d", optional_rounded(day.acute_7d)},
            {"chronic_28d", optional_rounded(day.chronic_28d)},
            {"acwr_rolling", optional_rounded(day.acwr_rolling)},
            {"ctl", rounded_number(day.ctl)},
            {"atl", rounded_number(day.atl)},
            {"tsb", rounded_number(day.tsb)}};
  if (report.load_week) {
    const auto& week = *report.load_week;
    load["week"] = Json{{"start", date_text(week.start)},
                        {"run_distance_km", rounded_number(week.run_distance_km)},
                        {"distance_change_pct", optional_rounded(week.distance_change_pct)},
                        {"load", rounded_number(week.load)},
                        {"monotony", optional_rounded(week.monotony)},
                        {"strain", optional_rounded(week.strain)}};
  }
  load["form"] = encode_form(report.form);
  load["week_comparison"] = encode_week_comparison(report.week_comparison);
  return load;
}

Json encode_running_dynamics(const service::StatusReport& report) {
  if (!report.running_dynamics) return nullptr;
  const auto& dynamics = *report.running_dynamics;
  Json readings = Json::array();
  for (const auto& reading : dynamics.readings) {
    readings.push_back(Json{{"measure", std::string(core::enum_name(reading.measure))},
                            {"value", rounded_number(reading.value)},
                            {"population_band", std::string(core::enum_name(reading.band))}});
  }
  Json cue = nullptr;
  if (dynamics.cadence_cue) {
    cue = Json{{"own_spm", rounded_number(dynamics.cadence_cue->own_spm)},
               {"low_spm", rounded_number(dynamics.cadence_cue->low_spm)},
               {"high_spm", rounded_number(dynamics.cadence_cue->high_spm)},
               {"reason", dynamics.cadence_cue->for_injury ? "injury_or_pain" : "low_cadence"}};
  }
  return Json{{"from", date_text(dynamics.from)},
              {"to", date_text(dynamics.to)},
              {"recorded_runs", dynamics.recorded_runs},
              {"readings", readings},
              {"cadence_cue", cue}};
}

Json encode_swaps(const std::optional<service::StatusSwaps>& status_swaps) {
  if (!status_swaps) return nullptr;
  const auto& swaps = status_swaps->swaps;
  Json because = Json::array();
  for (const auto& step : status_swaps->because) {
    because.push_back(Json{{"date", date_text(step.report.date)},
                           {"region", std::string(core::enum_name(step.report.region))},
                           {"side", std::string(core::enum_name(step.report.side))},
                           {"score", step.report.score},
                           {"when", std::string(core::enum_name(step.report.when))},
                           {"rising", step.rising()},
                           {"previous_score", step.previous ? Json(step.previous->score) : Json(nullptr)}});
  }
  Json runs = Json::array();
  for (const auto& run : swaps.runs) {
    const auto km = [](const std::optional<core::Kilometres>& value) {
      return value ? Json(rounded_number(value->value())) : Json(nullptr);
    };
    const auto minutes = [](const std::optional<core::Minutes>& value) {
      return value ? Json(value->count()) : Json(nullptr);
    };
    runs.push_back(Json{{"date", date_text(run.date)},
                        {"planned", encode_run(run.planned)},
                        {"action", std::string(core::enum_name(run.action))},
                        {"min_distance_km", km(run.min_distance)},
                        {"max_distance_km", km(run.max_distance)},
                        {"min_duration_min", minutes(run.min_duration)},
                        {"max_duration_min", minutes(run.max_duration)},
                        {"instead", run.instead}});
  }
  Json sessions = Json::array();
  for (const auto& session : swaps.sessions) {
    sessions.push_back(Json{{"date", date_text(session.date)},
                            {"session_id", session.session_id},
                            {"title", session.title},
                            {"skip", session.skip},
                            {"keep", session.keep},
                            {"instead", session.instead}});
  }
  return Json{{"level", std::string(core::enum_name(swaps.level))},
              {"from", date_text(swaps.from)},
              {"to", date_text(swaps.to)},
              {"because", because},
              {"runs", runs},
              {"sessions", sessions}};
}

}  // namespace

std::string encode_status(const service::StatusReport& report) {
  Json document;
  document["schema"] = "stride.status.v1";
  document["date"] = date_text(report.today);
  document["athlete"] = Json{{"id", report.athlete.id.value}, {"name", report.athlete.athlete.name}};
  document["plan"] = encode_plan(report.plan);
  Json week = Json::array();
  for (const auto& day : report.week) week.push_back(encode_day(day));
  document["week"] = week;
  document["load"] = encode_load(report);
  Json flags = Json::array();
  for (const auto& flag : report.flags) {
    flags.push_back(Json{{"date", date_text(flag.date)},
                         {"code", flag.code()},
                         {"severity", std::string(core::enum_name(flag.severity()))},
                         {"message", flag.message()},
                         {"evidence", flag.evidence()}});
  }
  document["flags"] = flags;
  Json pain = Json::array();
  for (const auto& report_entry : report.pain) {
    pain.push_back(Json{{"date", date_text(report_entry.date)},
                        {"region", std::string(core::enum_name(report_entry.region))},
                        {"side", std::string(core::enum_name(report_entry.side))},
                        {"score", report_entry.score},
                        {"when", std::string(core::enum_name(report_entry.when))}});
  }
  document["pain"] = pain;
  Json predictions = Json::array();
  for (const auto& prediction : report.predictions) {
    predictions.push_back(Json{{"label", prediction.label},
                               {"distance_km", rounded_number(prediction.distance_km)},
                               {"method", prediction.method},
                               {"minutes", rounded_number(prediction.minutes)},
                               {"caveat", prediction.caveat}});
  }
  document["predictions"] = predictions;
  document["running_dynamics"] = encode_running_dynamics(report);
  Json advice = Json::array();
  for (const auto& item : report.advice) advice.push_back(item.text);
  document["advice"] = advice;
  document["swaps"] = encode_swaps(report.swaps);
  return detail::dump_document(document);
}

}  // namespace stride::json
