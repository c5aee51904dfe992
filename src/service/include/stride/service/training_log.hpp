#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/analytics/training_load.hpp"
#include "stride/analytics/world_records.hpp"
#include "stride/core/store.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

struct LoggedEntries {
  std::vector<core::ActivityId> activities;
  std::size_t pain_reports = 0;
  std::vector<std::string> advice;  // what a pain score calls for, in plain words
};

// Stores a batch of log entries for a stored athlete in one transaction. Nothing is stored when an
// entry cannot be true (check_log_entries in input_checks.hpp: 0 minutes, a race without a
// distance, a run faster than the world records allow, a date after `today`) or a strength set
// names an exercise the library lacks; the error is InvalidInput naming `source` and the entry's
// JSON path (`$.activities[0].duration_min`). Pain of 5/10 or more comes back with advice to
// reduce load and to see a clinician when it persists.
[[nodiscard]] core::Result<LoggedEntries> log_entries(const Catalog& catalog, core::Store& store,
                                                      core::AthleteId athlete, const core::TrainingLog& entries,
                                                      std::string_view source, core::Date today);

// Gives a stored activity its session RPE (Foster's CR-10 scale, 0 to 10): its load becomes RPE ×
// minutes. InvalidInput (field `rpe`) outside 0 to 10; NotFound when the athlete has no such activity.
[[nodiscard]] core::Status rate_activity(core::Store& store, core::AthleteId athlete, core::ActivityId activity,
                                         double rpe);

// Load metrics and flags of a training log that is not stored (`stride load --log`): entries that
// cannot be true are refused as when logging (check_log_entries, naming `source`), but dates are
// not checked against today, since `as_of` may look at any stretch of a log.
[[nodiscard]] core::Result<analytics::LoadReport> load_of_log(const analytics::WorldRecordTable& records,
                                                              const core::TrainingLog& log, std::string_view source,
                                                              std::optional<core::Date> as_of);

}  // namespace stride::service
