// Benchmarks of the training-load metrics (analytics::compute_load): ten years of daily data per
// runner. Every figure is quoted as a ratio to BM_Baseline_SumLoad (a plain loop over the same
// logs), measured in the same run on the same machine; the ratios are printed after the table.
// See bench/README.md.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "bench_size.hpp"
#include "stride/analytics/training_load.hpp"
#include "stride/core/date.hpp"
#include "stride/core/training_log.hpp"
#include "stride/json/load_encoder.hpp"
#include "stride/service/parallel_batch.hpp"
#include "ratio_reporter.hpp"

namespace {

using namespace stride;
using stride::bench::scaled;

constexpr int kYears = 10;
constexpr int kDays = 3650;
const std::size_t kPoolRunners = scaled<std::size_t>(100);
const std::size_t kBatchRunners = scaled<std::size_t>(10'000);
constexpr std::uint32_t kSeed = 20261121;

// Draws with plain modulo, so every platform gets the same logs.
class Draw {
 public:
  explicit Draw(std::uint32_t seed) : m_engine(seed) {}
  int between(int low, int high) { return low + static_cast<int>(m_engine() % static_cast<std::uint32_t>(high - low + 1)); }
  bool chance(int percent) { return between(1, 100) <= percent; }

 private:
  std::mt19937 m_engine;
};

// Ten years of one runner: five runs a week (one long), two strength sessions with sets, the odd
// rest week and an occasional pain report.
core::TrainingLog generate_runner(Draw& draw) {
  core::TrainingLog log;
  const core::Date first{std::chrono::year(2016), std::chrono::January, std::chrono::day(4)};
  const int weekly_km = draw.between(15, 80);
  const int long_day = draw.between(5, 6);
  for (int offset = 0; offset < kDays; ++offset) {
    const core::Date date = core::add_days(first, offset);
    const int weekday = offset % 7;
    if (offset % 7 == 0 && draw.chance(5)) offset += 6;  // a week off
    if (weekday == 0 || weekday == 3) {
      core::Activity strength;
      strength.date = date;
      strength.sport = core::Sport::Strength;
      strength.duration_min = draw.between(20, 45);
      strength.rpe = draw.between(5, 8);
      for (int set = 0; set < 8; ++set) {
        strength.sets.push_back(core::StrengthSet{"split_squat", core::Side::Left, draw.between(6, 12),
                                                  static_cast<double>(draw.between(0, 30)), 7.0});
      }
      log.activities.push_back(std::move(strength));
    }
    if (weekday == 0 || weekday == 4) continue;  // rest from running
    const double share = weekday == long_day ? 0.3 : 0.7 / 4;
    const double distance = weekly_km * share * draw.between(80, 120) / 100.0;
    core::Activity run;
    run.date = date;
    run.sport = core::Sport::Run;
    run.duration_min = distance * draw.between(45, 70) / 10.0;
    run.distance_km = distance;
    run.rpe = draw.between(2, 8);
    run.avg_hr = draw.between(125, 170);
    log.activities.push_back(std::move(run));
    if (draw.chance(2)) {
      log.pain.push_back(core::PainReport{date, core::InjuryRegion::Knee, core::Side::Left, draw.between(1, 7),
                                          draw.chance(50) ? core::PainTiming::NextMorning : core::PainTiming::After});
    }
  }
  return log;
}

const std::vector<core::TrainingLog>& pool() {
  static const std::vector<core::TrainingLog> runners = [] {
    Draw draw(kSeed);
    std::vector<core::TrainingLog> logs;
    for (std::size_t index = 0; index < kPoolRunners; ++index) logs.push_back(generate_runner(draw));
    return logs;
  }();
  return runners;
}

// The yardstick: 10,000 runners' session loads (rpe × minutes) summed in a plain loop.
void BM_Baseline_SumLoad(benchmark::State& state) {
  const auto& logs = pool();
  for (auto _ : state) {
    double total = 0;
    for (std::size_t runner = 0; runner < kBatchRunners; ++runner) {
      for (const auto& activity : logs[runner % logs.size()].activities) total += activity.rpe.value_or(0) * activity.duration_min;
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBatchRunners));
}
BENCHMARK(BM_Baseline_SumLoad)->Unit(benchmark::kMillisecond);

// compute_load for one runner's ten years (the pool's runners in turn).
void BM_ComputeLoadOneRunner(benchmark::State& state) {
  const auto& logs = pool();
  std::size_t runner = 0;
  for (auto _ : state) {
    const auto report = analytics::compute_load(logs[runner++ % logs.size()]);
    benchmark::DoNotOptimize(report.daily.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["days/runner"] = static_cast<double>(kDays);
}
BENCHMARK(BM_ComputeLoadOneRunner)->Unit(benchmark::kMicrosecond);

// The same plus the stride.load.v1 JSON document (about 3,650 daily entries).
void BM_ComputeLoadToJson(benchmark::State& state) {
  const auto& logs = pool();
  std::size_t runner = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string text = json::encode_load(analytics::compute_load(logs[runner++ % logs.size()]));
    bytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.counters["json_kB"] = static_cast<double>(bytes) / 1024;
}
BENCHMARK(BM_ComputeLoadToJson)->Unit(benchmark::kMillisecond);

// 10,000 runners, ten years each, in one iteration: 36.5 million runner-days.
void BM_Batch10000Runners(benchmark::State& state) {
  const auto& logs = pool();
  const std::size_t workers = service::default_worker_count();
  std::vector<std::size_t> flags_per_runner(kBatchRunners);
  for (auto _ : state) {
    service::for_each_index_in_parallel(kBatchRunners, workers, [&](std::size_t runner) {
      const auto report = analytics::compute_load(logs[runner % logs.size()]);
      flags_per_runner[runner] = report.flags.size();
      benchmark::DoNotOptimize(report.daily.data());
    });
  }
  std::size_t flags = 0;
  for (const std::size_t count : flags_per_runner) flags += count;
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBatchRunners));
  const double runners = static_cast<double>(kBatchRunners);
  state.counters["flags/runner"] = static_cast<double>(flags) / runners;
  state.counters["runner_days/s"] = benchmark::Counter(runners * kDays * static_cast<double>(state.iterations()),
                                                       benchmark::Counter::kIsRate);
  state.counters["workers"] = static_cast<double>(workers);
}
// Wall-clock time: the batch runs on every hardware thread (service::for_each_index_in_parallel).
BENCHMARK(BM_Batch10000Runners)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  const auto summary = [](const stride::bench::BenchmarkSeconds& seconds, std::ostream& out) {
    const auto baseline = seconds.find("BM_Baseline_SumLoad");
    if (baseline == seconds.end() || baseline->second <= 0) return;
    // Per runner: the baseline and the batch cover 10,000 runners per iteration, the others one.
    const double base = baseline->second / static_cast<double>(kBatchRunners);
    out << fmt::format("\nRatios to BM_Baseline_SumLoad per runner ({:.3f} us CPU, same run):\n", base * 1e6);
    const auto print = [&](const char* label, double time) {
      out << fmt::format("  {:<36} {:>12.2f} us  {:>10.1f} x baseline\n", label, time * 1e6, time / base);
    };
    for (const char* name : {"BM_ComputeLoadOneRunner", "BM_ComputeLoadToJson"}) {
      if (const auto found = seconds.find(name); found != seconds.end()) print(name, found->second);
    }
    if (const auto found = seconds.find("BM_Batch10000Runners"); found != seconds.end()) {
      print("BM_Batch10000Runners per runner", found->second / static_cast<double>(kBatchRunners));
    }
  };
  // The logs are generated before any timed loop.
  return stride::bench::run_benchmarks(argc, argv, stride::bench::Clock::Cpu, summary, [] { (void)pool(); });
}
