#pragma once

#include <cstdint>
#include <string_view>

#include "stride/core/accounts.hpp"
#include "stride/core/error.hpp"

// The checks and errors of the account ports that both stores share, so MemoryStore and SqliteStore
// accept and refuse the same values with the same errors (private to stride::storage).
namespace stride::storage::detail {

// InvalidInput for an empty e-mail, display name or password hash.
[[nodiscard]] core::Status check_new_account(const core::NewAccount& account);
// InvalidInput for an empty digest; `what` names its kind ("session", "token", "invitation").
[[nodiscard]] core::Status check_digest(std::string_view digest, std::string_view what);
// InvalidInput for an empty token name.
[[nodiscard]] core::Status check_token_name(std::string_view name);
// InvalidInput unless `expires` is after `now`.
[[nodiscard]] core::Status check_invitation_span(core::Instant now, core::Instant expires);

// UTC seconds since 1970, as stored, and back.
[[nodiscard]] std::int64_t stored_instant(core::Instant instant);
[[nodiscard]] core::Instant read_stored_instant(std::int64_t seconds);

[[nodiscard]] core::Error unknown_account(core::AccountId id);
[[nodiscard]] core::Error email_taken();
[[nodiscard]] core::Error duplicate_digest(std::string_view what);
[[nodiscard]] core::Error unknown_session(core::SessionId id);
[[nodiscard]] core::Error unknown_token(core::TokenId id);
[[nodiscard]] core::Error unknown_invitation(core::InvitationId id);
[[nodiscard]] core::Error invitation_already_accepted(core::InvitationId id);
[[nodiscard]] core::Status check_handover_span(core::Instant now, core::Instant expires);
[[nodiscard]] core::Error unknown_handover(core::AthleteId athlete);
[[nodiscard]] core::Error handover_already_accepted(core::AthleteId athlete);
[[nodiscard]] core::Error unknown_coach_grant(core::AthleteId athlete, core::AccountId coach);

}  // namespace stride::storage::detail
