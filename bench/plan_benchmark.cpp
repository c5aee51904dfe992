// Benchmarks of the periodized planner. Every figure is quoted as a ratio to
// BM_Baseline_DecodeAthlete (decoding examples/athlete.json), measured in the same run on the same
// machine; the ratios are printed after the table. See bench/README.md.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bench_size.hpp"
#include "embedded_data.hpp"
#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/plan.hpp"
#include "stride/data_files/catalog_loader.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/service/catalog.hpp"
#include "stride/service/parallel_batch.hpp"
#include "ratio_reporter.hpp"

namespace {

using namespace stride;
using stride::bench::scaled;

const std::size_t kBatchRunners = scaled<std::size_t>(10'000);
constexpr std::uint32_t kBatchSeed = 20261122;

// ---- set-up helpers (never timed) ----------------------------------------------------------------

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "plan_benchmark: %s\n", message.c_str());
  std::exit(1);
}

template <class T>
T expect(core::Result<T> result, std::string_view what) {
  if (!result) fail(std::string(what) + ": " + result.error().describe());
  return std::move(*result);
}

std::string read_example(const std::string& name) {
  const std::string path = std::string(STRIDE_EXAMPLES_DIR) + "/" + name;
  std::ifstream file(path, std::ios::binary);
  if (!file) fail("cannot read " + path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

struct Examples {
  std::string athlete = read_example("athlete.json");
  std::string assessment = read_example("assessment.json");
  std::string runs = read_example("runs.json");
};

const Examples& examples() {
  static const Examples loaded;
  return loaded;
}

const service::Catalog& catalog() {
  static const service::Catalog loaded = expect(data_files::load_catalog(app::embedded_data_files()), "embedded data");
  return loaded;
}

planning::PlanningData planning_data() {
  const auto& c = catalog();
  return {c.library, c.default_table(), c.muscles, c.corrective_rules, c.plan_rules};
}

core::Date make_date(int year, unsigned month, unsigned day) {
  return core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

struct PlanSize {
  std::size_t days = 0;
  std::size_t sessions = 0;
};

PlanSize size_of(const core::Plan& plan) {
  PlanSize size{plan.days.size(), 0};
  for (const auto& day : plan.days) size.sessions += day.sessions.size();
  return size;
}

// The example runner (examples/athlete.json) as an intermediate lifter, a race exactly 24 weeks
// after the start, the example running calendar (examples/runs.json) and the findings of the
// example assessment (examples/assessment.json).
const planning::PlanInputs& plan24_inputs() {
  static const planning::PlanInputs inputs = [] {
    planning::PlanInputs in;
    in.athlete = expect(documents::decode_athlete(examples().athlete, "athlete.json"), "examples/athlete.json");
    in.athlete.strength_experience = core::StrengthExperience::Intermediate;
    in.start = make_date(2026, 11, 22);
    in.athlete.goal.race_date = core::add_days(in.start, 24 * 7);
    in.calendar = expect(documents::decode_running_calendar(examples().runs, "runs.json"), "examples/runs.json");
    const auto assessment =
        expect(documents::decode_assessment(examples().assessment, "assessment.json"), "examples/assessment.json");
    in.findings = analytics::analyse_assessment(assessment, catalog().default_table(), catalog().imbalance_rules);
    return in;
  }();
  return inputs;
}

// ---- the batch of generated runners ----------------------------------------------------------------

// Deterministic across platforms: mt19937's output is fixed by the standard (the standard
// distributions are not), so values are drawn with plain modulo.
class Draw {
 public:
  explicit Draw(std::uint32_t seed) : m_engine(seed) {}
  int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint32_t>(n)); }
  int between(int low, int high) { return low + below(high - low + 1); }  // inclusive
  bool chance(int percent) { return below(100) < percent; }
  template <class T, std::size_t N>
  const T& one_of(const std::array<T, N>& choices) {
    return choices[static_cast<std::size_t>(below(static_cast<int>(N)))];
  }

 private:
  std::mt19937 m_engine;
};

template <class E>
std::string name_of(E value) {
  return std::string(core::enum_name(value));
}

nlohmann::json generate_athlete(Draw& draw, std::size_t index, core::Date start, bool& has_race) {
  nlohmann::json athlete;
  athlete["name"] = "Runner " + std::to_string(index + 1);
  athlete["sex"] = draw.one_of(std::array<const char*, 3>{"female", "male", "unspecified"});
  if (draw.chance(80)) athlete["birth_year"] = draw.between(1950, 2006);  // masters included
  if (draw.chance(70)) athlete["body_mass_kg"] = draw.between(45, 100);
  const int weekly = draw.between(10, 120);
  nlohmann::json running{{"experience_years", draw.between(0, 20)}, {"weekly_distance_km", weekly}};
  if (draw.chance(75)) running["longest_run_km"] = std::max(5, weekly * draw.between(25, 50) / 100);
  running["surface"] = draw.one_of(std::array<const char*, 4>{"road", "trail", "track", "mixed"});
  athlete["running"] = running;
  athlete["strength_experience"] = draw.one_of(std::array<const char*, 4>{"none", "beginner", "intermediate", "advanced"});

  const auto event = static_cast<core::Event>(draw.below(6));
  nlohmann::json goal{{"event", name_of(event)}};
  has_race = event != core::Event::General;
  if (has_race) goal["race_date"] = core::format_iso_date(core::add_days(start, draw.between(6 * 7, 40 * 7)));
  athlete["goal"] = goal;

  // Injuries: most runners none, some one or two (distinct regions).
  const int roll = draw.below(10);
  const int injuries = roll < 6 ? 0 : (roll < 9 ? 1 : 2);
  std::set<int> regions;
  nlohmann::json injury_list = nlohmann::json::array();
  for (int i = 0; i < injuries; ++i) {
    const int region = draw.below(9);
    if (!regions.insert(region).second) continue;
    injury_list.push_back({{"region", name_of(static_cast<core::InjuryRegion>(region))},
                           {"side", draw.one_of(std::array<const char*, 3>{"left", "right", "both"})},
                           {"status", name_of(static_cast<core::InjuryStatus>(draw.below(3)))}});
  }
  if (!injury_list.empty()) athlete["injuries"] = injury_list;

  nlohmann::json equipment = nlohmann::json::array();
  if (!draw.chance(10)) {
    for (int e = 0; e < 16; ++e) {
      if (draw.chance(30)) equipment.push_back(name_of(static_cast<core::Equipment>(e)));
    }
  }
  athlete["equipment"] = equipment;

  nlohmann::json availability{{"strength_sessions_per_week", draw.between(1, 4)},
                              {"session_minutes", 15 + 5 * draw.between(0, 15)}};
  if (!draw.chance(30)) {
    nlohmann::json days = nlohmann::json::array();
    for (int d = 0; d < 7; ++d) {
      if (draw.chance(55)) days.push_back(name_of(static_cast<core::Weekday>(d)));
    }
    if (days.empty()) days.push_back(name_of(static_cast<core::Weekday>(draw.below(7))));
    availability["days"] = days;
  }
  athlete["availability"] = availability;
  return athlete;
}

nlohmann::json generate_calendar(Draw& draw, core::Date start, int plan_days, std::optional<core::Date> race) {
  static constexpr std::array<const char*, 7> kDays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::array<nlohmann::json, 7> week;
  for (auto& day : week) {
    const int roll = draw.below(10);
    if (roll < 3) {
      day = "rest";
    } else if (roll < 7) {
      day = draw.chance(30) ? nlohmann::json{{"type", "easy"}, {"duration_min", draw.between(30, 70)}}
                            : nlohmann::json("easy");
    } else if (roll < 8) {
      day = "recovery";
    } else if (roll < 9) {
      day = "cross";
    } else {
      day = "easy";
    }
  }
  const int long_day = draw.chance(80) ? draw.between(5, 6) : draw.below(7);
  week[static_cast<std::size_t>(long_day)] = {{"type", "long"}, {"distance_km", draw.between(10, 35)}};
  const int workouts = draw.below(3);
  for (int w = 0; w < workouts; ++w) {
    const int day = draw.below(7);
    if (day != long_day) week[static_cast<std::size_t>(day)] = "workout";
  }
  nlohmann::json weekly_template;
  for (std::size_t d = 0; d < 7; ++d) weekly_template[kDays[d]] = week[d];

  nlohmann::json runs = nlohmann::json::array();
  std::set<int> used;
  if (race && draw.chance(30)) {
    used.insert(core::days_between(start, *race));
    runs.push_back({{"date", core::format_iso_date(*race)}, {"type", "race"}, {"note", "goal race"}});
  }
  const int dated = draw.below(4);
  for (int r = 0; r < dated; ++r) {
    const int offset = draw.below(plan_days);
    if (!used.insert(offset).second) continue;
    nlohmann::json run{{"date", core::format_iso_date(core::add_days(start, offset))}};
    switch (draw.below(4)) {
      case 0:
        run["type"] = "race";
        run["distance_km"] = draw.one_of(std::array<double, 3>{5.0, 10.0, 21.1});
        run["note"] = "tune-up";
        break;
      case 1:
        run["type"] = "long";
        run["distance_km"] = draw.between(15, 32);
        break;
      case 2:
        run["type"] = "rest";
        break;
      default:
        run["type"] = "workout";
        run["duration_min"] = draw.between(40, 80);
        break;
    }
    runs.push_back(run);
  }
  nlohmann::json calendar{{"weekly_template", weekly_template}};
  if (!runs.empty()) calendar["runs"] = runs;
  return calendar;
}

nlohmann::json generate_assessment(Draw& draw) {
  // Compensations with a side; the others are true when seen.
  static constexpr std::array<const char*, 5> kSided{"feet_turn_out", "feet_flatten", "heels_rise", "knees_cave_in",
                                                      "knees_move_out"};
  static constexpr std::array<const char*, 6> kPresent{"excessive_forward_lean", "low_back_arches", "low_back_rounds",
                                                        "arms_fall_forward", "shoulders_elevate", "head_forward"};
  static constexpr std::array<const char*, 3> kSides{"left", "right", "both"};
  nlohmann::json assessment;
  nlohmann::json overhead = nlohmann::json::object();
  for (const char* key : kSided) {
    if (draw.chance(20)) overhead[key] = draw.chance(40) ? nlohmann::json(true) : nlohmann::json(draw.one_of(kSides));
  }
  for (const char* key : kPresent) {
    if (draw.chance(20)) overhead[key] = true;
  }
  if (draw.chance(10)) overhead["asymmetric_weight_shift"] = draw.chance(50) ? "left" : "right";
  // No contradictions: keep one of each pair.
  if (overhead.contains("knees_cave_in")) overhead.erase("knees_move_out");
  if (overhead.contains("low_back_arches")) overhead.erase("low_back_rounds");
  assessment["overhead_squat"] = overhead;
  if (draw.chance(70)) {
    nlohmann::json single_leg = nlohmann::json::object();
    for (const char* key : {"knees_cave_in", "hip_drop", "trunk_rotation"}) {
      if (draw.chance(30)) single_leg[key] = draw.one_of(kSides);
    }
    assessment["single_leg_squat"] = single_leg;
  }
  if (draw.chance(70)) assessment["single_leg_balance_s"] = {{"left", draw.between(3, 60)}, {"right", draw.between(3, 60)}};
  return assessment;
}

// 10,000 different runners, generated and decoded through the real input decoders (so every one is
// valid input), with their assessment findings. Generated once; the same on every run.
const std::vector<planning::PlanInputs>& batch_inputs() {
  static const std::vector<planning::PlanInputs> runners = [] {
    Draw draw(kBatchSeed);
    std::vector<planning::PlanInputs> all;
    all.reserve(kBatchRunners);
    const core::Date base = make_date(2026, 11, 23);
    for (std::size_t index = 0; index < kBatchRunners; ++index) {
      planning::PlanInputs in;
      in.start = core::add_days(base, draw.below(365));
      bool has_race = false;
      const std::string source = "runner-" + std::to_string(index + 1);
      const auto athlete_json = generate_athlete(draw, index, in.start, has_race);
      in.athlete = expect(documents::decode_athlete(athlete_json.dump(), source + ".json"), source + " athlete");
      in.weeks = 12;
      const int plan_days = has_race ? core::days_between(in.start, *in.athlete.goal.race_date) + 1 : 7 * in.weeks;
      const auto calendar_json = generate_calendar(draw, in.start, plan_days, in.athlete.goal.race_date);
      in.calendar = expect(documents::decode_running_calendar(calendar_json.dump(), source + "-runs.json"), source + " runs");
      if (draw.chance(60)) {
        const auto assessment_json = generate_assessment(draw);
        const auto assessment = expect(documents::decode_assessment(assessment_json.dump(), source + "-assessment.json"),
                                       source + " assessment");
        in.findings =
            analytics::analyse_assessment(assessment, catalog().default_table(), catalog().imbalance_rules);
      }
      all.push_back(std::move(in));
    }
    return all;
  }();
  return runners;
}

// ---- the benchmarks ----------------------------------------------------------------------------------

void BM_Baseline_DecodeAthlete(benchmark::State& state) {
  const std::string& text = examples().athlete;
  for (auto _ : state) {
    auto athlete = documents::decode_athlete(text, "athlete.json");
    benchmark::DoNotOptimize(athlete);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Baseline_DecodeAthlete)->Unit(benchmark::kMicrosecond);

void BM_Plan24Weeks(benchmark::State& state) {
  const auto& inputs = plan24_inputs();
  const auto data = planning_data();
  PlanSize size;
  for (auto _ : state) {
    auto plan = planning::build_plan(inputs, data);
    size = size_of(plan);
    benchmark::DoNotOptimize(plan);
  }
  state.counters["days"] = static_cast<double>(size.days);
  state.counters["sessions"] = static_cast<double>(size.sessions);
}
BENCHMARK(BM_Plan24Weeks)->Unit(benchmark::kMicrosecond);

void BM_Plan24WeeksToJson(benchmark::State& state) {
  const auto& inputs = plan24_inputs();
  const auto data = planning_data();
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto plan = planning::build_plan(inputs, data);
    auto text = json::encode_plan(plan, catalog());
    bytes = text.size();
    benchmark::DoNotOptimize(text);
  }
  state.counters["json_kB"] = static_cast<double>(bytes) / 1000.0;
}
BENCHMARK(BM_Plan24WeeksToJson)->Unit(benchmark::kMicrosecond);

void BM_Batch10000Runners(benchmark::State& state) {
  const auto& runners = batch_inputs();
  const auto data = planning_data();
  const std::size_t workers = service::default_worker_count();
  std::vector<PlanSize> sizes(runners.size());
  for (auto _ : state) {
    service::for_each_index_in_parallel(runners.size(), workers, [&](std::size_t runner) {
      auto plan = planning::build_plan(runners[runner], data);
      sizes[runner] = size_of(plan);
      benchmark::DoNotOptimize(plan);
    });
  }
  PlanSize total;
  for (const PlanSize& size : sizes) {
    total.days += size.days;
    total.sessions += size.sessions;
  }
  const auto count = static_cast<double>(runners.size());
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(runners.size()));
  state.counters["days/runner"] = static_cast<double>(total.days) / count;
  state.counters["sessions/runner"] = static_cast<double>(total.sessions) / count;
  state.counters["workers"] = static_cast<double>(workers);
}
// Wall-clock time: the batch runs on every hardware thread (service::for_each_index_in_parallel).
BENCHMARK(BM_Batch10000Runners)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  const auto summary = [](const stride::bench::BenchmarkSeconds& seconds, std::ostream& out) {
    const auto baseline = seconds.find("BM_Baseline_DecodeAthlete");
    if (baseline == seconds.end() || baseline->second <= 0) return;
    const double base = baseline->second;
    out << fmt::format("\nRatios to BM_Baseline_DecodeAthlete ({:.2f} us CPU, same run):\n", base * 1e6);
    const auto print = [&](const char* label, double time) {
      out << fmt::format("  {:<34} {:>12.2f} us  {:>10.1f} x baseline\n", label, time * 1e6, time / base);
    };
    for (const char* name : {"BM_Plan24Weeks", "BM_Plan24WeeksToJson"}) {
      if (const auto found = seconds.find(name); found != seconds.end()) print(name, found->second);
    }
    if (const auto found = seconds.find("BM_Batch10000Runners"); found != seconds.end()) {
      print("BM_Batch10000Runners per runner", found->second / static_cast<double>(kBatchRunners));
    }
  };
  return stride::bench::run_benchmarks(argc, argv, stride::bench::Clock::Cpu, summary);
}
