#pragma once

// Raw access to a database file for the SQLite store's tests, through the sqlite3 C API, so the
// tests check the file itself rather than what the store says about it.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fmt/format.h>

#include <cstdint>
#include <string>

#include "migrations.hpp"
#include "schema.hpp"

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

  // SQLite's message when it refuses `sql`, or "" when it runs it.
  std::string refusal(const std::string& sql) {
    char* message = nullptr;
    const int code = sqlite3_exec(m_handle, sql.c_str(), nullptr, nullptr, &message);
    std::string text = code == SQLITE_OK ? "" : (message ? message : "refused");
    sqlite3_free(message);
    return text;
  }

 private:
  sqlite3* m_handle = nullptr;
};

// Writes the schema of a new, empty database as a Stride that knew only the steps up to `version`
// left it: the steps themselves, their schema_migrations rows and the application id.
inline void write_schema_steps(const std::string& path, int version) {
  RawDatabase raw(path);
  raw.execute(storage::detail::kCreateMigrationTable);
  for (const auto& migration : storage::detail::migrations()) {
    if (migration.version > version) break;
    raw.execute(migration.sql);
    raw.execute(fmt::format("INSERT INTO schema_migrations (version, description) VALUES ({}, 'step {}')",
                            migration.version, migration.version));
  }
  raw.execute(fmt::format("PRAGMA application_id = {}", storage::detail::kStrideApplicationId));
}

// Every entry of sqlite_master (tables, indexes and their SQL), one a line, in name order.
inline std::string schema_of(const std::string& path) {
  RawDatabase raw(path);
  return raw.text("SELECT group_concat(type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, ''), "
                  "char(10)) FROM (SELECT * FROM sqlite_master ORDER BY type, name)");
}

}  // namespace stride::testing
