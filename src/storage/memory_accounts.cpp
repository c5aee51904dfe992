// MemoryStore: accounts, sessions and personal tokens. Invitations, coach grants and athlete
// ownership are in memory_access.cpp.

#include <algorithm>

#include "account_validation.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::storage {

bool MemoryStore::knows(core::AccountId id) const {
  return id.value >= 1 && static_cast<std::size_t>(id.value) <= m_account_state.accounts.size() &&
         !m_account_state.accounts[static_cast<std::size_t>(id.value - 1)].deleted;
}

core::Result<core::AccountId> MemoryStore::add_account(const core::NewAccount& account, core::Instant) {
  STRIDE_TRY_STATUS(detail::check_new_account(account));
  auto& accounts = m_account_state.accounts;
  const std::string key = core::email_key(account.email);
  if (std::ranges::any_of(accounts, [&](const auto& stored) { return !stored.deleted && stored.key == key; })) {
    return std::unexpected(detail::email_taken());
  }
  const core::AccountId id{static_cast<std::int64_t>(accounts.size()) + 1};
  accounts.push_back({{{id, account.email, account.display_name, account.role}, account.password_hash}, key});
  return id;
}

core::Result<std::optional<core::AccountCredentials>> MemoryStore::find_account_by_email(std::string_view email) {
  const std::string key = core::email_key(email);
  for (const auto& stored : m_account_state.accounts) {
    if (!stored.deleted && stored.key == key) return stored.credentials;
  }
  return std::nullopt;
}

core::Result<core::Account> MemoryStore::find_account(core::AccountId id) {
  if (!knows(id)) return std::unexpected(detail::unknown_account(id));
  return m_account_state.accounts[static_cast<std::size_t>(id.value - 1)].credentials.account;
}

core::Status MemoryStore::delete_account(core::AccountId id) {
  if (!knows(id)) return std::unexpected(detail::unknown_account(id));
  auto& state = m_account_state;
  state.accounts[static_cast<std::size_t>(id.value - 1)].deleted = true;
  std::erase_if(state.sessions, [&](const auto& stored) { return stored.record.account == id; });
  std::erase_if(state.tokens, [&](const auto& stored) { return stored.record.account == id; });
  // An invitation keeps its index (ids are positions) but can no longer be found.
  for (auto& stored : state.invitations) {
    if (stored.record.coach == id) stored.digest.clear();
  }
  std::erase_if(state.grants, [&](const auto& grant) { return grant.coach == id; });
  std::erase_if(state.calendar_feeds, [&](const auto& feed) { return feed.record.account == id; });
  for (auto& stored : m_plan_changes) {
    if (stored.record.author == id) stored.record.author = core::AccountId{0};
  }
  std::erase_if(state.handovers, [&](const auto& stored) { return stored.record.coach == id; });
  // Notes stay, with their author's name and no author id.
  for (auto& note : state.notes) {
    if (note.author == id) note.author.reset();
  }
  std::erase_if(state.read_marks, [&](const auto& mark) { return mark.first.first == id.value; });
  for (auto& [athlete, links] : state.athlete_links) {
    if (links.owner == id) links.owner.reset();
    if (links.creator == id) links.creator.reset();
  }
  return {};
}

core::Result<core::SessionId> MemoryStore::add_session(core::AccountId account, std::string_view token_digest,
                                                       core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_digest(token_digest, "session"));
  if (!knows(account)) return std::unexpected(detail::unknown_account(account));
  auto& sessions = m_account_state.sessions;
  if (std::ranges::any_of(sessions, [&](const auto& stored) { return stored.digest == token_digest; })) {
    return std::unexpected(detail::duplicate_digest("session"));
  }
  const core::SessionId id{++m_account_state.sessions_made};
  sessions.push_back({{id, account, now, now}, std::string(token_digest)});
  return id;
}

core::Result<std::optional<core::SessionRecord>> MemoryStore::find_live_session(std::string_view token_digest,
                                                                              core::Instant now) {
  for (const auto& stored : m_account_state.sessions) {
    if (stored.digest == token_digest && now - stored.record.last_seen < core::kSessionIdleLimit) return stored.record;
  }
  return std::nullopt;
}

core::Status MemoryStore::touch_session(core::SessionId session, core::Instant now) {
  for (auto& stored : m_account_state.sessions) {
    if (stored.record.id == session) {
      stored.record.last_seen = std::max(stored.record.last_seen, now);
      return {};
    }
  }
  return std::unexpected(detail::unknown_session(session));
}

core::Status MemoryStore::revoke_session(std::string_view token_digest) {
  std::erase_if(m_account_state.sessions, [&](const auto& stored) { return stored.digest == token_digest; });
  return {};
}

core::Result<std::size_t> MemoryStore::delete_idle_sessions(core::Instant now) {
  return std::erase_if(m_account_state.sessions, [&](const auto& stored) {
    return !(now - stored.record.last_seen < core::kSessionIdleLimit);
  });
}

core::Result<core::TokenId> MemoryStore::add_token(core::AccountId account, std::string_view name,
                                                   std::string_view token_digest, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_token_name(name));
  STRIDE_TRY_STATUS(detail::check_digest(token_digest, "token"));
  if (!knows(account)) return std::unexpected(detail::unknown_account(account));
  auto& tokens = m_account_state.tokens;
  if (std::ranges::any_of(tokens, [&](const auto& stored) { return stored.digest == token_digest; })) {
    return std::unexpected(detail::duplicate_digest("token"));
  }
  const core::TokenId id{++m_account_state.tokens_made};
  tokens.push_back({{id, account, std::string(name), now, std::nullopt}, std::string(token_digest)});
  return id;
}

core::Result<std::vector<core::TokenRecord>> MemoryStore::tokens(core::AccountId account) {
  std::vector<core::TokenRecord> records;
  for (const auto& stored : m_account_state.tokens) {
    if (stored.record.account == account) records.push_back(stored.record);
  }
  return records;
}

core::Status MemoryStore::delete_token(core::AccountId account, core::TokenId token) {
  const auto removed = std::erase_if(m_account_state.tokens, [&](const auto& stored) {
    return stored.record.id == token && stored.record.account == account;
  });
  if (removed == 0) return std::unexpected(detail::unknown_token(token));
  return {};
}

core::Result<std::optional<core::TokenRecord>> MemoryStore::use_token(std::string_view token_digest,
                                                                    core::Instant now) {
  for (auto& stored : m_account_state.tokens) {
    if (stored.digest == token_digest) {
      if (!stored.record.last_used || now - *stored.record.last_used >= core::kUseRecordingInterval) {
        stored.record.last_used = now;
      }
      return stored.record;
    }
  }
  return std::nullopt;
}

}  // namespace stride::storage
