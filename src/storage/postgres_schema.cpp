#include "postgres_schema.hpp"

#include <fmt/format.h>

#include "migrations.hpp"
#include "schema.hpp"

namespace stride::storage::detail {
namespace {

// The lock every opener of one schema takes before reading or changing its version: the first key
// names Stride's migrations ("STRD"), the second the schema.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(1398035012, hashtext(current_schema()))";

// True when the schema already holds tables (its own or another program's).
bool holds_tables(pqxx::dbtransaction& transaction) {
  const auto rows = transaction.exec(
      "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
  return rows[0][0].as<std::int64_t>() > 0;
}

bool has_migration_table(pqxx::dbtransaction& transaction) {
  const auto rows = transaction.exec("SELECT to_regclass('schema_migrations') IS NOT NULL");
  return rows[0][0].as<bool>();
}

}  // namespace

core::Status prepare_postgres_schema(PostgresSession& session) {
  const std::string& label = session.label();
  const auto steps = migrations();
  for (;;) {
    pqxx::work transaction(session.connection());
    transaction.exec(kMigrationLock);
    if (!has_migration_table(transaction)) {
      if (holds_tables(transaction)) {
        return std::unexpected(core::make_error(
            core::ErrorCode::InvalidInput,
            "is not a Stride database (its schema holds another program's tables and no schema_migrations)", label));
      }
      transaction.exec(translate_to_postgresql(kCreateMigrationTable));
    }
    const int version =
        transaction.exec("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0][0].as<int>();
    if (version > latest_schema_version()) {
      return std::unexpected(core::make_error(
          core::ErrorCode::InvalidInput,
          fmt::format("was written by a newer Stride (schema version {}; this program knows up to {}); use that "
                      "version or a later one",
                      version, latest_schema_version()),
          label));
    }
    if (version == latest_schema_version()) {
      transaction.commit();
      return {};
    }
    const Migration& step = steps[static_cast<std::size_t>(version)];
    transaction.exec(postgresql_sql(step));
    transaction.exec_params("INSERT INTO schema_migrations (version, description) VALUES ($1, $2)", step.version,
                            std::string(step.description));
    transaction.commit();
  }
}

}  // namespace stride::storage::detail
