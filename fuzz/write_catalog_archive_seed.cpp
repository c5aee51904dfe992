// Writes the catalog archive compiled into the program to the file named by its one argument: the
// seed of catalog_archive_fuzzer. Building it builds and runs the catalog compiler.
#include <fstream>
#include <iostream>

#include "embedded_catalog.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_catalog_archive_seed FILE\n";
    return 2;
  }
  const auto bytes = stride::app::embedded_catalog_archive();
  std::ofstream file(argv[1], std::ios::binary);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return file.flush() ? 0 : 1;
}
