#include "stride/service/athlete_records.hpp"

#include <string>

#include "stride/service/training_log.hpp"

namespace stride::service {
namespace {

// `error` with a path inside a one-entry log (`$.activities[0].x`) spelled from the entry's root.
core::Error from_entry_root(core::Error error, std::string_view list) {
  const std::string prefix = "$." + std::string(list) + "[0]";
  if (error.path.starts_with(prefix)) error.path = "$" + error.path.substr(prefix.size());
  if (error.path == "$") error.path.clear();
  return error;
}

constexpr std::string_view kEntrySource = "request body";

}  // namespace

core::Result<LoggedActivity> log_activity(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                          const core::Activity& activity, core::Date today) {
  return core::in_one_unit<LoggedActivity>(store, [&]() -> core::Result<LoggedActivity> {
    if (activity.client_id) {
      STRIDE_TRY(auto stored, store.activity_with_client_id(athlete, *activity.client_id));
      if (stored) return LoggedActivity{std::move(*stored), false};
    }
    core::TrainingLog entries;
    entries.activities.push_back(activity);
    auto logged = log_entries(catalog, store, athlete, entries, kEntrySource, today);
    if (!logged) return std::unexpected(from_entry_root(std::move(logged.error()), "activities"));
    return LoggedActivity{{logged->activities.front(), activity}, true};
  });
}

core::Result<LoggedPainReport> log_pain_report(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                               const core::PainReport& report, core::Date today) {
  return core::in_one_unit<LoggedPainReport>(store, [&]() -> core::Result<LoggedPainReport> {
    if (report.client_id) {
      STRIDE_TRY(auto stored, store.pain_report_with_client_id(athlete, *report.client_id));
      if (stored) return LoggedPainReport{std::move(*stored), false};
    }
    core::TrainingLog entries;
    entries.pain.push_back(report);
    auto logged = log_entries(catalog, store, athlete, entries, kEntrySource, today);
    if (!logged) return std::unexpected(from_entry_root(std::move(logged.error()), "pain"));
    return LoggedPainReport{report, true};
  });
}

core::Result<core::ActivityRecord> rate_logged_activity(core::Store& store, core::AthleteId athlete,
                                                       core::ActivityId activity, double rpe) {
  return core::in_one_unit<core::ActivityRecord>(store, [&]() -> core::Result<core::ActivityRecord> {
    STRIDE_TRY_STATUS(rate_activity(store, athlete, activity, rpe));
    STRIDE_TRY(const auto records, store.activity_records(athlete, std::nullopt, std::nullopt));
    for (const auto& record : records) {
      if (record.id == activity) return record;
    }
    return std::unexpected(core::make_error(core::ErrorCode::NotFound, "no such activity"));
  });
}

core::Result<AthletePlan> plan_from_stored(const Catalog& catalog, core::Store& store, core::AthleteId athlete,
                                           std::optional<core::Date> start, core::Date today,
                                           std::optional<core::PlanId> expected_plan) {
  AthletePlanRequest request;
  request.expected_plan = expected_plan;
  request.athlete = athlete;
  STRIDE_TRY(request.calendar, store.running_calendar(athlete));
  request.calendar_source = "running calendar";
  request.start = start.value_or(today);
  request.today = today;
  return plan_for_athlete(catalog, store, request);
}

core::Result<AthleteExport> export_athlete(core::Store& store, core::AthleteId athlete) {
  AthleteExport exported;
  STRIDE_TRY(exported.athlete, store.find_athlete(athlete));
  STRIDE_TRY(exported.running_calendar, store.running_calendar(athlete));
  STRIDE_TRY(exported.assessments, store.assessments(athlete));
  STRIDE_TRY(exported.latest_plan, store.latest_plan(athlete));
  STRIDE_TRY(exported.activities, store.activity_records(athlete, std::nullopt, std::nullopt));
  STRIDE_TRY(auto log, store.training_log(athlete, std::nullopt, std::nullopt));
  exported.pain = std::move(log.pain);
  STRIDE_TRY(exported.coaches, store.coaches(athlete));
  STRIDE_TRY(exported.notes, store.notes(athlete, core::NoteScope::everything()));
  STRIDE_TRY(exported.plan_changes, store.plan_changes(athlete));
  return exported;
}

}  // namespace stride::service
