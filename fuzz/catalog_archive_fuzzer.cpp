// Fuzz target for the catalog archive reader: any bytes give a catalog or an Error, never a crash,
// and a catalog read from them writes and reads back to the same bytes. Seeded with the archive the
// build compiled from data/ (write_catalog_archive_seed).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stride/archive/catalog_archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)stride::archive::read_world_records(bytes);
  const auto catalog = stride::archive::read_catalog(bytes);
  if (!catalog) return 0;
  const std::string written = stride::archive::write_catalog(*catalog);
  const auto read_again = stride::archive::read_catalog(written);
  if (!read_again || stride::archive::write_catalog(*read_again) != written) std::abort();
  return 0;
}
