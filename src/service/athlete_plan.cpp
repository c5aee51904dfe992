#include "stride/service/athlete_plan.hpp"

#include <fmt/format.h>

#include "stride/analytics/training_load.hpp"
#include "stride/planning/adaptation.hpp"
#include "stride/service/plan.hpp"

namespace stride::service {

namespace {

// How far back the plan in effect is read for the missed-week and load-target rules.
constexpr int kHistoryDays = 28;

std::optional<core::Date> continued_season_start(const std::optional<core::PlanRecord>& latest,
                                                 const core::Athlete& athlete, core::Date start) {
  if (!latest || !latest->plan.race || !athlete.goal.race_date) return std::nullopt;
  if (latest->plan.race->date != *athlete.goal.race_date) return std::nullopt;
  if (start <= latest->plan.start || start > latest->plan.end) return std::nullopt;
  return latest->plan.start;
}

}  // namespace

core::Result<AthletePlan> plan_for_athlete(const Catalog& catalog, core::Store& store,
                                           const AthletePlanRequest& request) {
  if (request.start < request.today) {
    return std::unexpected(core::invalid_input(
        "--start", "",
        fmt::format("{} is before today ({}): a stored plan never rewrites the past; start today or later",
                    core::format_iso_date(request.start), core::format_iso_date(request.today))));
  }
  STRIDE_TRY(const auto record, store.find_athlete(request.athlete));
  STRIDE_TRY(const auto latest, store.latest_plan(request.athlete));

  PlanRequest plan_request;
  plan_request.athlete_source = fmt::format("athlete {}", request.athlete.value);
  if (request.calendar) {
    plan_request.calendar = *request.calendar;
    plan_request.calendar_source = request.calendar_source;
  } else if (latest) {
    plan_request.calendar = latest->calendar;
  } else {
    return std::unexpected(core::invalid_input(
        "--runs", "", "required: this athlete has no stored plan yet to take the running calendar from"));
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
  // Inside the season of the latest plan (same race, start within it), the season is built from
  // that plan's first day and kept from the new start, so the phases carry on.
  const auto season_start = continued_season_start(latest, record.athlete, request.start);
  plan_request.start = season_start.value_or(request.start);
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
  plan.notes.insert(plan.notes.end(), result.adaptations.begin(), result.adaptations.end());
  plan.warnings.insert(plan.warnings.end(), pain.warnings.begin(), pain.warnings.end());
  for (auto& note : planning::adapt_plan(plan, history, catalog.library)) {
    result.adaptations.push_back(std::move(note));
  }
  STRIDE_TRY(result.id, store.add_plan(request.athlete, request.today, plan_request.calendar, assessment_id, plan));
  result.plan = std::move(plan);
  return result;
}

}  // namespace stride::service
