#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "embedded_data.hpp"
#include "store_location.hpp"
#include "stride/cli/cli.hpp"
#include "stride/json/catalog_loader.hpp"

// The composition root of the command-line program: wires the embedded data, the SQLite store and
// the system clock into the CLI.
int main(int argc, char** argv) {
  try {
    stride::cli::Environment environment;
    environment.load_catalog = [] { return stride::json::load_catalog(stride::app::embedded_data_files()); };
    environment.load_world_records = [] {
      return stride::json::load_world_records(stride::app::embedded_data_files());
    };
    environment.open_store = [](const std::string& path) { return stride::app::open_sqlite_store(path); };
    // STRIDE_TODAY=YYYY-MM-DD replaces the clock, for demonstrations and reproducible tests.
    const char* fixed_today = std::getenv("STRIDE_TODAY");
    const auto fixed = fixed_today != nullptr ? stride::core::parse_iso_date(fixed_today) : std::nullopt;
    environment.today = [fixed] {
      if (fixed) return *fixed;
      return stride::core::Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    };
    return stride::cli::run(argc, argv, environment, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cerr << "stride: internal error: " << error.what() << "\n";
  } catch (...) {
    std::cerr << "stride: internal error: unknown exception\n";
  }
  return 1;
}
