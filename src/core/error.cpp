#include "stride/core/error.hpp"

namespace stride::core {

std::string Error::describe() const {
  std::string text;
  if (!source.empty()) {
    text += source;
    text += ": ";
  }
  if (!path.empty()) {
    text += path;
    text += ": ";
  }
  text += message;
  return text;
}

Error make_error(ErrorCode code, std::string message, std::string source, std::string path) {
  return Error{code, std::move(message), std::move(source), std::move(path), {}, std::chrono::seconds{0}};
}

Error invalid_field(std::string field, std::string message) {
  Error error = make_error(ErrorCode::InvalidInput, std::move(message));
  error.field = std::move(field);
  return error;
}

Error invalid_input(std::string source, std::string path, std::string message) {
  return make_error(ErrorCode::InvalidInput, std::move(message), std::move(source), std::move(path));
}

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidInput: return "invalid_input";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Unauthenticated: return "unauthenticated";
    case ErrorCode::Forbidden: return "forbidden";
    case ErrorCode::RateLimited: return "rate_limited";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::Io: return "io";
    case ErrorCode::Internal: return "internal";
  }
  return "internal";
}

}  // namespace stride::core
