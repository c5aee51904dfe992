// Benchmarks of the storage adapters: one million strength sets inserted through SqliteStore and
// MemoryStore, against a baseline of the same million rows inserted with the raw sqlite3 C API
// (one prepared statement, one transaction) on the same machine, in the same run. Each benchmark
// runs once on a fresh file in a new temporary directory; figures are wall-clock time, since
// fsync waits are part of the cost. See bench/README.md.
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "bench_size.hpp"
#include "stride/storage/memory_store.hpp"
#include "stride/storage/sqlite_store.hpp"
#include "ratio_reporter.hpp"

namespace {

using namespace stride;
using stride::bench::scaled;

const int kActivities = scaled(100'000);
constexpr int kSetsPerActivity = 10;
const int kActivitiesPerCall = std::min(1'000, kActivities);  // one add_log_entries call (one transaction) per 10,000 sets
const std::int64_t kSets = static_cast<std::int64_t>(kActivities) * kSetsPerActivity;

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "store_benchmark: %s\n", message.c_str());
  std::exit(1);
}

// A new directory under the system's temporary directory, removed afterwards.
class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stride-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) fail("cannot create a temporary directory");
    m_path = pattern;
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  ~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  [[nodiscard]] std::string file(const char* name) const { return (m_path / name).string(); }

 private:
  std::filesystem::path m_path;
};

core::Date first_day() {
  return core::Date{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
}

core::StrengthSet sample_set(int position) {
  return {.exercise = "goblet_squat", .side = position % 2 == 0 ? core::Side::Left : core::Side::Right,
          .reps = 8, .load_kg = 20.5, .rpe = 7.5};
}

// kActivitiesPerCall strength sessions of kSetsPerActivity sets each, built before timing starts.
core::TrainingLog batch(int call) {
  core::TrainingLog log;
  log.activities.reserve(static_cast<std::size_t>(kActivitiesPerCall));
  for (int index = 0; index < kActivitiesPerCall; ++index) {
    core::Activity activity{.date = core::add_days(first_day(), (call * kActivitiesPerCall + index) % 3650),
                            .sport = core::Sport::Strength, .duration_min = 45, .distance_km = {}, .rpe = 7,
                            .avg_hr = {}, .race = false, .note = {}, .sets = {}, .recording = {}};
    for (int position = 0; position < kSetsPerActivity; ++position) activity.sets.push_back(sample_set(position));
    log.activities.push_back(std::move(activity));
  }
  return log;
}

core::Athlete bench_athlete() {
  core::Athlete athlete;
  athlete.name = "Bench";
  athlete.running.experience = core::Years(3);
  athlete.running.weekly_distance = core::Kilometres(40);
  return athlete;
}

void insert_million(benchmark::State& state, core::Store& store) {
  auto athlete = store.add_athlete(bench_athlete());
  if (!athlete) fail(athlete.error().describe());
  std::vector<core::TrainingLog> batches;
  for (int call = 0; call < kActivities / kActivitiesPerCall; ++call) batches.push_back(batch(call));
  for (auto _ : state) {
    for (const auto& entries : batches) {
      auto ids = store.add_log_entries(*athlete, entries);
      if (!ids) fail(ids.error().describe());
    }
  }
  state.SetItemsProcessed(kSets);
}

void BM_Baseline_RawSqliteInsert(benchmark::State& state) {
  TemporaryDirectory directory;
  sqlite3* database = nullptr;
  if (sqlite3_open(directory.file("raw.db").c_str(), &database) != SQLITE_OK) fail("cannot open the raw database");
  auto exec = [&](const char* sql) {
    if (sqlite3_exec(database, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sqlite3_errmsg(database));
  };
  exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
  exec("CREATE TABLE strength_sets (id INTEGER PRIMARY KEY, activity_id INTEGER NOT NULL, position INTEGER NOT NULL,"
       " exercise TEXT NOT NULL, side TEXT NOT NULL, reps INTEGER NOT NULL, load_kg REAL, rpe REAL)");
  sqlite3_stmt* insert = nullptr;
  if (sqlite3_prepare_v2(database,
                         "INSERT INTO strength_sets (activity_id, position, exercise, side, reps, load_kg, rpe) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                         -1, &insert, nullptr) != SQLITE_OK) {
    fail(sqlite3_errmsg(database));
  }
  for (auto _ : state) {
    exec("BEGIN");
    for (std::int64_t row = 0; row < kSets; ++row) {
      const auto set = sample_set(static_cast<int>(row % kSetsPerActivity));
      sqlite3_bind_int64(insert, 1, 1 + row / kSetsPerActivity);
      sqlite3_bind_int64(insert, 2, row % kSetsPerActivity);
      sqlite3_bind_text(insert, 3, set.exercise.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 4, set.side == core::Side::Left ? "left" : "right", -1, SQLITE_STATIC);
      sqlite3_bind_int(insert, 5, set.reps);
      sqlite3_bind_double(insert, 6, *set.load_kg);
      sqlite3_bind_double(insert, 7, *set.rpe);
      if (sqlite3_step(insert) != SQLITE_DONE) fail(sqlite3_errmsg(database));
      sqlite3_reset(insert);
    }
    exec("COMMIT");
  }
  sqlite3_finalize(insert);
  sqlite3_close(database);
  state.SetItemsProcessed(kSets);
}
BENCHMARK(BM_Baseline_RawSqliteInsert)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_SqliteStore_Insert1MSets(benchmark::State& state) {
  TemporaryDirectory directory;
  auto store = storage::SqliteStore::open(directory.file("stride.db"));
  if (!store) fail(store.error().describe());
  insert_million(state, **store);
}
BENCHMARK(BM_SqliteStore_Insert1MSets)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_MemoryStore_Insert1MSets(benchmark::State& state) {
  storage::MemoryStore store;
  insert_million(state, store);
}
BENCHMARK(BM_MemoryStore_Insert1MSets)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  const auto summary = [](const stride::bench::BenchmarkSeconds& seconds, std::ostream& out) {
    const auto baseline = seconds.find("BM_Baseline_RawSqliteInsert");
    if (baseline == seconds.end() || baseline->second <= 0) return;
    out << fmt::format("\n{} sets; ratios to BM_Baseline_RawSqliteInsert ({:.0f} ms wall, same run):\n", kSets,
                       baseline->second * 1e3);
    for (const auto& [name, time] : seconds) {
      out << fmt::format("  {:<30} {:>10.0f} ms  {:>12.0f} sets/s  {:>6.2f} x baseline time\n", name, time * 1e3,
                         static_cast<double>(kSets) / time, time / baseline->second);
    }
  };
  return stride::bench::run_benchmarks(argc, argv, stride::bench::Clock::Wall, summary);
}
