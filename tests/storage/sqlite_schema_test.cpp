// The database's own CHECK constraints on enumerated columns: each accepts exactly the contract
// spellings and refuses anything else, in a new database, in one migrated from every older schema
// version, and in the version 2 schema, whose checks were IN lists. The stores refuse such values
// before writing (store_validation.cpp); these constraints keep them out of the file whoever writes
// to it.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "migrations.hpp"
#include "sqlite_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

// An INSERT with `{}` where the value of the checked column goes, the values it must accept and
// the values it must refuse.
struct CheckedColumn {
  const char* insert;
  std::vector<const char*> accepted;
  std::vector<const char*> refused;
};

const std::vector<CheckedColumn>& checked_columns() {
  static const std::vector<CheckedColumn> columns{
      {"INSERT INTO activities (athlete_id, date, sport, duration_min, rpe, race) "
       "VALUES (1, '2026-01-01', {}, 30, 5, 0)",
       {"'run'", "'strength'", "'cross'", "'other'"},
       {"'swim'", "'Run'", "'run '", "''", "1"}},
      {"INSERT INTO activities (athlete_id, date, sport, duration_min, rpe, race) "
       "VALUES (1, '2026-01-01', 'run', 30, 5, {})",
       {"0", "1", "'1'", "1.0"},
       {"2", "-1", "0.5", "'yes'", "'true'"}},
      {"INSERT INTO strength_sets (activity_id, position, exercise, side, reps) VALUES (1, 5, 'split_squat', {}, 8)",
       {"'none'", "'left'", "'right'", "'both'"},
       {"'up'", "'Left'", "'left '", "''", "0"}},
      {"INSERT INTO pain_reports (athlete_id, date, region, side, score, timing) "
       "VALUES (1, '2026-01-01', {}, 'left', 3, 'after')",
       {"'foot'", "'ankle'", "'achilles_calf'", "'shin'", "'knee'", "'hip'", "'hamstring'", "'lower_back'", "'other'"},
       {"'neck'", "'Knee'", "'achilles'", "''"}},
      {"INSERT INTO pain_reports (athlete_id, date, region, side, score, timing) "
       "VALUES (1, '2026-01-01', 'knee', {}, 3, 'after')",
       {"'none'", "'left'", "'right'", "'both'"},
       {"'up'", "'BOTH'", "''"}},
      {"INSERT INTO pain_reports (athlete_id, date, region, side, score, timing) "
       "VALUES (1, '2026-01-01', 'knee', 'left', 3, {})",
       {"'during'", "'after'", "'next_morning'"},
       {"'before'", "'next morning'", "''"}},
      {"INSERT INTO plan_sessions (plan_id, date, session_key, kind, phase, intensity, minutes, title) "
       "VALUES (1, '2026-01-01', 'a', {}, 'strength', 'light', 30, 'A')",
       {"'strength'", "'corrective'", "'mobility'", "'recovery'"},
       {"'yoga'", "'Strength'", "''"}},
      {"INSERT INTO plan_sessions (plan_id, date, session_key, kind, phase, intensity, minutes, title) "
       "VALUES (1, '2026-01-01', 'a', 'strength', {}, 'light', 30, 'A')",
       {"'stabilization'", "'strength'", "'power'", "'maintenance'", "'taper'", "'recovery'"},
       {"'base'", "'Power'", "''"}},
      {"INSERT INTO plan_sessions (plan_id, date, session_key, kind, phase, intensity, minutes, title) "
       "VALUES (1, '2026-01-01', 'a', 'strength', 'power', {}, 30, 'A')",
       {"'light'", "'moderate'", "'heavy'"},
       {"'max'", "'Heavy'", "''"}},
      {"INSERT INTO activity_recordings (activity_id, athlete_id, source, format, fingerprint, start_time_s) "
       "VALUES (1, 1, 'run.fit', {}, 'abc', 0)",
       {"'fit'", "'gpx'", "'tcx'"},
       {"'csv'", "'FIT'", "''"}},
  };
  return columns;
}

