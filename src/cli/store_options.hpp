#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "stride/cli/cli.hpp"
#include "stride/core/store.hpp"

namespace stride::cli {

// The options every command on stored runners shares: `--db PATH` and `--athlete-id ID`.
struct StoreOptions {
  std::string database;
  std::int64_t athlete = 0;

  enum class AthleteOption { Required, Optional, Absent };

  // Declares `--db` and, unless Absent, `--athlete-id`.
  void configure(CLI::App& app, AthleteOption athlete_option = AthleteOption::Required);
  [[nodiscard]] core::Result<std::unique_ptr<core::Store>> open(const Environment& environment) const;
  [[nodiscard]] core::AthleteId athlete_id() const { return core::AthleteId{athlete}; }
  [[nodiscard]] bool has_athlete() const { return athlete > 0; }
};

// Checks an id option (`--athlete-id`, `--activity-id`) before CLI11 converts it: a positive whole
// number that fits a stored id (1 to 9223372036854775807), written in digits only. Anything else
// fails with "expected a positive whole number (<what>), not "abc"". `what` says what the id
// names and where to find one.
[[nodiscard]] CLI::Validator positive_id(std::string what);

// A date option: `text` parsed as YYYY-MM-DD, or today when it is empty. `option` names it in errors.
[[nodiscard]] core::Result<core::Date> date_or_today(const std::string& text, const char* option,
                                                     const Environment& environment);

}  // namespace stride::cli
