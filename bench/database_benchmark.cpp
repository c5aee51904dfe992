// The two jobs of a shared deployment that read most of the database (issue 16), per store: the
// nightly re-plan of every runner from the database (10,000 runners, each with a running week, four
// weeks of log and a stored plan; every worker with its own store, as `stride serve` has one per
// thread) and a coach's roster of 60 runners with a year of history each (service::roster, worked
// out whole: no kept answers). Baseline: the same 10,000 plans built in memory, without a store.
// Stores: an SQLite file, and PostgreSQL when STRIDE_BENCH_POSTGRES names a database URL (each
// benchmark on a schema of its own, made anew: stride_bench_nightly, stride_bench_roster). Seeding is outside every timed loop. See bench/README.md.
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <pqxx/pqxx>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "bench_size.hpp"
#include "embedded_data.hpp"
#include "ratio_reporter.hpp"
#include "stride/data_files/catalog_loader.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/athlete_records.hpp"
#include "stride/service/parallel_batch.hpp"
#include "stride/service/plan.hpp"
#include "stride/service/roster.hpp"
#include "stride/storage/postgres_store.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace {

using namespace stride;
using stride::bench::scaled;

const std::size_t kNightlyRunners = scaled<std::size_t>(10'000);
const std::size_t kRosterRunners = 60;
const core::Date kToday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{25}};

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "database_benchmark: %s\n", message.c_str());
  std::exit(1);
}

template <class T>
T expect(core::Result<T> result, const char* what) {
  if (!result) fail(std::string(what) + ": " + result.error().describe());
  return std::move(*result);
}

void expect_ok(const core::Status& status, const char* what) {
  if (!status) fail(std::string(what) + ": " + status.error().describe());
}

std::string read_example(const char* name) {
  std::ifstream file(std::string(STRIDE_EXAMPLES_DIR) + "/" + name);
  if (!file) fail(std::string("cannot read ") + name);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

const service::Catalog& catalog() {
  static const service::Catalog loaded = expect(data_files::load_catalog(app::embedded_data_files()), "embedded data");
  return loaded;
}

const core::Athlete& example_athlete() {
  static const core::Athlete athlete = expect(documents::decode_athlete(read_example("athlete.json"), "athlete.json"), "athlete");
  return athlete;
}

const core::RunningCalendar& example_calendar() {
  static const core::RunningCalendar calendar =
      expect(documents::decode_running_calendar(read_example("runs.json"), "runs.json"), "runs");
  return calendar;
}

// `weeks` weeks before kToday: four runs and two strength sessions of three exercises a week, a
// missed week now and then, and a knee that ached once a quarter.
core::TrainingLog history(int weeks, int seed) {
  core::TrainingLog log;
  const core::Date first = core::add_days(core::monday_of(kToday), -7 * weeks);
  for (int week = 0; week < weeks; ++week) {
    if ((week * 7 + seed) % 17 == 0) continue;
    const core::Date monday = core::add_days(first, 7 * week);
    for (const auto& [offset, km] : {std::pair{1, 8.0}, {3, 10.0}, {5, 6.0}, {6, 16.0 + (seed + week) % 6}}) {
      core::Activity run;
      run.date = core::add_days(monday, offset);
      run.sport = core::Sport::Run;
      run.duration_min = km * 6.0;
      run.distance_km = km;
      run.rpe = offset == 6 ? 6.0 : 4.0;
      log.activities.push_back(run);
    }
    for (const int offset : {0, 3}) {
      core::Activity strength;
      strength.date = core::add_days(monday, offset);
      strength.sport = core::Sport::Strength;
      strength.duration_min = 40;
      strength.rpe = 6;
      for (const char* exercise : {"split_squat", "romanian_deadlift", "calf_raise"}) {
        for (int set = 0; set < 3; ++set) strength.sets.push_back({exercise, core::Side::Both, 8, 20.0, 7.0});
      }
      log.activities.push_back(strength);
    }
    if (week % 13 == 5) log.pain.push_back({core::add_days(monday, 2), core::InjuryRegion::Knee, core::Side::Left, 3,
                                            core::PainTiming::After});
  }
  for (auto it = log.activities.begin(); it != log.activities.end();) {
    it = !(it->date < kToday) ? log.activities.erase(it) : it + 1;
  }
  return log;
}

// The stores compared, each opened on a fresh database by `open` (called once per connection).
struct StoreKind {
  std::string label;
  std::function<std::function<std::unique_ptr<core::Store>()>(const std::string& name)> fresh;
};

// A new folder under the system's temporary folder, removed at exit.
const std::filesystem::path& work_folder() {
  static const std::filesystem::path folder = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "stride-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) fail("cannot create a temporary directory");
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(work_folder(), ignored);
    });
    return std::filesystem::path(pattern);
  }();
  return folder;
}

std::vector<StoreKind> store_kinds() {
  std::vector<StoreKind> kinds;
  kinds.push_back({"Sqlite", [](const std::string& name) {
                     const std::string path = (work_folder() / (name + ".db")).string();
                     return std::function<std::unique_ptr<core::Store>()>([path] {
                       return std::unique_ptr<core::Store>(expect(storage::SqliteStore::open(path), "opening SQLite"));
                     });
                   }});
  if (const char* server = std::getenv("STRIDE_BENCH_POSTGRES"); server != nullptr && *server != '\0') {
    kinds.push_back({"Postgres", [url = std::string(server)](const std::string& name) {
                       // A schema of its own, made anew, as the connections' search_path.
                       const std::string schema = "stride_bench_" + name;
                       {
                         pqxx::connection connection(url);
                         pqxx::nontransaction statement(connection);
                         statement.exec("SET client_min_messages = warning");
                         statement.exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                         statement.exec("CREATE SCHEMA " + schema);
                       }
                       const std::string with_schema =
                           url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
                       return std::function<std::unique_ptr<core::Store>()>([with_schema] {
                         return std::unique_ptr<core::Store>(
                             expect(storage::PostgresStore::open(with_schema), "opening PostgreSQL"));
                       });
                     }});
  }
  return kinds;
}

