#pragma once

#include <pqxx/pqxx>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/error.hpp"
#include "stride/core/string_hash.hpp"

// Helpers shared by the PostgreSQL store's files (private to stride::storage). Nothing that
// libpqxx throws leaves these files' callers: every body runs through in_transaction().
namespace stride::storage::detail {

// One connection to the database and what the store keeps about it: its prepared statements, the
// unit of work open on it (PostgresStore::in_one_unit), and the source of new revisions. Not
// thread-safe, like the connection.
class PostgresSession {
 public:
  // Connects to `url`; throws what libpqxx throws (broken_connection when the server cannot be reached).
  explicit PostgresSession(std::string url);
  PostgresSession(const PostgresSession&) = delete;
  PostgresSession& operator=(const PostgresSession&) = delete;

  [[nodiscard]] pqxx::connection& connection() { return *m_connection; }
  // The database as errors name it: the connection string without a password.
  [[nodiscard]] const std::string& label() const { return m_label; }
  // The name of the prepared statement of `sql` on this connection, prepared on its first use.
  [[nodiscard]] const std::string& prepared(std::string_view sql);
  // A random 64-bit number for an athlete's revision (core::AthleteRepository::athlete_revision).
  [[nodiscard]] std::int64_t new_revision() { return static_cast<std::int64_t>(m_random()); }

  // Records that the connection was lost, so that the next transaction connects again.
  void mark_lost() { m_lost = true; }
  // Connects again when the connection was lost, or when the server closed it since its last use
  // (a restart, an idle timeout, an administrator); call between transactions. Throws what libpqxx
  // throws when it cannot connect.
  void reconnect_if_lost();

  // The transaction of the unit of work in progress, or nullptr; set only by in_transaction().
  pqxx::dbtransaction* unit = nullptr;

 private:
  void connect();

  std::string m_url;
  std::string m_label;
  std::unique_ptr<pqxx::connection> m_connection;
  core::StringMap<std::string> m_prepared;  // by SQL text, on the current connection
  std::mt19937_64 m_random;
  bool m_lost = false;
};

// The connection string `url` without the password it may hold, for messages.
[[nodiscard]] std::string describe_url(std::string_view url);

// A statement parameter as text, or nullopt for NULL.
using Parameter = std::optional<std::string>;
[[nodiscard]] Parameter parameter(std::int64_t value);
[[nodiscard]] Parameter parameter(int value);
[[nodiscard]] Parameter parameter(double value);  // the shortest text that reads back bit for bit
[[nodiscard]] Parameter parameter(bool value);    // 1 or 0, as the schema's flags store them
[[nodiscard]] Parameter parameter(std::string_view value);
[[nodiscard]] Parameter parameter(const std::string& value);
[[nodiscard]] Parameter parameter(const char* value);
[[nodiscard]] Parameter parameter(core::Date date);  // the ISO text the schema stores
[[nodiscard]] Parameter parameter(std::nullopt_t);
template <class T>
[[nodiscard]] Parameter parameter(const std::optional<T>& value) {
  if (!value) return std::nullopt;
  return parameter(*value);
}
template <class E>
  requires std::is_enum_v<E>
[[nodiscard]] Parameter parameter(E value) {
  return std::string(core::enum_name(value));
}

// Runs the prepared statement of `sql` (parameters $1, $2, ...) in `transaction`. Throws what
// libpqxx throws.
[[nodiscard]] pqxx::result execute_parameters(PostgresSession& session, pqxx::transaction_base& transaction,
                                              std::string_view sql, const Parameter* parameters, std::size_t count);
template <class... Args>
pqxx::result execute(PostgresSession& session, pqxx::transaction_base& transaction, std::string_view sql,
                     const Args&... args) {
  const std::array<Parameter, sizeof...(Args)> parameters{parameter(args)...};
  return execute_parameters(session, transaction, sql, parameters.data(), parameters.size());
}

// Reads a column; a NULL reads as nullopt.
[[nodiscard]] std::optional<double> optional_double(const pqxx::field& field);
[[nodiscard]] std::optional<int> optional_int(const pqxx::field& field);
[[nodiscard]] std::optional<std::int64_t> optional_int64(const pqxx::field& field);
[[nodiscard]] std::optional<std::string> optional_text(const pqxx::field& field);
// A stored date, or Corrupt when the text is not one.
[[nodiscard]] core::Result<core::Date> read_date(const pqxx::field& field, std::string_view label);
// A stored enumeration spelling, or Corrupt when it is not one of E's.
template <class E>
[[nodiscard]] core::Result<E> read_name(const pqxx::field& field, std::string_view label) {
  const std::string text = field.as<std::string>();
  if (auto value = core::parse_enum<E>(text)) return *value;
  return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                          "the stored value \"" + text + "\" is not one of " +
                                              std::string(core::enum_choices<E>()),
                                          std::string(label)));
}

