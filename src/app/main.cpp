#include <optional>
#include <string_view>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "embedded_catalog.hpp"
#include "serve.hpp"
#include "store_location.hpp"
#include "system_clock.hpp"
#include "stride/archive/catalog_archive.hpp"
#include "stride/cli/cli.hpp"

// The composition root of the command-line program: wires the catalog compiled into the binary
// (validated when the program was built), the store (SQLite, or PostgreSQL for a postgresql:// --db)
// and the system clock into the CLI.
int main(int argc, char** argv) {
  try {
    stride::cli::Environment environment;
    environment.load_catalog = [] { return stride::archive::read_catalog(stride::app::embedded_catalog_archive()); };
    environment.load_world_records = [] {
      return stride::archive::read_world_records(stride::app::embedded_catalog_archive());
    };
    environment.open_store = [](const std::string& location) { return stride::app::open_store(location); };
    // STRIDE_TODAY=YYYY-MM-DD fixes the date, for demonstrations and reproducible tests.
    const char* fixed_today = std::getenv("STRIDE_TODAY");
    auto clock = stride::service::clock_for(
        fixed_today != nullptr ? std::optional<std::string_view>(fixed_today) : std::nullopt, "STRIDE_TODAY",
        stride::app::system_clock());
    if (!clock) {
      std::cerr << "stride: " << clock.error().field << ": " << clock.error().message << "\n";
      return 2;
    }
    environment.clock = *clock;
    environment.serve = [&environment](const stride::cli::ServeRequest& request, std::ostream& messages) {
      return stride::app::serve(request, environment, messages);
    };
    return stride::cli::run(argc, argv, environment, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cerr << "stride: internal error: " << error.what() << "\n";
  } catch (...) {
    std::cerr << "stride: internal error: unknown exception\n";
  }
  return 1;
}
