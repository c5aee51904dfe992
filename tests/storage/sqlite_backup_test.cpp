// Backups (core::Store::dump and load, documents::encode_backup): an SQLite database
// holding some of everything, written to a backup, restored into a new database and written again,
// gives the same bytes and reads back the same through the port; ids that are never given twice stay
// so after a restore; a restore refuses a database that holds anything, and a backup of another
// schema; a bad backup file is refused naming the path. The same data copied into PostgreSQL backs
// up to the same bytes, and back into SQLite again.

#include <gtest/gtest.h>

#include "migrations.hpp"
#include "postgres_test_support.hpp"
#include "report/sample_plan.hpp"
#include "store_test_support.hpp"
#include "stride/documents/backup_document.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/storage/postgres_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using namespace std::chrono_literals;

const core::Instant kBackupMorning{std::chrono::seconds{1795247400}};

std::unique_ptr<SqliteStore> open_in(const testing::TemporaryDirectory& directory, const std::string& name) {
  return testing::expect_value(SqliteStore::open(directory.file(name)), "opening " + name);
}

// A runner's account with an athlete, an assessment, a plan, a log, a note, a plan change, personal
// tokens and sessions (one revoked, so the highest session id given is not the highest stored), and
// a failed sign-in.
void fill(core::Store& store) {
  const auto runner = testing::expect_value(
      store.add_account({"ana@example.org", "Ana", core::AccountRole::Runner, "hash-of-ana"}, kBackupMorning), "runner");
  const auto athlete =
      testing::expect_value(store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), runner), "athlete");
  const auto assessment = testing::expect_value(
      store.add_assessment(athlete, testing::day_of(2026, 11, 20), testing::load_assessment("examples/assessment.json")),
      "assessment");
  ASSERT_TRUE(store.add_plan(athlete, testing::day_of(2026, 11, 21), testing::load_calendar("examples/runs.json"),
                             assessment, testing::small_plan("p", testing::day_of(2026, 11, 23), 14)));
  const auto log = testing::expect_value(
      documents::decode_training_log(testing::read_source_file("examples/log.json"), "examples/log.json"), "log");
  ASSERT_TRUE(store.add_log_entries(athlete, log));
  ASSERT_TRUE(store.add_session(runner, "session-1", kBackupMorning));
  ASSERT_TRUE(store.add_session(runner, "session-2", kBackupMorning + 1h));
  ASSERT_TRUE(store.revoke_session("session-2"));
  ASSERT_TRUE(store.add_token(runner, "watch", "token-1", kBackupMorning));
  ASSERT_TRUE(store.add_note({athlete, runner, std::nullopt, "left knee ached on the split squats"}, kBackupMorning));
  ASSERT_TRUE(store.record_sign_in_failure("key-1", kBackupMorning, kBackupMorning - 1h));
}

TEST(SqliteBackup, ARestoredBackupWritesTheSameBackupAndReadsTheSame) {
  testing::TemporaryDirectory directory;
  auto original = open_in(directory, "original.db");
  fill(*original);
  const auto dump = testing::expect_value(original->dump(), "dump");
  EXPECT_EQ(dump.schema_version, detail::latest_schema_version());
  const std::string text = documents::encode_backup(dump);
  const auto decoded = testing::expect_value(documents::decode_backup(text, "backup.json"), "decode");
  EXPECT_EQ(decoded, dump);

  auto restored = open_in(directory, "restored.db");
  ASSERT_TRUE(restored->load(decoded));
  EXPECT_EQ(documents::encode_backup(testing::expect_value(restored->dump(), "dump again")), text);
  const core::AthleteId athlete{1};
  EXPECT_EQ(*restored->training_log(athlete, std::nullopt, std::nullopt),
            *original->training_log(athlete, std::nullopt, std::nullopt));
  EXPECT_EQ(restored->latest_plan(athlete)->value().plan, original->latest_plan(athlete)->value().plan);
  EXPECT_EQ(*restored->athlete_revision(athlete), *original->athlete_revision(athlete));
  EXPECT_TRUE(restored->find_live_session("session-1", kBackupMorning + 2h)->has_value());
  // The revoked session's id is not given again.
  const auto next = testing::expect_value(restored->add_session(core::AccountId{1}, "session-3", kBackupMorning), "next");
  EXPECT_EQ(next.value, 3);
}

TEST(SqliteBackup, ARestoreRefusesADatabaseThatHoldsAnythingAndABackupOfAnotherSchema) {
  testing::TemporaryDirectory directory;
  auto original = open_in(directory, "original.db");
  fill(*original);
  auto dump = testing::expect_value(original->dump(), "dump");
  const auto refused = original->load(dump);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
  EXPECT_NE(refused.error().message.find("already holds data"), std::string::npos);

  auto empty = open_in(directory, "empty.db");
  auto older = dump;
  older.schema_version -= 1;
  const auto other_schema = empty->load(older);
  ASSERT_FALSE(other_schema);
  EXPECT_EQ(other_schema.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(other_schema.error().path, "$.schema_version");

  auto missing_column = dump;
  missing_column.tables[0].columns.pop_back();
  for (auto& row : missing_column.tables[0].rows) row.pop_back();
  const auto misfit = empty->load(missing_column);
  ASSERT_FALSE(misfit);
  EXPECT_EQ(misfit.error().path, "$.tables.accounts");
  // Nothing of a refused restore is kept: the same database takes the whole backup afterwards.
  EXPECT_TRUE(empty->load(dump));
}

TEST(PostgresBackup, AnSqliteDatabaseCopiedIntoPostgresqlAndBackBacksUpToTheSameBytes) {
  if (const auto why = testing::postgres_unavailable()) GTEST_SKIP() << *why;
  testing::TemporaryDirectory directory;
  auto original = open_in(directory, "original.db");
  fill(*original);
  const auto dump = testing::expect_value(original->dump(), "dump");
  const std::string text = documents::encode_backup(dump);

  testing::PostgresSchema schema;
  auto shared = testing::expect_value(PostgresStore::open(schema.url()), "opening PostgreSQL");
  const auto loaded = shared->load(dump);
  ASSERT_TRUE(loaded) << loaded.error().describe();
  const auto from_postgres = testing::expect_value(shared->dump(), "dump from PostgreSQL");
  EXPECT_EQ(documents::encode_backup(from_postgres), text);
  EXPECT_EQ(*shared->training_log(core::AthleteId{1}, std::nullopt, std::nullopt),
            *original->training_log(core::AthleteId{1}, std::nullopt, std::nullopt));
  // The identities go on after what was restored: the revoked session's id is not given again.
  EXPECT_EQ(testing::expect_value(shared->add_session(core::AccountId{1}, "session-3", kBackupMorning), "next").value, 3);
  const auto refused = shared->load(dump);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);

  auto back = open_in(directory, "back.db");
  ASSERT_TRUE(back->load(from_postgres));
  EXPECT_EQ(documents::encode_backup(testing::expect_value(back->dump(), "dump again")), text);
}

