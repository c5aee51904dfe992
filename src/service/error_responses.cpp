#include "stride/service/error_responses.hpp"

#include <algorithm>
#include <utility>

namespace stride::service {

ErrorResponse response_for(core::ErrorCode code) {
  using core::ErrorCode;
  switch (code) {
    case ErrorCode::InvalidInput: return {2, 400, "invalid_input"};
    case ErrorCode::NotFound: return {2, 404, "not_found"};
    case ErrorCode::Unsupported: return {2, 400, "invalid_input"};  // a valid request this build cannot serve
    case ErrorCode::Conflict: return {2, 409, "conflict"};
    case ErrorCode::Unauthenticated: return {2, 401, "unauthenticated"};
    case ErrorCode::Forbidden: return {2, 403, "forbidden"};
    case ErrorCode::RateLimited: return {3, 429, "rate_limited"};  // retry after Error::retry_after
    // A file the user named (the command line), or the store the server cannot reach or write just
    // now (a lost database connection, a full disk): the client may try again later.
    case ErrorCode::Io: return {2, 503, "busy"};
    case ErrorCode::Busy: return {3, 503, "busy"};
    case ErrorCode::Corrupt: return {1, 500, "internal"};
    case ErrorCode::Internal: return {1, 500, "internal"};
  }
  return {};
}

core::Error spelled_for_command_line(core::Error error) {
  if (error.field.empty() || !error.source.empty()) return error;
  std::string option = "--" + error.field;
  std::ranges::replace(option, '_', '-');
  error.source = std::move(option);
  return error;
}

core::Error spelled_for_http(core::Error error) {
  if (error.field.empty() || !error.path.empty()) return error;
  error.path = "$." + error.field;
  return error;
}

}  // namespace stride::service
