// The pool of stores the web server lends to its requests: never one store to two borrowers,
// borrowers wait while every store is lent, and a failed opener is the pool's error.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "stride/service/store_pool.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::service {
namespace {

TEST(StorePool, NeverLendsOneStoreToTwoBorrowersAtOnce) {
  auto pool = StorePool::create([] { return core::Result<std::unique_ptr<core::Store>>(std::make_unique<storage::MemoryStore>()); }, 3);
  ASSERT_TRUE(pool) << pool.error().describe();
  EXPECT_EQ((*pool)->size(), 3u);
  std::mutex mutex;
  std::set<core::Store*> in_use;
  std::atomic<int> overlaps{0};
  std::atomic<int> most{0};
  std::vector<std::thread> borrowers;
  for (int thread = 0; thread < 8; ++thread) {
    borrowers.emplace_back([&] {
      for (int round = 0; round < 200; ++round) {
        const auto lease = (*pool)->lease();
        {
          const std::lock_guard lock(mutex);
          if (!in_use.insert(&lease.store()).second) ++overlaps;
          most = std::max<int>(most, static_cast<int>(in_use.size()));
        }
        std::this_thread::yield();
        const std::lock_guard lock(mutex);
        in_use.erase(&lease.store());
      }
    });
  }
  for (auto& borrower : borrowers) borrower.join();
  EXPECT_EQ(overlaps, 0);
  EXPECT_LE(most, 3);
}

TEST(StorePool, ABorrowerWaitsUntilAStoreComesBack) {
  auto pool = StorePool::of_one(std::make_unique<storage::MemoryStore>());
  auto first = std::make_unique<StorePool::Lease>(pool->lease());
  std::atomic<bool> got{false};
  std::thread second([&] {
    const auto lease = pool->lease();
    got = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(got);
  first.reset();
  second.join();
  EXPECT_TRUE(got);
}

TEST(StorePool, AnOpenerThatFailsIsThePoolsError) {
  int opened = 0;
  auto pool = StorePool::create(
      [&]() -> core::Result<std::unique_ptr<core::Store>> {
        if (++opened == 2) return std::unexpected(core::make_error(core::ErrorCode::Io, "disk gone", "stride.db"));
        return std::make_unique<storage::MemoryStore>();
      },
      4);
  ASSERT_FALSE(pool);
  EXPECT_EQ(pool.error().message, "disk gone");
  EXPECT_EQ(opened, 2);
}

}  // namespace
}  // namespace stride::service
