// Round trips through the test-only FIT writer: random activities, written with random layouts
// (header size, byte order, compressed timestamps, enhanced fields, developer power, unknown
// messages, chained segments, sport), decode back to the same samples within each field's
// resolution.

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "fit_test_support.hpp"

namespace stride::testing {
namespace {

using core::ActivitySample;
using core::kMissing;
using core::present;

// A value in [low, high] in steps of 1/1000 of the range, or kMissing one time in five.
rc::Gen<double> maybe_value(double low, double high) {
  return rc::gen::weightedOneOf<double>(
      {{1, rc::gen::just(kMissing)},
       {4, rc::gen::map(rc::gen::inRange(0, 100001),
                        [low, high](int step) { return low + (high - low) * static_cast<double>(step) / 100000.0; })}});
}

struct RandomActivity {
  core::RecordedActivity activity;
  FitActivityOptions options;
};

rc::Gen<RandomActivity> random_activity() {
  return rc::gen::exec([] {
    RandomActivity random;
    auto& options = random.options;
    options.header.long_header = *rc::gen::arbitrary<bool>();
    options.header.header_crc = *rc::gen::arbitrary<bool>();
    options.endian = *rc::gen::element(FitEndian::Little, FitEndian::Big);
    options.compressed_timestamps = *rc::gen::arbitrary<bool>();
    options.enhanced_fields = *rc::gen::arbitrary<bool>();
    options.developer_power = *rc::gen::arbitrary<bool>();
    options.unknown_messages = *rc::gen::arbitrary<bool>();
    options.segments = *rc::gen::inRange<std::size_t>(1, 4);
    options.sport = *rc::gen::element<std::uint8_t>(1, 2, 5);
    const bool running = options.sport == 1;

    const auto count = *rc::gen::inRange<std::size_t>(0, 120);
    double time = 1.5e9 + *rc::gen::inRange(0, 100000);
    for (std::size_t index = 0; index < count; ++index) {
      ActivitySample sample;
      time += *rc::gen::weightedOneOf<int>({{8, rc::gen::just(1)}, {2, rc::gen::inRange(2, 40)}});
      sample.time_s = *rc::gen::weightedOneOf<bool>({{19, rc::gen::just(true)}, {1, rc::gen::just(false)}}) ? time : kMissing;
      sample.latitude_deg = *maybe_value(-89.9, 89.9);
      sample.longitude_deg = *maybe_value(-179.9, 179.9);
      sample.altitude_m = *maybe_value(-500, 12000);
      sample.heart_rate_bpm = *maybe_value(0, 250);
      sample.cadence_spm = *maybe_value(0, running ? 500 : 250);
      sample.distance_m = *maybe_value(0, 4e7);
      sample.speed_m_s = *maybe_value(0, 65);
      sample.power_w = *maybe_value(0, 3000);
      sample.vertical_oscillation_mm = *maybe_value(0, 6500);
      sample.stance_time_ms = *maybe_value(0, 6500);
      sample.vertical_ratio_percent = *maybe_value(0, 650);
      sample.stance_time_balance_left_percent = *maybe_value(0, 650);
      sample.step_length_mm = *maybe_value(0, 6500);
      random.activity.samples.push_back(sample);
    }
    random.activity.summary.timer_s = *rc::gen::inRange(0, 100000);
    return random;
  });
}

// The largest difference the file's resolution allows: half a raw unit, plus rounding slack.
void expect_close(double decoded, double written, double resolution, const char* field) {
  if (!present(written)) {
    RC_ASSERT(!present(decoded));
    return;
  }
  if (!present(decoded) || std::abs(decoded - written) > resolution / 2 + 1e-9 * std::abs(written)) {
    RC_FAIL(std::string(field) + ": wrote " + std::to_string(written) + ", decoded " + std::to_string(decoded));
  }
}

RC_GTEST_PROP(FitRoundTrip, RandomActivitiesDecodeBackWithinResolution, ()) {
  const RandomActivity random = *random_activity();
  const FitBytes file = write_fit_activity(random.activity, random.options);
  const auto decoded = decode(file);
  RC_ASSERT(decoded.has_value());
  const auto& written = random.activity.samples;
  RC_ASSERT(decoded->samples.size() == written.size());
  const bool running = random.options.sport == 1;
  const double degree = 180.0 / 2147483648.0;
  for (std::size_t index = 0; index < written.size(); ++index) {
    const auto& in = written[index];
    const auto& out = decoded->samples[index];
    expect_close(out.time_s, in.time_s, 0, "time");
    expect_close(out.latitude_deg, in.latitude_deg, degree, "latitude");
    expect_close(out.longitude_deg, in.longitude_deg, degree, "longitude");
    expect_close(out.altitude_m, in.altitude_m, 0.2, "altitude");
    expect_close(out.heart_rate_bpm, in.heart_rate_bpm, 1, "heart rate");
    expect_close(out.cadence_spm, in.cadence_spm, running ? 2.0 / 128 : 1.0 / 128, "cadence");
    expect_close(out.distance_m, in.distance_m, 0.01, "distance");
    expect_close(out.speed_m_s, in.speed_m_s, 0.001, "speed");
    expect_close(out.power_w, in.power_w, 1, "power");
    expect_close(out.vertical_oscillation_mm, in.vertical_oscillation_mm, 0.1, "vertical oscillation");
    expect_close(out.stance_time_ms, in.stance_time_ms, 0.1, "stance time");
    expect_close(out.vertical_ratio_percent, in.vertical_ratio_percent, 0.01, "vertical ratio");
    expect_close(out.stance_time_balance_left_percent, in.stance_time_balance_left_percent, 0.01, "balance");
    expect_close(out.step_length_mm, in.step_length_mm, 0.1, "step length");
  }
  RC_ASSERT(decoded->summary.timer_s == random.activity.summary.timer_s);
  const char* sport = random.options.sport == 1 ? "running" : random.options.sport == 2 ? "cycling" : "swimming";
  RC_ASSERT(decoded->summary.sport == std::optional<std::string>(sport));
  const std::size_t unknown_warnings = random.options.unknown_messages && written.size() >= 10 ? 1 : 0;
  RC_ASSERT(decoded->warnings.size() == unknown_warnings);
}

TEST(FitRoundTrip, SyntheticRunKeepsItsLapsAndSummary) {
  const auto run = synthetic_run(1800, 4);
  const auto decoded = decode(write_fit_activity(run, {}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->laps.size(), run.laps.size());
  for (std::size_t index = 0; index < run.laps.size(); ++index) {
    EXPECT_EQ(decoded->laps[index].start_time_s, run.laps[index].start_time_s);
    EXPECT_NEAR(decoded->laps[index].distance_m, run.laps[index].distance_m, 0.005);
    EXPECT_NEAR(decoded->laps[index].avg_cadence_spm, run.laps[index].avg_cadence_spm, 1.0 / 64);
  }
  EXPECT_EQ(decoded->summary.timer_s, run.summary.timer_s);
  EXPECT_NEAR(*decoded->summary.distance_m, *run.summary.distance_m, 0.005);
  EXPECT_NEAR(*decoded->summary.avg_vertical_ratio_percent, *run.summary.avg_vertical_ratio_percent, 0.005);
}

}  // namespace
}  // namespace stride::testing
