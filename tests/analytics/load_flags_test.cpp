// Every flag code of contract §4.4 firing, and not firing, at its boundary (docs/load.md).
#include <gtest/gtest.h>

#include "load_test_support.hpp"
#include "stride/analytics/training_load.hpp"

namespace stride::analytics {
namespace {

using core::PainTiming;
using testing::daily_loads;
using testing::day;
using testing::flags_with_code;
using testing::pain;
using testing::run;

// A 10 km run on day 1 sets the reference; `distance` is run on day 31, whose previous 30 days are
// days 1 to 30.
LoadReport spike_case(double distance) {
  core::TrainingLog log;
  log.activities = {run(0, 5), run(1, 10), run(31, distance)};
  return compute_load(log);
}

TEST(LoadFlags, ExactlyTenPercentLongerIsNotASpike) {
  EXPECT_TRUE(flags_with_code(spike_case(11), "single_run_spike").empty());  // 11 / 10 = +10 %
}

TEST(LoadFlags, TenPointOnePercentLongerIsASpike) {
  const LoadReport report = spike_case(11.01);  // 11.01 / 10 = +10.1 %
  const auto flags = flags_with_code(report, "single_run_spike");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].date, day(31));
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Warning);
  EXPECT_NE(flags[0].evidence().find("11.01 km"), std::string::npos) << flags[0].evidence();
  EXPECT_NE(flags[0].evidence().find("10 km"), std::string::npos) << flags[0].evidence();
  EXPECT_NE(flags[0].evidence().find("+10.1 %"), std::string::npos) << flags[0].evidence();
}

TEST(LoadFlags, SpikeWindowIsTheThirtyDaysBefore) {
  core::TrainingLog log;
  // Day 0: 20 km, outside the window of day 31 (days 1 to 30). Day 1: 10 km, inside it. Day 31:
  // 15 km, +50 % on 10 km. Another 15 km the same day does not count as a reference.
  log.activities = {run(0, 20), run(1, 10), run(31, 15), run(31, 15)};
  const auto flags = flags_with_code(compute_load(log), "single_run_spike");
  ASSERT_EQ(flags.size(), 1u);  // one per day
  EXPECT_EQ(flags[0].date, day(31));
  EXPECT_NE(flags[0].evidence().find("2026-10-06 to 2026-11-04"), std::string::npos) << flags[0].evidence();
  // Day 30's window is days 0 to 29, which holds the 20 km.
  core::TrainingLog inside;
  inside.activities = {run(0, 20), run(1, 10), run(30, 15)};
  EXPECT_TRUE(flags_with_code(compute_load(inside), "single_run_spike").empty());
}

TEST(LoadFlags, NoSpikeBeforeThirtyDaysOfLogOrWithoutAnEarlierRun) {
  core::TrainingLog log;
  log.activities = {run(0, 5), run(29, 20)};  // day 29: the log covers only 29 days before it
  EXPECT_TRUE(flags_with_code(compute_load(log), "single_run_spike").empty());
  core::TrainingLog first_run;
  first_run.activities = {testing::session(0, 5, 30), run(40, 20)};  // nothing run in days 10 to 39
  EXPECT_TRUE(flags_with_code(compute_load(first_run), "single_run_spike").empty());
}

// Week 1 (days 0–6): 10 km. Week 2: `second` km, run on days 7 and 9.
LoadReport jump_case(double second) {
  core::TrainingLog log;
  log.activities = {run(0, 10), run(6, 0), run(7, second - 1), run(9, 1)};
  return compute_load(log);
}

TEST(LoadFlags, ExactlyThirtyPercentIsNotAWeeklyJump) {
  EXPECT_TRUE(flags_with_code(jump_case(13), "weekly_distance_jump").empty());  // 13 / 10 = +30 %
}

TEST(LoadFlags, MoreThanThirtyPercentIsAWeeklyJumpDatedWhenCrossed) {
  const LoadReport report = jump_case(13.01);  // +30.1 %
  const auto flags = flags_with_code(report, "weekly_distance_jump");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Caution);
  EXPECT_EQ(flags[0].date, day(9));  // 12.01 km on day 7 is +20.1 %; day 9 takes it to 13.01
  EXPECT_NE(flags[0].evidence().find("+30.1 %"), std::string::npos) << flags[0].evidence();
  EXPECT_NE(flags[0].evidence().find("so far"), std::string::npos);  // the week ends on day 9
}

TEST(LoadFlags, PainScoreBoundaries) {
  core::TrainingLog log;
  log.pain = {pain(0, 4, PainTiming::During), pain(1, 5, PainTiming::After, core::InjuryRegion::Shin),
              pain(2, 6, PainTiming::During, core::InjuryRegion::Foot)};
  const auto flags = flags_with_code(compute_load(log), "pain");
  ASSERT_EQ(flags.size(), 2u);  // 4: nothing
  EXPECT_EQ(flags[0].date, day(1));
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Caution);
  EXPECT_EQ(flags[1].date, day(2));
  EXPECT_EQ(flags[1].severity(), FlagSeverity::Warning);
  for (const auto& flag : flags) {
    EXPECT_NE(flag.message().find("reduce"), std::string::npos);
    EXPECT_NE(flag.message().find("physiotherapist"), std::string::npos);
  }
  EXPECT_NE(flags[1].evidence().find("left foot pain 6/10"), std::string::npos) << flags[1].evidence();
}

