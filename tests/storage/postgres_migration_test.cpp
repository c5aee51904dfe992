// The schema steps on PostgreSQL, against the test cluster: a new schema brought to the latest
// version with the SQLite store's tables and columns, the data of an older schema kept through the
// ALTER TABLE forms of the rebuilding steps, a newer schema or another program's refused, and
// openers of one new schema taking turns.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <thread>
#include <vector>

#include "migrations.hpp"
#include "postgres_test_support.hpp"
#include "sqlite_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/postgres_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

class PostgresMigrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const auto reason = testing::postgres_unavailable()) GTEST_SKIP() << *reason;
    m_schema = std::make_unique<testing::PostgresSchema>();
  }

  [[nodiscard]] const testing::PostgresSchema& schema() const { return *m_schema; }

  // Runs `sql` in the test's schema.
  void execute(const std::string& sql) {
    pqxx::connection connection(schema().url());
    pqxx::work transaction(connection);
    transaction.exec(sql);
    transaction.commit();
  }

  // The first column of every row of `sql`, one a line.
  std::string lines(const std::string& sql) {
    pqxx::connection connection(schema().url());
    pqxx::work transaction(connection);
    std::string text;
    for (const auto& row : transaction.exec(sql)) text += row[0].as<std::string>() + "\n";
    return text;
  }

 private:
  std::unique_ptr<testing::PostgresSchema> m_schema;
};

TEST_F(PostgresMigrationTest, ANewSchemaReachesTheLatestVersionWithEveryStepRecorded) {
  testing::expect_value(PostgresStore::open(schema().url()), "opening a new schema");
  std::string expected;
  for (const auto& migration : detail::migrations()) expected += fmt::format("{} {}\n", migration.version, migration.description);
  EXPECT_EQ(lines("SELECT version || ' ' || description FROM schema_migrations ORDER BY version"), expected);
  testing::expect_value(PostgresStore::open(schema().url()), "opening it again");
  EXPECT_EQ(lines("SELECT count(*) FROM schema_migrations"), fmt::format("{}\n", detail::latest_schema_version()));
}

TEST_F(PostgresMigrationTest, HasTheTablesAndColumnsOfTheSqliteStoreInTheirOrder) {
  testing::expect_value(PostgresStore::open(schema().url()), "opening a new schema");
  const std::string postgresql = lines(
      "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema() "
      "ORDER BY table_name, ordinal_position");

  testing::TemporaryDirectory directory;
  const std::string path = directory.file("stride.db");
  testing::expect_value(SqliteStore::open(path), "opening a new SQLite database");
  testing::RawDatabase raw(path);
  const std::string sqlite =
      raw.text("SELECT group_concat(line, char(10)) || char(10) FROM (SELECT m.name || '.' || p.name AS line FROM "
               "sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name <> "
               "'sqlite_sequence' ORDER BY m.name, p.cid)");
  EXPECT_EQ(postgresql, sqlite);
}

TEST_F(PostgresMigrationTest, ASchemaOfANewerStrideIsRefusedWithTheSqliteStoresWords) {
  testing::expect_value(PostgresStore::open(schema().url()), "opening a new schema");
  const int newer = detail::latest_schema_version() + 1;
  execute(fmt::format("INSERT INTO schema_migrations (version, description) VALUES ({}, 'from the future')", newer));
  const auto refused = PostgresStore::open(schema().url());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::InvalidInput);
  EXPECT_NE(refused.error().message.find(fmt::format("was written by a newer Stride (schema version {}; this program "
                                                     "knows up to {}); use that version or a later one",
                                                     newer, detail::latest_schema_version())),
            std::string::npos)
      << refused.error().describe();
  EXPECT_EQ(lines("SELECT max(version) FROM schema_migrations"), fmt::format("{}\n", newer)) << "nothing written";
}

TEST_F(PostgresMigrationTest, ASchemaOfAnotherProgramIsRefused) {
  execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)");
  const auto refused = PostgresStore::open(schema().url());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::InvalidInput);
  EXPECT_NE(refused.error().message.find("is not a Stride database"), std::string::npos) << refused.error().describe();
  EXPECT_EQ(lines("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"), "1\n");
}

// Version 1 data through the ALTER TABLE forms of steps 2 and 3: ids, sets and the cascade kept.
TEST_F(PostgresMigrationTest, VersionOneDataSurvivesEveryLaterStepWithItsIdsAndLinks) {
  std::string document = testing::read_source_file("examples/athlete.json");
  std::erase(document, '\n');
  pqxx::connection connection(schema().url());
  {
    pqxx::work transaction(connection);
    transaction.exec(detail::translate_to_postgresql(detail::kCreateMigrationTable));
    transaction.exec(detail::postgresql_sql(detail::migrations()[0]));
    transaction.exec("INSERT INTO schema_migrations (version, description) VALUES (1, 'version one')");
    transaction.exec_params("INSERT INTO athletes (id, name, profile) VALUES (7, 'Ana', $1)", document);
    transaction.exec("INSERT INTO activities (id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, "
                     "note) VALUES (40, 7, '2026-11-02', 'strength', 30, NULL, 7, NULL, 0, 'gym'), "
                     "(41, 7, '2026-11-03', 'run', 48.5, 9.1, 4, 142, 0, NULL)");
    transaction.exec("INSERT INTO strength_sets (activity_id, position, exercise, side, reps, load_kg, rpe) VALUES "
                     "(40, 0, 'split_squat', 'left', 8, 16, 8), (40, 1, 'split_squat', 'right', 8, 16, NULL)");
    transaction.commit();
  }
  auto store = testing::expect_value(PostgresStore::open(schema().url()), "opening the old schema");
  const auto log = testing::expect_value(store->training_log(core::AthleteId{7}, std::nullopt, std::nullopt), "log");
  ASSERT_EQ(log.activities.size(), 2u);
  ASSERT_EQ(log.activities[0].sets.size(), 2u);
  EXPECT_EQ(log.activities[0].sets[1].side, core::Side::Right);
  EXPECT_EQ(log.activities[1].avg_hr, 142);
  const auto records = testing::expect_value(store->activity_records(core::AthleteId{7}, std::nullopt, std::nullopt),
                                             "records");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].id, core::ActivityId{40});
  ASSERT_TRUE(store->delete_athlete(core::AthleteId{7}));
  EXPECT_EQ(lines("SELECT count(*) FROM strength_sets"), "0\n") << "the sets still cascade from their activity";
}

TEST_F(PostgresMigrationTest, OpenersOfANewSchemaAtOnceTakeTurns) {
  std::vector<std::string> failures(4);
  std::vector<std::thread> openers;
  for (std::size_t index = 0; index < failures.size(); ++index) {
    openers.emplace_back([&, index] {
      const auto opened = PostgresStore::open(schema().url());
      if (!opened) failures[index] = opened.error().describe();
    });
  }
  for (auto& opener : openers) opener.join();
  for (const auto& failure : failures) EXPECT_EQ(failure, "");
  EXPECT_EQ(lines("SELECT count(*) FROM schema_migrations"), fmt::format("{}\n", detail::latest_schema_version()));
}

}  // namespace
}  // namespace stride::storage
