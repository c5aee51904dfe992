#include "stride/service/athlete_plan.hpp"
#include "stride/service/plan_version.hpp"

#include <fmt/format.h>

#include "stride/analytics/training_load.hpp"
#include "stride/planning/adaptation.hpp"
#include "stride/service/plan.hpp"
#include "stride/service/plan_changes.hpp"

namespace stride::service {

namespace {

// How far back the plan in effect is read for the missed-week and load-target rules.
constexpr int kHistoryDays = 28;

// The first day of the season a re-plan continues: the latest plan's, when the new start lies
// inside it and the goal is the same race, or no race for both. A season without a race is then
// lengthened so that it still runs the asked weeks from the new start (within the plan maximum).
struct ContinuedSeason {
  core::Date start;
  std::optional<int> weeks;  // the whole season's weeks, without a race
};

std::optional<ContinuedSeason> continued_season(const std::optional<core::PlanOutlineRecord>& latest,
                                                const core::Athlete& athlete, core::Date start,
                                                std::optional<int> weeks, int weeks_maximum) {
  if (!latest) return std::nullopt;
  // A re-plan from the same day as the latest plan continues that plan's season too.
  const core::Date season_start = latest->plan.season_start.value_or(latest->plan.start);
  if (start <= season_start || start > latest->plan.end) return std::nullopt;
  if (latest->plan.race.has_value() != athlete.goal.race_date.has_value()) return std::nullopt;
  if (latest->plan.race) {
    if (latest->plan.race->date != *athlete.goal.race_date) return std::nullopt;
    return ContinuedSeason{season_start, std::nullopt};
  }
  const int weeks_before = core::days_between(core::monday_of(season_start), core::monday_of(start)) / 7;
  const int total = weeks_before + weeks.value_or(12);
  if (total > weeks_maximum) return std::nullopt;
  return ContinuedSeason{season_start, total};
}

// What plan_for_athlete does once the request is known to be valid: reads, plans and stores.
core::Result<AthletePlan> plan_and_store(const Catalog& catalog, core::Store& store,
                                         const AthletePlanRequest& request) {
  STRIDE_TRY(const auto record, store.find_athlete(request.athlete));
  STRIDE_TRY(const auto latest, store.latest_plan_outline(request.athlete));
  STRIDE_TRY_STATUS(check_plan_version(plan_id_of(latest), request.expected_plan));

  PlanRequest plan_request;
  plan_request.athlete_source = fmt::format("athlete {}", request.athlete.value);
  if (request.calendar) {
    plan_request.calendar = *request.calendar;
    plan_request.calendar_source = request.calendar_source;
  } else if (latest) {
    plan_request.calendar = latest->calendar;
  } else {
    return std::unexpected(core::invalid_field(
        "runs", "required: this athlete has no stored plan yet to take the running calendar from"));
  }

  std::optional<core::AssessmentId> assessment_id;
  if (request.assessment) {
    plan_request.assessment = request.assessment;
  } else {
    STRIDE_TRY(const auto assessments, store.assessments(request.athlete));
    if (!assessments.empty()) {
      plan_request.assessment = assessments.back().assessment;
      assessment_id = assessments.back().id;
    }
  }

  const core::Date day_before = core::add_days(request.start, -1);
  planning::TrainingHistory history;
  STRIDE_TRY(history.log, store.training_log(request.athlete, std::nullopt, day_before));
  STRIDE_TRY(const auto effective,
             store.effective_days(request.athlete, core::add_days(request.start, -kHistoryDays), day_before));
  for (const auto& day : effective) history.planned_days.push_back(day.day);
  history.load_flags = analytics::compute_load(history.log, day_before).flags;

  auto pain = planning::adjust_for_pain(record.athlete, history.log, request.start);
  plan_request.athlete = pain.athlete;
  plan_request.weeks = request.weeks;
  plan_request.table_id = request.table_id;
  // Inside the season of the latest plan (same race or no race, start within it), the season is
  // built from that plan's first day and kept from the new start, so the phases carry on.
  const auto continued = continued_season(latest, record.athlete, request.start, request.weeks,
                                          catalog.plan_rules.plan_weeks_maximum);
  const std::optional<core::Date> season_start = continued ? std::optional(continued->start) : std::nullopt;
  if (continued && continued->weeks) plan_request.weeks = continued->weeks;
  plan_request.start = season_start.value_or(request.start);
  // A fresh season starts at its first week anyway; a continued one must not move on past a missed week.
  const auto missed = season_start ? planning::find_missed_week(history, request.start) : std::nullopt;
  if (missed) plan_request.missed_week = missed->monday;
  if (season_start) plan_request.continuation = planning::PlanInputs::Continuation{request.start, record.athlete};
  const auto load_flags = planning::recent_load_flags(history, request.start);
  if (!load_flags.empty()) plan_request.lighter_week = core::monday_of(request.start);
  STRIDE_TRY(auto plan, service::plan(catalog, plan_request));
  planning::keep_from(plan, request.start);

  AthletePlan result;
  result.adaptations = pain.notes;
  if (season_start) {
    result.adaptations.push_back(fmt::format(
        "Re-planned inside the season that began on {}: the phases keep their dates, so this week is where the "
        "season had reached.",
        core::format_iso_date(*season_start)));
  }
  if (missed) result.adaptations.push_back(planning::missed_week_note(*missed));
  if (!load_flags.empty()) result.adaptations.push_back(planning::load_flags_note(load_flags));
  plan.notes.insert(plan.notes.end(), result.adaptations.begin(), result.adaptations.end());
  plan.warnings.insert(plan.warnings.end(), pain.warnings.begin(), pain.warnings.end());
  for (auto& note : planning::adapt_plan(plan, history, catalog.library)) {
    result.adaptations.push_back(std::move(note));
  }
  // The changes people made are made again on the new plan (those that still fit).
  STRIDE_TRY(const auto reapplied, reapply_plan_changes(catalog, store, request.athlete, pain.athlete,
                                                         plan_request.calendar, plan_request.assessment, plan,
                                                         request.start, request.today));
  for (const auto& note : reapplied.notes) {
    plan.notes.push_back(note);
    result.adaptations.push_back(note);
  }
  STRIDE_TRY(result.id, store.add_plan(request.athlete, request.today, plan_request.calendar, assessment_id, plan));
  result.plan = std::move(plan);
  return result;
}

}  // namespace

core::Result<AthletePlan> plan_for_athlete(const Catalog& catalog, core::Store& store,
                                           const AthletePlanRequest& request) {
  if (request.start < request.today) {
    return std::unexpected(core::invalid_field(
        "start",
        fmt::format("{} is before today ({}): a stored plan never rewrites the past; start today or later",
                    core::format_iso_date(request.start), core::format_iso_date(request.today))));
  }
  // The plan is made from what is stored and stored in one unit, so two re-plans cannot interleave.
  return core::in_one_unit<AthletePlan>(store, [&] { return plan_and_store(catalog, store, request); });
}

}  // namespace stride::service
