// The storage port's sign-in failure contract (core/account_store.hpp, SignInFailureRepository),
// against every store: failures kept by key and read back from a moment on, oldest first; the old
// ones forgotten as new ones come; an empty key refused; a failed unit of work keeps none.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using namespace std::chrono_literals;

// 2026-11-21T07:30:00Z
const core::Instant kFailureMorning{std::chrono::seconds{1795247400}};

template <class Kind>
class SignInFailureContract : public StoreContract<Kind> {};
TYPED_TEST_SUITE(SignInFailureContract, StoreKinds, KindNames);

TYPED_TEST(SignInFailureContract, FailuresAreReadByKeyFromAMomentOnOldestFirst) {
  auto& store = this->store();
  ASSERT_TRUE(store.record_sign_in_failure("key-a", kFailureMorning + 20s, kFailureMorning - 1h));
  ASSERT_TRUE(store.record_sign_in_failure("key-a", kFailureMorning, kFailureMorning - 1h));
  ASSERT_TRUE(store.record_sign_in_failure("key-b", kFailureMorning + 5s, kFailureMorning - 1h));
  ASSERT_TRUE(store.record_sign_in_failure("key-a", kFailureMorning + 10s, kFailureMorning - 1h));
  EXPECT_EQ(*store.sign_in_failures("key-a", kFailureMorning), (std::vector{kFailureMorning, kFailureMorning + 10s, kFailureMorning + 20s}));
  EXPECT_EQ(*store.sign_in_failures("key-a", kFailureMorning + 10s), (std::vector{kFailureMorning + 10s, kFailureMorning + 20s}));
  EXPECT_EQ(*store.sign_in_failures("key-b", kFailureMorning), (std::vector{kFailureMorning + 5s}));
  EXPECT_TRUE(store.sign_in_failures("key-c", kFailureMorning)->empty());
}

TYPED_TEST(SignInFailureContract, ARecordForgetsEveryKeysFailuresBeforeItsCutOff) {
  auto& store = this->store();
  ASSERT_TRUE(store.record_sign_in_failure("key-a", kFailureMorning, kFailureMorning - 1h));
  ASSERT_TRUE(store.record_sign_in_failure("key-b", kFailureMorning + 30s, kFailureMorning - 1h));
  ASSERT_TRUE(store.record_sign_in_failure("key-c", kFailureMorning + 60s, kFailureMorning + 30s));
  EXPECT_TRUE(store.sign_in_failures("key-a", kFailureMorning - 1h)->empty());
  EXPECT_EQ(*store.sign_in_failures("key-b", kFailureMorning - 1h), (std::vector{kFailureMorning + 30s}));
  EXPECT_EQ(*store.sign_in_failures("key-c", kFailureMorning - 1h), (std::vector{kFailureMorning + 60s}));
}

TYPED_TEST(SignInFailureContract, AnEmptyKeyIsRefusedAndAFailedUnitKeepsNone) {
  auto& store = this->store();
  const auto refused = store.record_sign_in_failure("", kFailureMorning, kFailureMorning);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
  const auto unit = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY_STATUS(store.record_sign_in_failure("key-a", kFailureMorning, kFailureMorning));
    return std::unexpected(core::make_error(ErrorCode::Conflict, "the unit fails"));
  });
  ASSERT_FALSE(unit);
  EXPECT_TRUE(store.sign_in_failures("key-a", kFailureMorning - 1h)->empty());
}

}  // namespace
}  // namespace stride::storage
