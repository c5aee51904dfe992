#include "stride/service/parallel_batch.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>
#include <stdexcept>
#include <tuple>
#include <vector>

namespace stride::service {
namespace {

class EveryIndexOnce : public ::testing::TestWithParam<std::tuple<std::size_t, std::size_t>> {};

TEST_P(EveryIndexOnce, EachIndexIsWorkedExactlyOnce) {
  const auto [count, workers] = GetParam();
  std::vector<std::atomic<int>> calls(count);
  for_each_index_in_parallel(count, workers, [&](std::size_t index) { calls[index].fetch_add(1); });
  for (std::size_t index = 0; index < count; ++index) EXPECT_EQ(calls[index].load(), 1) << "index " << index;
}

INSTANTIATE_TEST_SUITE_P(CountsAndWorkers, EveryIndexOnce,
                         ::testing::Combine(::testing::Values(0, 1, 15, 16, 17, 1000, 10007),
                                            ::testing::Values(1, 2, 3, 8)));

TEST(ParallelBatch, ResultsWrittenByIndexMatchASerialLoop) {
  constexpr std::size_t kCount = 5000;
  std::vector<std::size_t> serial(kCount);
  std::vector<std::size_t> parallel(kCount);
  for (std::size_t index = 0; index < kCount; ++index) serial[index] = index * index % 97;
  for_each_index_in_parallel(kCount, 4, [&](std::size_t index) { parallel[index] = index * index % 97; });
  EXPECT_EQ(serial, parallel);
}

TEST(ParallelBatch, TheFirstFailureIsRethrownAndLaterChunksAreNotStarted) {
  std::atomic<std::size_t> calls{0};
  EXPECT_THROW(for_each_index_in_parallel(100000, 2,
                                          [&](std::size_t index) {
                                            calls.fetch_add(1);
                                            if (index == 40) throw std::runtime_error("item 40 failed");
                                          }),
               std::runtime_error);
  EXPECT_LT(calls.load(), 100000u);
}

TEST(ParallelBatch, AtLeastOneWorkerEvenWhenAskedForNone) {
  std::size_t calls = 0;
  for_each_index_in_parallel(20, 0, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 20u);
  EXPECT_GE(default_worker_count(), 1u);
}

}  // namespace
}  // namespace stride::service
