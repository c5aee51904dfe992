#include <gtest/gtest.h>

#include "stride/importers/activity_summary.hpp"

namespace stride::importers {
namespace {

using core::ActivityLap;
using core::ActivitySample;
using core::RecordedActivity;

ActivitySample sample_at(double time_s) {
  ActivitySample sample;
  sample.time_s = time_s;
  return sample;
}

// Samples at the given times, nothing else set.
RecordedActivity activity_at(std::initializer_list<double> times) {
  RecordedActivity activity;
  for (const double time : times) activity.samples.push_back(sample_at(time));
  return activity;
}

TEST(CompleteSummary, StartAndElapsedFromTheFirstAndLastSampleTimes) {
  auto activity = activity_at({1000, 1001, 1010});
  activity.samples.insert(activity.samples.begin(), ActivitySample{});  // an untimed sample first
  complete_summary(activity);
  EXPECT_EQ(activity.summary.start_time_s, 1000);
  EXPECT_EQ(activity.summary.elapsed_s, 10);
  EXPECT_EQ(activity.summary.timer_s, 10);
}

TEST(CompleteSummary, TimerLeavesOutPausesLongerThanAMinute) {
  // Gaps of 60 s are still moving time; the 61 s and 300 s gaps are pauses.
  auto activity = activity_at({0, 60, 121, 131, 431, 440});
  complete_summary(activity);
  EXPECT_EQ(activity.summary.elapsed_s, 440);
  EXPECT_EQ(activity.summary.timer_s, 440 - 61 - 300);
  EXPECT_EQ(kPauseGapSeconds, 60.0);
}

TEST(CompleteSummary, TimerIsTheLapTimersWhenEveryLapStatesOne) {
  auto activity = activity_at({0, 100, 1000});
  activity.laps.resize(2);
  activity.laps[0].timer_s = 300;
  activity.laps[1].timer_s = 250.5;
  complete_summary(activity);
  EXPECT_EQ(activity.summary.timer_s, 550.5);
  EXPECT_EQ(activity.summary.elapsed_s, 1000);
}

TEST(CompleteSummary, TimerFallsBackToSamplesWhenALapLacksItsTimer) {
  auto activity = activity_at({0, 50, 1000});
  activity.laps.resize(2);
  activity.laps[0].timer_s = 300;
  complete_summary(activity);
  EXPECT_EQ(activity.summary.timer_s, 50) << "1000 s elapsed less the 950 s pause";
}

TEST(CompleteSummary, LapTimersWithoutSampleTimes) {
  RecordedActivity activity;
  activity.samples.resize(2);
  activity.laps.resize(1);
  activity.laps[0].timer_s = 42;
  complete_summary(activity);
  EXPECT_EQ(activity.summary.timer_s, 42);
  EXPECT_FALSE(activity.summary.start_time_s.has_value());
  EXPECT_FALSE(activity.summary.elapsed_s.has_value());
}

TEST(CompleteSummary, DistanceIsTheLargestCumulativeDistance) {
  auto activity = activity_at({0, 1, 2});
  activity.samples[0].distance_m = 0;
  activity.samples[1].distance_m = 1500;
  activity.samples[2].distance_m = 1499;  // a device correcting itself
  complete_summary(activity);
  EXPECT_EQ(activity.summary.distance_m, 1500);
}

TEST(CompleteSummary, AveragesOverTheSamplesThatCarryAValue) {
  auto activity = activity_at({0, 1, 2, 3});
  activity.samples[0].heart_rate_bpm = 0;  // a strap not yet reading
  activity.samples[1].heart_rate_bpm = 140;
  activity.samples[2].heart_rate_bpm = 150;
  activity.samples[0].cadence_spm = 0;  // standing still
  activity.samples[1].cadence_spm = 170;
  activity.samples[3].cadence_spm = 180;
  activity.samples[0].power_w = 0;  // power counts its zeros: coasting is real
  activity.samples[1].power_w = 300;
  activity.samples[1].stance_time_ms = 240;
  activity.samples[2].stance_time_ms = 0;
  activity.samples[1].vertical_oscillation_mm = 80;
  activity.samples[1].step_length_mm = 1100;
  activity.samples[1].vertical_ratio_percent = 7.5;
  activity.samples[1].stance_time_balance_left_percent = 49.5;
  complete_summary(activity);
  const auto& summary = activity.summary;
  EXPECT_EQ(summary.avg_heart_rate_bpm, 145);
  EXPECT_EQ(summary.max_heart_rate_bpm, 150);
  EXPECT_EQ(summary.avg_cadence_spm, 175);
  EXPECT_EQ(summary.avg_power_w, 150);
  EXPECT_EQ(summary.avg_stance_time_ms, 240);
  EXPECT_EQ(summary.avg_vertical_oscillation_mm, 80);
  EXPECT_EQ(summary.avg_step_length_mm, 1100);
  EXPECT_EQ(summary.avg_vertical_ratio_percent, 7.5);
  EXPECT_EQ(summary.avg_stance_time_balance_left_percent, 49.5);
}

TEST(CompleteSummary, LeavesFieldsNullWhenNoSampleCarriesThem) {
  auto activity = activity_at({0, 10});
  complete_summary(activity);
  const auto& summary = activity.summary;
  EXPECT_FALSE(summary.distance_m.has_value());
  EXPECT_FALSE(summary.avg_heart_rate_bpm.has_value());
  EXPECT_FALSE(summary.max_heart_rate_bpm.has_value());
  EXPECT_FALSE(summary.avg_cadence_spm.has_value());
  EXPECT_FALSE(summary.avg_power_w.has_value());
  EXPECT_FALSE(summary.avg_stance_time_ms.has_value());
  EXPECT_FALSE(summary.sport.has_value());
}

TEST(CompleteSummary, EmptyActivityGetsNothing) {
  RecordedActivity activity;
  complete_summary(activity);
  EXPECT_FALSE(activity.summary.start_time_s.has_value());
  EXPECT_FALSE(activity.summary.timer_s.has_value());
  EXPECT_FALSE(activity.summary.elapsed_s.has_value());
}

TEST(CompleteSummary, KeepsTheFieldsTheDecoderSet) {
  auto activity = activity_at({100, 200});
  activity.samples[0].heart_rate_bpm = 120;
  activity.samples[1].distance_m = 500;
  activity.samples[1].cadence_spm = 170;
  activity.laps.resize(1);
  activity.laps[0].timer_s = 99;
  auto& summary = activity.summary;
  summary.sport = "running";
  summary.start_time_s = 50;
  summary.timer_s = 90;
  summary.elapsed_s = 150;
  summary.distance_m = 510;
  summary.avg_heart_rate_bpm = 125;
  summary.max_heart_rate_bpm = 160;
  summary.avg_cadence_spm = 168;
  complete_summary(activity);
  EXPECT_EQ(summary.sport, "running");
  EXPECT_EQ(summary.start_time_s, 50);
  EXPECT_EQ(summary.timer_s, 90);
  EXPECT_EQ(summary.elapsed_s, 150);
  EXPECT_EQ(summary.distance_m, 510);
  EXPECT_EQ(summary.avg_heart_rate_bpm, 125);
  EXPECT_EQ(summary.max_heart_rate_bpm, 160);
  EXPECT_EQ(summary.avg_cadence_spm, 168);
}

}  // namespace
}  // namespace stride::importers
