#pragma once

#include <span>

// The schema of a Stride database as numbered, append-only steps (private to stride::storage).
namespace stride::storage::detail {

// One schema step. `sql` is one or more statements separated by semicolons, written in SQL that
// PostgreSQL also accepts (see docs/storage.md); it never begins or ends a transaction itself.
// `rebuilds_tables` marks a step that replaces a table (SQLite cannot change a column's
// constraints in place): it runs with foreign-key enforcement off, as SQLite's documented
// procedure requires, and is refused unless `PRAGMA foreign_key_check` finds nothing afterwards.
struct Migration {
  int version;
  const char* description;
  const char* sql;
  bool rebuilds_tables = false;
};

// Every step, in version order starting at 1 with no gaps. A released step is never edited:
// a change to the schema is a new step at the end.
[[nodiscard]] std::span<const Migration> migrations();

// The highest version this program knows.
[[nodiscard]] int latest_schema_version();

}  // namespace stride::storage::detail
