#include <exception>
#include <iostream>

#include "embedded_data.hpp"
#include "stride/cli/cli.hpp"
#include "stride/json/catalog_loader.hpp"

// The composition root of the command-line program: wires the embedded data into the CLI.
int main(int argc, char** argv) {
  try {
    auto load_catalog = [] { return stride::json::load_catalog(stride::app::embedded_data_files()); };
    return stride::cli::run(argc, argv, load_catalog, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cerr << "stride: internal error: " << error.what() << "\n";
  } catch (...) {
    std::cerr << "stride: internal error: unknown exception\n";
  }
  return 1;
}
