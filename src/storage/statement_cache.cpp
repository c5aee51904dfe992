#include "statement_cache.hpp"

#include <utility>

namespace stride::storage::detail {

StatementCache::Lease::Lease(std::unique_ptr<SQLite::Statement> own) : m_statement(own.get()), m_own(std::move(own)) {}

StatementCache::Lease::Lease(Lease&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)),
      m_lent(std::exchange(other.m_lent, nullptr)),
      m_own(std::move(other.m_own)) {}

StatementCache::Lease::~Lease() {
  if (m_statement == nullptr || m_own) return;
  // The result of reset() repeats the last step's error, which its user has had already.
  (void)m_statement->tryReset();
  try {
    m_statement->clearBindings();
  } catch (const SQLite::Exception&) {
    // sqlite3_clear_bindings cannot fail; SQLiteCpp only checks its result.
  }
  *m_lent = false;
}

StatementCache::Lease StatementCache::lend(std::string_view sql) {
  auto found = m_entries.find(sql);
  if (found == m_entries.end()) {
    auto statement = std::make_unique<SQLite::Statement>(m_database, std::string(sql));
    found = m_entries.emplace(std::string(sql), Entry{std::move(statement), false}).first;
  } else if (found->second.lent) {
    return Lease(std::make_unique<SQLite::Statement>(m_database, std::string(sql)));
  }
  found->second.lent = true;
  return Lease(*found->second.statement, &found->second.lent);
}

}  // namespace stride::storage::detail
