// Banister TRIMP (science.md item 71) and the heart rates it uses. Expected values are literals
// worked out by hand (with Python's math.exp), never by calling the code under test.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "stride/analytics/heart_rate_load.hpp"

namespace stride::analytics {
namespace {

constexpr double kTolerance = 1e-9;

// Resting 50, maximum 190: the reserve is 140 bpm, so HR 120 → 0.5, 148 → 0.7, 162 → 0.8.
const HeartRateReference kReference{50, 190, MaximumHeartRateSource::Profile};

core::ActivitySample sample(double time_s, double heart_rate_bpm) {
  core::ActivitySample point;
  point.time_s = time_s;
  point.heart_rate_bpm = heart_rate_bpm;
  return point;
}

core::Athlete athlete_with(std::optional<int> resting, std::optional<int> max, std::optional<int> birth_year) {
  core::Athlete athlete;
  athlete.heart_rate.resting_bpm = resting;
  athlete.heart_rate.max_bpm = max;
  athlete.birth_year = birth_year;
  return athlete;
}

struct WeightingCase {
  double heart_rate;
  double male;    // x · 0.64 · e^{1.92x}
  double female;  // x · 0.86 · e^{1.67x}
  double unspecified;  // the mean of the two
};

TEST(TrimpPerMinute, MatchesTheBanisterWeightingsWorkedByHand) {
  const std::vector<WeightingCase> cases{
      {120, 0.8357428714953977, 0.9910700407634154, 0.9134064561294066},  // x = 0.5
      {148, 1.7177889220858582, 1.9377008983223543, 1.8277449102041063},  // x = 0.7: 0.7·0.64·e^{1.344}
      {162, 2.378736218583259, 2.617012915982042, 2.4978745672826506},    // x = 0.8
      {190, 4.36541342034608, 4.568464305575803, 4.466938862960942},      // x = 1: 0.64·e^{1.92}
      {50, 0, 0, 0},                                                      // x = 0
      {40, 0, 0, 0},                                                      // below rest: clamped to 0
      {200, 4.36541342034608, 4.568464305575803, 4.466938862960942},      // above max: clamped to 1
  };
  for (const auto& entry : cases) {
    SCOPED_TRACE(entry.heart_rate);
    EXPECT_NEAR(trimp_per_minute(entry.heart_rate, kReference, core::Sex::Male), entry.male, kTolerance);
    EXPECT_NEAR(trimp_per_minute(entry.heart_rate, kReference, core::Sex::Female), entry.female, kTolerance);
    EXPECT_NEAR(trimp_per_minute(entry.heart_rate, kReference, core::Sex::Unspecified), entry.unspecified, kTolerance);
  }
}

// 0→30 s at 120 (0.5 min × 0.83574), 30→60 s at 148 (0.5 min × 1.71779; the sample at 45 s has no
// heart rate and is passed over), 60→200 s is a pause (140 s > 60 s), 200→230 s at 190
// (0.5 min × 4.36541): 0.5 × 6.91895 = 3.45947.
TEST(BanisterTrimp, SumsConsecutiveSamplesAndSkipsPauses) {
  core::RecordedActivity activity;
  activity.samples = {sample(0, 120), sample(30, 148), sample(45, core::kMissing), sample(60, 148), sample(200, 190),
                      sample(230, 190)};
  activity.summary.avg_heart_rate_bpm = 100;  // ignored: the samples decide
  activity.summary.timer_s = 3600;
  const auto trimp = banister_trimp(activity, kReference, core::Sex::Male);
  ASSERT_TRUE(trimp.has_value());
  EXPECT_NEAR(*trimp, 3.4594726069636677, kTolerance);
}

TEST(BanisterTrimp, GapOfExactlySixtySecondsCountsAndLongerDoesNot) {
  core::RecordedActivity counted;
  counted.samples = {sample(0, 148), sample(60, 148)};
  EXPECT_NEAR(banister_trimp(counted, kReference, core::Sex::Male).value_or(-1), 1.7177889220858582, kTolerance);

  core::RecordedActivity paused;
  paused.samples = {sample(0, 148), sample(61, 148)};
  EXPECT_FALSE(banister_trimp(paused, kReference, core::Sex::Male).has_value());  // no summary to fall back on
}

// Average 148 over a 3600 s timer: 60 min × 1.71779 (male) = 103.0673, × 1.93770 (female) = 116.2621.
TEST(BanisterTrimp, FallsBackToAverageHeartRateOverTimerTime) {
  core::RecordedActivity activity;
  activity.samples = {sample(0, core::kMissing), sample(1, core::kMissing), sample(2, 150)};  // one rate: no pair
  activity.summary.avg_heart_rate_bpm = 148;
  activity.summary.timer_s = 3600;
  activity.summary.elapsed_s = 7200;  // not used
  EXPECT_NEAR(banister_trimp(activity, kReference, core::Sex::Male).value_or(-1), 103.06733532515149, kTolerance);
  EXPECT_NEAR(banister_trimp(activity, kReference, core::Sex::Female).value_or(-1), 116.26205389934125, kTolerance);
}

TEST(BanisterTrimp, NulloptWithoutHeartRate) {
  core::RecordedActivity activity;
  activity.samples = {sample(0, core::kMissing), sample(30, core::kMissing), sample(60, 0)};
  activity.summary.timer_s = 3600;
  EXPECT_FALSE(banister_trimp(activity, kReference, core::Sex::Male).has_value());

  activity.summary.avg_heart_rate_bpm = 148;
  activity.summary.timer_s.reset();  // an average without a timer time is no load either
  EXPECT_FALSE(banister_trimp(activity, kReference, core::Sex::Male).has_value());
}

TEST(HeartRateReference, TakesBothRatesFromTheProfile) {
  const auto reference = heart_rate_reference(athlete_with(48, 187, 1991), 2026);
  ASSERT_TRUE(reference.has_value());
  EXPECT_EQ(reference->resting_bpm, 48);
  EXPECT_EQ(reference->max_bpm, 187);
  EXPECT_EQ(reference->max_source, MaximumHeartRateSource::Profile);
}

// Born 1991, in 2026: age 35, Tanaka 208 − 0.7 × 35 = 183.5; born 1960 in 2026: 208 − 46.2 = 161.8.
TEST(HeartRateReference, EstimatesTheMaximumFromAgeWhenTheProfileHasNone) {
  const auto reference = heart_rate_reference(athlete_with(50, std::nullopt, 1991), 2026);
  ASSERT_TRUE(reference.has_value());
  EXPECT_EQ(reference->resting_bpm, 50);
  EXPECT_NEAR(reference->max_bpm, 183.5, kTolerance);
  EXPECT_EQ(reference->max_source, MaximumHeartRateSource::AgeEstimate);
  EXPECT_NEAR(heart_rate_reference(athlete_with(50, std::nullopt, 1960), 2026).value().max_bpm, 161.8, kTolerance);
}

TEST(HeartRateReference, NulloptWithoutWhatItNeeds) {
  EXPECT_FALSE(heart_rate_reference(athlete_with(std::nullopt, 190, 1991), 2026).has_value());  // no resting
  EXPECT_FALSE(heart_rate_reference(athlete_with(50, std::nullopt, std::nullopt), 2026).has_value());  // no max, no age
  EXPECT_FALSE(heart_rate_reference(athlete_with(60, 60, std::nullopt), 2026).has_value());  // max not above rest
  EXPECT_FALSE(heart_rate_reference(athlete_with(90, 80, std::nullopt), 2026).has_value());
}

HeartRateReference random_reference() {
  const double resting = *rc::gen::inRange(35, 90);
  return HeartRateReference{resting, resting + *rc::gen::inRange(20, 140), MaximumHeartRateSource::Profile};
}

core::Sex random_sex() { return *rc::gen::element(core::Sex::Male, core::Sex::Female, core::Sex::Unspecified); }

// Samples from `start_s`, each 1–60 s after the last (never a pause), heart rates 30–230 bpm.
std::vector<core::ActivitySample> random_segment(double start_s) {
  const int count = *rc::gen::inRange(2, 40);
  std::vector<core::ActivitySample> samples;
  double time = start_s;
  for (int index = 0; index < count; ++index) {
    samples.push_back(sample(time, *rc::gen::inRange(30, 231)));
    time += *rc::gen::inRange(1, 61);
  }
  return samples;
}

RC_GTEST_PROP(TrimpProperties, PerMinuteWeightingIsMonotonicInHeartRate, ()) {
  const auto reference = random_reference();
  const auto sex = random_sex();
  const double lower = *rc::gen::inRange(0, 2500) * 0.1;
  const double higher = lower + *rc::gen::inRange(0, 1000) * 0.1;
  RC_ASSERT(trimp_per_minute(lower, reference, sex) <= trimp_per_minute(higher, reference, sex));
}

// A recording made of two segments parted by a pause (or sharing one sample at the seam) has the
// TRIMP of the two segments added.
RC_GTEST_PROP(TrimpProperties, AdditiveOverConcatenatedSegments, ()) {
  const auto reference = random_reference();
  const auto sex = random_sex();
  core::RecordedActivity first;
  first.samples = random_segment(0);
  const bool shared_seam = *rc::gen::arbitrary<bool>();
  const double second_start = first.samples.back().time_s + (shared_seam ? 0 : *rc::gen::inRange(61, 3600));
  core::RecordedActivity second;
  second.samples = random_segment(second_start);
  if (shared_seam) second.samples.front().heart_rate_bpm = first.samples.back().heart_rate_bpm;

  core::RecordedActivity whole;
  whole.samples = first.samples;
  whole.samples.insert(whole.samples.end(), second.samples.begin(), second.samples.end());
  const double expected = *banister_trimp(first, reference, sex) + *banister_trimp(second, reference, sex);
  const auto total = banister_trimp(whole, reference, sex);
  RC_ASSERT(total.has_value());
  RC_ASSERT(std::abs(*total - expected) <= 1e-9 * std::max(1.0, expected));
}

}  // namespace
}  // namespace stride::analytics
