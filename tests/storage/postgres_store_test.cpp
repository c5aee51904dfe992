// The PostgreSQL store's own behaviour beyond the contract suites: units of work of several
// connections never interleave, a writer kept waiting past the lock timeout gets Busy, text
// PostgreSQL cannot hold is refused, a connection the server closed is opened again (Io when it is
// lost during a call), and messages never show a password.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "postgres_test_support.hpp"
#include "store_test_support.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {
namespace {

TEST(PostgresStoreOpenTest, AnUnreachableServerIsIoAndTheMessageHidesThePassword) {
  const auto opened = PostgresStore::open("postgresql://stride:very-secret@/stride?host=/nonexistent-stride-socket-directory");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, core::ErrorCode::Io) << opened.error().describe();
  EXPECT_EQ(opened.error().describe().find("very-secret"), std::string::npos) << opened.error().describe();
  EXPECT_NE(opened.error().describe().find("nonexistent-stride-socket-directory"), std::string::npos)
      << "the server is named";
}

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const auto reason = testing::postgres_unavailable()) GTEST_SKIP() << *reason;
    m_schema = std::make_unique<testing::PostgresSchema>();
  }

  [[nodiscard]] std::unique_ptr<PostgresStore> open() {
    return testing::expect_value(PostgresStore::open(m_schema->url()), "opening the store");
  }
  [[nodiscard]] const testing::PostgresSchema& schema() const { return *m_schema; }

 private:
  std::unique_ptr<testing::PostgresSchema> m_schema;
};

core::Activity run_with_client_id(std::string client_id) {
  core::Activity activity;
  activity.date = testing::day_of(2026, 11, 2);
  activity.duration_min = 30;
  activity.rpe = 5;
  activity.client_id = std::move(client_id);
  return activity;
}

// Each unit reads how many entries the log holds and logs the next under that number as its
// client id: two units that interleaved would both read the same number, and the second would be
// refused as a repeated client id.
TEST_F(PostgresStoreTest, UnitsOfWorkOfSeveralConnectionsNeverInterleave) {
  const core::AthleteId athlete =
      testing::expect_value(open()->add_athlete(testing::load_athlete("examples/athlete.json")), "add_athlete");
  constexpr int kWriters = 3;
  constexpr int kUnitsEach = 15;
  std::vector<std::string> failures;
  std::mutex failures_mutex;
  std::vector<std::thread> writers;
  for (int writer = 0; writer < kWriters; ++writer) {
    writers.emplace_back([&] {
      auto store = PostgresStore::open(schema().url());
      if (!store) {
        const std::lock_guard lock(failures_mutex);
        failures.push_back(store.error().describe());
        return;
      }
      for (int unit = 0; unit < kUnitsEach; ++unit) {
        const auto status = (*store)->in_one_unit([&]() -> core::Status {
          STRIDE_TRY(const auto log, (*store)->training_log(athlete, std::nullopt, std::nullopt));
          core::TrainingLog entry;
          entry.activities.push_back(run_with_client_id(fmt::format("entry-{}", log.activities.size())));
          STRIDE_TRY_STATUS((*store)->add_log_entries(athlete, entry));
          return {};
        });
        if (!status) {
          const std::lock_guard lock(failures_mutex);
          failures.push_back(status.error().describe());
        }
      }
    });
  }
  for (auto& writer : writers) writer.join();
  EXPECT_EQ(failures, std::vector<std::string>{});
  const auto log = testing::expect_value(open()->training_log(athlete, std::nullopt, std::nullopt), "log");
  ASSERT_EQ(log.activities.size(), static_cast<std::size_t>(kWriters * kUnitsEach));
  for (std::size_t index = 0; index < log.activities.size(); ++index) {
    EXPECT_EQ(log.activities[index].client_id, fmt::format("entry-{}", index));
  }
}

TEST_F(PostgresStoreTest, TextPostgresqlCannotHoldIsRefusedWholeNotCutShort) {
  auto store = open();
  const core::NewAccount account{"ana@example.com", "Ana", core::AccountRole::Runner, "hash"};
  const core::AccountId ana = testing::expect_value(store->add_account(account, core::Instant{}), "add_account");
  const auto refused = store->add_token(ana, std::string("phone\0laptop", 12), "digest", core::Instant{});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::InvalidInput) << refused.error().describe();
  EXPECT_EQ(testing::expect_value(store->tokens(ana), "tokens").size(), 0u);
}

TEST_F(PostgresStoreTest, AWriterKeptWaitingPastTheLockTimeoutGetsBusyAndReadersNeverWait) {
  auto store = open();
  const core::AthleteId athlete =
      testing::expect_value(store->add_athlete(testing::load_athlete("examples/athlete.json")), "add_athlete");
  pqxx::connection other(schema().url());
  pqxx::work holding(other);
  holding.exec("LOCK TABLE schema_migrations IN SHARE ROW EXCLUSIVE MODE");

  EXPECT_TRUE(store->find_athlete(athlete)) << "a reader does not wait for the writer";
  const auto refused = store->update_athlete(athlete, testing::load_athlete("examples/athlete.json"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::Busy) << refused.error().describe();
  holding.abort();
  EXPECT_TRUE(store->update_athlete(athlete, testing::load_athlete("examples/athlete.json")));
}

// Ends the connections whose application name is `name` from another connection and waits (up to
// 10 s) until the server has closed them; returns how many there were.
int terminate_connections(const testing::PostgresSchema& schema, const std::string& name) {
  pqxx::connection other(schema.url());
  pqxx::nontransaction statements(other);
  const auto terminated = statements.exec_params(
      "SELECT count(*) FROM (SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE application_name = "
      "$1) AS ended",
      name);
  return terminated[0][0].as<int>();
}

TEST_F(PostgresStoreTest, AConnectionTheServerClosedBetweenCallsIsOpenedAgain) {
  // The store's connection is told from the other tests' by its application name.
  auto store = testing::expect_value(PostgresStore::open(schema().url() + "&application_name=" + schema().name()),
                                     "opening the store");
  const core::AthleteId athlete =
      testing::expect_value(store->add_athlete(testing::load_athlete("examples/athlete.json")), "add_athlete");
  ASSERT_EQ(terminate_connections(schema(), schema().name()), 1);
  const auto found = store->find_athlete(athlete);
  EXPECT_TRUE(found) << (found ? "" : found.error().describe());
}

TEST_F(PostgresStoreTest, AConnectionLostInAUnitOfWorkIsIoAndTheNextCallConnectsAgain) {
  auto store = testing::expect_value(PostgresStore::open(schema().url() + "&application_name=" + schema().name()),
                                     "opening the store");
  const core::AthleteId athlete =
      testing::expect_value(store->add_athlete(testing::load_athlete("examples/athlete.json")), "add_athlete");
  std::optional<core::Error> inside;
  const auto unit = store->in_one_unit([&]() -> core::Status {
    if (terminate_connections(schema(), schema().name()) != 1) ADD_FAILURE() << "the store's connection was not ended";
    auto read = store->find_athlete(athlete);
    if (!read) inside = read.error();
    return read ? core::Status{} : core::Status{std::unexpected(read.error())};
  });
  ASSERT_FALSE(unit);
  EXPECT_EQ(unit.error().code, core::ErrorCode::Io) << unit.error().describe();
  ASSERT_TRUE(inside);
  EXPECT_EQ(inside->code, core::ErrorCode::Io) << inside->describe();
  const auto again = store->find_athlete(athlete);
  EXPECT_TRUE(again) << "the store connects again: " << (again ? "" : again.error().describe());
}

}  // namespace
}  // namespace stride::storage
