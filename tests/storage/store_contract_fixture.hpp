#pragma once

// The fixture of the storage port's contract suites: each typed test runs against MemoryStore
// and SqliteStore (a new database file per test). A suite names it with
// TYPED_TEST_SUITE(StoreContract, StoreKinds, KindNames).

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <type_traits>

#include "store_test_support.hpp"
#include "stride/storage/memory_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

struct InMemory {
  static std::unique_ptr<core::Store> create(const testing::TemporaryDirectory&) {
    return std::make_unique<MemoryStore>();
  }
};

struct InSqlite {
  static std::unique_ptr<core::Store> create(const testing::TemporaryDirectory& directory) {
    return testing::expect_value(SqliteStore::open(directory.file("stride.db")), "opening the database");
  }
};

template <class Kind>
class StoreContract : public ::testing::Test {
 protected:
  core::Store& store() { return *m_store; }

  core::AthleteId add_example_athlete() {
    return testing::expect_value(store().add_athlete(testing::load_athlete("examples/athlete.json")), "add_athlete");
  }

 private:
  testing::TemporaryDirectory m_directory;
  std::unique_ptr<core::Store> m_store = Kind::create(m_directory);
};

struct KindNames {
  template <class Kind>
  static std::string GetName(int) {
    return std::is_same_v<Kind, InMemory> ? "Memory" : "Sqlite";
  }
};

using StoreKinds = ::testing::Types<InMemory, InSqlite>;

}  // namespace stride::storage
