#pragma once

#include <optional>
#include <string>

#include "stride/core/error.hpp"
#include "stride/service/plan.hpp"
#include "stride/cli/cli.hpp"

// The inputs of a plan built from files (`stride plan`, `stride export-workout`), private to
// stride::cli: the options' values and the request they make.
namespace stride::cli {

struct PlanFiles {
  std::string athlete_path;     // --athlete
  std::string runs_path;        // --runs
  std::string assessment_path;  // --assessment, may be empty
  std::string start;            // --start, empty for today
  std::optional<int> weeks;     // --weeks
  std::string table;            // --table, empty for the default

  // The plan request of these files, each decoded and checked as `stride plan` does (InvalidInput
  // naming the option for a missing --athlete or --runs, an unreadable file, an assessment dated
  // after today, a --start that is not a date).
  [[nodiscard]] core::Result<service::PlanRequest> request(const Environment& environment) const;
};

}  // namespace stride::cli
