#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <string_view>

#include "stride/core/string_hash.hpp"

// Prepared statements kept for the life of one connection (private to stride::storage).
namespace stride::storage::detail {

// The statements one SQLite connection has prepared, by their SQL text, so that a statement run
// again is not parsed and planned again. A statement is lent to one user at a time: asking for a
// statement that is lent already (a nested use of the same SQL) prepares a separate one for that
// use. Not thread-safe, like the connection. Destroy it before the connection.
class StatementCache {
 public:
  explicit StatementCache(SQLite::Database& database) : m_database(database) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // A statement lent until the lease ends, which resets it and clears its bindings, so a lent
  // statement never keeps a read open past its use, even when its user throws.
  class Lease {
   public:
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();

    [[nodiscard]] SQLite::Statement& operator*() const { return *m_statement; }
    [[nodiscard]] SQLite::Statement* operator->() const { return m_statement; }

   private:
    friend class StatementCache;
    Lease(SQLite::Statement& statement, bool* lent) : m_statement(&statement), m_lent(lent) {}
    explicit Lease(std::unique_ptr<SQLite::Statement> own);

    SQLite::Statement* m_statement;
    bool* m_lent = nullptr;                     // the cache's flag for a cached statement
    std::unique_ptr<SQLite::Statement> m_own;  // a statement prepared for a nested use only
  };

  [[nodiscard]] SQLite::Database& database() const { return m_database; }

  // The prepared statement for `sql`. Throws SQLite::Exception when the SQL does not prepare.
  [[nodiscard]] Lease lend(std::string_view sql);

 private:
  struct Entry {
    std::unique_ptr<SQLite::Statement> statement;
    bool lent = false;
  };

  SQLite::Database& m_database;
  core::StringMap<Entry> m_entries;
};

}  // namespace stride::storage::detail
