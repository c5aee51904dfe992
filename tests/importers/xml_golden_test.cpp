// Golden tests of the GPX and TCX decoders against the real recordings in
// ../shared/activity-files (MANIFEST.md there); skipped when that folder is absent.

#include <cmath>
#include <numbers>
#include <string>

#include <gtest/gtest.h>

#include "stride/importers/activity_files.hpp"
#include "xml_activity_test_support.hpp"

namespace stride::importers {
namespace {

using core::present;
using core::RecordedActivity;
using testing::outcome;
using testing::read_shared_activity_file;

// Decodes a shared sample with `decoder`; skips the test when the file is absent.
#define DECODE_SHARED_FILE(activity, decoder, name)                                           \
  const auto activity##_bytes = read_shared_activity_file(name);                              \
  if (!activity##_bytes) GTEST_SKIP() << "shared activity file absent: " << (name);           \
  const auto activity##_result = decoder(*activity##_bytes, name);                            \
  ASSERT_TRUE(activity##_result) << outcome(activity##_result);                               \
  const RecordedActivity& activity = *activity##_result

// The great-circle distance on a sphere of the mean Earth radius: an independent rough check of
// the geodesic distances (within about 0.5 %).
double haversine_m(double latitude1, double longitude1, double latitude2, double longitude2) {
  constexpr double kMeanEarthRadius = 6371008.8;
  constexpr double kRadians = std::numbers::pi / 180.0;
  const double latitude_change = (latitude2 - latitude1) * kRadians;
  const double longitude_change = (longitude2 - longitude1) * kRadians;
  const double haversine = std::pow(std::sin(latitude_change / 2), 2) +
                           std::cos(latitude1 * kRadians) * std::cos(latitude2 * kRadians) *
                               std::pow(std::sin(longitude_change / 2), 2);
  return 2 * kMeanEarthRadius * std::asin(std::sqrt(haversine));
}

double haversine_path_m(const RecordedActivity& activity) {
  double total = 0;
  const core::ActivitySample* previous = nullptr;
  for (const auto& sample : activity.samples) {
    if (!present(sample.latitude_deg)) continue;
    if (previous != nullptr) {
      total += haversine_m(previous->latitude_deg, previous->longitude_deg, sample.latitude_deg, sample.longitude_deg);
    }
    previous = &sample;
  }
  return total;
}

std::size_t count_samples(const RecordedActivity& activity, double core::ActivitySample::*field) {
  std::size_t count = 0;
  for (const auto& sample : activity.samples) {
    if (present(sample.*field)) ++count;
  }
  return count;
}

TEST(XmlGolden, CerknickoJezeroGpx10) {
  DECODE_SHARED_FILE(activity, decode_gpx, "cerknicko-jezero.gpx");
  EXPECT_EQ(activity.format, core::ActivityFileFormat::Gpx);
  EXPECT_EQ(activity.samples.size(), 296u) << "eight tracks concatenated; the waypoints are not points";
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::time_s), 296u);
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::heart_rate_bpm), 0u);
  const auto& summary = activity.summary;
  EXPECT_FALSE(summary.sport.has_value());
  ASSERT_TRUE(summary.start_time_s);
  EXPECT_EQ(core::format_utc_time(*summary.start_time_s), "2010-08-05T14:23:59Z");
  EXPECT_EQ(summary.elapsed_s, 7190.0);  // to 16:23:49
  EXPECT_EQ(summary.timer_s, 2641.0);    // less 4549 s of gaps over a minute
  ASSERT_TRUE(summary.distance_m);
  EXPECT_NEAR(*summary.distance_m, 13675.760, 0.001);  // haversine: 13665.0 (-0.08 %)
  EXPECT_NEAR(*summary.distance_m, haversine_path_m(activity), 0.005 * *summary.distance_m);
  EXPECT_FALSE(summary.avg_heart_rate_bpm.has_value());
  EXPECT_TRUE(activity.warnings.empty());
}

TEST(XmlGolden, SafRiderX3GpxWithHeartRateUnderNs3) {
  DECODE_SHARED_FILE(activity, decode_gpx, "saf-riderx3.gpx");
  EXPECT_EQ(activity.samples.size(), 931u);
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::heart_rate_bpm), 931u);
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::cadence_spm), 0u);
  const auto& summary = activity.summary;
  EXPECT_EQ(summary.sport, "cycling");
  ASSERT_TRUE(summary.start_time_s);
  EXPECT_EQ(core::format_utc_time(*summary.start_time_s), "2016-04-02T17:26:09Z");
  EXPECT_EQ(summary.elapsed_s, 2469.0);  // to 18:07:18
  EXPECT_EQ(summary.timer_s, 2083.0);    // less 386 s of gaps over a minute
  ASSERT_TRUE(summary.distance_m);
  EXPECT_NEAR(*summary.distance_m, 5774.703, 0.001);  // haversine: 5768.8 (-0.10 %)
  EXPECT_NEAR(*summary.distance_m, haversine_path_m(activity), 0.005 * *summary.distance_m);
  ASSERT_TRUE(summary.avg_heart_rate_bpm);
  EXPECT_NEAR(*summary.avg_heart_rate_bpm, 132048.0 / 931, 1e-9);  // 141.83
  EXPECT_EQ(summary.max_heart_rate_bpm, 171.0);
}

TEST(XmlGolden, TcxParserTestRunning) {
  DECODE_SHARED_FILE(activity, decode_tcx, "tcxparser-test.tcx");
  EXPECT_EQ(activity.format, core::ActivityFileFormat::Tcx);
  EXPECT_EQ(activity.samples.size(), 384u);
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::heart_rate_bpm), 383u);
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::time_s), 384u);
  EXPECT_EQ(count_samples(activity, &core::ActivitySample::cadence_spm), 0u);
  ASSERT_EQ(activity.laps.size(), 3u);
  EXPECT_DOUBLE_EQ(activity.laps[0].timer_s, 608.47);
  EXPECT_DOUBLE_EQ(activity.laps[0].distance_m, 1609.34399414);
  EXPECT_DOUBLE_EQ(activity.laps[0].avg_heart_rate_bpm, 139);
  EXPECT_DOUBLE_EQ(activity.laps[0].max_heart_rate_bpm, 189);
  EXPECT_EQ(core::format_utc_time(activity.laps[1].start_time_s), "2012-12-26T21:40:02Z");
  const auto& summary = activity.summary;
  EXPECT_EQ(summary.sport, "running");
  ASSERT_TRUE(summary.start_time_s);
  EXPECT_EQ(core::format_utc_time(*summary.start_time_s), "2012-12-26T21:29:53Z");
  ASSERT_TRUE(summary.timer_s);
  EXPECT_NEAR(*summary.timer_s, 1992.78, 1e-9);  // the three laps' TotalTimeSeconds
  EXPECT_EQ(summary.elapsed_s, 1992.0);          // 21:29:53 to 22:03:05
  EXPECT_EQ(summary.distance_m, 4686.31103516);  // the last trackpoint's DistanceMeters
  ASSERT_TRUE(summary.avg_heart_rate_bpm);
  EXPECT_NEAR(*summary.avg_heart_rate_bpm, 59998.0 / 383, 1e-9);  // 156.65 over the 383 with HR
  EXPECT_EQ(summary.max_heart_rate_bpm, 189.0);
  EXPECT_FALSE(summary.avg_cadence_spm.has_value());
  EXPECT_TRUE(activity.warnings.empty());
}

}  // namespace
}  // namespace stride::importers
