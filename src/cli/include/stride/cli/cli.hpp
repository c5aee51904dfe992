#pragma once

#include <functional>
#include <ostream>

#include "stride/core/error.hpp"
#include "stride/service/catalog.hpp"

namespace stride::cli {

// Produces the validated catalog; called only by commands that need it, so `--help` and
// `--version` work even when the data is broken.
using CatalogLoader = std::function<core::Result<service::Catalog>()>;

// Runs `stride` with `arguments` (argv without the program name) and returns the exit code of
// contract §1: 0 success, 1 internal error, 2 invalid input. Output goes to `out` only on
// success; messages and errors go to `err`.
[[nodiscard]] int run(int argc, const char* const* argv, const CatalogLoader& load_catalog, std::ostream& out,
                      std::ostream& err);

}  // namespace stride::cli
