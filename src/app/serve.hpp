#pragma once

#include <ostream>

#include "stride/cli/cli.hpp"

namespace stride::app {

// The composition root of `stride serve`: opens the store once, takes the catalog and the clock,
// builds the API's routes and runs the HTTP server on the requested address until SIGINT or
// SIGTERM, then stops gracefully (requests in flight are answered). The access log goes to
// standard output, one JSON line per request; start and stop messages go to `messages`.
[[nodiscard]] core::Status serve(const cli::ServeRequest& request, const cli::Environment& environment,
                                 std::ostream& messages);

}  // namespace stride::app