// Adds `count` runners with a running week, `weeks` of log and a plan; the coach owns them when given.
std::vector<core::AthleteId> seed_runners(core::Store& store, std::size_t count, int weeks,
                                          std::optional<core::AccountId> coach) {
  std::vector<core::AthleteId> athletes;
  for (std::size_t index = 0; index < count; ++index) {
    core::Athlete athlete = example_athlete();
    athlete.name = fmt::format("Runner {}", index + 1);
    const auto id = coach ? expect(store.add_owned_athlete(athlete, *coach), "athlete")
                          : expect(store.add_athlete(athlete), "athlete");
    expect_ok(store.set_running_calendar(id, example_calendar()), "calendar");
    expect(store.add_log_entries(id, history(weeks, static_cast<int>(index))), "log");
    expect(service::plan_from_stored(catalog(), store, id, kToday, kToday), "first plan");
    athletes.push_back(id);
  }
  return athletes;
}

void BM_Baseline_PlanInMemory(benchmark::State& state) {
  planning::PlanInputs inputs;
  inputs.athlete = example_athlete();
  inputs.calendar = example_calendar();
  inputs.start = kToday;
  const auto& c = catalog();
  const planning::PlanningData data{c.library, c.default_table(), c.muscles, c.corrective_rules, c.plan_rules};
  for (auto _ : state) {
    service::for_each_index_in_parallel(kNightlyRunners, service::default_worker_count(), [&](std::size_t) {
      auto plan = planning::build_plan(inputs, data);
      benchmark::DoNotOptimize(plan);
    });
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kNightlyRunners));
}

void nightly_replan(benchmark::State& state, const StoreKind& kind) {
  const auto open = kind.fresh("nightly");
  std::vector<core::AthleteId> athletes;
  {
    const auto seeding = open();
    athletes = seed_runners(*seeding, kNightlyRunners, 4, std::nullopt);
  }
  const std::size_t workers = service::default_worker_count();
  std::vector<std::unique_ptr<core::Store>> stores;
  for (std::size_t worker = 0; worker < workers; ++worker) stores.push_back(open());
  std::atomic<std::size_t> next_store{0};
  // Each run hands its threads its own stores: a thread's store is one of this run's (a new run may
  // reuse the last run's addresses, so runs are told apart by number).
  static std::atomic<int> runs{0};
  const int run = ++runs;
  for (auto _ : state) {
    service::for_each_index_in_parallel(athletes.size(), workers, [&](std::size_t index) {
      thread_local core::Store* mine = nullptr;
      thread_local int mine_for_run = 0;
      if (mine_for_run != run) {
        mine = stores[next_store.fetch_add(1) % stores.size()].get();
        mine_for_run = run;
      }
      // As POST /plans does: the stored running calendar, assessment and log. A nightly job takes a
      // busy database (another writer held it past the wait) as a reason to try that runner again.
      for (int attempt = 1;; ++attempt) {
        auto plan = service::plan_from_stored(catalog(), *mine, athletes[index], kToday, kToday);
        if (plan || plan.error().code != core::ErrorCode::Busy || attempt == 5) {
          benchmark::DoNotOptimize(expect(std::move(plan), "re-plan"));
          break;
        }
      }
    });
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(athletes.size()));
}

void roster_of_sixty(benchmark::State& state, const StoreKind& kind) {
  const auto open = kind.fresh("roster");
  const auto store = open();
  const core::NewAccount coach_account{"coach@example.org", "Coach", core::AccountRole::Coach, "hash"};
  const auto coach_id = expect(store->add_account(coach_account, core::Instant{std::chrono::seconds{1795000000}}), "coach");
  seed_runners(*store, kRosterRunners, 52, coach_id);
  const core::Account coach{coach_id, coach_account.email, coach_account.display_name, coach_account.role};
  for (auto _ : state) {
    benchmark::DoNotOptimize(expect(service::roster(catalog(), *store, coach, kToday), "roster"));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kRosterRunners));
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::RegisterBenchmark("BM_Baseline_PlanInMemory", BM_Baseline_PlanInMemory)
      ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
  for (const auto& kind : store_kinds()) {
    benchmark::RegisterBenchmark(("BM_NightlyReplan_" + kind.label).c_str(),
                                 [kind](benchmark::State& state) { nightly_replan(state, kind); })
        ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
    benchmark::RegisterBenchmark(("BM_Roster60_" + kind.label).c_str(),
                                 [kind](benchmark::State& state) { roster_of_sixty(state, kind); })
        ->Unit(benchmark::kMillisecond)->Iterations(20)->UseRealTime();
  }
  const auto summary = [](const stride::bench::BenchmarkSeconds& seconds, std::ostream& out) {
    const auto baseline = seconds.find("BM_Baseline_PlanInMemory");
    if (baseline == seconds.end() || baseline->second <= 0) return;
    out << fmt::format("\n{} runners re-planned, a roster of {}; ratios to BM_Baseline_PlanInMemory ({:.0f} ms wall):\n",
                       kNightlyRunners, kRosterRunners, baseline->second * 1e3);
    for (const auto& [name, time] : seconds) {
      out << fmt::format("  {:<32} {:>10.1f} ms  {:>8.2f} x baseline time\n", name, time * 1e3, time / baseline->second);
    }
  };
  return stride::bench::run_benchmarks(argc, argv, stride::bench::Clock::Wall, summary);
}
