#pragma once

#include <chrono>
#include <expected>
#include <string>
#include <utility>

namespace stride::core {

// The closed set of failure kinds. Adapters map each to an exit code or an HTTP status.
enum class ErrorCode {
  InvalidInput,  // the user's input is malformed or impossible (exit 2)
  NotFound,      // a referenced thing does not exist
  Corrupt,       // stored or shipped data is inconsistent
  Unsupported,   // a valid request the program cannot serve
  Conflict,      // the request clashes with existing state
  Unauthenticated,  // the request names no valid session or token, or a wrong e-mail or password
  Forbidden,     // the caller is known but may not do this
  RateLimited,   // too many failed attempts; Error::retry_after says when to try again
  Busy,          // another process holds the store; retrying later will work
  Io,            // the operating system refused a read or write
  Internal,      // a bug
};

// An expected failure, carried as a value. `source` names where the bad input came from (a file
// name or a data entry); `path` is the JSON path inside it (`$.goal.race_date`). `field` names a
// field of the request itself in neutral words (`weeks`, `start`, `athlete_id`), which each front
// end spells its own way (`--weeks` on the command line, `$.weeks` in an HTTP body). Any may be empty.
struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;
  std::string source;
  std::string path;
  std::string field;
  // For RateLimited (and Busy, when known): how long to wait before trying again; zero otherwise.
  std::chrono::seconds retry_after{0};

  // "source: path: message", leaving out the empty parts (a front end spells `field` into `source`
  // before it describes the error).
  [[nodiscard]] std::string describe() const;
};

template <class T>
using Result = std::expected<T, Error>;

// A Result for operations that return nothing on success.
using Status = std::expected<void, Error>;

[[nodiscard]] Error make_error(ErrorCode code, std::string message, std::string source = {},
                               std::string path = {});
[[nodiscard]] Error invalid_input(std::string source, std::string path, std::string message);
// Invalid input in a field of the request (see Error::field).
[[nodiscard]] Error invalid_field(std::string field, std::string message);

[[nodiscard]] const char* to_string(ErrorCode code);

}  // namespace stride::core

#define STRIDE_CONCAT_INNER(a, b) a##b
#define STRIDE_CONCAT(a, b) STRIDE_CONCAT_INNER(a, b)

// STRIDE_TRY(lhs, expr): evaluates `expr` (a Result); on failure returns its Error from the
// enclosing function, otherwise moves the value into `lhs` (a declaration or an lvalue).
#define STRIDE_TRY(lhs, expr)                                                   \
  auto STRIDE_CONCAT(stride_try_, __LINE__) = (expr);                           \
  if (!STRIDE_CONCAT(stride_try_, __LINE__)) {                                  \
    return std::unexpected(std::move(STRIDE_CONCAT(stride_try_, __LINE__).error())); \
  }                                                                             \
  lhs = std::move(*STRIDE_CONCAT(stride_try_, __LINE__))

// STRIDE_TRY_STATUS(expr): the same for a Status.
#define STRIDE_TRY_STATUS(expr)                                                 \
  do {                                                                          \
    auto stride_status = (expr);                                                \
    if (!stride_status) return std::unexpected(std::move(stride_status.error())); \
  } while (false)
