#pragma once

#include <string>
#include <string_view>
#include <vector>

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

}  // namespace stride::service
