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

// Strips the envelope that migration 4 puts around a stored document, as a Stride before it wrote.
std::string unwrap_sql(const char* table, const char* column, const char* schema, const char* member) {
  const std::string prefix = fmt::format(R"({{"schema":"{}","{}":)", schema, member);
  return fmt::format("UPDATE {0} SET {1} = substr({1}, {2}, length({1}) - {3})", table, column, prefix.size() + 1,
                     prefix.size() + 1);
}

// The athlete, assessment and plan calendar of a version 3 database (bare contract files) read back
// equal once migration 4 has given each its schema.
TEST(SqliteMigrationTest, VersionThreeDocumentsGainTheirSchemaAndReadBackEqual) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("version3.db");
  const auto athlete = testing::load_athlete("examples/athlete.json");
  const auto assessment = testing::load_assessment("examples/assessment.json");
  const auto calendar = testing::load_calendar("examples/runs.json");
  const auto plan = testing::small_plan("p", day_of(2026, 11, 2), 7);
  // The rows are written by today's store into a scratch file, then copied into a version 3 schema
  // and unwrapped there, as a Stride of version 3 would have left them.
  const std::string scratch = directory.file("scratch.db");
  {
    auto store = testing::expect_value(SqliteStore::open(scratch), "creating the scratch database");
    const auto id = testing::expect_value(store->add_athlete(athlete), "athlete");
    const auto assessment_id =
        testing::expect_value(store->add_assessment(id, day_of(2026, 11, 1), assessment), "assessment");
    testing::expect_value(store->add_plan(id, day_of(2026, 11, 1), calendar, assessment_id, plan), "plan");
  }
  testing::write_schema_steps(path, 3);
  {
    testing::RawDatabase raw(path);
    raw.execute(fmt::format("ATTACH DATABASE '{}' AS scratch", scratch));
    raw.execute("INSERT INTO athletes (id, name, profile) SELECT id, name, profile FROM scratch.athletes");
    raw.execute("INSERT INTO assessments SELECT * FROM scratch.assessments");
    raw.execute("INSERT INTO plans SELECT * FROM scratch.plans");
    raw.execute("INSERT INTO plan_days SELECT * FROM scratch.plan_days");
    raw.execute("INSERT INTO plan_sessions SELECT * FROM scratch.plan_sessions");
    raw.execute("DETACH DATABASE scratch");
    raw.execute(unwrap_sql("athletes", "profile", "stride.stored_athlete.v1", "athlete"));
    raw.execute(unwrap_sql("assessments", "document", "stride.stored_assessment.v1", "assessment"));
    raw.execute(unwrap_sql("plans", "calendar", "stride.stored_running_calendar.v1", "running_calendar"));
    ASSERT_EQ(raw.text("SELECT substr(profile, 1, 9) FROM athletes"), R"({"name":")");
  }
  auto store = testing::expect_value(SqliteStore::open(path), "opening the version 3 database");
  const auto record = testing::expect_value(store->find_athlete(core::AthleteId{1}), "athlete read back");
  EXPECT_EQ(record.athlete, athlete);
  const auto assessments = testing::expect_value(store->assessments(core::AthleteId{1}), "assessments read back");
  ASSERT_EQ(assessments.size(), 1u);
  EXPECT_EQ(assessments[0].assessment, assessment);
  const auto latest = testing::expect_value(store->latest_plan(core::AthleteId{1}), "plan read back");
  ASSERT_TRUE(latest);
  EXPECT_EQ(latest->calendar, calendar);
  EXPECT_EQ(latest->plan, plan);
  testing::RawDatabase raw(path);
  EXPECT_EQ(raw.text("SELECT substr(profile, 1, 36) FROM athletes"), R"({"schema":"stride.stored_athlete.v1")");
}