// The Error for the exception being handled (call inside a catch block) while doing `action`:
// Busy for a serialization failure, a deadlock, a lock or statement timeout; Io for a lost
// connection, a commit whose outcome is unknown, a full disk or too little memory; InvalidInput for
// a broken constraint (as the SQLite store reports it) or a value PostgreSQL cannot hold (a NUL
// character, text that is not UTF-8); Corrupt for damaged data; Internal otherwise.
[[nodiscard]] core::Error translate_current_exception(std::string_view label, std::string_view action);

// True when the exception being handled means "run the transaction again" (a serialization failure
// or a deadlock); call inside a catch block.
[[nodiscard]] bool current_exception_is_retryable();
// True when the exception being handled is the loss of the connection; call inside a catch block.
[[nodiscard]] bool current_exception_is_connection_loss();

enum class Access { Read, Write };

// Opens a top-level transaction: REPEATABLE READ (one snapshot for all its statements); a write
// transaction first takes the store's writer lock (LOCK TABLE schema_migrations IN SHARE ROW
// EXCLUSIVE MODE, which readers never wait for) before its snapshot, so writers run one after
// another, as in the SQLite store, and a read-then-write cannot interleave with another writer.
[[nodiscard]] std::unique_ptr<pqxx::dbtransaction> begin_transaction(PostgresSession& session, Access access);

// How often a transaction that PostgreSQL rolled back (serialization failure, deadlock) is run.
inline constexpr int kTransactionAttempts = 3;

// Whether in_transaction may run its body again: not for a body with effects outside the store
// (a unit of work runs the caller's code).
enum class Retries { Allowed, Never };

// Runs `body(transaction)` (which returns a Result or Status) in a transaction that commits when
// the body succeeds and rolls back when it fails; inside a unit of work, in a savepoint of it. Any
// exception becomes an Error naming `action`; a transaction PostgreSQL rolled back is run again (up
// to kTransactionAttempts times, then Busy) when `retries` allows, and never inside a unit of work.
// A connection lost during the body is Io; one found closed before a top-level transaction begins
// is opened again first.
template <class Body>
auto in_transaction(PostgresSession& session, std::string_view action, Access access, Body body,
                    Retries retries = Retries::Allowed) -> decltype(body(std::declval<pqxx::dbtransaction&>())) {
  using Outcome = decltype(body(std::declval<pqxx::dbtransaction&>()));
  if (session.unit != nullptr) {
    try {
      pqxx::subtransaction savepoint(*session.unit, "stride_nested");
      Outcome outcome = body(savepoint);
      if (outcome) savepoint.commit();
      return outcome;
    } catch (...) {
      if (current_exception_is_connection_loss()) session.mark_lost();
      return std::unexpected(translate_current_exception(session.label(), action));
    }
  }
  for (int attempt = 1;; ++attempt) {
    try {
      session.reconnect_if_lost();
      const auto transaction = begin_transaction(session, access);
      Outcome outcome = body(*transaction);
      if (outcome) transaction->commit();
      return outcome;
    } catch (...) {
      if (retries == Retries::Allowed && attempt < kTransactionAttempts && current_exception_is_retryable()) continue;
      if (current_exception_is_connection_loss()) session.mark_lost();
      return std::unexpected(translate_current_exception(session.label(), action));
    }
  }
}

// Checks and writes every store method shares; each may throw what libpqxx throws.
// NotFound unless the athlete exists.
[[nodiscard]] core::Status require_athlete(PostgresSession& session, pqxx::transaction_base& transaction,
                                           std::int64_t athlete);
// NotFound unless the account exists.
[[nodiscard]] core::Status require_account(PostgresSession& session, pqxx::transaction_base& transaction,
                                           std::int64_t account);
// Gives the athlete a new revision; call in the write transaction that changes its data.
void mark_changed(PostgresSession& session, pqxx::transaction_base& transaction, std::int64_t athlete);
// True when a row of `table` has `digest` in `column` (both names are the caller's constants).
[[nodiscard]] bool digest_stored(PostgresSession& session, pqxx::transaction_base& transaction, std::string_view table,
                                 std::string_view column, std::string_view digest);

}  // namespace stride::storage::detail
