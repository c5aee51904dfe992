#pragma once

#include <span>

// The schema of a Stride database as numbered, append-only steps (private to stride::storage).
namespace stride::storage::detail {

// One schema step. `sql` is one or more statements separated by semicolons, written in SQL that
// PostgreSQL also accepts (see docs/storage.md); it never begins or ends a transaction itself.
struct Migration {
  int version;
  const char* description;
  const char* sql;
};

// Every step, in version order starting at 1 with no gaps. A released step is never edited:
// a change to the schema is a new step at the end.
[[nodiscard]] std::span<const Migration> migrations();

// The highest version this program knows.
[[nodiscard]] int latest_schema_version();

}  // namespace stride::storage::detail
