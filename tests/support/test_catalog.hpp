#pragma once

#include <gtest/gtest.h>

#include "embedded_data.hpp"
#include "stride/data_files/catalog_loader.hpp"

namespace stride::testing {

// The real catalog from the embedded data/ tree, loaded once per test binary.
inline const service::Catalog& shipped_catalog() {
  static const service::Catalog catalog = [] {
    auto loaded = data_files::load_catalog(app::embedded_data_files());
    if (!loaded) {
      ADD_FAILURE() << loaded.error().describe();
      std::abort();
    }
    return std::move(*loaded);
  }();
  return catalog;
}

}  // namespace stride::testing
