#pragma once

// The console reporter every Stride benchmark shares: the library's table, then the benchmark's own
// summary lines (ratios to a baseline measured in the same run), computed from each benchmark's time.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace stride::bench {

// Seconds per benchmark function name: the mean when a benchmark is repeated, else its one run.
using BenchmarkSeconds = std::map<std::string, double>;
using Summary = std::function<void(const BenchmarkSeconds& seconds, std::ostream& out)>;

enum class Clock { Cpu, Wall };

class RatioReporter final : public benchmark::ConsoleReporter {
 public:
  RatioReporter(Clock clock, Summary summary)
      : ConsoleReporter(isatty(STDOUT_FILENO) != 0 ? OO_Color : OO_None), m_clock(clock), m_summary(std::move(summary)) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& run : runs) {
      if (run.error_occurred) continue;
      const bool mean = run.run_type == Run::RT_Aggregate && run.aggregate_name == "mean";
      if (run.run_type == Run::RT_Aggregate && !mean) continue;
      const std::string& name = run.run_name.function_name;
      if (!mean && m_from_mean.contains(name)) continue;
      // A benchmark marked UseRealTime (a batch spread over threads) is read by the wall clock.
      const bool wall = m_clock == Clock::Wall || run.run_name.time_type == "real_time";
      const double time = wall ? run.GetAdjustedRealTime() : run.GetAdjustedCPUTime();
      m_seconds[name] = time / benchmark::GetTimeUnitMultiplier(run.time_unit);
      if (mean) m_from_mean.insert(name);
    }
  }

  void Finalize() override { m_summary(m_seconds, GetOutputStream()); }

 private:
  Clock m_clock;
  Summary m_summary;
  BenchmarkSeconds m_seconds;
  std::set<std::string> m_from_mean;
};

// The main of a benchmark program: the console format gets the summary after the table; other
// formats (json, csv) get the library's own reporter. `prepare` runs after the options are parsed
// and before any benchmark, for inputs that must not be generated inside a timed loop.
inline int run_benchmarks(int argc, char** argv, Clock clock, Summary summary,
                          const std::function<void()>& prepare = {}) {
  bool console = true;
  for (int index = 1; index < argc; ++index) {
    const std::string_view argument = argv[index];
    if (argument.starts_with("--benchmark_format=") && argument != "--benchmark_format=console") console = false;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (prepare) prepare();
  if (console) {
    RatioReporter reporter(clock, std::move(summary));
    benchmark::RunSpecifiedBenchmarks(&reporter);
  } else {
    benchmark::RunSpecifiedBenchmarks();
  }
  benchmark::Shutdown();
  return 0;
}

}  // namespace stride::bench
