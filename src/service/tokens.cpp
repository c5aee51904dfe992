#include "stride/service/tokens.hpp"

#include "account_text.hpp"

namespace stride::service {

core::Result<CreatedToken> create_token(core::Store& store, core::Secrets& secrets, const core::Account& owner,
                                        std::string_view name, core::Instant now) {
  const std::string_view checked_name = detail::trimmed(name);
  STRIDE_TRY_STATUS(detail::check_name_text("name", checked_name, kMaximumTokenNameLength));
  CreatedToken created{{}, std::string(checked_name), secrets.random_token()};
  STRIDE_TRY(created.id, store.add_token(owner.id, created.name, secrets.token_digest(created.token), now));
  return created;
}

core::Result<std::vector<core::TokenRecord>> list_tokens(core::Store& store, const core::Account& owner) {
  return store.tokens(owner.id);
}

core::Status delete_token(core::Store& store, const core::Account& owner, core::TokenId token) {
  return store.delete_token(owner.id, token);
}

core::Result<core::Account> authenticate_token(core::Store& store, core::Secrets& secrets, std::string_view token,
                                               core::Instant now) {
  const auto refused = [] {
    return std::unexpected(core::make_error(core::ErrorCode::Unauthenticated, "the token is not valid"));
  };
  if (token.empty()) return refused();
  STRIDE_TRY(const auto record, store.use_token(secrets.token_digest(token), now));
  if (!record) return refused();
  return store.find_account(record->account);
}

}  // namespace stride::service
