#pragma once

#include "postgres_support.hpp"
#include "stride/core/error.hpp"

// Opening checks and migrations of a Stride PostgreSQL schema (private to stride::storage).
namespace stride::storage::detail {

// Checks that the connection's schema (the first of its search_path) is a Stride schema no newer
// than this program, or empty (then it becomes one), and applies every missing migration of
// migrations() in its PostgreSQL form, each in its own transaction recorded in schema_migrations.
// Openers of one schema take turns (a transaction-scoped advisory lock per schema), so several
// processes may open a new schema at once. May throw what libpqxx throws.
[[nodiscard]] core::Status prepare_postgres_schema(PostgresSession& session);

}  // namespace stride::storage::detail
