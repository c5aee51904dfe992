#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

#include "stride/core/error.hpp"

// Opening checks and migrations of a Stride SQLite database (private to stride::storage).
namespace stride::storage::detail {

// Sets the connection's pragmas (WAL, foreign keys, synchronous=FULL), checks that the file is a
// Stride database no newer than this program (an empty file becomes one), and applies every
// missing migration, each in its own write transaction recorded in schema_migrations. Safe when
// several processes open the same new file at once. May throw SQLite::Exception.
[[nodiscard]] core::Status prepare_database(SQLite::Database& database, const std::string& path);

// Creates the table that records the applied migrations, unless it exists.
inline constexpr const char* kCreateMigrationTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_on TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
))sql";

// The SQLite application id that marks a file as a Stride database ("STRD").
inline constexpr int kStrideApplicationId = 0x53545244;

}  // namespace stride::storage::detail
