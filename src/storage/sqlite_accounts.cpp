// SqliteStore: accounts, sessions and personal tokens (tables accounts, sessions, api_tokens).
// Invitations, coach grants and athlete ownership are in sqlite_access.cpp.

#include <fmt/format.h>

#include "account_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

using detail::guarded;
using detail::read_stored_instant;
using detail::stored_instant;
using detail::Transaction;

namespace {

core::Result<core::AccountRole> read_role(const std::string& text, std::string_view path) {
  const auto role = core::parse_enum<core::AccountRole>(text);
  if (!role) {
    return std::unexpected(core::make_error(
        core::ErrorCode::Corrupt, fmt::format("the stored role \"{}\" is not runner or coach", text), std::string(path)));
  }
  return *role;
}

// Reads id, email, display_name, role, password_hash (columns 0 to 4).
core::Result<core::AccountCredentials> read_credentials(SQLite::Statement& row, std::string_view path) {
  core::AccountCredentials credentials;
  credentials.account.id = core::AccountId{row.getColumn(0).getInt64()};
  credentials.account.email = row.getColumn(1).getString();
  credentials.account.display_name = row.getColumn(2).getString();
  STRIDE_TRY(credentials.account.role, read_role(row.getColumn(3).getString(), path));
  credentials.password_hash = row.getColumn(4).getString();
  return credentials;
}

// Reads id, account_id, name, created_at, last_used_at (columns 0 to 4).
core::TokenRecord read_token(SQLite::Statement& row) {
  core::TokenRecord record;
  record.id = core::TokenId{row.getColumn(0).getInt64()};
  record.account = core::AccountId{row.getColumn(1).getInt64()};
  record.name = row.getColumn(2).getString();
  record.created = read_stored_instant(row.getColumn(3).getInt64());
  if (!row.getColumn(4).isNull()) record.last_used = read_stored_instant(row.getColumn(4).getInt64());
  return record;
}

}  // namespace

core::Status SqliteStore::require_account(core::AccountId id) {
  auto query = m_statements->lend("SELECT 1 FROM accounts WHERE id = ?");
  query->bind(1, id.value);
  if (!query->executeStep()) return std::unexpected(detail::unknown_account(id));
  return {};
}

bool SqliteStore::digest_stored(const char* table, const char* column, std::string_view digest) {
  SQLite::Statement query(*m_database, fmt::format("SELECT 1 FROM {} WHERE {} = ?", table, column));
  query.bind(1, std::string(digest));
  return query.executeStep();
}

core::Result<core::AccountId> SqliteStore::add_account(const core::NewAccount& account, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_new_account(account));
  return guarded(m_path, "adding an account", [&]() -> core::Result<core::AccountId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    const std::string key = core::email_key(account.email);
    if (digest_stored("accounts", "email_key", key)) return std::unexpected(detail::email_taken());
    auto insert =
        m_statements->lend("INSERT INTO accounts (email, email_key, display_name, role, password_hash, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    insert->bind(1, account.email);
    insert->bind(2, key);
    insert->bind(3, account.display_name);
    detail::bind_name(*insert, 4, account.role);
    insert->bind(5, account.password_hash);
    insert->bind(6, stored_instant(now));
    insert->executeStep();
    const core::AccountId id{insert->getColumn(0).getInt64()};
    insert->reset();
    transaction.commit();
    return id;
  });
}

core::Result<std::optional<core::AccountCredentials>> SqliteStore::find_account_by_email(std::string_view email) {
  return guarded(m_path, "finding an account", [&]() -> core::Result<std::optional<core::AccountCredentials>> {
    auto query =
        m_statements->lend("SELECT id, email, display_name, role, password_hash FROM accounts WHERE email_key = ?");
    query->bind(1, core::email_key(email));
    if (!query->executeStep()) return std::nullopt;
    return read_credentials(*query, m_path);
  });
}

core::Result<core::Account> SqliteStore::find_account(core::AccountId id) {
  return guarded(m_path, "reading an account", [&]() -> core::Result<core::Account> {
    auto query = m_statements->lend("SELECT id, email, display_name, role, password_hash FROM accounts WHERE id = ?");
    query->bind(1, id.value);
    if (!query->executeStep()) return std::unexpected(detail::unknown_account(id));
    STRIDE_TRY(auto credentials, read_credentials(*query, m_path));
    return std::move(credentials.account);
  });
}

// The foreign keys cascade to sessions, tokens, invitations and coach grants, and clear the
// athletes' owner and creator.
core::Status SqliteStore::delete_account(core::AccountId id) {
  return guarded(m_path, "deleting an account", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM accounts WHERE id = ?");
    remove->bind(1, id.value);
    if (remove->exec() == 0) return std::unexpected(detail::unknown_account(id));
    transaction.commit();
    return {};
  });
}

core::Result<core::SessionId> SqliteStore::add_session(core::AccountId account, std::string_view token_digest,
                                                       core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_digest(token_digest, "session"));
  return guarded(m_path, "adding a session", [&]() -> core::Result<core::SessionId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_account(account));
    if (digest_stored("sessions", "token_digest", token_digest)) {
      return std::unexpected(detail::duplicate_digest("session"));
    }
    auto insert =
        m_statements->lend("INSERT INTO sessions (account_id, token_digest, created_at, last_seen_at) "
                           "VALUES (?, ?, ?, ?) RETURNING id");
    insert->bind(1, account.value);
    insert->bind(2, std::string(token_digest));
    insert->bind(3, stored_instant(now));
    insert->bind(4, stored_instant(now));
    insert->executeStep();
    const core::SessionId id{insert->getColumn(0).getInt64()};
    insert->reset();
    transaction.commit();
    return id;
  });
}

