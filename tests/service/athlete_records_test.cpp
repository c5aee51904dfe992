// The web API's athlete use cases: one log entry with client-id dedupe and its error paths from
// the entry's root, a plan from the stored running calendar, the export.
#include "stride/service/athlete_records.hpp"

#include <gtest/gtest.h>

#include "account_test_support.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

const core::Date kToday{std::chrono::year{2026} / 11 / 22};

// A 30-minute run (or `minutes`) on that day of November 2026, with `client_id` unless null.
core::Activity run_on(int day, const char* client_id, double minutes = 30) {
  core::Activity activity;
  activity.date = core::Date{std::chrono::year{2026} / 11 / day};
  activity.duration_min = minutes;
  activity.rpe = 4;
  if (client_id != nullptr) activity.client_id = client_id;
  return activity;
}

TEST(AthleteRecords, ARepeatedClientIdAnswersTheStoredActivityAndStoresNothing) {
  storage::MemoryStore store;
  const auto athlete = testing::expect_ok(store.add_athlete(testing::example_athlete()), "athlete");
  const auto& catalog = testing::shipped_catalog();
  const auto first = testing::expect_ok(log_activity(catalog, store, athlete, run_on(20, "c-1"), kToday), "first");
  EXPECT_TRUE(first.created);
  const auto again = testing::expect_ok(log_activity(catalog, store, athlete, run_on(21, "c-1", 50), kToday), "again");
  EXPECT_FALSE(again.created);
  EXPECT_EQ(again.stored, first.stored);
  EXPECT_TRUE(testing::expect_ok(log_activity(catalog, store, athlete, run_on(21, nullptr), kToday), "plain").created);
  EXPECT_EQ(store.training_log(athlete, std::nullopt, std::nullopt)->activities.size(), 2u);
}

TEST(AthleteRecords, RatingAnActivityAnswersItAsStoredAndRefusesOthers) {
  storage::MemoryStore store;
  const auto athlete = testing::expect_ok(store.add_athlete(testing::example_athlete()), "athlete");
  const auto logged = testing::expect_ok(log_activity(testing::shipped_catalog(), store, athlete, run_on(20, nullptr), kToday),
                                         "logged");
  const auto rated = testing::expect_ok(rate_logged_activity(store, athlete, logged.stored.id, 7), "rated");
  EXPECT_EQ(rated.id, logged.stored.id);
  EXPECT_EQ(rated.activity.rpe, 7);
  EXPECT_EQ(store.activity_records(athlete, std::nullopt, std::nullopt)->front().activity.rpe, 7);
  const auto outside = rate_logged_activity(store, athlete, logged.stored.id, 10.5);
  ASSERT_FALSE(outside);
  EXPECT_EQ(outside.error().field, "rpe");
  const auto other = testing::expect_ok(store.add_athlete(testing::example_athlete()), "other");
  const auto not_theirs = rate_logged_activity(store, other, logged.stored.id, 5);
  ASSERT_FALSE(not_theirs);
  EXPECT_EQ(not_theirs.error().code, core::ErrorCode::NotFound);
  EXPECT_EQ(store.activity_records(athlete, std::nullopt, std::nullopt)->front().activity.rpe, 7);
}

TEST(AthleteRecords, RefusedEntriesNameTheirPathFromTheEntrysRoot) {
  storage::MemoryStore store;
  const auto athlete = testing::expect_ok(store.add_athlete(testing::example_athlete()), "athlete");
  const auto zero = log_activity(testing::shipped_catalog(), store, athlete, run_on(20, nullptr, 0), kToday);
  ASSERT_FALSE(zero);
  EXPECT_EQ(zero.error().path, "$.duration_min");
  core::PainReport future;
  future.date = core::Date{std::chrono::year{2026} / 12 / 1};
  const auto refused = log_pain_report(testing::shipped_catalog(), store, athlete, future, kToday);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().path, "$.date");
}

TEST(AthleteRecords, APlanNeedsAStoredCalendarAndIsBuiltOnIt) {
  storage::MemoryStore store;
  const auto athlete = testing::expect_ok(store.add_athlete(testing::example_athlete()), "athlete");
  const auto& catalog = testing::shipped_catalog();
  const auto without = plan_from_stored(catalog, store, athlete, std::nullopt, kToday);
  ASSERT_FALSE(without);
  EXPECT_EQ(without.error().code, core::ErrorCode::InvalidInput);
  const auto calendar = testing::expect_ok(
      documents::decode_running_calendar(testing::read_example("runs.json"), "runs.json"), "calendar");
  ASSERT_TRUE(store.set_running_calendar(athlete, calendar));
  const auto plan = testing::expect_ok(plan_from_stored(catalog, store, athlete, std::nullopt, kToday), "plan");
  EXPECT_EQ(plan.plan.start, kToday);
  EXPECT_EQ(store.latest_plan(athlete)->value().calendar, calendar);
  const auto exported = testing::expect_ok(export_athlete(store, athlete), "export");
  EXPECT_EQ(exported.running_calendar, calendar);
  EXPECT_EQ(exported.latest_plan->id, plan.id);
}

}  // namespace
}  // namespace stride::service
