#pragma once

#include <optional>
#include <vector>

#include "stride/core/store.hpp"
#include "stride/service/athlete_plan.hpp"
#include "stride/service/catalog.hpp"

// What the web API does with one stored athlete besides the command line's use cases (api.md §4).
// The caller has authorized the request (AccessPolicy) before calling any of these.
namespace stride::service {

// A log entry as stored: `created` is false when an entry with the same client id was stored
// already, and `entry` is then that stored entry (a retried sync creates nothing).
struct LoggedActivity {
  core::ActivityRecord stored;
  bool created = true;
};
struct LoggedPainReport {
  core::PainReport stored;
  bool created = true;
};

// Logs one activity (log_entries: impossible entries and unknown exercises refused, the error's path
// from the entry's root, `$.duration_min`), or finds the one stored with its client id; in one unit
// of work, so two syncs of the same entry store it once.
[[nodiscard]] core::Result<LoggedActivity> log_activity(const Catalog& catalog, core::Store& store,
                                                        core::AthleteId athlete, const core::Activity& activity,
                                                        core::Date today);
// The same for one pain report.
[[nodiscard]] core::Result<LoggedPainReport> log_pain_report(const Catalog& catalog, core::Store& store,
                                                             core::AthleteId athlete, const core::PainReport& report,
                                                             core::Date today);

// Gives one of the athlete's stored activities its session RPE (rate_activity: InvalidInput naming
// `rpe` outside 0 to 10, NotFound when the athlete has no such activity) and returns the activity as
// stored afterwards; in one unit of work.
[[nodiscard]] core::Result<core::ActivityRecord> rate_logged_activity(core::Store& store, core::AthleteId athlete,
                                                                      core::ActivityId activity, double rpe);

// Builds and stores a plan from `start` (default `today`) on the athlete's stored running calendar
// (else the calendar of its latest plan), latest assessment and log (plan_for_athlete). InvalidInput
// naming `start` for a start before today, and when there is no calendar at all; Conflict when
// `expected_plan` is set and is no longer the latest plan (check_plan_version).
[[nodiscard]] core::Result<AthletePlan> plan_from_stored(const Catalog& catalog, core::Store& store,
                                                         core::AthleteId athlete, std::optional<core::Date> start,
                                                         core::Date today,
                                                         std::optional<core::PlanId> expected_plan = std::nullopt);

// Everything stored about one athlete.
struct AthleteExport {
  core::AthleteRecord athlete;
  std::optional<core::RunningCalendar> running_calendar;
  std::vector<core::AssessmentRecord> assessments;
  std::optional<core::PlanRecord> latest_plan;
  std::vector<core::ActivityRecord> activities;
  std::vector<core::PainReport> pain;
  std::vector<core::AccountId> coaches;
  std::vector<core::Note> notes;  // every thread, oldest first
  std::vector<core::PlanChangeRecord> plan_changes;  // oldest first
};
[[nodiscard]] core::Result<AthleteExport> export_athlete(core::Store& store, core::AthleteId athlete);

}  // namespace stride::service
