// The SQLite store's own behaviour: migrations, pragmas, refusing foreign or newer files, the
// Busy error, damaged documents, many sets in one call. Crash and concurrency tests are in
// sqlite_process_test.cpp.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <fstream>
#include <optional>

#include "sqlite_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using testing::day_of;

class SqliteStoreTest : public ::testing::Test {
 protected:
  std::string path() const { return m_directory.file("stride.db"); }
  std::unique_ptr<SqliteStore> open_store() { return testing::expect_value(SqliteStore::open(path()), "open"); }

 private:
  testing::TemporaryDirectory m_directory;
};

TEST_F(SqliteStoreTest, RecordsEachMigrationOnceAndKeepsDataAcrossReopening) {
  core::AthleteId id;
  {
    auto store = open_store();
    id = *store->add_athlete(testing::load_athlete("examples/athlete.json"));
  }
  testing::RawDatabase raw(path());
  const auto migrations = raw.number("SELECT count(*) FROM schema_migrations");
  EXPECT_GE(migrations, 1);
  EXPECT_EQ(raw.number("SELECT min(version) FROM schema_migrations"), 1);
  EXPECT_EQ(raw.number("SELECT max(version) FROM schema_migrations"), migrations);
  EXPECT_FALSE(raw.text("SELECT description FROM schema_migrations WHERE version = 1").empty());
  EXPECT_FALSE(raw.text("SELECT applied_on FROM schema_migrations WHERE version = 1").empty());
  for (int again = 0; again < 2; ++again) {
    auto store = open_store();
    EXPECT_EQ(store->find_athlete(id)->athlete, testing::load_athlete("examples/athlete.json"));
  }
  EXPECT_EQ(raw.number("SELECT count(*) FROM schema_migrations"), migrations);
}

TEST_F(SqliteStoreTest, UsesWriteAheadLogging) {
  auto store = open_store();
  testing::RawDatabase raw(path());
  EXPECT_EQ(raw.text("PRAGMA journal_mode"), "wal");
}

TEST_F(SqliteStoreTest, KeepsNormalizedSessionRowsBesideThePlan) {
  auto store = open_store();
  const auto athlete = *store->add_athlete(testing::load_athlete("examples/athlete.json"));
  const auto plan = testing::example_plan(day_of(2026, 11, 23));
  ASSERT_TRUE(store->add_plan(athlete, day_of(2026, 11, 22), testing::load_calendar("examples/runs.json"),
                              std::nullopt, plan));
  std::int64_t sessions = 0;
  for (const auto& day : plan.days) sessions += static_cast<std::int64_t>(day.sessions.size());
  for (const auto& day : plan.after_race->days) sessions += static_cast<std::int64_t>(day.sessions.size());
  testing::RawDatabase raw(path());
  EXPECT_EQ(raw.number("SELECT count(*) FROM plan_sessions"), sessions);
  EXPECT_EQ(raw.number("SELECT count(*) FROM plan_days"),
            static_cast<std::int64_t>(plan.days.size() + plan.after_race->days.size()));
  EXPECT_EQ(raw.text("SELECT end_date FROM plans"), core::format_iso_date(plan.after_race->end));
}

// Sets are written several rows per statement; the counts here end batches mid-activity and leave
// a part batch at the end.
TEST_F(SqliteStoreTest, WritesManySetsInTheOrderTheyWereLoggedWithIncreasingIds) {
  auto store = open_store();
  const auto athlete = *store->add_athlete(testing::load_athlete("examples/athlete.json"));
  core::TrainingLog log;
  for (const int sets : {70, 0, 1, 131}) {
    core::Activity activity{.date = day_of(2026, 11, 2), .sport = core::Sport::Strength, .duration_min = 50,
                            .distance_km = {}, .rpe = 7, .avg_hr = {}, .race = false, .note = {}, .sets = {},
                            .recording = {}};
    for (int position = 0; position < sets; ++position) {
      activity.sets.push_back({.exercise = fmt::format("exercise_{}", position % 7),
                               .side = position % 3 == 0 ? core::Side::Both : core::Side::Left, .reps = position,
                               .load_kg = position % 2 == 0 ? std::optional<double>(position * 0.5) : std::nullopt,
                               .rpe = position % 5 == 0 ? std::nullopt : std::optional<double>(6.5)});
    }
    log.activities.push_back(std::move(activity));
  }
  ASSERT_TRUE(store->add_log_entries(athlete, log));
  EXPECT_EQ(*store->training_log(athlete, std::nullopt, std::nullopt), log);
  testing::RawDatabase raw(path());
  EXPECT_EQ(raw.number("SELECT count(*) FROM strength_sets"), 202);
  EXPECT_EQ(raw.number("SELECT count(*) FROM strength_sets a JOIN strength_sets b ON b.id = a.id + 1 "
                       "WHERE (b.activity_id, b.position) < (a.activity_id, a.position)"),
            0);
  EXPECT_EQ(raw.number("SELECT max(id) - min(id) FROM strength_sets"), 201);
}

