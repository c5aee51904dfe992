#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stride/core/accounts.hpp"
#include "stride/core/error.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"
#include "stride/http/message.hpp"

// Who sends a request (api.md §3), private to stride::http: a personal token in `Authorization:
// Bearer`, or the session cookie `stride_session`.
namespace stride::http {

inline constexpr std::string_view kSessionCookieName = "stride_session";

// The account a request acts as. `session_token` is set when it came by the session cookie (never
// shown: it is the cookie's own value), `csrf_token` then is the session's CSRF token.
struct Caller {
  core::Account account;
  std::optional<std::string> session_token;
  std::string csrf_token;
};

// The value of the cookie `stride_session`, if the request's Cookie headers carry one.
[[nodiscard]] std::optional<std::string> session_cookie_value(const Request& request);

// Identifies the caller at `now`:
// - a Bearer token decides when present (its account, no CSRF needed; Unauthenticated when the token
//   is unknown or deleted), whatever cookie comes with it;
// - else a session cookie that names a live session gives its account; a method other than GET and
//   HEAD must then carry `X-CSRF-Token` equal to the session's CSRF token, else Forbidden;
// - a cookie that names no live session counts as absent: nullopt, as for no credentials at all.
[[nodiscard]] core::Result<std::optional<Caller>> identify_caller(core::Store& store, core::Secrets& secrets,
                                                                  const Request& request, core::Instant now);

// The Set-Cookie value that gives the browser the session `token`: HttpOnly, SameSite=Lax, Path=/,
// Max-Age of the idle limit (30 days), and Secure when `secure`.
[[nodiscard]] std::string session_cookie(std::string_view token, bool secure);

// The Set-Cookie value that makes the browser forget the session cookie.
[[nodiscard]] std::string cleared_session_cookie(bool secure);

}  // namespace stride::http
