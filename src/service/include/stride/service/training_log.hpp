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

// Stores a batch of log entries for a stored athlete in one transaction. Every strength set must
// name an exercise of the library (InvalidInput naming `source` and the JSON path otherwise).
// Pain of 5/10 or more comes back with advice to reduce load and to see a clinician when it persists.
[[nodiscard]] core::Result<LoggedEntries> log_entries(const Catalog& catalog, core::Store& store,
                                                      core::AthleteId athlete, const core::TrainingLog& entries,
                                                      std::string_view source);

}  // namespace stride::service
