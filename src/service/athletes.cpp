#include "stride/service/athletes.hpp"

#include <algorithm>

namespace stride::service {

core::Result<core::AthleteId> add_athlete(core::Store& store, const core::Athlete& athlete) {
  return store.add_athlete(athlete);
}

core::Status update_athlete(core::Store& store, core::AthleteId id, const core::Athlete& athlete) {
  return store.update_athlete(id, athlete);
}

core::Result<std::vector<core::AthleteRecord>> list_athletes(core::Store& store) { return store.list_athletes(); }

core::Result<AthleteOverview> athlete_overview(core::Store& store, core::AthleteId athlete) {
  AthleteOverview overview;
  STRIDE_TRY(overview.record, store.find_athlete(athlete));
  STRIDE_TRY(const auto assessments, store.assessments(athlete));
  overview.assessments = assessments.size();
  if (!assessments.empty()) overview.latest_assessment = assessments.back();
  STRIDE_TRY(const auto plan, store.latest_plan(athlete));
  if (plan) {
    overview.plan = plan->id;
    overview.plan_start = plan->plan.start;
    overview.plan_end = plan->plan.end;
    overview.race = plan->plan.race;
    if (plan->plan.after_race) overview.recovery_end = plan->plan.after_race->end;
  }
  STRIDE_TRY(const auto log, store.training_log(athlete, std::nullopt, std::nullopt));
  overview.activities = log.activities.size();
  overview.pain_reports = log.pain.size();
  for (const auto& activity : log.activities) {
    overview.strength_sets += activity.sets.size();
    overview.last_logged = overview.last_logged ? std::max(*overview.last_logged, activity.date) : activity.date;
  }
  for (const auto& pain : log.pain) {
    overview.last_logged = overview.last_logged ? std::max(*overview.last_logged, pain.date) : pain.date;
  }
  return overview;
}

core::Result<core::AssessmentId> save_assessment(core::Store& store, core::AthleteId athlete,
                                                 const core::Assessment& assessment, core::Date today) {
  return store.add_assessment(athlete, assessment.date.value_or(today), assessment);
}

}  // namespace stride::service
