#pragma once

#include <string_view>

namespace stride::app {

// The catalog of data/, decoded and validated by data_files::load_catalog when the program was built,
// as the bytes of a catalog archive: archive::read_catalog() of them gives a catalog equal to the
// one data_files::load_catalog() gives of the data files (tests/archive/embedded_catalog_test.cpp). The
// bytes are static and immutable; safe to read from any thread.
[[nodiscard]] std::string_view embedded_catalog_archive();

}  // namespace stride::app
