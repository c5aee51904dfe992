// Table tests of the load series (contract §4.4, docs/load.md): every expected value is worked out
// by hand in the comments.
#include <gtest/gtest.h>

#include <cmath>

#include "load_test_support.hpp"
#include "stride/analytics/training_load.hpp"

namespace stride::analytics {
namespace {

using testing::daily_loads;
using testing::day;
using testing::run;
using testing::session;

constexpr double kTolerance = 1e-9;

TEST(TrainingLoad, EmptyLogGivesEmptyReport) {
  const LoadReport report = compute_load(core::TrainingLog{});
  EXPECT_FALSE(report.as_of.has_value());
  EXPECT_TRUE(report.daily.empty());
  EXPECT_TRUE(report.weeks.empty());
  EXPECT_TRUE(report.flags.empty());
}

TEST(TrainingLoad, SessionLoadIsRpeTimesMinutesSummedPerDay) {
  core::TrainingLog log;
  log.activities = {session(0, 6, 30), run(0, 8, 4, 45), session(1, 7.5, 40)};
  const LoadReport report = compute_load(log);
  ASSERT_EQ(report.daily.size(), 2u);
  EXPECT_DOUBLE_EQ(report.daily[0].load, 360);  // 6 × 30 + 4 × 45 = 180 + 180
  EXPECT_DOUBLE_EQ(report.daily[1].load, 300);  // 7.5 × 40
}

// Loads 100, 200, 0, 300. λ acute = 2/8 = 0.25, λ chronic = 2/29; both seeded with 100.
TEST(TrainingLoad, EwmaSeededWithTheFirstDay) {
  core::TrainingLog log = daily_loads({100, 200});
  log.activities.push_back(session(3, 1, 300));  // day 2 has no activity: load 0
  const LoadReport gap = compute_load(log);
  ASSERT_EQ(gap.daily.size(), 4u);
  const auto& days = gap.daily;
  // Day 0: both EWMAs are the seed.
  EXPECT_DOUBLE_EQ(days[0].acute_ewma, 100);
  EXPECT_DOUBLE_EQ(days[0].chronic_ewma, 100);
  EXPECT_DOUBLE_EQ(*days[0].acwr_ewma, 1.0);
  // Day 1: acute 0.25 × 200 + 0.75 × 100 = 125; chronic (2 × 200 + 27 × 100) / 29 = 3100/29.
  EXPECT_NEAR(days[1].acute_ewma, 125, kTolerance);
  EXPECT_NEAR(days[1].chronic_ewma, 3100.0 / 29, kTolerance);
  EXPECT_NEAR(*days[1].acwr_ewma, 125 / (3100.0 / 29), kTolerance);  // 1.16935...
  // Day 2 (gap, load 0): acute 0.75 × 125 = 93.75; chronic 27/29 × 3100/29 = 83700/841.
  EXPECT_DOUBLE_EQ(days[2].load, 0);
  EXPECT_EQ(days[2].date, day(2));
  EXPECT_NEAR(days[2].acute_ewma, 93.75, kTolerance);
  EXPECT_NEAR(days[2].chronic_ewma, 83700.0 / 841, kTolerance);
  // Day 3: acute 0.25 × 300 + 0.75 × 93.75 = 145.3125; chronic 600/29 + 27/29 × 83700/841 = 2764500/24389.
  EXPECT_NEAR(days[3].acute_ewma, 145.3125, kTolerance);
  EXPECT_NEAR(days[3].chronic_ewma, 2764500.0 / 24389, kTolerance);
  EXPECT_NEAR(*days[3].acwr_ewma, 1.2819774145415084, 1e-12);
}

// CTL += (load − CTL)/42, ATL += (load − ATL)/7 from 0; TSB is yesterday's CTL − ATL.
TEST(TrainingLoad, CtlAtlTsbForAShortSeries) {
  const LoadReport report = compute_load(daily_loads({100, 200}));
  ASSERT_EQ(report.daily.size(), 2u);
  const auto& days = report.daily;
  EXPECT_NEAR(days[0].ctl, 100.0 / 42, kTolerance);  // 2.380952
  EXPECT_NEAR(days[0].atl, 100.0 / 7, kTolerance);   // 14.285714
  EXPECT_DOUBLE_EQ(days[0].tsb, 0);                  // yesterday's values are both 0
  // Day 1: CTL 100/42 + (200 − 100/42)/42 = 3125/441; ATL 100/7 + (200 − 100/7)/7 = 2000/49.
  EXPECT_NEAR(days[1].ctl, 3125.0 / 441, kTolerance);  // 7.086168
  EXPECT_NEAR(days[1].atl, 2000.0 / 49, kTolerance);   // 40.816327
  EXPECT_NEAR(days[1].tsb, 100.0 / 42 - 100.0 / 7, kTolerance);  // −11.904762
}

// Day i (0-based) has load 10 × (i + 1).
TEST(TrainingLoad, RollingMeansAreNullUntilTheirWindowIsFull) {
  std::vector<double> loads;
  for (int index = 0; index < 30; ++index) loads.push_back(10.0 * (index + 1));
  const LoadReport report = compute_load(daily_loads(loads));
  ASSERT_EQ(report.daily.size(), 30u);
  const auto& days = report.daily;
  EXPECT_FALSE(days[5].acute_7d.has_value());
  ASSERT_TRUE(days[6].acute_7d.has_value());
  EXPECT_NEAR(*days[6].acute_7d, 40, kTolerance);  // (10 + … + 70) / 7
  EXPECT_FALSE(days[26].chronic_28d.has_value());
  EXPECT_FALSE(days[26].acwr_rolling.has_value());
  ASSERT_TRUE(days[27].chronic_28d.has_value());
  EXPECT_NEAR(*days[27].acute_7d, 250, kTolerance);     // (220 + … + 280) / 7
  EXPECT_NEAR(*days[27].chronic_28d, 145, kTolerance);  // (10 + … + 280) / 28
  EXPECT_NEAR(*days[27].acwr_rolling, 250.0 / 145, kTolerance);
  EXPECT_NEAR(*days[29].acute_7d, 270, kTolerance);     // (240 + … + 300) / 7
  EXPECT_NEAR(*days[29].chronic_28d, 165, kTolerance);  // (30 + … + 300) / 28
  EXPECT_NEAR(*days[29].acwr_rolling, 270.0 / 165, kTolerance);
}

TEST(TrainingLoad, RatiosAreNullWhenChronicIsZero) {
  core::TrainingLog log;
  log.activities = {session(0, 0, 30), session(27, 0, 30)};  // rpe 0: load 0 on every day
  const LoadReport report = compute_load(log);
  ASSERT_EQ(report.daily.size(), 28u);
  EXPECT_FALSE(report.daily[0].acwr_ewma.has_value());
  ASSERT_TRUE(report.daily[27].chronic_28d.has_value());
  EXPECT_DOUBLE_EQ(*report.daily[27].chronic_28d, 0);
  EXPECT_FALSE(report.daily[27].acwr_rolling.has_value());
  EXPECT_FALSE(report.daily[27].acwr_ewma.has_value());
}

// Mon–Sun loads 100, 0, 200, 0, 300, 0, 100: mean 100; squared deviations 0 + 1e4 + 1e4 + 1e4 + 4e4
// + 1e4 + 0 = 8e4; population SD √(8e4 / 7) = 106.904…; monotony 0.935414…; strain 700 × that
// = 654.790…. (The sample SD, √(8e4 / 6), would give 0.866.)
TEST(TrainingLoad, MonotonyUsesThePopulationStandardDeviation) {
  const LoadReport report = compute_load(daily_loads({100, 0, 200, 0, 300, 0, 100}));
  ASSERT_EQ(report.weeks.size(), 1u);
  const WeeklyLoad& week = report.weeks[0];
  EXPECT_EQ(week.start, day(0));
  EXPECT_EQ(week.days, 7);
  EXPECT_DOUBLE_EQ(week.load, 700);
  ASSERT_TRUE(week.monotony.has_value());
  EXPECT_NEAR(*week.monotony, 100 / std::sqrt(80000.0 / 7), kTolerance);
  EXPECT_NEAR(*week.monotony, 0.9354143466934852, 1e-12);
  EXPECT_NEAR(*week.strain, 654.7900426854396, 1e-9);
}

TEST(TrainingLoad, MonotonyIsNullForEqualDaysAndPartialWeeks) {
  const LoadReport equal = compute_load(daily_loads({50, 50, 50, 50, 50, 50, 50}));
  ASSERT_EQ(equal.weeks.size(), 1u);
  EXPECT_FALSE(equal.weeks[0].monotony.has_value());  // SD 0
  EXPECT_FALSE(equal.weeks[0].strain.has_value());
  // Wednesday to the next Tuesday: a partial week of 5 days, then one of 2.
  const LoadReport partial = compute_load(daily_loads({100, 0, 200, 0, 300, 0, 100}, 2));
  ASSERT_EQ(partial.weeks.size(), 2u);
  EXPECT_EQ(partial.weeks[0].start, day(0));
  EXPECT_EQ(partial.weeks[0].days, 5);
  EXPECT_DOUBLE_EQ(partial.weeks[0].load, 600);
  EXPECT_FALSE(partial.weeks[0].monotony.has_value());
  EXPECT_EQ(partial.weeks[1].days, 2);
  EXPECT_DOUBLE_EQ(partial.weeks[1].load, 100);
}

// Week 1: 10 + 20 = 30 km; week 2: 36 km (+20 %); week 3: nothing; week 4: 5 km (null: week 3 had no
// distance). Strength distances never count.
TEST(TrainingLoad, WeeklyDistanceChange) {
  core::TrainingLog log;
  log.activities = {run(0, 10), run(6, 20), run(8, 36), run(21, 5)};
  core::Activity ride = session(9, 5, 60, core::Sport::Cross);
  ride.distance_km = 40;
  log.activities.push_back(ride);
  const LoadReport report = compute_load(log);
  ASSERT_EQ(report.weeks.size(), 4u);
  EXPECT_DOUBLE_EQ(report.weeks[0].run_distance_km, 30);
  EXPECT_FALSE(report.weeks[0].distance_change_pct.has_value());
  EXPECT_DOUBLE_EQ(report.weeks[1].run_distance_km, 36);
  EXPECT_NEAR(*report.weeks[1].distance_change_pct, 20, kTolerance);  // (36 − 30) / 30
  EXPECT_NEAR(*report.weeks[2].distance_change_pct, -100, kTolerance);
  EXPECT_FALSE(report.weeks[3].distance_change_pct.has_value());
}

TEST(TrainingLoad, NoDistanceChangeAfterAPartialWeek) {
  core::TrainingLog log;
  log.activities = {run(5, 10), run(7, 20)};  // Saturday, then Monday
  const LoadReport report = compute_load(log);
  ASSERT_EQ(report.weeks.size(), 2u);
  EXPECT_EQ(report.weeks[0].days, 2);
  EXPECT_FALSE(report.weeks[1].distance_change_pct.has_value());
}

TEST(TrainingLoad, AsOfTruncatesAndExtendsWithZeroDays) {
  core::TrainingLog log = daily_loads({100, 200, 300, 400});
  const LoadReport truncated = compute_load(log, day(1));
  EXPECT_EQ(truncated.as_of, day(1));
  ASSERT_EQ(truncated.daily.size(), 2u);
  EXPECT_DOUBLE_EQ(truncated.daily[1].load, 200);
  EXPECT_DOUBLE_EQ(truncated.weeks[0].load, 300);  // 100 + 200: later days are ignored
  const LoadReport extended = compute_load(log, day(9));
  ASSERT_EQ(extended.daily.size(), 10u);
  for (int offset = 4; offset < 10; ++offset) EXPECT_DOUBLE_EQ(extended.daily[static_cast<std::size_t>(offset)].load, 0);
  EXPECT_EQ(extended.weeks.size(), 2u);
  const LoadReport before = compute_load(log, day(-1));
  EXPECT_EQ(before.as_of, day(-1));
  EXPECT_TRUE(before.daily.empty());
  EXPECT_EQ(compute_load(log).as_of, day(3));  // default: the latest logged date
}

TEST(TrainingLoad, PainReportsExtendTheSeries) {
  core::TrainingLog log = daily_loads({100});
  log.pain.push_back(testing::pain(3, 2, core::PainTiming::During));
  const LoadReport report = compute_load(log);
  EXPECT_EQ(report.as_of, day(3));
  EXPECT_EQ(report.daily.size(), 4u);
}

TEST(TrainingLoad, AcwrZones) {
  EXPECT_EQ(acwr_zone(0.79), "low");
  EXPECT_EQ(acwr_zone(0.8), "sweet spot");
  EXPECT_EQ(acwr_zone(1.3), "sweet spot");
  EXPECT_EQ(acwr_zone(1.3001), "sweet spot");  // shown as 1.3
  EXPECT_EQ(acwr_zone(1.31), "elevated");
  EXPECT_EQ(acwr_zone(1.499), "elevated");
  EXPECT_EQ(acwr_zone(1.5), "high");
  EXPECT_EQ(acwr_zone(2.4), "high");
}

}  // namespace
}  // namespace stride::analytics
