#include "store_options.hpp"

#include <fmt/format.h>

namespace stride::cli {

void StoreOptions::configure(CLI::App& app, AthleteOption athlete_option) {
  app.add_option("--db", database,
                 "the database file (default: stride.db in the user's data directory, $XDG_DATA_HOME/stride or "
                 "~/.local/share/stride)");
  if (athlete_option == AthleteOption::Absent) return;
  auto* option = app.add_option("--athlete-id", athlete, "the stored runner's id (see `stride athlete list`)")
                     ->check(CLI::PositiveNumber);
  if (athlete_option == AthleteOption::Required) option->required();
}

core::Result<std::unique_ptr<core::Store>> StoreOptions::open(const Environment& environment) const {
  if (!environment.open_store) {
    return std::unexpected(core::make_error(core::ErrorCode::Unsupported, "this program was built without a store"));
  }
  return environment.open_store(database);
}

core::Result<core::Date> date_or_today(const std::string& text, const char* option, const Environment& environment) {
  if (text.empty()) return environment.today();
  if (auto date = core::parse_iso_date(text)) return *date;
  return std::unexpected(
      core::invalid_input(option, "", fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", text)));
}

}  // namespace stride::cli
