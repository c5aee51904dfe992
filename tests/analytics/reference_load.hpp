#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/analytics/training_load.hpp"
#include "stride/core/date.hpp"
#include "stride/core/training_log.hpp"

// Test-only reference implementation of analytics::compute_load: the straightforward version
// (every window summed afresh, every candidate scanned, every text formatted on the spot), kept
// as the oracle that the optimised library must match bit for bit. It is deliberately slow and
// must not be optimised; change it only when the contract itself changes (docs/load.md).
namespace stride::analytics::reference {

// A flag as the reference writes it: its texts formatted when it is raised.
struct WrittenFlag {
  core::Date date;
  std::string code;
  FlagSeverity severity = FlagSeverity::Info;
  std::string message;
  std::string evidence;
};

// LoadReport with the flags written out.
struct Report {
  std::optional<core::Date> as_of;
  std::vector<DailyLoad> daily;
  std::vector<WeeklyLoad> weeks;
  std::vector<WrittenFlag> flags;  // sorted by date, then code
};

[[nodiscard]] Report compute_load(const core::TrainingLog& log, std::optional<core::Date> as_of = std::nullopt);

}  // namespace stride::analytics::reference
