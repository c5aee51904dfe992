// Golden tests against the real recordings in ../shared/activity-files (see its MANIFEST.md):
// record counts, sports and timer times as the manifest states them, the running dynamics of the
// fenix 5 file, and the error of the corrupt Strava file. Skipped when the folder is absent.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fit_test_support.hpp"

namespace stride::testing {
namespace {

using core::present;

const std::filesystem::path kFolder = STRIDE_SOURCE_DIR "/../shared/activity-files";

std::optional<FitBytes> read_shared(const std::string& name) {
  std::ifstream stream(kFolder / name, std::ios::binary);
  if (!stream) return std::nullopt;
  return FitBytes(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

// h:mm:ss of a number of seconds, rounded to the second, as the manifest writes timer times.
std::string clock_time(double seconds) {
  const auto whole = static_cast<long>(std::lround(seconds));
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", whole / 3600, whole / 60 % 60, whole % 60);
  return text;
}

struct GoldenCase {
  const char* file;
  std::size_t records;
  const char* sport;
  const char* timer;
  const char* start;
};

class FitGoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(FitGoldenTest, MatchesTheManifest) {
  const GoldenCase& golden = GetParam();
  const auto bytes = read_shared(golden.file);
  if (!bytes) GTEST_SKIP() << "no " << (kFolder / golden.file).string();
  const auto decoded = importers::decode_fit(*bytes, golden.file);
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_EQ(decoded->samples.size(), golden.records);
  EXPECT_EQ(decoded->summary.sport, golden.sport);
  ASSERT_TRUE(decoded->summary.timer_s);
  EXPECT_EQ(clock_time(*decoded->summary.timer_s), golden.timer);
  ASSERT_TRUE(decoded->summary.start_time_s);
  EXPECT_EQ(core::format_utc_time(*decoded->summary.start_time_s), golden.start);
  // Every record has a time, in order.
  for (std::size_t index = 1; index < decoded->samples.size(); ++index) {
    ASSERT_TRUE(present(decoded->samples[index].time_s));
    EXPECT_LE(decoded->samples[index - 1].time_s, decoded->samples[index].time_s) << index;
  }
}

INSTANTIATE_TEST_SUITE_P(
    SharedFiles, FitGoldenTest,
    ::testing::Values(
        GoldenCase{"activity-small-fenix2-run.fit", 2809, "running", "0:47:12", "2015-08-15T14:45:08Z"},
        GoldenCase{"compressed-speed-distance.fit", 755, "running", "1:02:53", "1990-07-18T06:44:24Z"},
        GoldenCase{"developer-types-sample.fit", 3424, "running", "0:57:04", "2017-01-17T17:06:47Z"},
        GoldenCase{"event_timestamp.fit", 4376, "swimming", "1:12:52", "2017-06-13T13:42:30Z"},
        GoldenCase{"fit_format_test_File.FIT", 366, "running", "0:31:09", "2023-01-12T09:32:32Z"},
        GoldenCase{"garmin-fenix-5-run.fit", 21, "running", "0:00:57", "2017-06-11T14:34:09Z"}),
    [](const auto& test) {
      std::string name = test.param.file;
      name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }),
                 name.end());
      return name;
    });

TEST(FitGolden, StravaFileDeclaresMoreBytesThanItHas) {
  const auto bytes = read_shared("strava-android-app-201.10-b1218918.fit");
  if (!bytes) GTEST_SKIP() << "no shared activity files";
  const auto decoded = importers::decode_fit(*bytes, "strava.fit");
  ASSERT_FALSE(decoded);
  EXPECT_EQ(decoded.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(decoded.error().source, "strava.fit");
  EXPECT_EQ(decoded.error().message,
            "truncated at byte 78233: the FIT header at byte 0 declares 78236 data bytes and a CRC, which end at byte 78252");
  // With the header made to match the bytes it has, the next fault shows: a data message of a
  // local type that was never defined.
  FitBytes reframed = cut_records(*bytes, bytes->size() - 14 - 2);
  const auto second = importers::decode_fit(reframed, "strava.fit");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().message, "data message at byte 7471 uses local message type 11, which has no definition");
}

TEST(FitGolden, FenixFiveRunningDynamicsArePlausible) {
  const auto bytes = read_shared("garmin-fenix-5-run.fit");
  if (!bytes) GTEST_SKIP() << "no shared activity files";
  const auto decoded = importers::decode_fit(*bytes, "fenix5.fit");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  const auto& summary = decoded->summary;
  // Plausible ranges (docs/formats/fit.md; science item 86): ground contact 160-300 ms, vertical
  // ratio 5-11 %, balance near 50 %, a running step about a metre, cadence 150-200 steps/min.
  ASSERT_TRUE(summary.avg_stance_time_ms && summary.avg_vertical_oscillation_mm && summary.avg_step_length_mm &&
              summary.avg_vertical_ratio_percent && summary.avg_stance_time_balance_left_percent &&
              summary.avg_cadence_spm);
  EXPECT_GT(*summary.avg_stance_time_ms, 160);
  EXPECT_LT(*summary.avg_stance_time_ms, 300);
  EXPECT_GT(*summary.avg_vertical_ratio_percent, 5);
  EXPECT_LT(*summary.avg_vertical_ratio_percent, 11);
  EXPECT_GT(*summary.avg_stance_time_balance_left_percent, 45);
  EXPECT_LT(*summary.avg_stance_time_balance_left_percent, 55);
  EXPECT_GT(*summary.avg_cadence_spm, 150);
  EXPECT_LT(*summary.avg_cadence_spm, 200);
  // Pinned: the session's own averages.
  EXPECT_NEAR(*summary.avg_stance_time_ms, 270.3, 1e-9);
  EXPECT_NEAR(*summary.avg_vertical_oscillation_mm, 76.2, 1e-9);
  EXPECT_NEAR(*summary.avg_step_length_mm, 971.7, 1e-9);
  EXPECT_NEAR(*summary.avg_vertical_ratio_percent, 7.42, 1e-9);
  EXPECT_NEAR(*summary.avg_stance_time_balance_left_percent, 52.39, 1e-9);
  EXPECT_NEAR(*summary.avg_cadence_spm, 167.34375, 1e-9);
  EXPECT_NEAR(*summary.distance_m, 157.56, 1e-9);
  // The records carry the same dynamics, in the same ranges while the runner runs steadily (the
  // first seconds, speeding up, have short steps and a low ratio).
  std::size_t with_dynamics = 0;
  for (const auto& sample : decoded->samples) {
    if (!present(sample.speed_m_s) || sample.speed_m_s < 2.5) continue;
    ++with_dynamics;
    EXPECT_GT(sample.stance_time_ms, 160);
    EXPECT_LT(sample.stance_time_ms, 300);
    EXPECT_GT(sample.step_length_mm, 500);
    EXPECT_LT(sample.step_length_mm, 1500);
    EXPECT_GT(sample.vertical_ratio_percent, 5);
    EXPECT_LT(sample.vertical_ratio_percent, 11);
  }
  EXPECT_GE(with_dynamics, 14u);
}

TEST(FitGolden, CompressedSpeedDistanceReachesTheSessionDistance) {
  const auto bytes = read_shared("compressed-speed-distance.fit");
  if (!bytes) GTEST_SKIP() << "no shared activity files";
  const auto decoded = importers::decode_fit(*bytes, "fr70.fit");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_NEAR(decoded->samples.back().distance_m, *decoded->summary.distance_m, 1.0);
  EXPECT_NEAR(*decoded->summary.distance_m, 10248.67, 1e-9);
  // The fr70 wrote device times (no GPS clock): flagged, not hidden.
  EXPECT_NE(std::find_if(decoded->warnings.begin(), decoded->warnings.end(),
                         [](const std::string& warning) { return warning.find("device time") != std::string::npos; }),
            decoded->warnings.end());
}

TEST(FitGolden, ChainedHeartRateIsMergedIntoTheSwim) {
  const auto bytes = read_shared("event_timestamp.fit");
  if (!bytes) GTEST_SKIP() << "no shared activity files";
  const auto decoded = importers::decode_fit(*bytes, "swim.fit");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  std::size_t with_heart_rate = 0;
  for (const auto& sample : decoded->samples) {
    if (!present(sample.heart_rate_bpm)) continue;
    ++with_heart_rate;
    EXPECT_GE(sample.heart_rate_bpm, 60);
    EXPECT_LE(sample.heart_rate_bpm, 200);
  }
  EXPECT_GT(with_heart_rate, decoded->samples.size() * 99 / 100);
  EXPECT_EQ(decoded->summary.avg_heart_rate_bpm, 142.0);  // the session's
  EXPECT_EQ(decoded->summary.max_heart_rate_bpm, 161.0);
}

TEST(FitGolden, DeveloperFieldsAreSkippedAndNativePowerKept) {
  const auto bytes = read_shared("developer-types-sample.fit");
  if (!bytes) GTEST_SKIP() << "no shared activity files";
  const auto decoded = importers::decode_fit(*bytes, "stryd.fit");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_TRUE(decoded->warnings.empty());
  EXPECT_EQ(decoded->samples.front().power_w, 165.0);
  EXPECT_NEAR(decoded->samples.front().latitude_deg, 38.7534, 1e-4);
  EXPECT_NEAR(decoded->samples.front().longitude_deg, -9.2606, 1e-4);
}

}  // namespace
}  // namespace stride::testing
