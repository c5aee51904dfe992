// The in-process sign-in limiter: a sliding window of failures per e-mail and per client address.

#include "stride/service/sign_in_limiter.hpp"

#include <gtest/gtest.h>

namespace stride::service {
namespace {

using namespace std::chrono_literals;

const core::Instant kStart{std::chrono::seconds{1795247400}};

TEST(SignInLimiter, TheEleventhTryInAMinuteWaitsUntilTheOldestFailureLeavesTheWindow) {
  InMemorySignInLimiter limiter;
  for (int failure = 0; failure < 9; ++failure) limiter.record_failure("ana", "client", kStart + failure * 5s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "client", kStart + 45s), 0s) << "nine failures: one more try";
  limiter.record_failure("ana", "client", kStart + 45s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "client", kStart + 45s), 15s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "elsewhere", kStart + 50s), 10s) << "the e-mail's counter";
  EXPECT_EQ(limiter.wait_before_sign_in("ben", "client", kStart + 50s), 10s) << "the client's counter";
  EXPECT_EQ(limiter.wait_before_sign_in("ben", "elsewhere", kStart + 50s), 0s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "client", kStart + 60s), 0s) << "the first failure has left";
  limiter.record_failure("ana", "client", kStart + 60s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "client", kStart + 60s), 5s) << "now the second is the oldest";
}

TEST(SignInLimiter, TheLongerOfTheTwoWaitsApplies) {
  InMemorySignInLimiter limiter({.failures = 2, .window = 100s});
  limiter.record_failure("ana", "one", kStart);
  limiter.record_failure("ana", "two", kStart + 10s);
  limiter.record_failure("ben", "two", kStart + 20s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "two", kStart + 30s), 80s) << "ana waits 70 s, client two 80 s";
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "three", kStart + 30s), 70s);
  EXPECT_EQ(limiter.wait_before_sign_in("cy", "one", kStart + 30s), 0s);
}

TEST(SignInLimiter, ManyQuietKeysAreForgottenWithoutLosingTheLiveOnes) {
  InMemorySignInLimiter limiter({.failures = 1, .window = 60s});
  for (int key = 0; key < 5000; ++key) limiter.record_failure("user" + std::to_string(key), "c" + std::to_string(key), kStart);
  limiter.record_failure("ana", "live", kStart + 120s);
  EXPECT_EQ(limiter.wait_before_sign_in("ana", "x", kStart + 130s), 50s);
  EXPECT_EQ(limiter.wait_before_sign_in("user1", "c1", kStart + 130s), 0s);
}

}  // namespace
}  // namespace stride::service
