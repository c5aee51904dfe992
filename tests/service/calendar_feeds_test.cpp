// The calendar-feed use cases (service/calendar_feeds.hpp) on MemoryStore and SqliteStore: a secret
// shown once and stored as a digest, the feed's content by secret (the athlete's newest plan, or
// none yet), replacing and revoking, and the secrets that name nothing.
#include "stride/service/calendar_feeds.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "account_test_support.hpp"
#include "stride/service/athlete_records.hpp"
#include "stride/service/coaching.hpp"
#include "stride/storage/sqlite_store.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

const core::Date kFeedToday{std::chrono::year{2026} / 11 / 22};

struct MemoryFeedStore {
  static std::unique_ptr<core::Store> open(const std::filesystem::path&) {
    return std::make_unique<storage::MemoryStore>();
  }
};

struct SqliteFeedStore {
  static std::unique_ptr<core::Store> open(const std::filesystem::path& directory) {
    return testing::expect_ok(storage::SqliteStore::open((directory / "stride.db").string()), "opening the database");
  }
};

template <class Kind>
class CalendarFeeds : public ::testing::Test {
 protected:
  CalendarFeeds() {
    std::filesystem::create_directories(m_directory);
    m_store = Kind::open(m_directory);
  }
  ~CalendarFeeds() override {
    m_store.reset();
    std::filesystem::remove_all(m_directory);
  }

  core::Store& store() { return *m_store; }

  core::Account sign_up(const std::string& email) {
    return testing::expect_ok(service::sign_up(*m_store, m_secrets,
                                               {email, "correct horse battery", "Ana Runner", core::AccountRole::Runner},
                                               testing::kMorning),
                              email)
        .account;
  }

  core::AthleteId athlete_of(const core::Account& owner) {
    return testing::expect_ok(add_athlete_for(*m_store, owner, testing::example_athlete()), "athlete");
  }

  // True when the secret names no feed (NotFound); a failure for any other error.
  bool names_nothing(std::string_view secret) {
    const auto content = calendar_feed_content(*m_store, m_secrets, secret);
    if (content) return false;
    EXPECT_EQ(content.error().code, core::ErrorCode::NotFound) << content.error().describe();
    EXPECT_EQ(content.error().message, "no such calendar feed");
    return true;
  }

  std::filesystem::path m_directory = std::filesystem::temp_directory_path() /
                                      ("stride-feeds-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::unique_ptr<core::Store> m_store;
  security::SodiumSecrets m_secrets = testing::cheap_secrets();
};

using FeedStoreKinds = ::testing::Types<MemoryFeedStore, SqliteFeedStore>;
class FeedStoreNames {
 public:
  template <class Kind>
  static std::string GetName(int) {
    return std::is_same_v<Kind, MemoryFeedStore> ? "Memory" : "Sqlite";
  }
};
TYPED_TEST_SUITE(CalendarFeeds, FeedStoreKinds, FeedStoreNames);

TYPED_TEST(CalendarFeeds, ASecretIsStoredOnlyAsItsDigestAndAnswersTheAthlete) {
  const auto runner = this->sign_up("ana@example.org");
  const auto athlete = this->athlete_of(runner);
  const auto created = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, runner, athlete, testing::kMorning), "feed");
  EXPECT_GE(created.secret.size(), 22u) << "at least 128 random bits";
  EXPECT_EQ(calendar_feed_path(created.secret), "/calendar/" + created.secret + ".ics");
  EXPECT_FALSE(*this->store().find_calendar_feed(created.secret)) << "the secret itself is not a key";
  EXPECT_TRUE(*this->store().find_calendar_feed(this->m_secrets.token_digest(created.secret)));
  EXPECT_EQ(*calendar_feed_state(this->store(), athlete),
            (core::CalendarFeedRecord{athlete, runner.id, testing::kMorning}));

  const auto content = testing::expect_ok(calendar_feed_content(this->store(), this->m_secrets, created.secret), "content");
  EXPECT_EQ(content.athlete, athlete);
  EXPECT_EQ(content.athlete_name, testing::example_athlete().name);
  EXPECT_FALSE(content.plan) << "no plan is stored yet";
}

