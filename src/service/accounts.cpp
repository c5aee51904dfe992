#include "stride/service/accounts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "account_text.hpp"

namespace stride::service {
namespace {

core::Status check_email(std::string_view email) {
  auto refuse = [](std::string message) { return std::unexpected(core::invalid_field("email", std::move(message))); };
  if (email.empty()) return refuse("must not be empty");
  if (email.size() > kMaximumEmailLength) {
    return refuse(fmt::format("is {} bytes long; the limit is {}", email.size(), kMaximumEmailLength));
  }
  const bool plain = std::ranges::none_of(email, [](char character) {
    const auto byte = static_cast<unsigned char>(character);
    return byte <= 0x20 || byte == 0x7F;
  });
  const auto at = email.find('@');
  const auto last_at = email.rfind('@');
  const std::string_view domain = at == std::string_view::npos ? std::string_view{} : email.substr(at + 1);
  const auto dot = domain.find('.');
  const bool shaped = at != std::string_view::npos && at == last_at && at > 0 && dot != std::string_view::npos &&
                      dot > 0 && domain.back() != '.' && domain.find("..") == std::string_view::npos;
  if (!plain || !shaped) return refuse("is not an e-mail address of the form name@example.org");
  return {};
}

core::Status check_password(std::string_view password) {
  if (password.size() > kMaximumPasswordLength) {
    return std::unexpected(core::invalid_field(
        "password", fmt::format("is {} bytes long; the limit is {}", password.size(), kMaximumPasswordLength)));
  }
  if (const auto length = detail::character_count(password); length < kMinimumPasswordLength) {
    return std::unexpected(core::invalid_field(
        "password", fmt::format("is {} characters long; it needs at least {}", length, kMinimumPasswordLength)));
  }
  return {};
}

core::Error wrong_credentials() {
  return core::make_error(core::ErrorCode::Unauthenticated, "the e-mail or the password is wrong");
}

core::Error no_live_session() {
  return core::make_error(core::ErrorCode::Unauthenticated, "not signed in (no live session)");
}

// Stores a new session of `account` and returns its token and CSRF token.
core::Result<SignedIn> start_session(core::Store& store, core::Secrets& secrets, const core::Account& account,
                                     core::Instant now) {
  SignedIn signed_in{account, secrets.random_token(), {}};
  STRIDE_TRY_STATUS(store.add_session(account.id, secrets.token_digest(signed_in.session_token), now));
  signed_in.csrf_token = secrets.csrf_token(signed_in.session_token);
  return signed_in;
}

}  // namespace

core::Result<core::AccountRole> account_role_named(std::string_view text) {
  const auto role = core::parse_enum<core::AccountRole>(text);
  if (!role) {
    return std::unexpected(
        core::invalid_field("role", fmt::format("must be one of {}", core::enum_choices<core::AccountRole>())));
  }
  return *role;
}

core::Result<SignUpRequest> checked_sign_up(SignUpRequest request) {
  request.email = std::string(detail::trimmed(request.email));
  request.display_name = std::string(detail::trimmed(request.display_name));
  STRIDE_TRY_STATUS(check_email(request.email));
  STRIDE_TRY_STATUS(check_password(request.password));
  STRIDE_TRY_STATUS(detail::check_name_text("display_name", request.display_name, kMaximumDisplayNameLength));
  return request;
}

core::Result<SignedIn> sign_up(core::Store& store, core::Secrets& secrets, const SignUpRequest& request,
                               core::Instant now) {
  STRIDE_TRY(const SignUpRequest checked, checked_sign_up(request));
  // Hashed before the unit of work, so the slow hash never holds the store's write lock.
  STRIDE_TRY(std::string password_hash, secrets.hash_password(checked.password));
  const core::NewAccount account{checked.email, checked.display_name, checked.role, std::move(password_hash)};
  return core::in_one_unit<SignedIn>(store, [&]() -> core::Result<SignedIn> {
    STRIDE_TRY(const core::AccountId id, store.add_account(account, now));
    return start_session(store, secrets, core::Account{id, account.email, account.display_name, account.role}, now);
  });
}

core::Result<SignedIn> sign_in(core::Store& store, core::Secrets& secrets, SignInLimiter& limiter,
                               const SignInRequest& request, core::Instant now) {
  const std::string key = core::email_key(detail::trimmed(request.email));
  STRIDE_TRY(const auto wait, limiter.wait_before_sign_in(store, key, request.client_address, now));
  if (wait.count() > 0) {
    core::Error error = core::make_error(
        core::ErrorCode::RateLimited,
        fmt::format("too many failed sign-ins; try again in {} seconds", wait.count()));
    error.retry_after = wait;
    return std::unexpected(std::move(error));
  }
  STRIDE_TRY(const auto credentials, store.find_account_by_email(key));
  bool verified = false;
  if (credentials) {
    verified = secrets.verify_password(credentials->password_hash, request.password);
  } else {
    // About the time a verification takes, so the answer's timing does not tell which was wrong.
    static_cast<void>(secrets.hash_password(request.password));
  }
  if (!verified) {
    STRIDE_TRY_STATUS(limiter.record_failure(store, key, request.client_address, now));
    return std::unexpected(wrong_credentials());
  }
  return start_session(store, secrets, credentials->account, now);
}

core::Result<AuthenticatedSession> authenticate_session(core::Store& store, core::Secrets& secrets,
                                                        std::string_view session_token, core::Instant now) {
  if (session_token.empty()) return std::unexpected(no_live_session());
  STRIDE_TRY(const auto session, store.find_live_session(secrets.token_digest(session_token), now));
  if (!session) return std::unexpected(no_live_session());
  STRIDE_TRY(core::Account account, store.find_account(session->account));
  if (now - session->last_seen >= core::kUseRecordingInterval) STRIDE_TRY_STATUS(store.touch_session(session->id, now));
  return AuthenticatedSession{std::move(account), session->id, secrets.csrf_token(session_token)};
}

core::Status sign_out(core::Store& store, core::Secrets& secrets, std::string_view session_token) {
  if (session_token.empty()) return {};
  return store.revoke_session(secrets.token_digest(session_token));
}

core::Status delete_account(core::Store& store, core::Secrets& secrets, const core::Account& account,
                            std::string_view password) {
  STRIDE_TRY(const auto credentials, store.find_account_by_email(account.email));
  if (!credentials || credentials->account.id != account.id ||
      !secrets.verify_password(credentials->password_hash, password)) {
    core::Error error = core::make_error(core::ErrorCode::Forbidden, "the password is wrong");
    error.field = "password";
    return std::unexpected(std::move(error));
  }
  return store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY(const auto athletes, store.visible_athletes(account.id));
    for (const auto& athlete : athletes) {
      if (athlete.owner) STRIDE_TRY_STATUS(store.delete_athlete(athlete.id));
    }
    return store.delete_account(account.id);
  });
}

core::Result<std::size_t> delete_idle_sessions(core::Store& store, core::Instant now) {
  return store.delete_idle_sessions(now);
}

bool csrf_token_matches(std::string_view expected, std::string_view given) {
  if (expected.empty() || expected.size() != given.size()) return false;
  unsigned difference = 0;
  for (std::size_t index = 0; index < expected.size(); ++index) {
    difference |= static_cast<unsigned>(static_cast<unsigned char>(expected[index]) ^
                                        static_cast<unsigned char>(given[index]));
  }
  return difference == 0;
}

}  // namespace stride::service
