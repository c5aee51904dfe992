// The sign-in limiters: a sliding window of failures per e-mail and per client address, in this
// process (InMemorySignInLimiter) or in the store (StoredSignInLimiter, on the in-memory store and
// on an SQLite file), which every limiter on the same database shares.

#include "stride/service/sign_in_limiter.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "account_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/memory_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::service {
namespace {

using namespace std::chrono_literals;

const core::Instant kStart{std::chrono::seconds{1795247400}};

struct InProcess {
  static std::unique_ptr<SignInLimiter> limiter(core::Secrets&, SignInLimits limits) {
    return std::make_unique<InMemorySignInLimiter>(limits);
  }
  static std::unique_ptr<core::Store> store(const testing::TemporaryDirectory&) {
    return std::make_unique<storage::MemoryStore>();
  }
};

struct StoredInMemory {
  static std::unique_ptr<SignInLimiter> limiter(core::Secrets& secrets, SignInLimits limits) {
    return std::make_unique<StoredSignInLimiter>(secrets, limits);
  }
  static std::unique_ptr<core::Store> store(const testing::TemporaryDirectory&) {
    return std::make_unique<storage::MemoryStore>();
  }
};

struct StoredInSqlite {
  static std::unique_ptr<SignInLimiter> limiter(core::Secrets& secrets, SignInLimits limits) {
    return std::make_unique<StoredSignInLimiter>(secrets, limits);
  }
  static std::unique_ptr<core::Store> store(const testing::TemporaryDirectory& directory) {
    return testing::expect_value(storage::SqliteStore::open(directory.file("stride.db")), "opening the database");
  }
};

template <class Kind>
class SignInLimiters : public ::testing::Test {
 protected:
  void use(SignInLimits limits) { m_limiter = Kind::limiter(m_secrets, limits); }

  void fail(const std::string& email, const std::string& client, core::Instant at) {
    ASSERT_TRUE(m_limiter->record_failure(*m_store, email, client, at).has_value());
  }
  std::chrono::seconds wait(const std::string& email, const std::string& client, core::Instant at) {
    return testing::expect_value(m_limiter->wait_before_sign_in(*m_store, email, client, at), "wait_before_sign_in");
  }

  testing::TemporaryDirectory m_directory;
  security::SodiumSecrets m_secrets = testing::cheap_secrets();
  std::unique_ptr<core::Store> m_store = Kind::store(m_directory);
  std::unique_ptr<SignInLimiter> m_limiter = Kind::limiter(m_secrets, {});
};

using Kinds = ::testing::Types<InProcess, StoredInMemory, StoredInSqlite>;
TYPED_TEST_SUITE(SignInLimiters, Kinds);

TYPED_TEST(SignInLimiters, TheEleventhTryInAMinuteWaitsUntilTheOldestFailureLeavesTheWindow) {
  for (int failure = 0; failure < 9; ++failure) this->fail("ana", "client", kStart + failure * 5s);
  EXPECT_EQ(this->wait("ana", "client", kStart + 45s), 0s) << "nine failures: one more try";
  this->fail("ana", "client", kStart + 45s);
  EXPECT_EQ(this->wait("ana", "client", kStart + 45s), 15s);
  EXPECT_EQ(this->wait("ana", "elsewhere", kStart + 50s), 10s) << "the e-mail's counter";
  EXPECT_EQ(this->wait("ben", "client", kStart + 50s), 10s) << "the client's counter";
  EXPECT_EQ(this->wait("ben", "elsewhere", kStart + 50s), 0s);
  EXPECT_EQ(this->wait("ana", "client", kStart + 60s), 0s) << "the first failure has left";
  this->fail("ana", "client", kStart + 60s);
  EXPECT_EQ(this->wait("ana", "client", kStart + 60s), 5s) << "now the second is the oldest";
}

TYPED_TEST(SignInLimiters, TheLongerOfTheTwoWaitsApplies) {
  this->use({.failures = 2, .window = 100s});
  this->fail("ana", "one", kStart);
  this->fail("ana", "two", kStart + 10s);
  this->fail("ben", "two", kStart + 20s);
  EXPECT_EQ(this->wait("ana", "two", kStart + 30s), 80s) << "ana waits 70 s, client two 80 s";
  EXPECT_EQ(this->wait("ana", "three", kStart + 30s), 70s);
  EXPECT_EQ(this->wait("cy", "one", kStart + 30s), 0s);
}

TYPED_TEST(SignInLimiters, ManyQuietKeysAreForgottenWithoutLosingTheLiveOnes) {
  this->use({.failures = 1, .window = 60s});
  for (int key = 0; key < 5000; ++key) this->fail("user" + std::to_string(key), "c" + std::to_string(key), kStart);
  this->fail("ana", "live", kStart + 120s);
  EXPECT_EQ(this->wait("ana", "x", kStart + 130s), 50s);
  EXPECT_EQ(this->wait("user1", "c1", kStart + 130s), 0s);
}

// Two server processes on one database: failures counted by one refuse sign-ins on the other.
TEST(StoredSignInLimiter, TwoLimitersOnOneDatabaseCountTheSameFailures) {
  testing::TemporaryDirectory directory;
  auto secrets = testing::cheap_secrets();
  auto first_store = testing::expect_value(storage::SqliteStore::open(directory.file("stride.db")), "first");
  auto second_store = testing::expect_value(storage::SqliteStore::open(directory.file("stride.db")), "second");
  StoredSignInLimiter first(secrets, {.failures = 3, .window = 60s});
  StoredSignInLimiter second(secrets, {.failures = 3, .window = 60s});
  ASSERT_TRUE(first.record_failure(*first_store, "ana", "a", kStart).has_value());
  ASSERT_TRUE(second.record_failure(*second_store, "ana", "b", kStart + 10s).has_value());
  EXPECT_EQ(testing::expect_value(first.wait_before_sign_in(*first_store, "ana", "c", kStart + 20s), "wait"), 0s);
  ASSERT_TRUE(first.record_failure(*first_store, "ana", "c", kStart + 20s).has_value());
  EXPECT_EQ(testing::expect_value(second.wait_before_sign_in(*second_store, "ana", "d", kStart + 30s), "wait"), 30s);
}

}  // namespace
}  // namespace stride::service
