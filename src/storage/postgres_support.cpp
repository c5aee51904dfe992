#include "postgres_support.hpp"

#include <fmt/format.h>
#include <poll.h>

#include <algorithm>
#include <exception>
#include <regex>
#include <vector>

#include "account_validation.hpp"
#include "store_validation.hpp"

namespace stride::storage::detail {

PostgresSession::PostgresSession(std::string url)
    : m_url(std::move(url)), m_label(describe_url(m_url)), m_random(std::random_device{}()) {
  connect();
}

void PostgresSession::connect() {
  m_prepared.clear();
  m_connection = std::make_unique<pqxx::connection>(m_url);
  // A writer waiting longer than this for another's lock fails with Busy; notices (such as "table
  // exists, skipping") are not written to the standard error stream.
  m_connection->set_variable("lock_timeout", "'5s'");
  m_connection->set_variable("client_min_messages", "warning");
  m_lost = false;
}

void PostgresSession::reconnect_if_lost() {
  if (!m_lost) {
    // Between transactions the server has nothing to say to a store that never LISTENs, except when
    // it closes the connection (a restart, an idle timeout, an administrator ending it): something to
    // read, or a hang-up, means the connection is going. At worst (a rare asynchronous notice) a
    // good connection is replaced. Asked without waiting.
    pollfd descriptor{m_connection->sock(), POLLIN | POLLRDHUP, 0};
    m_lost = descriptor.fd < 0 || ::poll(&descriptor, 1, 0) != 0;
  }
  if (m_lost) connect();
}

const std::string& PostgresSession::prepared(std::string_view sql) {
  if (const auto found = m_prepared.find(sql); found != m_prepared.end()) return found->second;
  std::string name = fmt::format("stride_{}", m_prepared.size() + 1);
  m_connection->prepare(name, std::string(sql));
  return m_prepared.emplace(std::string(sql), std::move(name)).first->second;
}

std::string describe_url(std::string_view url) {
  // user:password@ in a URL, and password=... as a parameter of a URL or a key=value string.
  static const std::regex user_password(R"((://[^:/@?]*):[^@/?]*@)");
  static const std::regex password_parameter(R"((password=)[^&\s]*)");
  std::string text = std::regex_replace(std::string(url), user_password, "$1:***@");
  return std::regex_replace(text, password_parameter, "$1***");
}

Parameter parameter(std::int64_t value) { return std::to_string(value); }
Parameter parameter(int value) { return std::to_string(value); }
Parameter parameter(double value) { return fmt::format("{}", value); }
Parameter parameter(bool value) { return value ? "1" : "0"; }
Parameter parameter(std::string_view value) { return std::string(value); }
Parameter parameter(const std::string& value) { return value; }
Parameter parameter(const char* value) { return std::string(value); }
Parameter parameter(core::Date date) { return core::format_iso_date(date); }
Parameter parameter(std::nullopt_t) { return std::nullopt; }

pqxx::result execute_parameters(PostgresSession& session, pqxx::transaction_base& transaction, std::string_view sql,
                                const Parameter* parameters, std::size_t count) {
  std::vector<const char*> values;
  values.reserve(count);
  for (std::size_t index = 0; index < count; ++index) {
    // Parameters travel as C strings: a NUL would cut the value short, so it is refused whole
    // (SQLSTATE 22021, as PostgreSQL refuses a NUL in text).
    if (parameters[index] && parameters[index]->find('\0') != std::string::npos) {
      throw pqxx::data_exception("a text value holds a NUL character, which PostgreSQL cannot store", std::string(sql),
                                 "22021");
    }
    values.push_back(parameters[index] ? parameters[index]->c_str() : nullptr);
  }
  return transaction.exec_prepared(session.prepared(sql), pqxx::prepare::make_dynamic_params(values));
}

std::optional<double> optional_double(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<double>();
}

std::optional<int> optional_int(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<int>();
}

std::optional<std::int64_t> optional_int64(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<std::int64_t>();
}

std::optional<std::string> optional_text(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<std::string>();
}

core::Result<core::Date> read_date(const pqxx::field& field, std::string_view label) {
  const std::string text = field.as<std::string>();
  if (auto date = core::parse_iso_date(text)) return *date;
  return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                          fmt::format("the stored date \"{}\" is not a date", text), std::string(label)));
}

