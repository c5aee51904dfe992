// The storage port's capabilities the web API adds, against MemoryStore and SqliteStore: running
// calendars of athletes, client ids of log entries (unique per athlete), activities listed with their
// ids, deleting an athlete with everything of it, and deleting an account.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;

const core::Instant kNoon{std::chrono::seconds{1795262400}};  // 2026-11-21T12:00:00Z

template <class Kind>
class ApiEntriesContract : public StoreContract<Kind> {};
TYPED_TEST_SUITE(ApiEntriesContract, StoreKinds, KindNames);

core::Activity easy_run(int day, std::optional<std::string> client_id) {
  core::Activity activity;
  activity.date = core::Date{std::chrono::year{2026} / 11 / day};
  activity.duration_min = 40;
  activity.rpe = 3;
  activity.client_id = std::move(client_id);
  return activity;
}

core::PainReport knee_pain(std::optional<std::string> client_id) {
  core::PainReport report;
  report.date = core::Date{std::chrono::year{2026} / 11 / 20};
  report.region = core::InjuryRegion::Knee;
  report.side = core::Side::Left;
  report.score = 3;
  report.client_id = std::move(client_id);
  return report;
}

TYPED_TEST(ApiEntriesContract, TheRunningCalendarIsReplacedAndReadBack) {
  auto& store = this->store();
  const auto athlete = this->add_example_athlete();
  EXPECT_FALSE(*store.running_calendar(athlete));
  const auto calendar = testing::load_calendar("examples/runs.json");
  ASSERT_TRUE(store.set_running_calendar(athlete, calendar));
  EXPECT_EQ(*store.running_calendar(athlete), calendar);
  auto changed = calendar;
  changed.dated_runs.clear();
  ASSERT_TRUE(store.set_running_calendar(athlete, changed));
  EXPECT_EQ(*store.running_calendar(athlete), changed);
  EXPECT_EQ(store.set_running_calendar(core::AthleteId{99}, calendar).error().code, ErrorCode::NotFound);
}

TYPED_TEST(ApiEntriesContract, ClientIdsAreKeptFoundAndUniquePerAthlete) {
  auto& store = this->store();
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  core::TrainingLog entries;
  entries.activities = {easy_run(19, "a-1"), easy_run(18, std::nullopt), easy_run(20, std::nullopt)};
  entries.pain = {knee_pain("p-1"), knee_pain(std::nullopt), knee_pain(std::nullopt)};
  const auto ids = *store.add_log_entries(athlete, entries);
  const auto found = *store.activity_with_client_id(athlete, "a-1");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, ids[0]);
  EXPECT_EQ(found->activity, entries.activities[0]);
  EXPECT_EQ(*store.pain_report_with_client_id(athlete, "p-1"), entries.pain[0]);
  EXPECT_FALSE(*store.activity_with_client_id(other, "a-1"));
  EXPECT_FALSE(*store.pain_report_with_client_id(athlete, "p-2"));
  EXPECT_EQ(store.training_log(athlete, std::nullopt, std::nullopt)->pain.front().client_id, "p-1");

  core::TrainingLog again;
  again.activities = {easy_run(21, "a-1")};
  EXPECT_EQ(store.add_log_entries(athlete, again).error().code, ErrorCode::Conflict);
  again.activities.clear();
  again.pain = {knee_pain("p-1")};
  EXPECT_EQ(store.add_log_entries(athlete, again).error().code, ErrorCode::Conflict);
  EXPECT_TRUE(store.add_log_entries(other, again));  // another athlete may use the same id

  const auto listed = *store.activity_records(athlete, core::Date{std::chrono::year{2026} / 11 / 19}, std::nullopt);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].id, ids[0]);  // by date: the 19th, then the 20th
  EXPECT_EQ(listed[1].id, ids[2]);
}

TYPED_TEST(ApiEntriesContract, DeletingAnAthleteDeletesEverythingOfIt) {
  auto& store = this->store();
  const auto coach = *store.add_account({"c@example.org", "C", core::AccountRole::Coach, "hash-c"}, kNoon);
  const auto athlete = this->add_example_athlete();
  const auto kept = *store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), coach);
  core::TrainingLog entries;
  entries.activities = {easy_run(19, "a-1")};
  ASSERT_TRUE(store.add_log_entries(athlete, entries));
  ASSERT_TRUE(store.set_running_calendar(athlete, testing::load_calendar("examples/runs.json")));
  ASSERT_TRUE(store.add_coach_grant(athlete, coach, kNoon));
  ASSERT_TRUE(store.delete_athlete(athlete));
  EXPECT_EQ(store.find_athlete(athlete).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.training_log(athlete, std::nullopt, std::nullopt).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.delete_athlete(athlete).error().code, ErrorCode::NotFound);
  const auto listed = *store.list_athletes();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].id, kept);
  const auto visible = *store.visible_athletes(coach);
  ASSERT_EQ(visible.size(), 1u);
  EXPECT_EQ(visible[0].id, kept);
}

TYPED_TEST(ApiEntriesContract, DeletingAnAccountDeletesItsSessionsAndTokensAndFreesItsEmail) {
  auto& store = this->store();
  const auto account = *store.add_account({"a@example.org", "A", core::AccountRole::Runner, "hash-a"}, kNoon);
  const auto athlete = *store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), account);
  ASSERT_TRUE(store.add_session(account, "session-digest", kNoon));
  ASSERT_TRUE(store.add_token(account, "laptop", "token-digest", kNoon));
  ASSERT_TRUE(store.delete_account(account));
  EXPECT_EQ(store.find_account(account).error().code, ErrorCode::NotFound);
  EXPECT_FALSE(*store.find_account_by_email("a@example.org"));
  EXPECT_FALSE(*store.find_live_session("session-digest", kNoon));
  EXPECT_FALSE(*store.use_token("token-digest", kNoon));
  EXPECT_EQ(*store.athlete_relation(athlete, account), core::AthleteRelation{});
  EXPECT_EQ(store.delete_account(account).error().code, ErrorCode::NotFound);
  EXPECT_TRUE(store.add_account({"A@example.org", "A", core::AccountRole::Runner, "hash-a"}, kNoon));
}

}  // namespace
}  // namespace stride::storage
