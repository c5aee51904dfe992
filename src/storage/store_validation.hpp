#pragma once

#include <string>
#include <vector>

#include "stride/core/store.hpp"

// The checks both stores make before writing, so MemoryStore and SqliteStore accept and refuse
// exactly the same values (private to stride::storage). Each fails with InvalidInput.
namespace stride::storage::detail {

// The contract §3.1 document of `athlete`; fails when it would not read back equal (a value
// outside the contract's ranges, a name with surrounding spaces, an injury on side None).
[[nodiscard]] core::Result<std::string> athlete_document(const core::Athlete& athlete);

// The contract §3.3 document of `assessment`; fails when it would not read back equal.
[[nodiscard]] core::Result<std::string> assessment_document(const core::Assessment& assessment);

// The contract §3.2 document of `calendar`; fails when it would not read back equal.
[[nodiscard]] core::Result<std::string> calendar_document(const core::RunningCalendar& calendar);

// The stored document of `change`; fails when a date is not a real date, the session's place is
// negative, the author's name is empty, or the change would not read back equal.
[[nodiscard]] core::Result<std::string> plan_change_document(const core::PlanChange& change,
                                                             std::string_view author_name);

// A plan checked for storage: its documents and the span it covers.
struct CheckedPlan {
  std::string document;
  core::Date span_start;  // plan.start
  core::Date span_end;    // the after-race week's end when there is one, else plan.end
  std::vector<const core::PlanDay*> days;  // plan days then after-race days, in date order
  std::vector<std::string> day_documents;  // the "stride.stored_plan_day.v1" document of each of `days`
};

// Fails when start is after end, a day lies outside the span, the days are not in strictly
// increasing date order, or the plan would not read back equal (documents::encode_plan_documents).
// The result points into `plan`.
[[nodiscard]] core::Result<CheckedPlan> check_plan(const core::Plan& plan);

// Fails when a date is not a real date, a duration, distance or load is negative or not finite,
// a session rpe or set rpe is outside 0 to 10, a heart rate is not positive, a set has negative
// reps or no exercise, or a pain score is outside 0 to 10; when an activity has no rpe and no
// recording; when a recording has no fingerprint, a start that is not finite, a negative or
// non-finite measurement, or a stance-time balance outside 0 to 100 %.
[[nodiscard]] core::Status check_log_entries(const core::TrainingLog& entries);

// Fails unless `rpe` is a session rating from 0 to 10.
[[nodiscard]] core::Status check_rating(double rpe);

// Errors shared by both stores.
[[nodiscard]] core::Error unknown_plan_change(core::AthleteId athlete, core::PlanChangeId change);
[[nodiscard]] core::Error unknown_athlete(core::AthleteId id);
[[nodiscard]] core::Error unknown_activity(core::AthleteId athlete, core::ActivityId activity);
[[nodiscard]] core::Error duplicate_recording(const core::ActivityRecording& recording);
// Conflict: an entry's client id is already stored for the athlete (or given twice in one batch).
[[nodiscard]] core::Error duplicate_client_id(std::string_view client_id);

}  // namespace stride::storage::detail
