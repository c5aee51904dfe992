// PostgresStore: accounts, sessions and personal tokens (tables accounts, sessions, api_tokens).

#include <fmt/format.h>

#include "account_validation.hpp"
#include "postgres_support.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;
using detail::read_stored_instant;
using detail::stored_instant;

namespace {

// Reads id, email, display_name, role, password_hash (columns 0 to 4).
core::Result<core::AccountCredentials> read_credentials(const pqxx::row& row, std::string_view label) {
  core::AccountCredentials credentials;
  credentials.account.id = core::AccountId{row[0].as<std::int64_t>()};
  credentials.account.email = row[1].as<std::string>();
  credentials.account.display_name = row[2].as<std::string>();
  const std::string role = row[3].as<std::string>();
  const auto parsed = core::parse_enum<core::AccountRole>(role);
  if (!parsed) {
    return std::unexpected(core::make_error(
        core::ErrorCode::Corrupt, fmt::format("the stored role \"{}\" is not runner or coach", role), std::string(label)));
  }
  credentials.account.role = *parsed;
  credentials.password_hash = row[4].as<std::string>();
  return credentials;
}

// Reads id, account_id, name, created_at, last_used_at (columns 0 to 4).
core::TokenRecord read_token(const pqxx::row& row) {
  core::TokenRecord record;
  record.id = core::TokenId{row[0].as<std::int64_t>()};
  record.account = core::AccountId{row[1].as<std::int64_t>()};
  record.name = row[2].as<std::string>();
  record.created = read_stored_instant(row[3].as<std::int64_t>());
  if (!row[4].is_null()) record.last_used = read_stored_instant(row[4].as<std::int64_t>());
  return record;
}

}  // namespace

core::Result<core::AccountId> PostgresStore::add_account(const core::NewAccount& account, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_new_account(account));
  auto& session = *m_session;
  return in_transaction(session, "adding an account", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::AccountId> {
    const std::string key = core::email_key(account.email);
    if (detail::digest_stored(session, transaction, "accounts", "email_key", key)) {
      return std::unexpected(detail::email_taken());
    }
    const auto rows = execute(session, transaction,
                              "INSERT INTO accounts (email, email_key, display_name, role, password_hash, created_at) "
                              "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                              account.email, key, account.display_name, account.role, account.password_hash,
                              stored_instant(now));
    return core::AccountId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<std::optional<core::AccountCredentials>> PostgresStore::find_account_by_email(std::string_view email) {
  auto& session = *m_session;
  return in_transaction(session, "finding an account", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::AccountCredentials>> {
    const auto rows = execute(session, transaction,
                              "SELECT id, email, display_name, role, password_hash FROM accounts WHERE email_key = $1",
                              core::email_key(email));
    if (rows.empty()) return std::nullopt;
    return read_credentials(rows[0], session.label());
  });
}

core::Result<core::Account> PostgresStore::find_account(core::AccountId id) {
  auto& session = *m_session;
  return in_transaction(session, "reading an account", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::Account> {
    const auto rows = execute(session, transaction,
                              "SELECT id, email, display_name, role, password_hash FROM accounts WHERE id = $1",
                              id.value);
    if (rows.empty()) return std::unexpected(detail::unknown_account(id));
    STRIDE_TRY(auto credentials, read_credentials(rows[0], session.label()));
    return std::move(credentials.account);
  });
}

// The foreign keys cascade to sessions, tokens, invitations and coach grants, and clear the
// athletes' owner and creator.
core::Status PostgresStore::delete_account(core::AccountId id) {
  auto& session = *m_session;
  return in_transaction(session, "deleting an account", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    if (execute(session, transaction, "DELETE FROM accounts WHERE id = $1", id.value).affected_rows() == 0) {
      return std::unexpected(detail::unknown_account(id));
    }
    return {};
  });
}

core::Result<core::SessionId> PostgresStore::add_session(core::AccountId account, std::string_view token_digest,
                                                         core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_digest(token_digest, "session"));
  auto& session = *m_session;
  return in_transaction(session, "adding a session", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::SessionId> {
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, account.value));
    if (detail::digest_stored(session, transaction, "sessions", "token_digest", token_digest)) {
      return std::unexpected(detail::duplicate_digest("session"));
    }
    const auto rows = execute(session, transaction,
                              "INSERT INTO sessions (account_id, token_digest, created_at, last_seen_at) "
                              "VALUES ($1, $2, $3, $4) RETURNING id",
                              account.value, token_digest, stored_instant(now), stored_instant(now));
    return core::SessionId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<std::optional<core::SessionRecord>> PostgresStore::find_live_session(std::string_view token_digest,
                                                                                core::Instant now) {
  auto& session = *m_session;
  return in_transaction(session, "finding a session", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::SessionRecord>> {
    const auto rows = execute(session, transaction,
                              "SELECT id, account_id, created_at, last_seen_at FROM sessions "
                              "WHERE token_digest = $1 AND last_seen_at > $2",
                              token_digest, stored_instant(now - core::kSessionIdleLimit));
    if (rows.empty()) return std::nullopt;
    const auto row = rows[0];
    return core::SessionRecord{core::SessionId{row[0].as<std::int64_t>()}, core::AccountId{row[1].as<std::int64_t>()},
                               read_stored_instant(row[2].as<std::int64_t>()),
                               read_stored_instant(row[3].as<std::int64_t>())};
  });
}

core::Status PostgresStore::touch_session(core::SessionId session_id, core::Instant now) {
  auto& session = *m_session;
  return in_transaction(session, "touching a session", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    const auto rows = execute(session, transaction,
                              "UPDATE sessions SET last_seen_at = GREATEST(last_seen_at, $1) WHERE id = $2",
                              stored_instant(now), session_id.value);
    if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_session(session_id));
    return {};
  });
}