core::Result<std::optional<core::SessionRecord>> SqliteStore::find_live_session(std::string_view token_digest,
                                                                              core::Instant now) {
  return guarded(m_path, "finding a session", [&]() -> core::Result<std::optional<core::SessionRecord>> {
    auto query =
        m_statements->lend("SELECT id, account_id, created_at, last_seen_at FROM sessions "
                           "WHERE token_digest = ? AND last_seen_at > ?");
    query->bind(1, std::string(token_digest));
    query->bind(2, stored_instant(now - core::kSessionIdleLimit));
    if (!query->executeStep()) return std::nullopt;
    return core::SessionRecord{core::SessionId{query->getColumn(0).getInt64()},
                               core::AccountId{query->getColumn(1).getInt64()},
                               read_stored_instant(query->getColumn(2).getInt64()),
                               read_stored_instant(query->getColumn(3).getInt64())};
  });
}

core::Status SqliteStore::touch_session(core::SessionId session, core::Instant now) {
  return guarded(m_path, "touching a session", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto update = m_statements->lend("UPDATE sessions SET last_seen_at = max(last_seen_at, ?) WHERE id = ?");
    update->bind(1, stored_instant(now));
    update->bind(2, session.value);
    if (update->exec() == 0) return std::unexpected(detail::unknown_session(session));
    transaction.commit();
    return {};
  });
}

core::Status SqliteStore::revoke_session(std::string_view token_digest) {
  return guarded(m_path, "revoking a session", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM sessions WHERE token_digest = ?");
    remove->bind(1, std::string(token_digest));
    remove->exec();
    transaction.commit();
    return {};
  });
}

core::Result<std::size_t> SqliteStore::delete_idle_sessions(core::Instant now) {
  return guarded(m_path, "deleting idle sessions", [&]() -> core::Result<std::size_t> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM sessions WHERE last_seen_at <= ?");
    remove->bind(1, stored_instant(now - core::kSessionIdleLimit));
    const int deleted = remove->exec();
    transaction.commit();
    return static_cast<std::size_t>(deleted);
  });
}

core::Result<core::TokenId> SqliteStore::add_token(core::AccountId account, std::string_view name,
                                                   std::string_view token_digest, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_token_name(name));
  STRIDE_TRY_STATUS(detail::check_digest(token_digest, "token"));
  return guarded(m_path, "adding a token", [&]() -> core::Result<core::TokenId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_account(account));
    if (digest_stored("api_tokens", "token_digest", token_digest)) {
      return std::unexpected(detail::duplicate_digest("token"));
    }
    auto insert =
        m_statements->lend("INSERT INTO api_tokens (account_id, name, token_digest, created_at) "
                           "VALUES (?, ?, ?, ?) RETURNING id");
    insert->bind(1, account.value);
    insert->bind(2, std::string(name));
    insert->bind(3, std::string(token_digest));
    insert->bind(4, stored_instant(now));
    insert->executeStep();
    const core::TokenId id{insert->getColumn(0).getInt64()};
    insert->reset();
    transaction.commit();
    return id;
  });
}

core::Result<std::vector<core::TokenRecord>> SqliteStore::tokens(core::AccountId account) {
  return guarded(m_path, "listing tokens", [&]() -> core::Result<std::vector<core::TokenRecord>> {
    auto query =
        m_statements->lend("SELECT id, account_id, name, created_at, last_used_at FROM api_tokens "
                           "WHERE account_id = ? ORDER BY id");
    query->bind(1, account.value);
    std::vector<core::TokenRecord> records;
    while (query->executeStep()) records.push_back(read_token(*query));
    return records;
  });
}

core::Status SqliteStore::delete_token(core::AccountId account, core::TokenId token) {
  return guarded(m_path, "deleting a token", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM api_tokens WHERE id = ? AND account_id = ?");
    remove->bind(1, token.value);
    remove->bind(2, account.value);
    if (remove->exec() == 0) return std::unexpected(detail::unknown_token(token));
    transaction.commit();
    return {};
  });
}

core::Result<std::optional<core::TokenRecord>> SqliteStore::use_token(std::string_view token_digest,
                                                                    core::Instant now) {
  return guarded(m_path, "using a token", [&]() -> core::Result<std::optional<core::TokenRecord>> {
    // Read first: most uses are within the recording interval of the last and need no write.
    std::optional<core::TokenRecord> record;
    {
      Transaction transaction(*m_statements, Transaction::Kind::Read);
      auto query =
          m_statements->lend("SELECT id, account_id, name, created_at, last_used_at FROM api_tokens "
                             "WHERE token_digest = ?");
      query->bind(1, std::string(token_digest));
      if (query->executeStep()) record = read_token(*query);
    }
    if (!record || (record->last_used && now - *record->last_used < core::kUseRecordingInterval)) return record;
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto update =
        m_statements->lend("UPDATE api_tokens SET last_used_at = max(coalesce(last_used_at, ?1), ?1) "
                           "WHERE token_digest = ?2 RETURNING id, account_id, name, created_at, last_used_at");
    update->bind(1, stored_instant(now));
    update->bind(2, std::string(token_digest));
    record.reset();
    if (update->executeStep()) record = read_token(*update);
    update->reset();
    transaction.commit();
    return record;
  });
}

}  // namespace stride::storage
