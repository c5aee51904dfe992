// SqliteStore: failed sign-ins by key (table sign_in_failures), shared by every server process on
// the database.

#include "account_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

core::Status SqliteStore::record_sign_in_failure(std::string_view key, core::Instant at, core::Instant forget_before) {
  if (key.empty()) return std::unexpected(core::invalid_field("key", "a sign-in failure needs a key"));
  return detail::guarded(m_path, "recording a failed sign-in", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    auto forget = m_statements->lend("DELETE FROM sign_in_failures WHERE failed_at < ?");
    forget->bind(1, detail::stored_instant(forget_before));
    forget->exec();
    auto insert = m_statements->lend("INSERT INTO sign_in_failures (key_digest, failed_at) VALUES (?, ?)");
    insert->bind(1, std::string(key));
    insert->bind(2, detail::stored_instant(at));
    insert->exec();
    transaction.commit();
    return {};
  });
}

core::Result<std::vector<core::Instant>> SqliteStore::sign_in_failures(std::string_view key, core::Instant since) {
  return detail::guarded(m_path, "reading failed sign-ins", [&]() -> core::Result<std::vector<core::Instant>> {
    auto query = m_statements->lend(
        "SELECT failed_at FROM sign_in_failures WHERE key_digest = ? AND failed_at >= ? ORDER BY failed_at, id");
    query->bind(1, std::string(key));
    query->bind(2, detail::stored_instant(since));
    std::vector<core::Instant> moments;
    while (query->executeStep()) moments.push_back(detail::read_stored_instant(query->getColumn(0).getInt64()));
    return moments;
  });
}

}  // namespace stride::storage
