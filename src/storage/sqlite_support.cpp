#include "sqlite_support.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

namespace stride::storage::detail {

core::Error translate_exception(const SQLite::Exception& exception, std::string_view path, std::string_view action) {
  const std::string source(path);
  switch (exception.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return core::make_error(core::ErrorCode::Busy,
                              "the database is busy (another Stride process is writing); retry", source);
    case SQLITE_NOTADB:
      return core::make_error(core::ErrorCode::InvalidInput, "is not a Stride database (not an SQLite file)", source);
    case SQLITE_CORRUPT:
      return core::make_error(core::ErrorCode::Corrupt,
                              fmt::format("the database is damaged ({} failed: {})", action, exception.what()), source);
    case SQLITE_CONSTRAINT:
      return core::make_error(core::ErrorCode::InvalidInput,
                              fmt::format("{} was refused by the database: {}", action, exception.what()), source);
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
      return core::make_error(core::ErrorCode::Io,
                              fmt::format("{} failed: {} (SQLite code {})", action, exception.what(),
                                          exception.getExtendedErrorCode()),
                              source);
    default:
      return core::make_error(core::ErrorCode::Internal,
                              fmt::format("{} failed: {} (SQLite code {})", action, exception.what(),
                                          exception.getExtendedErrorCode()),
                              source);
  }
}

Transaction::Transaction(SQLite::Database& database, Kind kind)
    : m_database(database), m_nested(sqlite3_get_autocommit(database.getHandle()) == 0) {
  run(m_nested ? "SAVEPOINT stride_nested" : kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::Transaction(StatementCache& statements, Kind kind)
    : m_database(statements.database()),
      m_statements(&statements),
      m_nested(sqlite3_get_autocommit(m_database.getHandle()) == 0) {
  run(m_nested ? "SAVEPOINT stride_nested" : kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (!m_open) return;
  try {
    if (m_nested) {
      run("ROLLBACK TO stride_nested");
      run("RELEASE stride_nested");
    } else {
      run("ROLLBACK");
    }
  } catch (const SQLite::Exception&) {
    // SQLite has already rolled back when the failure was an I/O error or a full disk.
  }
}

void Transaction::commit() {
  run(m_nested ? "RELEASE stride_nested" : "COMMIT");
  m_open = false;
}

void Transaction::run(const char* sql) {
  if (m_statements != nullptr) {
    m_statements->lend(sql)->exec();
  } else {
    m_database.exec(sql);
  }
}

std::string stored_date(core::Date date) { return core::format_iso_date(date); }

core::Result<core::Date> read_stored_date(const std::string& text, std::string_view path) {
  if (auto date = core::parse_iso_date(text)) return *date;
  return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                          fmt::format("the stored date \"{}\" is not a date", text), std::string(path)));
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<double>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<int>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

std::optional<double> optional_double(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getDouble();
}

std::optional<int> optional_int(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt();
}

std::optional<std::string> optional_text(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

}  // namespace stride::storage::detail