// Probes every checked column of the database at `path` (any schema from version 2 on).
void expect_checks_hold(const std::string& path) {
  testing::RawDatabase raw(path);
  raw.execute("PRAGMA foreign_keys = ON");
  raw.execute("INSERT INTO athletes (id, name, profile) VALUES (1, 'Ana', '{}')");
  raw.execute("INSERT INTO activities (id, athlete_id, date, sport, duration_min, rpe, race) "
              "VALUES (1, 1, '2026-01-01', 'strength', 30, 5, 0)");
  raw.execute("INSERT INTO plans (id, athlete_id, created_on, start_date, end_date, calendar, document) "
              "VALUES (1, 1, '2026-01-01', '2026-01-01', '2026-01-07', '{}', '{}')");
  raw.execute("INSERT INTO plan_days (plan_id, date, document) VALUES (1, '2026-01-01', '{}')");

  // Each probe runs in a savepoint that is rolled back, so accepted rows never collide.
  auto refusal = [&](const std::string& insert) {
    raw.execute("SAVEPOINT probe");
    const std::string message = raw.refusal(insert);
    raw.execute("ROLLBACK TO probe");
    raw.execute("RELEASE probe");
    return message;
  };
  for (const auto& column : checked_columns()) {
    for (const char* value : column.accepted) {
      const std::string insert = fmt::format(fmt::runtime(column.insert), value);
      EXPECT_EQ(refusal(insert), "") << insert;
    }
    for (const char* value : column.refused) {
      const std::string insert = fmt::format(fmt::runtime(column.insert), value);
      EXPECT_NE(refusal(insert).find("CHECK constraint failed"), std::string::npos) << insert;
    }
  }
}

// The version 2 schema, the last to spell its checks with IN lists, accepts and refuses the same
// values as the current one.
TEST(SqliteSchemaTest, TheVersionTwoChecksHoldTheSameValues) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("version2.db");
  testing::write_schema_steps(path, 2);
  expect_checks_hold(path);
}

// The account tables of version 5: a role is runner or coach, digests and names are not empty, an
// invitation expires after it is made, and an e-mail key is unique.
TEST(SqliteSchemaTest, AccountTablesRefuseWhatTheStoreNeverWrites) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("stride.db");
  testing::expect_value(SqliteStore::open(path), "opening the database");
  testing::RawDatabase raw(path);
  raw.execute("PRAGMA foreign_keys = ON");
  const std::string account = "INSERT INTO accounts (email, email_key, display_name, role, password_hash, created_at) "
                              "VALUES ('{0}', '{0}', 'Ana', {1}, 'hash', 0)";
  EXPECT_EQ(raw.refusal(fmt::format(fmt::runtime(account), "a@example.org", "'runner'")), "");
  EXPECT_EQ(raw.refusal(fmt::format(fmt::runtime(account), "b@example.org", "'coach'")), "");
  for (const char* role : {"'Runner'", "'admin'", "''", "1"}) {
    EXPECT_NE(raw.refusal(fmt::format(fmt::runtime(account), "c@example.org", role)).find("CHECK constraint failed"),
              std::string::npos)
        << role;
  }
  EXPECT_NE(raw.refusal(fmt::format(fmt::runtime(account), "a@example.org", "'coach'")).find("UNIQUE"),
            std::string::npos);
  EXPECT_NE(raw.refusal("INSERT INTO sessions (account_id, token_digest, created_at, last_seen_at) VALUES (1, '', 0, 0)")
                .find("CHECK constraint failed"),
            std::string::npos);
  EXPECT_NE(raw.refusal("INSERT INTO api_tokens (account_id, name, token_digest, created_at) VALUES (1, '', 'd', 0)")
                .find("CHECK constraint failed"),
            std::string::npos);
  EXPECT_NE(raw.refusal("INSERT INTO invitations (coach_account_id, code_digest, created_at, expires_at) "
                        "VALUES (2, 'c', 10, 10)")
                .find("CHECK constraint failed"),
            std::string::npos);
  EXPECT_NE(raw.refusal("INSERT INTO sessions (account_id, token_digest, created_at, last_seen_at) VALUES (9, 'd', 0, 0)")
                .find("FOREIGN KEY"),
            std::string::npos);
}

// The parameter is the schema version the file had before the store opened it; 0 for a new file.
class SqliteSchemaMigratedTest : public ::testing::TestWithParam<int> {};

TEST_P(SqliteSchemaMigratedTest, EnumeratedColumnsAcceptTheContractSpellingsAndRefuseAnythingElse) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("stride.db");
  if (GetParam() > 0) testing::write_schema_steps(path, GetParam());
  testing::expect_value(SqliteStore::open(path), "opening the database");
  expect_checks_hold(path);
}

INSTANTIATE_TEST_SUITE_P(NewAndMigratedDatabases, SqliteSchemaMigratedTest,
                         ::testing::Range(0, detail::latest_schema_version()),
                         [](const ::testing::TestParamInfo<int>& origin) {
                           if (origin.param == 0) return std::string("NewFile");
                           return fmt::format("FromVersion{}", origin.param);
                         });

}  // namespace
}  // namespace stride::storage
