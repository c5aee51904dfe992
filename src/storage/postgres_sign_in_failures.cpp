// PostgresStore: failed sign-ins by key (table sign_in_failures), and the schema's versions.

#include "account_validation.hpp"
#include "migrations.hpp"
#include "postgres_support.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;

core::Status PostgresStore::record_sign_in_failure(std::string_view key, core::Instant at, core::Instant forget_before) {
  if (key.empty()) return std::unexpected(core::invalid_field("key", "a sign-in failure needs a key"));
  auto& session = *m_session;
  return in_transaction(session, "recording a failed sign-in", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
                          (void)execute(session, transaction, "DELETE FROM sign_in_failures WHERE failed_at < $1",
                                        detail::stored_instant(forget_before));
                          (void)execute(session, transaction,
                                        "INSERT INTO sign_in_failures (key_digest, failed_at) VALUES ($1, $2)", key,
                                        detail::stored_instant(at));
                          return {};
                        });
}

core::Result<std::vector<core::Instant>> PostgresStore::sign_in_failures(std::string_view key, core::Instant since) {
  auto& session = *m_session;
  return in_transaction(session, "reading failed sign-ins", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::Instant>> {
                          std::vector<core::Instant> moments;
                          for (const auto& row : execute(session, transaction,
                                                         "SELECT failed_at FROM sign_in_failures WHERE key_digest = $1 "
                                                         "AND failed_at >= $2 ORDER BY failed_at, id",
                                                         key, detail::stored_instant(since))) {
                            moments.push_back(detail::read_stored_instant(row[0].as<std::int64_t>()));
                          }
                          return moments;
                        });
}

core::Result<core::Store::SchemaVersions> PostgresStore::schema_versions() {
  auto& session = *m_session;
  return in_transaction(session, "reading the schema version", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<SchemaVersions> {
                          const auto rows = execute(session, transaction, "SELECT max(version) FROM schema_migrations");
                          return SchemaVersions{rows[0][0].is_null() ? 0 : rows[0][0].as<int>(),
                                                detail::latest_schema_version()};
                        });
}

}  // namespace stride::storage
