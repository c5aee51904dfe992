#include "store_options.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <limits>

#include "stride/core/display_text.hpp"

namespace stride::cli {

void StoreOptions::configure(CLI::App& app, AthleteOption athlete_option) {
  app.add_option("--db", database,
                 "the database file (default: stride.db in the user's data directory, $XDG_DATA_HOME/stride or "
                 "~/.local/share/stride), or a postgresql:// URL");
  if (athlete_option == AthleteOption::Absent) return;
  auto* option = app.add_option("--athlete-id", athlete, "the stored runner's id (see `stride athlete list`)")
                     ->check(positive_id("a runner's id, see `stride athlete list`"));
  if (athlete_option == AthleteOption::Required) option->required();
}

core::Result<std::unique_ptr<core::Store>> StoreOptions::open(const Environment& environment) const {
  if (!environment.open_store) {
    return std::unexpected(core::make_error(core::ErrorCode::Unsupported, "this program was built without a store"));
  }
  return environment.open_store(database);
}

CLI::Validator positive_id(std::string what) {
  return CLI::Validator(
      [what = std::move(what)](std::string& text) -> std::string {
        const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (digits && error == std::errc{} && end == text.data() + text.size() && value > 0) return {};
        if (digits && error == std::errc::result_out_of_range) {
          return fmt::format("expected a positive whole number up to {} ({}), not a {}-digit number",
                             std::numeric_limits<std::int64_t>::max(), what, text.size());
        }
        constexpr std::size_t kShown = 24;
        const std::string shown = text.size() <= kShown ? text : text.substr(0, kShown) + "...";
        return fmt::format("expected a positive whole number ({}), not \"{}\"", what, core::neutralised(shown));
      },
      "POSITIVE");
}

core::Result<core::Date> date_or_today(const std::string& text, const char* option, const Environment& environment) {
  if (text.empty()) return environment.clock->today();
  if (auto date = core::parse_iso_date(text)) return *date;
  return std::unexpected(
      core::invalid_input(option, "", fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", text)));
}

}  // namespace stride::cli
