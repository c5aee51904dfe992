#include "caller.hpp"

#include <fmt/format.h>

#include "media_type.hpp"
#include "stride/service/accounts.hpp"
#include "stride/service/tokens.hpp"

namespace stride::http {
namespace {

// The token of an `Authorization: Bearer TOKEN` header (the scheme compared without regard to
// case), or nullopt when there is no such header.
std::optional<std::string_view> bearer_token(const Request& request) {
  const auto authorization = request.header("authorization");
  if (!authorization) return std::nullopt;
  const std::string_view value = trimmed_spaces(*authorization);
  constexpr std::string_view scheme = "bearer ";
  if (value.size() < scheme.size() || lower_case(value.substr(0, scheme.size())) != scheme) return std::nullopt;
  return trimmed_spaces(value.substr(scheme.size()));
}

bool is_safe_method(std::string_view method) { return method == "GET" || method == "HEAD"; }

std::string cookie_attributes(bool secure) {
  return std::string("; HttpOnly; SameSite=Lax; Path=/") + (secure ? "; Secure" : "");
}

}  // namespace

std::optional<std::string> session_cookie_value(const Request& request) {
  for (const auto& [name, value] : request.headers) {
    if (name != "cookie") continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto end = rest.find(';');
      const std::string_view pair = trimmed_spaces(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      const auto equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (trimmed_spaces(pair.substr(0, equals)) == kSessionCookieName) {
        return std::string(trimmed_spaces(pair.substr(equals + 1)));
      }
    }
  }
  return std::nullopt;
}

core::Result<std::optional<Caller>> identify_caller(core::Store& store, core::Secrets& secrets,
                                                    const Request& request, core::Instant now) {
  if (const auto token = bearer_token(request)) {
    STRIDE_TRY(core::Account account, service::authenticate_token(store, secrets, *token, now));
    return std::optional<Caller>(Caller{std::move(account), std::nullopt, {}});
  }
  auto cookie = session_cookie_value(request);
  if (!cookie || cookie->empty()) return std::optional<Caller>();
  auto session = service::authenticate_session(store, secrets, *cookie, now);
  if (!session) {
    if (session.error().code == core::ErrorCode::Unauthenticated) return std::optional<Caller>();
    return std::unexpected(std::move(session.error()));
  }
  if (!is_safe_method(request.method)) {
    const auto given = request.header("x-csrf-token");
    if (!given || !service::csrf_token_matches(session->csrf_token, trimmed_spaces(*given))) {
      return std::unexpected(core::make_error(core::ErrorCode::Forbidden,
                                              "this request needs the session's X-CSRF-Token header"));
    }
  }
  return std::optional<Caller>(Caller{std::move(session->account), std::move(*cookie), std::move(session->csrf_token)});
}

std::string session_cookie(std::string_view token, bool secure) {
  const auto max_age = std::chrono::duration_cast<std::chrono::seconds>(core::kSessionIdleLimit).count();
  return fmt::format("{}={}; Max-Age={}{}", kSessionCookieName, token, max_age, cookie_attributes(secure));
}

std::string cleared_session_cookie(bool secure) {
  return fmt::format("{}=; Max-Age=0{}", kSessionCookieName, cookie_attributes(secure));
}

}  // namespace stride::http