// The same plans stored on PostgreSQL and on SQLite give the same rows: their days and sessions,
// which PostgreSQL takes as arrays in one statement each, with text that needs quoting in them.
TEST(PostgresBackup, PlansStoredOnPostgresqlAndOnSqliteGiveTheSameRows) {
  if (const auto why = testing::postgres_unavailable()) GTEST_SKIP() << *why;
  core::Plan quoted = testing::sample_plan();
  quoted.days[2].sessions[0].title = R"(Strength "A", {heavy} \ left\right)";
  quoted.days[4].sessions[0].id = R"(day,"5"\mobility)";
  const auto write = [&](core::Store& store) {
    fill(store);
    ASSERT_TRUE(store.add_plan(core::AthleteId{1}, testing::day_of(2026, 11, 22), testing::load_calendar("examples/runs.json"),
                               std::nullopt, quoted));
  };
  testing::TemporaryDirectory directory;
  auto sqlite = open_in(directory, "same.db");
  write(*sqlite);
  testing::PostgresSchema schema;
  auto postgres = testing::expect_value(PostgresStore::open(schema.url()), "opening PostgreSQL");
  write(*postgres);
  // Rows stamped with the time of writing differ; the plan's tables hold none.
  const auto plan_tables = [](const core::StoreDump& dump) {
    std::vector<core::DumpTable> tables;
    for (const auto& table : dump.tables) {
      if (table.name == "plans" || table.name == "plan_days" || table.name == "plan_sessions") tables.push_back(table);
    }
    return tables;
  };
  const auto from_postgres = plan_tables(testing::expect_value(postgres->dump(), "dump from PostgreSQL"));
  ASSERT_EQ(from_postgres.size(), 3u);
  std::size_t sessions = 0;  // fill()'s plan's and the quoted plan's
  for (const auto& plan : {testing::small_plan("p", testing::day_of(2026, 11, 23), 14), quoted}) {
    for (const auto& day : plan.days) sessions += day.sessions.size();
    if (plan.after_race) {
      for (const auto& day : plan.after_race->days) sessions += day.sessions.size();
    }
  }
  EXPECT_EQ(from_postgres.back().rows.size(), sessions);
  EXPECT_EQ(from_postgres, plan_tables(testing::expect_value(sqlite->dump(), "dump from SQLite")));
  const auto days = postgres->effective_days(core::AthleteId{1}, quoted.start, quoted.end);
  ASSERT_TRUE(days) << days.error().describe();
  EXPECT_EQ(*days, *sqlite->effective_days(core::AthleteId{1}, quoted.start, quoted.end));
}

struct BadBackup {
  const char* name;
  const char* text;
  const char* path;
};

TEST(SqliteBackup, ABadBackupFileIsRefusedNamingThePath) {
  const BadBackup cases[] = {
      {"not JSON", "{", "$"},
      {"another schema", R"({"schema":"stride.plan.v1","schema_version":12,"highest_ids":{},"tables":[]})", "$.schema"},
      {"a row of another width",
       R"({"schema":"stride.backup.v1","schema_version":12,"highest_ids":{},"tables":[{"name":"accounts","columns":["a","b"],"rows":[[1]]}]})",
       "$.tables[0].rows[0]"},
      {"a value that is an object",
       R"({"schema":"stride.backup.v1","schema_version":12,"highest_ids":{},"tables":[{"name":"t","columns":["a"],"rows":[[{}]]}]})",
       "$.tables[0].rows[0][0]"},
      {"a negative highest id", R"({"schema":"stride.backup.v1","schema_version":12,"highest_ids":{"notes":-1},"tables":[]})",
       "$.highest_ids.notes"},
      {"an unknown member", R"({"schema":"stride.backup.v1","schema_version":12,"highest_ids":{},"tables":[],"x":1})", "$.x"},
  };
  for (const auto& bad : cases) {
    const auto decoded = documents::decode_backup(bad.text, "backup.json");
    ASSERT_FALSE(decoded) << bad.name;
    EXPECT_EQ(decoded.error().code, ErrorCode::InvalidInput) << bad.name;
    EXPECT_EQ(decoded.error().source, "backup.json") << bad.name;
    EXPECT_EQ(decoded.error().path, bad.path) << bad.name << ": " << decoded.error().describe();
  }
}

}  // namespace
}  // namespace stride::storage