TYPED_TEST(CalendarFeeds, TheContentIsTheNewestPlanAndFollowsARePlan) {
  const auto runner = this->sign_up("ana@example.org");
  const auto athlete = this->athlete_of(runner);
  const auto calendar = documents::decode_running_calendar(testing::read_example("runs.json"), "runs.json");
  ASSERT_TRUE(calendar);
  ASSERT_TRUE(this->store().set_running_calendar(athlete, *calendar));
  const auto& catalog = testing::shipped_catalog();
  const auto first = testing::expect_ok(plan_from_stored(catalog, this->store(), athlete, std::nullopt, kFeedToday), "plan");
  const auto secret = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, runner, athlete, testing::kMorning), "feed").secret;
  const auto before = testing::expect_ok(calendar_feed_content(this->store(), this->m_secrets, secret), "before");
  ASSERT_TRUE(before.plan);
  EXPECT_EQ(*before.plan, first.plan);

  const auto later = core::add_days(kFeedToday, 7);
  const auto second = testing::expect_ok(plan_from_stored(catalog, this->store(), athlete, later, kFeedToday), "re-plan");
  const auto after = testing::expect_ok(calendar_feed_content(this->store(), this->m_secrets, secret), "after");
  ASSERT_TRUE(after.plan);
  EXPECT_EQ(*after.plan, second.plan);
  EXPECT_EQ(after.plan->start, later);
}

TYPED_TEST(CalendarFeeds, ReplacingOrRevokingMakesTheOldSecretNameNothing) {
  const auto runner = this->sign_up("ana@example.org");
  const auto athlete = this->athlete_of(runner);
  const auto first = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, runner, athlete, testing::kMorning), "first").secret;
  const auto second = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, runner, athlete, testing::kMorning), "second").secret;
  EXPECT_NE(first, second);
  EXPECT_TRUE(this->names_nothing(first));
  EXPECT_FALSE(this->names_nothing(second));
  ASSERT_TRUE(revoke_calendar_feed(this->store(), athlete));
  EXPECT_TRUE(this->names_nothing(second));
  EXPECT_FALSE(*calendar_feed_state(this->store(), athlete));
  EXPECT_TRUE(revoke_calendar_feed(this->store(), athlete)) << "revoking twice is not an error";
}

TYPED_TEST(CalendarFeeds, MalformedAndUnknownSecretsNameNothing) {
  const auto runner = this->sign_up("ana@example.org");
  const auto athlete = this->athlete_of(runner);
  const auto secret = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, runner, athlete, testing::kMorning), "feed").secret;
  for (const std::string& candidate :
       {std::string(), std::string("x"), secret + "x", secret.substr(1), secret + "/", std::string(129, 'a'),
        std::string("..%2F"), std::string("a b")}) {
    EXPECT_TRUE(this->names_nothing(candidate)) << candidate;
  }
}

TYPED_TEST(CalendarFeeds, AFeedEndsWithItsAthleteAndWithItsMakersAccount) {
  const auto runner = this->sign_up("ana@example.org");
  const auto athlete = this->athlete_of(runner);
  const auto secret = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, runner, athlete, testing::kMorning), "feed").secret;
  ASSERT_TRUE(this->store().delete_athlete(athlete));
  EXPECT_TRUE(this->names_nothing(secret));

  const auto other = this->sign_up("bo@example.org");
  const auto kept = this->athlete_of(other);
  const auto other_secret = testing::expect_ok(
      create_calendar_feed(this->store(), this->m_secrets, other, kept, testing::kMorning), "feed").secret;
  ASSERT_TRUE(delete_account(this->store(), this->m_secrets, other, "correct horse battery"));
  EXPECT_TRUE(this->names_nothing(other_secret));
}

TYPED_TEST(CalendarFeeds, AFeedWhoseMakerNoLongerOwnsTheAthleteNamesNothing) {
  const auto runner = this->sign_up("ana@example.org");
  // An athlete of the command line: no account owns it, so a feed made for it by anyone is dead.
  const auto ownerless = testing::expect_ok(this->store().add_athlete(testing::example_athlete()), "athlete");
  ASSERT_TRUE(this->store().set_calendar_feed(ownerless, runner.id, this->m_secrets.token_digest("orphan"),
                                              testing::kMorning));
  EXPECT_TRUE(this->names_nothing("orphan"));
}

}  // namespace
}  // namespace stride::service
