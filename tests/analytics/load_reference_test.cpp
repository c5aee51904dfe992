// compute_load against the test-only reference implementation (reference_load.hpp): over random logs
// the two reports must be identical bit for bit: every double (compared by its bits, so 0 and -0
// differ), every null, every week and every flag with its texts, in the same order. The logs mix
// what the input decoders accept: zero and -0 loads, unrated activities, heart-rate loads, gaps of
// days and weeks, fractional durations and distances, subnormal and maximal values, pain reports.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "load_test_support.hpp"
#include "reference_load.hpp"
#include "stride/analytics/training_load.hpp"

namespace stride::analytics {
namespace {

// A value between 0 and `maximum` as the decoders accept it: whole, halves and tenths (which make
// flag thresholds land exactly), any fraction, subnormal or tiny, -0, or the maximum itself.
double value_up_to(double maximum) {
  switch (*rc::gen::inRange(0, 10)) {
    case 0: return 0.0;
    case 1: return -0.0;
    case 2: return maximum;
    case 3: return std::numeric_limits<double>::denorm_min() * *rc::gen::inRange(1, 1000);
    case 4: return std::ldexp(*rc::gen::inRange(1, 1 << 20) * 1.0, -*rc::gen::inRange(40, 1090));
    case 5: return std::floor(maximum * *rc::gen::inRange(0, 1000) / 1000);
    case 6: return *rc::gen::inRange(0, static_cast<int>(maximum * 2)) * 0.5;
    case 7: return *rc::gen::inRange(0, static_cast<int>(maximum * 10)) * 0.1;
    default: {
      // Any double in [0, maximum]: 53 random bits scaled down.
      const auto bits = *rc::gen::inRange<std::uint64_t>(0, std::uint64_t{1} << 53);
      return std::ldexp(static_cast<double>(bits), -53) * maximum;
    }
  }
}

core::Activity random_activity(int offset) {
  core::Activity activity;
  activity.date = testing::day(offset);
  activity.sport = *rc::gen::element(core::Sport::Run, core::Sport::Run, core::Sport::Strength, core::Sport::Cross,
                                     core::Sport::Other);
  activity.duration_min = value_up_to(*rc::gen::element(90.0, 240.0, 2880.0));
  if (*rc::gen::inRange(0, 4) > 0) activity.distance_km = value_up_to(*rc::gen::element(15.0, 40.0, 1000.0));
  switch (*rc::gen::inRange(0, 6)) {
    case 0: break;  // unrated: load 0
    case 1: {
      // A heart-rate load as imports store it: non-negative, rounded to 3 decimals.
      activity.recording = core::ActivityRecording{};
      activity.recording->heart_rate_load = std::round(value_up_to(*rc::gen::element(300.0, 1e6)) * 1000.0) / 1000.0;
      break;
    }
    default: activity.rpe = value_up_to(10); break;
  }
  return activity;
}

core::PainReport random_pain(int offset) {
  return testing::pain(offset, *rc::gen::inRange(0, 11),
                       *rc::gen::element(core::PainTiming::During, core::PainTiming::After, core::PainTiming::NextMorning),
                       *rc::gen::element(core::InjuryRegion::Knee, core::InjuryRegion::AchillesCalf, core::InjuryRegion::LowerBack),
                       *rc::gen::element(core::Side::Left, core::Side::Right, core::Side::Both));
}

// A log over `span` days: runs of training days with a density of its own, and gaps between them.
core::TrainingLog random_log(int span) {
  core::TrainingLog log;
  int offset = *rc::gen::inRange(0, 10);
  while (offset < span) {
    const int block = *rc::gen::inRange(1, 120);
    const int percent = *rc::gen::inRange(0, 101);  // share of the block's days with activities
    // A steady block repeats one session with the odd shorter day: monotonous weeks.
    const bool steady = *rc::gen::inRange(0, 4) == 0;
    const core::Activity pattern = random_activity(offset);
    for (int day = offset; day < std::min(offset + block, span); ++day) {
      if (*rc::gen::inRange(0, 100) >= percent) continue;
      if (steady) {
        core::Activity activity = pattern;
        activity.date = testing::day(day);
        if (*rc::gen::inRange(0, 6) == 0) activity.duration_min *= 0.75;
        log.activities.push_back(activity);
        continue;
      }
      const int sessions = *rc::gen::inRange(1, 4);
      for (int session = 0; session < sessions; ++session) log.activities.push_back(random_activity(day));
    }
    offset += block + *rc::gen::element(0, 0, 1, 3, 10, 40);
  }
  const int reports = *rc::gen::inRange(0, 12);
  for (int index = 0; index < reports; ++index) log.pain.push_back(random_pain(*rc::gen::inRange(-3, span + 3)));
  return log;
}

std::optional<core::Date> random_as_of(int span) {
  if (*rc::gen::arbitrary<bool>()) return std::nullopt;
  return testing::day(*rc::gen::inRange(-20, span + 60));
}

// The first difference between two reports, or an empty string when they are identical.
class Differences {
 public:
  void number(const std::string& what, double left, double right) {
    if (std::bit_cast<std::uint64_t>(left) != std::bit_cast<std::uint64_t>(right)) {
      note(fmt::format("{}: {:a} vs {:a}", what, left, right));
    }
  }
  void number(const std::string& what, const std::optional<double>& left, const std::optional<double>& right) {
    if (left.has_value() != right.has_value()) {
      note(fmt::format("{}: {} vs {}", what, left ? "value" : "null", right ? "value" : "null"));
    } else if (left) {
      number(what, *left, *right);
    }
  }
  void text(const std::string& what, const std::string& left, const std::string& right) {
    if (left != right) note(fmt::format("{}: '{}' vs '{}'", what, left, right));
  }
  template <class T>
  void same(const std::string& what, const T& left, const T& right) {
    if (!(left == right)) note(what + " differs");
  }
  [[nodiscard]] const std::string& first() const { return m_first; }

