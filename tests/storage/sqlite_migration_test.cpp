// Upgrading a database written by an older Stride: the data of every earlier schema version
// survives each later step whole, with its ids and links.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include "migrations.hpp"
#include "schema.hpp"
#include "sqlite_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

using testing::day_of;

// Writes a database as a Stride that knew only schema version 1 left it.
void write_version_one_database(const std::string& path, const std::string& athlete_document) {
  testing::RawDatabase raw(path);
  raw.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
              "applied_on TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
  raw.execute(detail::migrations()[0].sql);
  raw.execute("INSERT INTO schema_migrations (version, description) VALUES (1, 'version one')");
  raw.execute(fmt::format("PRAGMA application_id = {}", detail::kStrideApplicationId));
  raw.execute(fmt::format("INSERT INTO athletes (id, name, profile) VALUES (7, 'Ana', '{}')", athlete_document));
  raw.execute("INSERT INTO activities (id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, note) "
              "VALUES (40, 7, '2026-11-02', 'strength', 30, NULL, 7, NULL, 0, 'gym'), "
              "(41, 7, '2026-11-03', 'run', 48.5, 9.1, 4, 142, 0, NULL)");
  raw.execute("INSERT INTO strength_sets (activity_id, position, exercise, side, reps, load_kg, rpe) VALUES "
              "(40, 0, 'split_squat', 'left', 8, 16, 8), (40, 1, 'split_squat', 'right', 8, 16, NULL)");
  raw.execute("INSERT INTO pain_reports (athlete_id, date, region, side, score, timing) "
              "VALUES (7, '2026-11-03', 'knee', 'left', 3, 'after')");
}

TEST(SqliteMigrationTest, VersionOneDataSurvivesEveryLaterStepWithItsIdsAndLinks) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("old.db");
  std::string document = testing::read_source_file("examples/athlete.json");
  std::erase(document, '\n');
  write_version_one_database(path, document);

  auto store = testing::expect_value(SqliteStore::open(path), "opening the old database");
  const auto log = testing::expect_value(store->training_log(core::AthleteId{7}, std::nullopt, std::nullopt), "log");
  ASSERT_EQ(log.activities.size(), 2u);
  EXPECT_EQ(log.activities[0].sets.size(), 2u);
  EXPECT_EQ(log.activities[0].sets[1].side, core::Side::Right);
  EXPECT_EQ(log.activities[1].rpe, 4.0);
  EXPECT_EQ(log.activities[1].avg_hr, 142);
  EXPECT_FALSE(log.activities[1].recording);
  ASSERT_EQ(log.pain.size(), 1u);
  EXPECT_EQ(log.pain[0].date, day_of(2026, 11, 3));

  testing::RawDatabase raw(path);
  EXPECT_EQ(raw.number("SELECT max(version) FROM schema_migrations"), detail::latest_schema_version());
  EXPECT_EQ(raw.number("SELECT count(*) FROM strength_sets WHERE activity_id = 40"), 2);
  EXPECT_EQ(raw.text("PRAGMA foreign_key_check"), "");
  EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(raw.text("PRAGMA foreign_keys"), "0") << "a fresh raw connection has its own setting";

  // Deleting the activity still cascades to its sets: the rebuilt table keeps the links.
  raw.execute("PRAGMA foreign_keys = ON");
  raw.execute("DELETE FROM activities WHERE id = 40");
  EXPECT_EQ(raw.number("SELECT count(*) FROM strength_sets"), 0);
}

}  // namespace
}  // namespace stride::storage
