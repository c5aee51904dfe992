// AnswerCache: an answer is found only at the revision it was kept at, the least recently used go
// first when the bytes run out, and many threads may use one cache at once.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "answer_cache.hpp"

namespace stride::http {
namespace {

std::shared_ptr<const KeptAnswer> answer_of(std::size_t bytes, char fill = 'x') {
  auto answer = std::make_shared<KeptAnswer>();
  answer->body = std::string(bytes, fill);
  return answer;
}

TEST(AnswerCache, AnAnswerIsFoundOnlyUnderItsKeyAtItsRevision) {
  AnswerCache cache(1000);
  EXPECT_EQ(cache.find("status 1", 7), nullptr);
  const auto kept = answer_of(10);
  cache.keep("status 1", 7, kept, kept->bytes());
  EXPECT_EQ(cache.find("status 1", 7), kept);
  EXPECT_EQ(cache.find("status 1", 8), nullptr);
  EXPECT_EQ(cache.find("status 2", 7), nullptr);
  const auto newer = answer_of(20, 'y');
  cache.keep("status 1", 8, newer, newer->bytes());
  EXPECT_EQ(cache.find("status 1", 7), nullptr);
  EXPECT_EQ(cache.find("status 1", 8), newer);
  EXPECT_EQ(cache.size_bytes(), 20U);
}

TEST(AnswerCache, TheLeastRecentlyUsedGoFirstWhenTheBytesRunOut) {
  AnswerCache cache(100);
  cache.keep("a", 1, answer_of(40), 40);
  cache.keep("b", 1, answer_of(40), 40);
  ASSERT_NE(cache.find("a", 1), nullptr);  // a is now more recent than b
  cache.keep("c", 1, answer_of(40), 40);
  EXPECT_NE(cache.find("a", 1), nullptr);
  EXPECT_EQ(cache.find("b", 1), nullptr);
  EXPECT_NE(cache.find("c", 1), nullptr);
  EXPECT_EQ(cache.size_bytes(), 80U);
}

TEST(AnswerCache, AnAnswerLargerThanTheWholeCacheIsNotKept) {
  AnswerCache cache(100);
  cache.keep("small", 1, answer_of(60), 60);
  cache.keep("large", 1, answer_of(101), 101);
  EXPECT_EQ(cache.find("large", 1), nullptr);
  EXPECT_NE(cache.find("small", 1), nullptr);
}

TEST(AnswerCache, ManyThreadsKeepAndFindAtOnce) {
  AnswerCache cache(64 * 100);
  std::vector<std::thread> threads;
  for (int thread = 0; thread < 8; ++thread) {
    threads.emplace_back([&cache, thread] {
      for (int round = 0; round < 2000; ++round) {
        const std::string key = "key " + std::to_string((thread * 31 + round) % 200);
        const auto found = cache.find(key, round % 3);
        if (found) {
          EXPECT_EQ(found->body.size(), 64U);
        } else {
          cache.keep(key, round % 3, answer_of(64), 64);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_LE(cache.size_bytes(), 64U * 100);
}

}  // namespace
}  // namespace stride::http