namespace {

// libpq ends its messages with a line break (and may hold several lines): one line for ours.
std::string trimmed(std::string_view text) {
  std::string line(text);
  std::replace(line.begin(), line.end(), '\n', ' ');
  std::replace(line.begin(), line.end(), '\t', ' ');
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

core::Error busy(const std::string& source) {
  return core::make_error(core::ErrorCode::Busy, "the database is busy (another Stride process is writing); retry",
                          source);
}

core::Error from_sql_error(const pqxx::sql_error& error, const std::string& source, std::string_view action) {
  const std::string& state = error.sqlstate();
  if (state.empty()) {
    // No SQLSTATE: libpq's own failure, not the server's answer; when the server dies mid-statement
    // ("server closed the connection unexpectedly") libpqxx 6.4 throws this, not broken_connection.
    return core::make_error(core::ErrorCode::Io,
                            fmt::format("{} failed: the connection to the database was lost ({})", action,
                                        trimmed(error.what())),
                            source);
  }
  const std::string details = fmt::format("{} failed: {} (SQLSTATE {})", action, trimmed(error.what()), state);
  if (state == "40001" || state == "40P01" || state == "55P03" || state == "57014") return busy(source);
  // Class 22 is a value PostgreSQL cannot hold (a NUL character, text that is not UTF-8): the store
  // would not give it back unchanged.
  if (state.starts_with("23") || state.starts_with("22")) {
    return core::make_error(core::ErrorCode::InvalidInput,
                            fmt::format("{} was refused by the database: {}", action, trimmed(error.what())), source);
  }
  if (state.starts_with("08") || state.starts_with("53") || state.starts_with("57P") || state.starts_with("58")) {
    return core::make_error(core::ErrorCode::Io, details, source);
  }
  if (state == "XX001" || state == "XX002") {
    return core::make_error(core::ErrorCode::Corrupt, fmt::format("the database is damaged ({})", details), source);
  }
  return core::make_error(core::ErrorCode::Internal, details, source);
}

}  // namespace

core::Error translate_current_exception(std::string_view label, std::string_view action) {
  const std::string source(label);
  try {
    throw;
  } catch (const pqxx::in_doubt_error& error) {
    return core::make_error(core::ErrorCode::Io,
                            fmt::format("{}: the connection was lost while committing, so whether it was stored is "
                                        "unknown ({})",
                                        action, trimmed(error.what())),
                            source);
  } catch (const pqxx::broken_connection& error) {
    return core::make_error(core::ErrorCode::Io,
                            fmt::format("{} failed: the database cannot be reached or the connection to it was lost "
                                        "({})",
                                        action, trimmed(error.what())),
                            source);
  } catch (const pqxx::transaction_rollback&) {
    return busy(source);
  } catch (const pqxx::sql_error& error) {
    return from_sql_error(error, source, action);
  } catch (const std::exception& error) {
    return core::make_error(core::ErrorCode::Internal, fmt::format("{} failed: {}", action, error.what()), source);
  } catch (...) {
    return core::make_error(core::ErrorCode::Internal, fmt::format("{} failed", action), source);
  }
}

bool current_exception_is_retryable() {
  try {
    throw;
  } catch (const pqxx::serialization_failure&) {
    return true;
  } catch (const pqxx::deadlock_detected&) {
    return true;
  } catch (...) {
    return false;
  }
}

bool current_exception_is_connection_loss() {
  try {
    throw;
  } catch (const pqxx::broken_connection&) {
    return true;
  } catch (const pqxx::in_doubt_error&) {
    return true;
  } catch (const pqxx::sql_error& error) {
    // libpq's own failure (no SQLSTATE) is how libpqxx 6.4 reports a server that died mid-statement.
    return error.sqlstate().empty();
  } catch (...) {
    return false;
  }
}

std::unique_ptr<pqxx::dbtransaction> begin_transaction(PostgresSession& session, Access access) {
  if (access == Access::Read) {
    return std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(session.connection());
  }
  auto transaction = std::make_unique<pqxx::transaction<pqxx::repeatable_read>>(session.connection());
  // A LOCK takes no snapshot: the transaction's snapshot is taken by its first query after it.
  transaction->exec("LOCK TABLE schema_migrations IN SHARE ROW EXCLUSIVE MODE");
  return transaction;
}

core::Status require_athlete(PostgresSession& session, pqxx::transaction_base& transaction, std::int64_t athlete) {
  if (execute(session, transaction, "SELECT 1 FROM athletes WHERE id = $1", athlete).empty()) {
    return std::unexpected(unknown_athlete(core::AthleteId{athlete}));
  }
  return {};
}

core::Status require_account(PostgresSession& session, pqxx::transaction_base& transaction, std::int64_t account) {
  if (execute(session, transaction, "SELECT 1 FROM accounts WHERE id = $1", account).empty()) {
    return std::unexpected(unknown_account(core::AccountId{account}));
  }
  return {};
}

void mark_changed(PostgresSession& session, pqxx::transaction_base& transaction, std::int64_t athlete) {
  (void)execute(session, transaction, "UPDATE athletes SET revision = $1 WHERE id = $2", session.new_revision(),
                athlete);
}

bool digest_stored(PostgresSession& session, pqxx::transaction_base& transaction, std::string_view table,
                   std::string_view column, std::string_view digest) {
  return !execute(session, transaction, fmt::format("SELECT 1 FROM {} WHERE {} = $1", table, column), digest).empty();
}

}  // namespace stride::storage::detail