TEST(LoadFlags, PainRisingComparesTheSameRegionAndSide) {
  core::TrainingLog log;
  log.pain = {pain(0, 2, PainTiming::After),
              pain(1, 3, PainTiming::NextMorning),                                              // 3 > 2: rising
              pain(2, 3, PainTiming::NextMorning),                                              // equal: no
              pain(3, 4, PainTiming::During),                                                   // not next morning
              pain(4, 5, PainTiming::NextMorning, core::InjuryRegion::Knee, core::Side::Right),  // first right knee
              pain(5, 1, PainTiming::After, core::InjuryRegion::Hip),
              pain(6, 2, PainTiming::NextMorning, core::InjuryRegion::Hip)};                    // 2 > 1: rising
  const auto flags = flags_with_code(compute_load(log), "pain_rising");
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_EQ(flags[0].date, day(1));
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Caution);
  EXPECT_NE(flags[0].evidence().find("up from 2/10 (after) on 2026-10-05"), std::string::npos) << flags[0].evidence();
  EXPECT_EQ(flags[1].date, day(6));
}

TEST(LoadFlags, PainRisingToFiveOrMoreIsAWarning) {
  core::TrainingLog log;
  log.pain = {pain(0, 3, PainTiming::After), pain(1, 5, PainTiming::NextMorning)};
  const auto flags = flags_with_code(compute_load(log), "pain_rising");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Warning);
}

// Loads 0, 200, 500, 500, 500, 500, 600: mean 400; squared deviations 160000 + 40000 + 4 × 10000 +
// 40000 = 280000; population SD √(280000 / 7) = 200; monotony exactly 2.0.
TEST(LoadFlags, MonotonyOfExactlyTwoIsNotFlagged) {
  const LoadReport report = compute_load(daily_loads({0, 200, 500, 500, 500, 500, 600}));
  ASSERT_EQ(report.weeks.size(), 1u);
  EXPECT_DOUBLE_EQ(*report.weeks[0].monotony, 2.0);
  EXPECT_TRUE(flags_with_code(report, "monotony_high").empty());
}

// Loads 0, 210, 500, 500, 500, 500, 600: mean 401.43, population SD 198.60, monotony 2.0213.
TEST(LoadFlags, MonotonyAboveTwoIsFlaggedOnTheSunday) {
  const LoadReport report = compute_load(daily_loads({0, 210, 500, 500, 500, 500, 600}));
  EXPECT_NEAR(*report.weeks[0].monotony, 2.0213212061421815, 1e-12);
  const auto flags = flags_with_code(report, "monotony_high");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].date, day(6));
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Caution);
  EXPECT_NE(flags[0].evidence().find("monotony 2.021"), std::string::npos) << flags[0].evidence();
}

// 28 days of 100, then 400 on days 28–30, then 100. EWMA ACWR: day 28 175 / 120.69 = 1.45 (not
// above 1.5), day 29 231.25 / 139.95 = 1.652, day 30 273.44 / 157.89 = 1.732, day 31 230.08 / 153.89
// = 1.495. One episode (days 29–30), one flag on day 29.
std::vector<double> acwr_loads() {
  std::vector<double> loads(28, 100);
  for (double load : {400, 400, 400, 100, 100, 100}) loads.push_back(load);
  return loads;
}

TEST(LoadFlags, AcwrHighOncePerEpisode) {
  const LoadReport report = compute_load(daily_loads(acwr_loads()));
  EXPECT_NEAR(*report.daily[28].acwr_ewma, 1.45, 1e-12);
  EXPECT_NEAR(*report.daily[29].acwr_ewma, 1.6523470688190314, 1e-12);
  const auto flags = flags_with_code(report, "acwr_high");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].date, day(29));
  EXPECT_EQ(flags[0].severity(), FlagSeverity::Info);
  EXPECT_NE(flags[0].evidence().find("above 1.5 for 2 days to 2026-11-04, peak 1.732"), std::string::npos)
      << flags[0].evidence();
  EXPECT_NE(flags[0].message().find("contested"), std::string::npos);
}

TEST(LoadFlags, AcwrHighTwiceForTwoEpisodes) {
  std::vector<double> loads = acwr_loads();
  for (int index = 0; index < 20; ++index) loads.push_back(100);
  for (double load : {400, 400, 400}) loads.push_back(load);
  EXPECT_EQ(flags_with_code(compute_load(daily_loads(loads)), "acwr_high").size(), 2u);
}

TEST(LoadFlags, NoAcwrFlagBeforeTwentyEightDays) {
  // Days 1–3 at 400 after one day of 100 push the EWMA ratio above 1.5, but inside the warm-up.
  const LoadReport report = compute_load(daily_loads({100, 400, 400, 400}));
  EXPECT_GT(*report.daily[3].acwr_ewma, 1.5);
  EXPECT_TRUE(flags_with_code(report, "acwr_high").empty());
}

TEST(LoadFlags, SortedByDateThenCodeAndIgnoringEntriesAfterAsOf) {
  core::TrainingLog log;
  log.activities = {run(0, 10), run(1, 10), run(31, 20)};
  log.pain = {pain(31, 7, PainTiming::NextMorning), pain(30, 2, PainTiming::During), pain(40, 9, PainTiming::During)};
  const LoadReport report = compute_load(log, day(35));
  ASSERT_EQ(report.flags.size(), 3u);
  EXPECT_EQ(report.flags[0].code(), "pain");
  EXPECT_EQ(report.flags[1].code(), "pain_rising");
  EXPECT_EQ(report.flags[2].code(), "single_run_spike");
  for (const auto& flag : report.flags) EXPECT_EQ(flag.date, day(31));
}

}  // namespace
}  // namespace stride::analytics
