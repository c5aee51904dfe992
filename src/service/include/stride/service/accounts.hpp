#pragma once

#include <string>
#include <string_view>

#include "stride/core/accounts.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"
#include "stride/service/sign_in_limiter.hpp"

// Signing up, signing in and out, and recognising a session (api.md §3, docs/accounts.md). The
// caller passes `now`; these functions read no clock. Errors name the request's fields neutrally
// (`email`, `password`, `display_name`, `role`).
namespace stride::service {

inline constexpr std::size_t kMinimumPasswordLength = 10;   // characters
inline constexpr std::size_t kMaximumPasswordLength = 1024;  // bytes: bounds the hashing work
inline constexpr std::size_t kMaximumDisplayNameLength = 100;  // characters
inline constexpr std::size_t kMaximumEmailLength = 254;  // bytes (RFC 5321's path limit)

struct SignUpRequest {
  std::string email;
  std::string password;
  std::string display_name;
  core::AccountRole role = core::AccountRole::Runner;
};

struct SignInRequest {
  std::string email;
  std::string password;
  std::string client_address;  // whatever identifies the client to the rate limit (its IP address)
};

// A new session. `session_token` is the cookie's value and is not stored anywhere (only its
// digest); `csrf_token` is what the client must send back with every unsafe request.
struct SignedIn {
  core::Account account;
  std::string session_token;
  std::string csrf_token;
};

// The account behind a live session cookie.
struct AuthenticatedSession {
  core::Account account;
  core::SessionId session;
  std::string csrf_token;
};

// The role spelled `text` ("runner" or "coach"), or InvalidInput naming the field `role`.
[[nodiscard]] core::Result<core::AccountRole> account_role_named(std::string_view text);

// The request with its e-mail and display name trimmed of surrounding white space, or
// InvalidInput naming the field: an e-mail not of the shape local@domain.tld (at most 254 bytes),
// a password under 10 characters or over 1024 bytes, a display name that is empty, over 100
// characters or holds control or bidirectional-formatting characters (as athlete names may not).
[[nodiscard]] core::Result<SignUpRequest> checked_sign_up(SignUpRequest request);

// Creates the account (password hashed with `secrets`) and signs it in, in one unit of work.
// Conflict (field `email`) when the e-mail is taken, compared without regard to ASCII case.
[[nodiscard]] core::Result<SignedIn> sign_up(core::Store& store, core::Secrets& secrets, const SignUpRequest& request,
                                             core::Instant now);

// Signs in. A wrong e-mail and a wrong password give the same Unauthenticated error (the same
// message and no field), and take about as long (an unknown e-mail still hashes the password).
// RateLimited, with Error::retry_after, when `limiter` says the e-mail or the client has failed too
// often, whether or not the password is right; each failure is counted in `limiter`.
[[nodiscard]] core::Result<SignedIn> sign_in(core::Store& store, core::Secrets& secrets, SignInLimiter& limiter,
                                             const SignInRequest& request, core::Instant now);

// The account of the live session whose cookie holds `session_token`, and its CSRF token; the
// session's last-seen moment becomes `now`. Unauthenticated when the token names no live session
// (unknown, revoked, or idle for kSessionIdleLimit).
[[nodiscard]] core::Result<AuthenticatedSession> authenticate_session(core::Store& store, core::Secrets& secrets,
                                                                      std::string_view session_token,
                                                                      core::Instant now);

// Revokes the session whose cookie holds `session_token`; an unknown token is not an error.
[[nodiscard]] core::Status sign_out(core::Store& store, core::Secrets& secrets, std::string_view session_token);

// Deletes `account` once `password` is its password (else Forbidden naming the field `password`),
// with its sessions, tokens, invitations and coach grants and every athlete it owns with all their
// data, in one unit of work. Athletes it only coaches stay with their owners.
[[nodiscard]] core::Status delete_account(core::Store& store, core::Secrets& secrets, const core::Account& account,
                                          std::string_view password);

// Deletes the sessions that have idled out by `now` (a server may call it now and then, so dead
// sessions do not pile up); returns how many.
[[nodiscard]] core::Result<std::size_t> delete_idle_sessions(core::Store& store, core::Instant now);

// True when `given` equals `expected`, compared in time that does not depend on where they differ.
// False when `expected` is empty.
[[nodiscard]] bool csrf_token_matches(std::string_view expected, std::string_view given);

}  // namespace stride::service