 private:
  void note(std::string text) {
    if (m_first.empty()) m_first = std::move(text);
  }
  std::string m_first;
};

std::string first_difference(const LoadReport& actual, const reference::Report& expected) {
  Differences differences;
  differences.same("as_of", actual.as_of, expected.as_of);
  differences.same("daily.size", actual.daily.size(), expected.daily.size());
  differences.same("weeks.size", actual.weeks.size(), expected.weeks.size());
  differences.same("flags.size", actual.flags.size(), expected.flags.size());
  if (!differences.first().empty()) return differences.first();
  for (std::size_t index = 0; index < actual.daily.size(); ++index) {
    const DailyLoad& left = actual.daily[index];
    const DailyLoad& right = expected.daily[index];
    const std::string at = fmt::format("daily[{}].", index);
    differences.same(at + "date", left.date, right.date);
    differences.number(at + "load", left.load, right.load);
    differences.number(at + "acute_ewma", left.acute_ewma, right.acute_ewma);
    differences.number(at + "chronic_ewma", left.chronic_ewma, right.chronic_ewma);
    differences.number(at + "acwr_ewma", left.acwr_ewma, right.acwr_ewma);
    differences.number(at + "acute_7d", left.acute_7d, right.acute_7d);
    differences.number(at + "chronic_28d", left.chronic_28d, right.chronic_28d);
    differences.number(at + "acwr_rolling", left.acwr_rolling, right.acwr_rolling);
    differences.number(at + "ctl", left.ctl, right.ctl);
    differences.number(at + "atl", left.atl, right.atl);
    differences.number(at + "tsb", left.tsb, right.tsb);
  }
  for (std::size_t index = 0; index < actual.weeks.size(); ++index) {
    const WeeklyLoad& left = actual.weeks[index];
    const WeeklyLoad& right = expected.weeks[index];
    const std::string at = fmt::format("weeks[{}].", index);
    differences.same(at + "start", left.start, right.start);
    differences.same(at + "days", left.days, right.days);
    differences.number(at + "run_distance_km", left.run_distance_km, right.run_distance_km);
    differences.number(at + "distance_change_pct", left.distance_change_pct, right.distance_change_pct);
    differences.number(at + "load", left.load, right.load);
    differences.number(at + "monotony", left.monotony, right.monotony);
    differences.number(at + "strain", left.strain, right.strain);
  }
  for (std::size_t index = 0; index < actual.flags.size(); ++index) {
    const LoadFlag& left = actual.flags[index];
    const reference::WrittenFlag& right = expected.flags[index];
    const std::string at = fmt::format("flags[{}].", index);
    differences.same(at + "date", left.date, right.date);
    differences.text(at + "code", std::string(left.code()), right.code);
    differences.same(at + "severity", left.severity(), right.severity);
    differences.text(at + "message", std::string(left.message()), right.message);
    differences.text(at + "evidence", left.evidence(), right.evidence);
  }
  return differences.first();
}

void check_against_reference(const core::TrainingLog& log, std::optional<core::Date> as_of) {
  const LoadReport report = compute_load(log, as_of);
  const std::string difference = first_difference(report, reference::compute_load(log, as_of));
  if (!difference.empty()) RC_FAIL(difference);
  // Shows how often each flag was exercised (rapidcheck prints the distribution).
  for (const char* code : {"single_run_spike", "weekly_distance_jump", "pain", "pain_rising", "monotony_high", "acwr_high"}) {
    RC_CLASSIFY(!testing::flags_with_code(report, code).empty(), code);
  }
}

RC_GTEST_PROP(LoadReference, ShortLogsMatchTheReferenceBitForBit, ()) {
  const int span = *rc::gen::inRange(1, 200);
  check_against_reference(random_log(span), random_as_of(span));
}

RC_GTEST_PROP(LoadReference, LongLogsMatchTheReferenceBitForBit, ()) {
  const int span = *rc::gen::inRange(200, 1500);
  check_against_reference(random_log(span), random_as_of(span));
}

// Ten years of rest after ten years of training: every window of rest days is exactly 0.
TEST(LoadReference, LongRestAfterTrainingMatchesTheReference) {
  core::TrainingLog log;
  for (int offset = 0; offset < 3650; ++offset) {
    log.activities.push_back(testing::session(offset, 3 + offset % 7 * 0.7, 20.0 / 3 + offset % 11));
  }
  log.activities.push_back(testing::session(7300, 0, 0));
  const LoadReport report = compute_load(log);
  EXPECT_EQ(first_difference(report, reference::compute_load(log)), "");
  ASSERT_EQ(report.daily.size(), 7301u);
  EXPECT_EQ(*report.daily.back().acute_7d, 0.0);
  EXPECT_EQ(*report.daily.back().chronic_28d, 0.0);
}

}  // namespace
}  // namespace stride::analytics