// Rows in every table of the version 1 schema, each child linked to its parent.
void write_version_one_rows(const std::string& path) {
  testing::RawDatabase raw(path);
  raw.execute("INSERT INTO athletes (id, name, profile) VALUES (7, 'Ana', '{}')");
  raw.execute("INSERT INTO assessments (id, athlete_id, date, document) VALUES (3, 7, '2026-10-30', '{}')");
  raw.execute("INSERT INTO plans (id, athlete_id, created_on, start_date, end_date, calendar, assessment_id, document) "
              "VALUES (5, 7, '2026-11-01', '2026-11-02', '2026-11-08', '{}', 3, '{}')");
  raw.execute("INSERT INTO plan_days (plan_id, date, document) VALUES (5, '2026-11-02', '{}')");
  raw.execute("INSERT INTO plan_sessions (id, plan_id, date, session_key, kind, phase, intensity, minutes, title) "
              "VALUES (11, 5, '2026-11-02', 'a', 'strength', 'stabilization', 'light', 30, 'Lower body')");
  raw.execute("INSERT INTO activities (id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, "
              "note) VALUES (40, 7, '2026-11-02', 'strength', 30, NULL, 7, NULL, 0, 'gym')");
  raw.execute("INSERT INTO strength_sets (id, activity_id, position, exercise, side, reps, load_kg, rpe) "
              "VALUES (90, 40, 0, 'split_squat', 'left', 8, 16, 8)");
  raw.execute("INSERT INTO pain_reports (id, athlete_id, date, region, side, score, timing) "
              "VALUES (21, 7, '2026-11-03', 'knee', 'left', 3, 'after')");
}

// A database migrated from any older version ends with the very schema a new database gets: the
// same tables, columns, constraints and indexes, spelled the same in sqlite_master.
TEST(SqliteMigrationTest, AMigratedDatabaseHasTheSchemaOfANewOne) {
  testing::TemporaryDirectory directory;
  const std::string fresh = directory.file("new.db");
  testing::expect_value(SqliteStore::open(fresh), "creating a new database");
  const std::string expected = testing::schema_of(fresh);
  ASSERT_NE(expected.find("table strength_sets"), std::string::npos) << expected;

  for (int version = 1; version < detail::latest_schema_version(); ++version) {
    const std::string path = directory.file(fmt::format("version{}.db", version));
    testing::write_schema_steps(path, version);
    testing::expect_value(SqliteStore::open(path), "opening the old database");
    EXPECT_EQ(testing::schema_of(path), expected) << "migrated from version " << version;
  }

  const std::string with_rows = directory.file("with_rows.db");
  testing::write_schema_steps(with_rows, 1);
  write_version_one_rows(with_rows);
  testing::expect_value(SqliteStore::open(with_rows), "opening the old database with rows");
  EXPECT_EQ(testing::schema_of(with_rows), expected) << "migrated from version 1 with rows in every table";
  testing::RawDatabase raw(with_rows);
  EXPECT_EQ(raw.text("PRAGMA foreign_key_check"), "");
  EXPECT_EQ(raw.text("PRAGMA integrity_check"), "ok");
  EXPECT_EQ(raw.text("SELECT group_concat(id) FROM (SELECT id FROM plan_sessions UNION ALL SELECT id FROM activities "
                     "UNION ALL SELECT id FROM strength_sets UNION ALL SELECT id FROM pain_reports)"),
            "11,40,90,21");
}

// A database of version 3, the last before accounts, keeps its athletes visible to the command
// line, without an owner, and takes accounts once upgraded.
TEST(SqliteMigrationTest, VersionThreeAthletesStayOwnerlessAndTheDatabaseTakesAccounts) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("version3.db");
  testing::write_schema_steps(path, 3);
  std::string document = testing::read_source_file("examples/athlete.json");
  std::erase(document, '\n');
  {
    testing::RawDatabase raw(path);
    raw.execute(fmt::format("INSERT INTO athletes (id, name, profile) VALUES (7, 'Ana', '{}')", document));
  }

  auto store = testing::expect_value(SqliteStore::open(path), "opening the old database");
  const auto athletes = testing::expect_value(store->list_athletes(), "list_athletes");
  ASSERT_EQ(athletes.size(), 1u);
  EXPECT_EQ(athletes[0].id, core::AthleteId{7});
  const core::Instant now{std::chrono::seconds{1795247400}};
  const auto account = testing::expect_value(
      store->add_account({"ana@example.org", "Ana", core::AccountRole::Runner, "hash"}, now), "add_account");
  EXPECT_EQ(testing::expect_value(store->athlete_relation(core::AthleteId{7}, account), "relation"),
            core::AthleteRelation{});
  EXPECT_TRUE(testing::expect_value(store->visible_athletes(account), "visible_athletes").empty());

  testing::RawDatabase raw(path);
  EXPECT_EQ(raw.number("SELECT max(version) FROM schema_migrations"), detail::latest_schema_version());
  EXPECT_EQ(raw.number("SELECT count(*) FROM athletes WHERE owner_account_id IS NULL AND created_by_account_id IS NULL"),
            1);
  EXPECT_EQ(raw.text("PRAGMA foreign_key_check"), "");
}

}  // namespace
}  // namespace stride::storage
