// encode_load writes its document with the streaming writer; these tests hold it to the text of
// the DOM encoder it replaced (tests/json/reference_dom_encoders.cpp), byte for byte, on the
// reports of random training logs and on random reports with awkward numbers, and flags of every kind
// with awkward numbers in their evidence.
// RC_PARAMS="max_success=N" runs more cases.

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "reference_dom_encoders.hpp"
#include "stride/analytics/training_load.hpp"
#include "stride/core/date.hpp"
#include "stride/json/load_encoder.hpp"

namespace stride::json {
namespace {

core::Date day(int offset) {
  return core::add_days(core::Date{std::chrono::year(2026), std::chrono::October, std::chrono::day(5)}, offset);
}

// Up to two years of runs, strength sessions and pain reports on random days.
core::TrainingLog random_log() {
  core::TrainingLog log;
  const int days = *rc::gen::inRange(1, 730);
  const int activities = *rc::gen::inRange(0, days);
  for (int index = 0; index < activities; ++index) {
    core::Activity activity;
    activity.date = day(*rc::gen::inRange(0, days));
    activity.sport = *rc::gen::element(core::Sport::Run, core::Sport::Strength, core::Sport::Cross, core::Sport::Other);
    activity.duration_min = *rc::gen::inRange(5, 240) + *rc::gen::inRange(0, 60) / 60.0;
    activity.rpe = *rc::gen::inRange(0, 101) / 10.0;
    if (activity.sport == core::Sport::Run) activity.distance_km = *rc::gen::inRange(1000, 50000) / 1000.0 + 1e-4;
    log.activities.push_back(activity);
  }
  const int pain_reports = *rc::gen::inRange(0, 6);
  for (int index = 0; index < pain_reports; ++index) {
    log.pain.push_back(core::PainReport{day(*rc::gen::inRange(0, days)), core::InjuryRegion::Knee, core::Side::Left,
                                        *rc::gen::inRange(0, 11),
                                        *rc::gen::element(core::PainTiming::During, core::PainTiming::After,
                                                          core::PainTiming::NextMorning)});
  }
  return log;
}

RC_GTEST_PROP(LoadEncoderIdentity, ReportsOfRandomLogsMatchTheDomEncoder, ()) {
  const auto log = random_log();
  std::optional<core::Date> as_of;
  if (*rc::gen::inRange(0, 4) == 0) as_of = day(*rc::gen::inRange(-10, 800));
  const auto report = analytics::compute_load(log, as_of);
  RC_ASSERT(encode_load(report) == reference::encode_load_with_dom(report));
}

rc::Gen<double> awkward_number() {
  return rc::gen::oneOf(rc::gen::map(rc::gen::inRange(-2'000'000, 2'000'000), [](int value) { return value / 1e3; }),
                        rc::gen::map(rc::gen::arbitrary<int>(), [](int value) { return value / 7.0; }),
                        rc::gen::element(0.0, -0.0, 0.0004, -0.0004, 0.0005, -0.0005, 2.5, 1e20, -1e-20, 1e300,
                                         std::numeric_limits<double>::infinity(),
                                         std::numeric_limits<double>::quiet_NaN()));
}

rc::Gen<std::optional<double>> maybe_number() {
  return rc::gen::oneOf(rc::gen::just(std::optional<double>()),
                        rc::gen::map(awkward_number(), [](double value) { return std::optional<double>(value); }));
}

// A flag of any kind, dated `date`, with awkward numbers in its facts.
analytics::LoadFlag random_flag(core::Date date) {
  const auto report = [&] {
    return core::PainReport{day(*rc::gen::inRange(0, 100)),
                            *rc::gen::element(core::InjuryRegion::Knee, core::InjuryRegion::AchillesCalf,
                                              core::InjuryRegion::LowerBack),
                            *rc::gen::element(core::Side::Left, core::Side::Right, core::Side::Both),
                            *rc::gen::inRange(0, 11),
                            *rc::gen::element(core::PainTiming::During, core::PainTiming::After,
                                              core::PainTiming::NextMorning)};
  };
  switch (*rc::gen::inRange(0, 6)) {
    case 0:
      return {date, analytics::RunSpike{*awkward_number(), *awkward_number(), day(*rc::gen::inRange(0, 100)),
                                        *awkward_number()}};
    case 1:
      return {date, analytics::DistanceJump{day(*rc::gen::inRange(0, 100)), *awkward_number(), *awkward_number(),
                                            *awkward_number(), *rc::gen::arbitrary<bool>()}};
    case 2: return {date, analytics::PainScore{report()}};
    case 3: return {date, analytics::PainRise{report(), report()}};
    case 4:
      return {date, analytics::MonotonousWeek{day(*rc::gen::inRange(0, 100)), *awkward_number(), *awkward_number(),
                                              *awkward_number()}};
    default:
      return {date, analytics::AcwrEpisode{*awkward_number(), *awkward_number(), *awkward_number(),
                                           *rc::gen::inRange(1, 400), day(*rc::gen::inRange(0, 100)),
                                           *awkward_number(), day(*rc::gen::inRange(0, 100))}};
  }
}

// Reports no log gives: every number anywhere, flags of every kind.
RC_GTEST_PROP(LoadEncoderIdentity, RandomReportsMatchTheDomEncoder, ()) {
  analytics::LoadReport report;
  if (*rc::gen::arbitrary<bool>()) report.as_of = day(*rc::gen::inRange(0, 100));
  const int days = *rc::gen::inRange(0, 30);
  for (int index = 0; index < days; ++index) {
    analytics::DailyLoad entry;
    entry.date = day(index);
    entry.load = *awkward_number();
    entry.acute_ewma = *awkward_number();
    entry.chronic_ewma = *awkward_number();
    entry.acwr_ewma = *maybe_number();
    entry.acute_7d = *maybe_number();
    entry.chronic_28d = *maybe_number();
    entry.acwr_rolling = *maybe_number();
    entry.ctl = *awkward_number();
    entry.atl = *awkward_number();
    entry.tsb = *awkward_number();
    report.daily.push_back(entry);
  }
  const int weeks = *rc::gen::inRange(0, 6);
  for (int index = 0; index < weeks; ++index) {
    analytics::WeeklyLoad entry;
    entry.start = day(7 * index);
    entry.days = *rc::gen::inRange(0, 8);
    entry.run_distance_km = *awkward_number();
    entry.distance_change_pct = *maybe_number();
    entry.load = *awkward_number();
    entry.monotony = *maybe_number();
    entry.strain = *maybe_number();
    report.weeks.push_back(entry);
  }
  const int flags = *rc::gen::inRange(0, 4);
  for (int index = 0; index < flags; ++index) {
    report.flags.push_back(random_flag(day(index)));
  }
  RC_ASSERT(encode_load(report) == reference::encode_load_with_dom(report));
}

TEST(LoadEncoderIdentity, AnEmptyReportMatchesTheDomEncoder) {
  const analytics::LoadReport report;
  EXPECT_EQ(encode_load(report), reference::encode_load_with_dom(report));
}

}  // namespace
}  // namespace stride::json
