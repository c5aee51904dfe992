// The storage port's hand-over contract (core/account_store.hpp, HandoverRepository), against
// MemoryStore and SqliteStore: one code per athlete, found by its digest, replaced whole, spent
// once (which makes the runner the owner and changes the athlete's revision), and deleted with its
// athlete or the coach account that made it.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using namespace std::chrono_literals;

// 2026-11-21T07:30:00Z
const core::Instant kHandoverMorning{std::chrono::seconds{1795247400}};
const core::Instant kHandoverExpiry = kHandoverMorning + 7 * 24h;

template <class Kind>
class HandoverContract : public StoreContract<Kind> {
 protected:
  core::AccountId add_account(const std::string& email, core::AccountRole role) {
    return testing::expect_value(
        this->store().add_account({email, "Someone", role, "hash-of-" + email}, kHandoverMorning), "add_account");
  }
  core::AthleteId add_owned(core::AccountId owner) {
    return testing::expect_value(this->store().add_owned_athlete(testing::load_athlete("examples/athlete.json"), owner),
                                 "add_owned_athlete");
  }
};
TYPED_TEST_SUITE(HandoverContract, StoreKinds, KindNames);

TYPED_TEST(HandoverContract, ACodeIsFoundByItsDigestAndANewOneReplacesIt) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto athlete = this->add_owned(coach);
  EXPECT_FALSE(*store.find_handover("code-1"));
  ASSERT_TRUE(store.set_handover(athlete, coach, "code-1", kHandoverMorning, kHandoverExpiry));
  EXPECT_EQ(*store.find_handover("code-1"),
            (core::HandoverRecord{athlete, coach, kHandoverMorning, kHandoverExpiry, std::nullopt}));
  ASSERT_TRUE(store.set_handover(athlete, coach, "code-2", kHandoverMorning + 1h, kHandoverExpiry + 1h));
  EXPECT_FALSE(*store.find_handover("code-1"));
  EXPECT_EQ(*store.find_handover("code-2"),
            (core::HandoverRecord{athlete, coach, kHandoverMorning + 1h, kHandoverExpiry + 1h, std::nullopt}));
  EXPECT_FALSE(*store.find_handover(""));
}

TYPED_TEST(HandoverContract, CompletingMakesTheRunnerTheOwnerOnceAndChangesTheRevision) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto runner = this->add_account("runner@example.org", core::AccountRole::Runner);
  const auto athlete = this->add_owned(coach);
  ASSERT_TRUE(store.set_handover(athlete, coach, "code-1", kHandoverMorning, kHandoverExpiry));
  const auto revision = *store.athlete_revision(athlete);
  ASSERT_TRUE(store.complete_handover(athlete, runner, kHandoverMorning + 1h));
  EXPECT_EQ(store.find_handover("code-1")->value().accepted, kHandoverMorning + 1h);
  EXPECT_NE(*store.athlete_revision(athlete), revision);
  EXPECT_EQ(*store.athlete_relation(athlete, runner), (core::AthleteRelation{true, false, false}));
  EXPECT_EQ(*store.athlete_relation(athlete, coach), (core::AthleteRelation{false, true, false}))
      << "the creator stays; completing grants the coach nothing";
  EXPECT_TRUE(store.visible_athletes(coach)->empty()) << "having created an athlete shows it to nobody";

  const auto again = store.complete_handover(athlete, runner, kHandoverMorning + 2h);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(store.find_handover("code-1")->value().accepted, kHandoverMorning + 1h);
}

TYPED_TEST(HandoverContract, RefusesUnknownAthletesAccountsEmptyAndRepeatedDigestsAndEmptySpans) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto athlete = this->add_owned(coach);
  const auto second = this->add_owned(coach);
  EXPECT_EQ(store.set_handover(core::AthleteId{99}, coach, "d", kHandoverMorning, kHandoverExpiry).error().code,
            ErrorCode::NotFound);
  EXPECT_EQ(store.set_handover(athlete, core::AccountId{99}, "d", kHandoverMorning, kHandoverExpiry).error().code,
            ErrorCode::NotFound);
  EXPECT_EQ(store.set_handover(athlete, coach, "", kHandoverMorning, kHandoverExpiry).error().code,
            ErrorCode::InvalidInput);
  EXPECT_EQ(store.set_handover(athlete, coach, "d", kHandoverMorning, kHandoverMorning).error().code,
            ErrorCode::InvalidInput);
  ASSERT_TRUE(store.set_handover(athlete, coach, "code-1", kHandoverMorning, kHandoverExpiry));
  EXPECT_EQ(store.set_handover(second, coach, "code-1", kHandoverMorning, kHandoverExpiry).error().code,
            ErrorCode::Conflict);
  EXPECT_EQ(store.complete_handover(second, coach, kHandoverMorning).error().code, ErrorCode::NotFound)
      << "an athlete without a code";
  EXPECT_EQ(store.complete_handover(athlete, core::AccountId{99}, kHandoverMorning).error().code, ErrorCode::NotFound);
  EXPECT_FALSE(store.find_handover("code-1")->value().accepted) << "a refusal spends nothing";
}

TYPED_TEST(HandoverContract, DeletingTheAthleteOrTheCoachsAccountDeletesTheCode) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto other_coach = this->add_account("other@example.org", core::AccountRole::Coach);
  const auto first = this->add_owned(coach);
  const auto second = this->add_owned(other_coach);
  ASSERT_TRUE(store.set_handover(first, coach, "code-1", kHandoverMorning, kHandoverExpiry));
  ASSERT_TRUE(store.set_handover(second, other_coach, "code-2", kHandoverMorning, kHandoverExpiry));
  ASSERT_TRUE(store.delete_athlete(first));
  EXPECT_FALSE(*store.find_handover("code-1"));
  ASSERT_TRUE(store.delete_account(other_coach));
  EXPECT_FALSE(*store.find_handover("code-2"));
}

TYPED_TEST(HandoverContract, AFailedUnitOfWorkSpendsNothing) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto runner = this->add_account("runner@example.org", core::AccountRole::Runner);
  const auto athlete = this->add_owned(coach);
  ASSERT_TRUE(store.set_handover(athlete, coach, "code-1", kHandoverMorning, kHandoverExpiry));
  const auto status = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY_STATUS(store.complete_handover(athlete, runner, kHandoverMorning));
    return std::unexpected(core::make_error(ErrorCode::Internal, "the grant failed"));
  });
  ASSERT_FALSE(status);
  EXPECT_FALSE(store.find_handover("code-1")->value().accepted);
  EXPECT_TRUE(store.athlete_relation(athlete, coach)->owner);
  EXPECT_FALSE(store.athlete_relation(athlete, runner)->owner);
}

}  // namespace
}  // namespace stride::storage
