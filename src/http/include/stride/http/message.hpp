#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/core/error.hpp"

// The HTTP messages as handlers see them: plain values, with nothing of the socket library, so a
// handler can be tested without a socket.
namespace stride::http {

struct Request {
  std::string method;  // "GET", "POST", ... as sent
  std::string path;    // the target before any '?', as sent (no percent-decoding)
  std::string query;   // the target after the first '?', without it
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case, in arrival order
  std::string body;
  std::string client_address;  // the peer's IP address, for rate limits; never logged

  // The value of the first header named `name` (lower case), if any.
  [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // besides those the server sets on every answer
  std::string body;
  // When set, the body instead of `body`: a text shared with whoever keeps it (AnswerCache), sent
  // without a copy.
  std::shared_ptr<const std::string> shared_body;
  // For a HEAD request: the length of the body the GET would send, given as Content-Length with no
  // body (RFC 9110 §9.3.2).
  std::optional<std::size_t> head_length;
  // Why a 5xx answer was given, in the store's or the program's own words: written to the access
  // log for the operator, never sent.
  std::string log_detail;

  void set_header(std::string name, std::string value);
  // The body that is sent: `shared_body` when set, else `body`.
  [[nodiscard]] std::string_view body_text() const { return shared_body ? std::string_view(*shared_body) : body; }
};

// A 200 (or `status`) answer with a JSON body.
[[nodiscard]] Response json_response(std::string body, int status = 200);
[[nodiscard]] Response json_response(std::shared_ptr<const std::string> body, int status = 200);

// The error document of api.md §2, {"error": {"code", "message", "field"}}, with the status the
// service's error table gives for `error.code`. The field is the neutral field spelled as a JSON
// path ($.weeks); an internal error shows a fixed message, never its own text.
[[nodiscard]] Response error_response(const core::Error& error);

// The same document for the HTTP layer's own refusals (no such route, wrong method, body too large,
// wrong content type), which have no core error code of their own.
[[nodiscard]] Response error_response(int status, std::string_view code, std::string_view message);

}  // namespace stride::http
