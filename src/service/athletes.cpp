#include "stride/service/athletes.hpp"

#include <algorithm>

namespace stride::service {

core::Result<core::AthleteId> add_athlete(core::Store& store, const core::Athlete& athlete) {
  return store.add_athlete(athlete);
}

core::Status update_athlete(core::Store& store, core::AthleteId id, const core::Athlete& athlete) {
  return store.update_athlete(id, athlete);
}

namespace {

core::Error changed_meanwhile(std::string_view what) {
  return core::make_error(core::ErrorCode::Conflict,
                          std::string(what) + " changed since it was read (the runner or a coach saved it meanwhile); "
                                              "read it again and make the change on the current one");
}

}  // namespace

core::Status update_athlete_if(core::Store& store, core::AthleteId id, const core::Athlete& athlete,
                               const StillCurrent<core::Athlete>& still_current) {
  return store.in_one_unit([&]() -> core::Status {
    if (still_current) {
      STRIDE_TRY(const auto stored, store.find_athlete(id));
      if (!still_current(stored.athlete)) return std::unexpected(changed_meanwhile("the profile"));
    }
    return store.update_athlete(id, athlete);
  });
}

core::Status set_running_calendar_if(core::Store& store, core::AthleteId id, const core::RunningCalendar& calendar,
                                     const StillCurrent<std::optional<core::RunningCalendar>>& still_current) {
  return store.in_one_unit([&]() -> core::Status {
    if (still_current) {
      STRIDE_TRY(const auto stored, store.running_calendar(id));
      if (!still_current(stored)) return std::unexpected(changed_meanwhile("the running calendar"));
    }
    return store.set_running_calendar(id, calendar);
  });
}

core::Result<std::vector<core::AthleteRecord>> list_athletes(core::Store& store) { return store.list_athletes(); }

core::Result<AthleteOverview> athlete_overview(core::Store& store, core::AthleteId athlete) {
  AthleteOverview overview;
  STRIDE_TRY(overview.record, store.find_athlete(athlete));
  STRIDE_TRY(const auto assessments, store.assessments(athlete));
  overview.assessments = assessments.size();
  if (!assessments.empty()) overview.latest_assessment = assessments.back();
  STRIDE_TRY(const auto plan, store.latest_plan_outline(athlete));
  if (plan) {
    overview.plan = plan->id;
    overview.plan_start = plan->plan.start;
    overview.plan_end = plan->plan.end;
    overview.race = plan->plan.race;
    overview.recovery_end = plan->plan.recovery_end;
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
