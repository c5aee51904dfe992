#pragma once

#include <string>

#include "stride/core/error.hpp"

namespace stride::service {

// How every front end answers one kind of failure, side by side so that the command line and the
// HTTP API never disagree: the process exit code (0 success, 1 internal error, 2 invalid input,
// 3 busy), the HTTP status and the API's error code (api.md §2).
struct ErrorResponse {
  int exit_code = 1;
  int http_status = 500;
  const char* api_code = "internal";
};

[[nodiscard]] ErrorResponse response_for(core::ErrorCode code);

// `error` with its neutral `field` spelled for one front end: `--weeks` for the command line
// (underscores become hyphens), `$.weeks` for an HTTP body. An error that already names a source
// keeps it.
[[nodiscard]] core::Error spelled_for_command_line(core::Error error);
[[nodiscard]] core::Error spelled_for_http(core::Error error);

}  // namespace stride::service
