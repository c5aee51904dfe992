#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"

// Personal API tokens (api.md §3): made, listed and deleted by their own account, and recognised
// in an `Authorization: Bearer` header.
namespace stride::service {

inline constexpr std::size_t kMaximumTokenNameLength = 100;  // characters

// A new token. `token` is shown to its owner once and is stored nowhere (only its digest).
struct CreatedToken {
  core::TokenId id;
  std::string name;
  std::string token;
};

// Makes a token for `owner` named `name` (trimmed; InvalidInput, field `name`, when empty, over 100
// characters or holding control or bidirectional-formatting characters).
[[nodiscard]] core::Result<CreatedToken> create_token(core::Store& store, core::Secrets& secrets,
                                                      const core::Account& owner, std::string_view name,
                                                      core::Instant now);

// The owner's tokens by id, with when each was made and last used; never the tokens themselves.
[[nodiscard]] core::Result<std::vector<core::TokenRecord>> list_tokens(core::Store& store, const core::Account& owner);

// Deletes one of the owner's tokens; NotFound when it is not theirs (or does not exist).
[[nodiscard]] core::Status delete_token(core::Store& store, const core::Account& owner, core::TokenId token);

// The account a Bearer token acts as, recording `now` as the token's last use. Unauthenticated when
// the token is unknown or deleted.
[[nodiscard]] core::Result<core::Account> authenticate_token(core::Store& store, core::Secrets& secrets,
                                                             std::string_view token, core::Instant now);

}  // namespace stride::service