core::Status PostgresStore::revoke_session(std::string_view token_digest) {
  auto& session = *m_session;
  return in_transaction(session, "revoking a session", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    (void)execute(session, transaction, "DELETE FROM sessions WHERE token_digest = $1", token_digest);
    return {};
  });
}

core::Result<std::size_t> PostgresStore::delete_idle_sessions(core::Instant now) {
  auto& session = *m_session;
  return in_transaction(session, "deleting idle sessions", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::size_t> {
    const auto rows = execute(session, transaction, "DELETE FROM sessions WHERE last_seen_at <= $1",
                              stored_instant(now - core::kSessionIdleLimit));
    return static_cast<std::size_t>(rows.affected_rows());
  });
}

core::Result<core::TokenId> PostgresStore::add_token(core::AccountId account, std::string_view name,
                                                     std::string_view token_digest, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_token_name(name));
  STRIDE_TRY_STATUS(detail::check_digest(token_digest, "token"));
  auto& session = *m_session;
  return in_transaction(session, "adding a token", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::TokenId> {
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, account.value));
    if (detail::digest_stored(session, transaction, "api_tokens", "token_digest", token_digest)) {
      return std::unexpected(detail::duplicate_digest("token"));
    }
    const auto rows = execute(session, transaction,
                              "INSERT INTO api_tokens (account_id, name, token_digest, created_at) "
                              "VALUES ($1, $2, $3, $4) RETURNING id",
                              account.value, name, token_digest, stored_instant(now));
    return core::TokenId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<std::vector<core::TokenRecord>> PostgresStore::tokens(core::AccountId account) {
  auto& session = *m_session;
  return in_transaction(session, "listing tokens", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::TokenRecord>> {
    std::vector<core::TokenRecord> records;
    for (const auto& row : execute(session, transaction,
                                   "SELECT id, account_id, name, created_at, last_used_at FROM api_tokens "
                                   "WHERE account_id = $1 ORDER BY id",
                                   account.value)) {
      records.push_back(read_token(row));
    }
    return records;
  });
}

core::Status PostgresStore::delete_token(core::AccountId account, core::TokenId token) {
  auto& session = *m_session;
  return in_transaction(session, "deleting a token", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    const auto rows = execute(session, transaction, "DELETE FROM api_tokens WHERE id = $1 AND account_id = $2",
                              token.value, account.value);
    if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_token(token));
    return {};
  });
}

core::Result<std::optional<core::TokenRecord>> PostgresStore::use_token(std::string_view token_digest,
                                                                      core::Instant now) {
  auto& session = *m_session;
  // Read first: most uses are within the recording interval of the last and need no write.
  STRIDE_TRY(auto record, in_transaction(session, "using a token", Access::Read,
                                         [&](pqxx::dbtransaction& transaction)
                                             -> core::Result<std::optional<core::TokenRecord>> {
    const auto rows = execute(session, transaction,
                              "SELECT id, account_id, name, created_at, last_used_at FROM api_tokens "
                              "WHERE token_digest = $1",
                              token_digest);
    if (rows.empty()) return std::nullopt;
    return read_token(rows[0]);
  }));
  if (!record || (record->last_used && now - *record->last_used < core::kUseRecordingInterval)) return record;
  return in_transaction(session, "using a token", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::TokenRecord>> {
    const auto rows = execute(session, transaction,
                              "UPDATE api_tokens SET last_used_at = GREATEST(coalesce(last_used_at, $1), $1) "
                              "WHERE token_digest = $2 RETURNING id, account_id, name, created_at, last_used_at",
                              stored_instant(now), token_digest);
    if (rows.empty()) return std::nullopt;
    return read_token(rows[0]);
  });
}

}  // namespace stride::storage