TEST_F(SqliteStoreTest, RefusesAFileThatIsNotADatabase) {
  std::ofstream(path()) << "name,weekly_km\nAna,45\n" << std::string(4096, 'x');
  auto store = SqliteStore::open(path());
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::InvalidInput);
  EXPECT_NE(store.error().describe().find(path()), std::string::npos) << store.error().describe();
  EXPECT_NE(store.error().describe().find("not a Stride database"), std::string::npos);
}

TEST_F(SqliteStoreTest, RefusesAnotherProgramsDatabase) {
  {
    testing::RawDatabase raw(path());
    raw.execute("CREATE TABLE songs (title TEXT)");
  }
  auto store = SqliteStore::open(path());
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(store.error().describe(),
            path() + ": is not a Stride database (an SQLite file of another program)");
}

TEST_F(SqliteStoreTest, RefusesADatabaseFromANewerStride) {
  open_store();
  {
    testing::RawDatabase raw(path());
    raw.execute("INSERT INTO schema_migrations (version, description) VALUES (999, 'from the future')");
  }
  auto store = SqliteStore::open(path());
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::InvalidInput);
  EXPECT_NE(store.error().describe().find(path() + ": was written by a newer Stride (schema version 999"),
            std::string::npos)
      << store.error().describe();
}

TEST_F(SqliteStoreTest, ReportsBusyWhenAnotherWriterHoldsTheDatabase) {
  auto store = testing::expect_value(SqliteStore::open(path(), SqliteOptions{std::chrono::milliseconds(100)}), "open");
  const auto athlete = *store->add_athlete(testing::load_athlete("examples/athlete.json"));
  testing::RawDatabase writer(path());
  writer.execute("BEGIN IMMEDIATE");
  const core::TrainingLog log{.activities = {{.date = day_of(2026, 11, 2), .sport = core::Sport::Run,
                                              .duration_min = 30, .distance_km = 5, .rpe = 3, .avg_hr = {},
                                              .race = false, .note = {}, .sets = {}, .recording = {}}},
                              .pain = {}};
  auto refused = store->add_log_entries(athlete, log);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Busy);
  EXPECT_EQ(refused.error().describe(),
            path() + ": the database is busy (another Stride process is writing); retry");
  // Readers are not blocked by the writer.
  EXPECT_TRUE(store->training_log(athlete, std::nullopt, std::nullopt));
  writer.execute("COMMIT");
  EXPECT_TRUE(store->add_log_entries(athlete, log));
  EXPECT_EQ(store->training_log(athlete, std::nullopt, std::nullopt)->activities.size(), 1u);
}

TEST_F(SqliteStoreTest, ReportsDamagedDocumentsAsCorrupt) {
  auto store = open_store();
  const auto athlete = *store->add_athlete(testing::load_athlete("examples/athlete.json"));
  ASSERT_TRUE(store->add_plan(athlete, day_of(2026, 1, 1), testing::load_calendar("examples/runs.json"), std::nullopt,
                              testing::small_plan("plan", day_of(2026, 1, 1), 3)));
  {
    testing::RawDatabase raw(path());
    raw.execute("UPDATE plans SET document = '{\"schema\": \"stride.stored_plan.v1\", \"athlete\": 3'");
    raw.execute("UPDATE plan_days SET document = '[[[[' WHERE date = '2026-01-02'");
    raw.execute("UPDATE athletes SET profile = '{\"name\": 1}'");
  }
  EXPECT_EQ(store->latest_plan(athlete).error().code, ErrorCode::Corrupt);
  EXPECT_EQ(store->effective_days(athlete, day_of(2026, 1, 1), day_of(2026, 1, 3)).error().code, ErrorCode::Corrupt);
  EXPECT_EQ(store->find_athlete(athlete).error().code, ErrorCode::Corrupt);
  EXPECT_EQ(store->list_athletes().error().code, ErrorCode::Corrupt);
}

TEST_F(SqliteStoreTest, ReportsAMissingDirectoryAsAnIoError) {
  auto store = SqliteStore::open(path() + ".d/nested/stride.db");
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::Io);
}

}  // namespace
}  // namespace stride::storage
