#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stride/analytics/world_records.hpp"
#include "stride/core/assessment.hpp"
#include "stride/core/date.hpp"
#include "stride/core/error.hpp"
#include "stride/core/training_log.hpp"

// Input that cannot be true, refused before anything is stored (docs/input-checks.md). Pure
// functions of their arguments; the caller supplies today's date.
namespace stride::service {

// Why one log entry cannot be true. `field` is the entry's key that is wrong ("duration_min",
// "distance_km", "date"), or empty when the entry as a whole cannot be true (a pace no one has
// run); `message` says why in plain words.
struct EntryProblem {
  std::string field;
  std::string message;
};

// The first reason an activity cannot be true, or nullopt:
// - it lasts 0 minutes (or less);
// - it is a race without a distance, or over 0 km;
// - it is a run faster than `records` allow over its distance;
// - it is dated after `today` (checked only when `today` is given).
[[nodiscard]] std::optional<EntryProblem> activity_problem(const core::Activity& activity,
                                                           const analytics::WorldRecordTable& records,
                                                           std::optional<core::Date> today);

// Checks a batch of log entries before it is stored or analysed: every activity as
// activity_problem(), and every pain report's date against `today` (when given). The first problem
// fails with InvalidInput naming `source` and the JSON path of the entry's field, such as
// `$.activities[2].duration_min`, `$.activities[0]` (an impossible pace) or `$.pain[1].date`.
[[nodiscard]] core::Status check_log_entries(const analytics::WorldRecordTable& records,
                                             const core::TrainingLog& entries, std::string_view source,
                                             std::optional<core::Date> today);

// An assessment records a screen that took place: one dated after `today` fails with InvalidInput
// naming `source` and `$.date`. An assessment without a date passes.
[[nodiscard]] core::Status check_assessment_date(const core::Assessment& assessment, core::Date today,
                                                 std::string_view source);

}  // namespace stride::service
