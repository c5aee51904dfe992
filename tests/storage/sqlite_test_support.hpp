#pragma once

// Raw access to a database file for the SQLite store's tests, through the sqlite3 C API, so the
// tests check the file itself rather than what the store says about it.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace stride::testing {

class RawDatabase {
 public:
  explicit RawDatabase(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << "cannot open " << path;
    }
  }
  RawDatabase(const RawDatabase&) = delete;
  RawDatabase& operator=(const RawDatabase&) = delete;
  ~RawDatabase() { sqlite3_close_v2(m_handle); }

  // Runs `sql`; returns false (and records a failure unless `may_fail`) when SQLite refuses it.
  bool execute(const std::string& sql, bool may_fail = false) {
    char* message = nullptr;
    const int code = sqlite3_exec(m_handle, sql.c_str(), nullptr, nullptr, &message);
    if (code != SQLITE_OK && !may_fail) ADD_FAILURE() << sql << ": " << (message ? message : "?");
    sqlite3_free(message);
    return code == SQLITE_OK;
  }

  // The first column of the first row of `sql` as text ("" when there is no row).
  std::string text(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    std::string value;
    if (sqlite3_prepare_v2(m_handle, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(m_handle);
      return value;
    }
    if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0) != nullptr) {
      value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
    return value;
  }

  std::int64_t number(const std::string& sql) {
    const std::string value = text(sql);
    return value.empty() ? 0 : std::stoll(value);
  }

 private:
  sqlite3* m_handle = nullptr;
};

}  // namespace stride::testing
