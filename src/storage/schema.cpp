#include "schema.hpp"

#include <fmt/format.h>

#include "migrations.hpp"
#include "sqlite_support.hpp"

namespace stride::storage::detail {
namespace {

core::Error refuse(const std::string& path, std::string message) {
  return core::make_error(core::ErrorCode::InvalidInput, std::move(message), path);
}

bool has_migration_table(SQLite::Database& database) {
  SQLite::Statement query(database,
                          "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
  query.executeStep();
  return query.getColumn(0).getInt() > 0;
}

int applied_version(SQLite::Database& database) {
  SQLite::Statement query(database, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  query.executeStep();
  return query.getColumn(0).getInt();
}

// The schema version of the file (0 when empty). Refuses a file that holds another program's
// tables or a newer Stride's schema.
core::Result<int> check_identity(SQLite::Database& database, const std::string& path) {
  SQLite::Statement tables(database, "SELECT count(*) FROM sqlite_master");
  tables.executeStep();
  const bool empty = tables.getColumn(0).getInt() == 0;
  SQLite::Statement application(database, "PRAGMA application_id");
  application.executeStep();
  const int application_id = application.getColumn(0).getInt();
  if (empty && application_id == 0) return 0;
  if (application_id != kStrideApplicationId) {
    return std::unexpected(refuse(path, "is not a Stride database (an SQLite file of another program)"));
  }
  if (!has_migration_table(database)) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                            "is a damaged Stride database: its schema_migrations table is missing",
                                            path));
  }
  const int version = applied_version(database);
  if (version > latest_schema_version()) {
    return std::unexpected(refuse(path, fmt::format("was written by a newer Stride (schema version {}; this program "
                                                    "knows up to {}); use that version or a later one",
                                                    version, latest_schema_version())));
  }
  return version;
}

bool foreign_keys_hold(SQLite::Database& database) {
  SQLite::Statement check(database, "PRAGMA foreign_key_check");
  return !check.executeStep();
}

// Turns foreign-key enforcement off for the life of the guard (outside any transaction, where
// SQLite honours the pragma) and back on afterwards.
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(SQLite::Database& database, bool active) : m_database(database), m_active(active) {
    if (m_active) m_database.exec("PRAGMA foreign_keys = OFF");
  }
  ~ForeignKeysOff() {
    if (m_active) m_database.exec("PRAGMA foreign_keys = ON");
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  SQLite::Database& m_database;
  bool m_active;
};

void apply(SQLite::Database& database, const Migration& migration, const std::string& path) {
  const ForeignKeysOff foreign_keys_off(database, migration.rebuilds_tables);
  Transaction transaction(database, Transaction::Kind::Write);
  database.exec(kCreateMigrationTable);
  // Another process may have applied it while this one waited for the write lock.
  if (applied_version(database) >= migration.version) {
    transaction.commit();
    return;
  }
  database.exec(migration.sql);
  if (migration.rebuilds_tables && !foreign_keys_hold(database)) {
    throw SQLite::Exception(fmt::format("{}: schema step {} would break a foreign key; nothing was changed", path,
                                        migration.version));
  }
  SQLite::Statement record(database, "INSERT INTO schema_migrations (version, description) VALUES (?, ?)");
  record.bind(1, migration.version);
  record.bind(2, migration.description);
  record.exec();
  if (migration.version == 1) database.exec(fmt::format("PRAGMA application_id = {}", kStrideApplicationId));
  transaction.commit();
}

}  // namespace

core::Status prepare_database(SQLite::Database& database, const std::string& path) {
  {
    // Scoped: a statement still in progress would make every later COMMIT fail.
    SQLite::Statement journal(database, "PRAGMA journal_mode = WAL");
    journal.executeStep();
    if (journal.getColumn(0).getString() != "wal") {
      return std::unexpected(
          core::make_error(core::ErrorCode::Io, "cannot switch the database to WAL journaling", path));
    }
  }
  database.exec("PRAGMA foreign_keys = ON");
  database.exec("PRAGMA synchronous = FULL");
  STRIDE_TRY(const int version, check_identity(database, path));
  for (const auto& migration : migrations()) {
    if (migration.version > version) apply(database, migration, path);
  }
  return {};
}

}  // namespace stride::storage::detail
