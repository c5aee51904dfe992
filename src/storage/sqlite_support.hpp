#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <array>
#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/error.hpp"
#include "statement_cache.hpp"

// Helpers shared by the SQLite store's files (private to stride::storage).
namespace stride::storage::detail {

// The Error for an exception thrown by SQLiteCpp while doing `action` on the database at `path`:
// Busy for SQLITE_BUSY and SQLITE_LOCKED (the wait limit passed), InvalidInput for a file that is
// not a database, Corrupt for a damaged one, Io for the operating system's refusals, InvalidInput
// for a broken constraint, Internal otherwise.
[[nodiscard]] core::Error translate_exception(const SQLite::Exception& exception, std::string_view path,
                                              std::string_view action);

// Runs `body` (which returns a Result or Status) and turns any exception into an Error, so nothing
// thrown by SQLiteCpp or the standard library leaves the module.
template <class Body>
auto guarded(std::string_view path, std::string_view action, Body body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& exception) {
    return std::unexpected(translate_exception(exception, path, action));
  } catch (const std::exception& exception) {
    return std::unexpected(core::make_error(core::ErrorCode::Internal,
                                            std::string(action) + " failed: " + exception.what(), std::string(path)));
  }
}

// A transaction that rolls back unless committed. Write transactions start with BEGIN IMMEDIATE,
// SQLite's way of taking the write lock up front (waiting up to the busy timeout) so a writer never
// fails half-way with a lock upgrade; this is the one place that spells it. Read transactions give
// one consistent snapshot across several statements. Inside a transaction already open (a unit of
// work, SqliteStore::in_one_unit) it is a savepoint of it instead: its commit keeps its writes for
// the unit to commit, and its rollback undoes only its own.
class Transaction {
 public:
  enum class Kind { Read, Write };

  Transaction(SQLite::Database& database, Kind kind);
  // The same, running its statements from the connection's cache (prepared once, not per use).
  Transaction(StatementCache& statements, Kind kind);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // Throws SQLite::Exception when the commit fails (then the transaction is rolled back).
  void commit();

 private:
  void run(const char* sql);

  SQLite::Database& m_database;
  StatementCache* m_statements = nullptr;
  bool m_open = true;
  bool m_nested = false;
};

// The stored form of a date, and back; a stored text that is not a date is Corrupt.
[[nodiscard]] std::string stored_date(core::Date date);
[[nodiscard]] core::Result<core::Date> read_stored_date(const std::string& text, std::string_view path);

// Binds an optional value at `index`, or NULL.
void bind_optional(SQLite::Statement& statement, int index, const std::optional<double>& value);
void bind_optional(SQLite::Statement& statement, int index, const std::optional<int>& value);
void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::string>& value);

// Binds the contract spelling of `value` at `index` without copying it: the spellings are kept as
// strings for the life of the program.
template <class E>
void bind_name(SQLite::Statement& statement, int index, E value) {
  static const auto spellings = [] {
    std::array<std::string, core::EnumNames<E>::names.size()> strings;
    for (std::size_t position = 0; position < strings.size(); ++position) {
      strings[position] = std::string(core::EnumNames<E>::names[position]);
    }
    return strings;
  }();
  statement.bindNoCopy(index, spellings[static_cast<std::size_t>(value)]);
}

// Reads an optional column.
[[nodiscard]] std::optional<double> optional_double(const SQLite::Column& column);
[[nodiscard]] std::optional<int> optional_int(const SQLite::Column& column);
[[nodiscard]] std::optional<std::string> optional_text(const SQLite::Column& column);

}  // namespace stride::storage::detail
