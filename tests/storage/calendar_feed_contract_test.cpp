// The storage port's calendar-feed contract (core/account_store.hpp, CalendarFeedRepository),
// against MemoryStore and SqliteStore: one feed per athlete, found by the digest of its secret,
// replaced whole, and deleted with its athlete or the account that made it.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using namespace std::chrono_literals;

// 2026-11-21T07:30:00Z
const core::Instant kFeedMorning{std::chrono::seconds{1795247400}};

template <class Kind>
class CalendarFeedContract : public StoreContract<Kind> {
 protected:
  core::AccountId add_runner(const std::string& email) {
    return testing::expect_value(
        this->store().add_account({email, "Ana Runner", core::AccountRole::Runner, "hash-of-" + email}, kFeedMorning),
        "add_account");
  }
  core::AthleteId add_owned(core::AccountId owner) {
    return testing::expect_value(this->store().add_owned_athlete(testing::load_athlete("examples/athlete.json"), owner),
                                 "add_owned_athlete");
  }
};
TYPED_TEST_SUITE(CalendarFeedContract, StoreKinds, KindNames);

TYPED_TEST(CalendarFeedContract, AFeedIsFoundByItsDigestAndByItsAthlete) {
  auto& store = this->store();
  const auto runner = this->add_runner("ana@example.org");
  const auto athlete = this->add_owned(runner);
  EXPECT_FALSE(*store.calendar_feed(athlete));
  ASSERT_TRUE(store.set_calendar_feed(athlete, runner, "feed-1", kFeedMorning));
  const core::CalendarFeedRecord expected{athlete, runner, kFeedMorning};
  EXPECT_EQ(*store.calendar_feed(athlete), expected);
  EXPECT_EQ(*store.find_calendar_feed("feed-1"), expected);
  EXPECT_FALSE(*store.find_calendar_feed("feed-2"));
  EXPECT_FALSE(*store.find_calendar_feed(""));
  EXPECT_FALSE(*store.calendar_feed(core::AthleteId{99}));
}

TYPED_TEST(CalendarFeedContract, ASecondFeedReplacesTheFirstWhoseDigestNamesNothingThen) {
  auto& store = this->store();
  const auto runner = this->add_runner("ana@example.org");
  const auto athlete = this->add_owned(runner);
  ASSERT_TRUE(store.set_calendar_feed(athlete, runner, "feed-1", kFeedMorning));
  ASSERT_TRUE(store.set_calendar_feed(athlete, runner, "feed-2", kFeedMorning + 1h));
  EXPECT_FALSE(*store.find_calendar_feed("feed-1"));
  EXPECT_EQ(*store.find_calendar_feed("feed-2"), (core::CalendarFeedRecord{athlete, runner, kFeedMorning + 1h}));
  EXPECT_EQ(*store.calendar_feed(athlete), (core::CalendarFeedRecord{athlete, runner, kFeedMorning + 1h}));
}

TYPED_TEST(CalendarFeedContract, RefusesUnknownAthletesAndAccountsEmptyAndRepeatedDigests) {
  auto& store = this->store();
  const auto runner = this->add_runner("ana@example.org");
  const auto athlete = this->add_owned(runner);
  const auto second = this->add_owned(runner);
  EXPECT_EQ(store.set_calendar_feed(core::AthleteId{99}, runner, "d", kFeedMorning).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.set_calendar_feed(athlete, core::AccountId{99}, "d", kFeedMorning).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.set_calendar_feed(athlete, runner, "", kFeedMorning).error().code, ErrorCode::InvalidInput);
  ASSERT_TRUE(store.set_calendar_feed(athlete, runner, "feed-1", kFeedMorning));
  EXPECT_EQ(store.set_calendar_feed(second, runner, "feed-1", kFeedMorning).error().code, ErrorCode::Conflict);
  EXPECT_FALSE(*store.calendar_feed(second));
  EXPECT_EQ(store.find_calendar_feed("feed-1")->value().athlete, athlete);
}

TYPED_TEST(CalendarFeedContract, DeletingTheFeedItsAthleteOrItsAccountDeletesIt) {
  auto& store = this->store();
  const auto runner = this->add_runner("ana@example.org");
  const auto other = this->add_runner("bo@example.org");
  const auto first = this->add_owned(runner);
  const auto second = this->add_owned(runner);
  const auto third = this->add_owned(other);
  ASSERT_TRUE(store.set_calendar_feed(first, runner, "feed-1", kFeedMorning));
  ASSERT_TRUE(store.set_calendar_feed(second, runner, "feed-2", kFeedMorning));
  ASSERT_TRUE(store.set_calendar_feed(third, other, "feed-3", kFeedMorning));

  ASSERT_TRUE(store.delete_calendar_feed(first));
  EXPECT_FALSE(*store.find_calendar_feed("feed-1"));
  EXPECT_TRUE(store.delete_calendar_feed(first)) << "deleting a feed that is gone is not an error";
  EXPECT_TRUE(store.delete_calendar_feed(core::AthleteId{99}));

  ASSERT_TRUE(store.delete_athlete(second));
  EXPECT_FALSE(*store.find_calendar_feed("feed-2"));

  ASSERT_TRUE(store.delete_account(other));
  EXPECT_FALSE(*store.find_calendar_feed("feed-3"));
  EXPECT_FALSE(*store.calendar_feed(third));
}

TYPED_TEST(CalendarFeedContract, AFailedUnitOfWorkTakesTheFeedBack) {
  auto& store = this->store();
  const auto runner = this->add_runner("ana@example.org");
  const auto athlete = this->add_owned(runner);
  ASSERT_TRUE(store.set_calendar_feed(athlete, runner, "feed-1", kFeedMorning));
  const auto status = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY_STATUS(store.set_calendar_feed(athlete, runner, "feed-2", kFeedMorning + 1h));
    return std::unexpected(core::make_error(ErrorCode::Conflict, "changed my mind"));
  });
  ASSERT_FALSE(status);
  EXPECT_TRUE(*store.find_calendar_feed("feed-1"));
  EXPECT_FALSE(*store.find_calendar_feed("feed-2"));
}

}  // namespace
}  // namespace stride::storage
