#pragma once

// The fixture of the storage port's contract suites: each typed test runs against MemoryStore,
// SqliteStore (a new database file per test) and PostgresStore (a new schema per test in the test
// cluster; skipped, saying why, without one). A suite names it with
// TYPED_TEST_SUITE(StoreContract, StoreKinds, KindNames).

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#include "postgres_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/memory_store.hpp"
#include "stride/storage/postgres_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

// Each kind of store: where its data lives for one test (Place), why it cannot run here (nullopt
// when it can), and how to open it there.
struct InMemory {
  using Place = testing::TemporaryDirectory;
  static std::optional<std::string> unavailable() { return std::nullopt; }
  static std::unique_ptr<core::Store> create(const Place&) { return std::make_unique<MemoryStore>(); }
};

struct InSqlite {
  using Place = testing::TemporaryDirectory;
  static std::optional<std::string> unavailable() { return std::nullopt; }
  static std::unique_ptr<core::Store> create(const Place& directory) {
    return testing::expect_value(SqliteStore::open(directory.file("stride.db")), "opening the database");
  }
};

struct InPostgres {
  using Place = testing::PostgresSchema;
  static std::optional<std::string> unavailable() { return testing::postgres_unavailable(); }
  static std::unique_ptr<core::Store> create(const Place& schema) {
    return testing::expect_value(PostgresStore::open(schema.url()), "opening the database");
  }
};

template <class Kind>
class StoreContract : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const auto reason = Kind::unavailable()) GTEST_SKIP() << *reason;
    m_place = std::make_unique<typename Kind::Place>();
    m_store = Kind::create(*m_place);
  }

  core::Store& store() { return *m_store; }

  core::AthleteId add_example_athlete() {
    return testing::expect_value(store().add_athlete(testing::load_athlete("examples/athlete.json")), "add_athlete");
  }

 private:
  std::unique_ptr<typename Kind::Place> m_place;
  std::unique_ptr<core::Store> m_store;  // last, so closed before its place goes
};

struct KindNames {
  template <class Kind>
  static std::string GetName(int) {
    if (std::is_same_v<Kind, InMemory>) return "Memory";
    return std::is_same_v<Kind, InSqlite> ? "Sqlite" : "Postgres";
  }
};

using StoreKinds = ::testing::Types<InMemory, InSqlite, InPostgres>;

}  // namespace stride::storage
