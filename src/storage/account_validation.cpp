#include "account_validation.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <string>

namespace stride::storage::detail {
namespace {

core::Error refused(std::string message) { return core::make_error(core::ErrorCode::InvalidInput, std::move(message)); }

}  // namespace

core::Status check_new_account(const core::NewAccount& account) {
  if (account.email.empty()) return std::unexpected(refused("cannot store an account without an e-mail"));
  if (account.display_name.empty()) return std::unexpected(refused("cannot store an account without a display name"));
  if (account.password_hash.empty()) return std::unexpected(refused("cannot store an account without a password hash"));
  return {};
}

core::Status check_digest(std::string_view digest, std::string_view what) {
  if (digest.empty()) return std::unexpected(refused(fmt::format("cannot store a {} without its digest", what)));
  return {};
}

core::Status check_token_name(std::string_view name) {
  if (name.empty()) return std::unexpected(refused("cannot store a token without a name"));
  return {};
}

core::Status check_invitation_span(core::Instant now, core::Instant expires) {
  if (!(now < expires)) return std::unexpected(refused("cannot store an invitation that expires when it is made"));
  return {};
}

std::int64_t stored_instant(core::Instant instant) { return instant.time_since_epoch().count(); }

core::Instant read_stored_instant(std::int64_t seconds) { return core::Instant{std::chrono::seconds{seconds}}; }

core::Error unknown_account(core::AccountId id) {
  return core::make_error(core::ErrorCode::NotFound, fmt::format("no account with id {}", id.value));
}

core::Error email_taken() {
  core::Error error = core::make_error(core::ErrorCode::Conflict, "an account with this e-mail exists");
  error.field = "email";
  return error;
}

core::Error duplicate_digest(std::string_view what) {
  return core::make_error(core::ErrorCode::Conflict, fmt::format("a {} with this digest is stored already", what));
}

core::Error unknown_session(core::SessionId id) {
  return core::make_error(core::ErrorCode::NotFound, fmt::format("no live session with id {}", id.value));
}

core::Error unknown_token(core::TokenId id) {
  return core::make_error(core::ErrorCode::NotFound, fmt::format("no token with id {}", id.value));
}

core::Error unknown_invitation(core::InvitationId id) {
  return core::make_error(core::ErrorCode::NotFound, fmt::format("no invitation with id {}", id.value));
}

core::Error invitation_already_accepted(core::InvitationId id) {
  return core::make_error(core::ErrorCode::Conflict, fmt::format("invitation {} was accepted already", id.value));
}

core::Status check_handover_span(core::Instant now, core::Instant expires) {
  if (!(now < expires)) return std::unexpected(refused("cannot store a hand-over code that expires when it is made"));
  return {};
}

core::Error unknown_handover(core::AthleteId athlete) {
  return core::make_error(core::ErrorCode::NotFound, fmt::format("athlete {} has no hand-over code", athlete.value));
}

core::Error handover_already_accepted(core::AthleteId athlete) {
  return core::make_error(core::ErrorCode::Conflict,
                          fmt::format("the hand-over of athlete {} was accepted already", athlete.value));
}

core::Error unknown_coach_grant(core::AthleteId athlete, core::AccountId coach) {
  return core::make_error(core::ErrorCode::NotFound,
                          fmt::format("account {} does not coach athlete {}", coach.value, athlete.value));
}

}  // namespace stride::storage::detail
