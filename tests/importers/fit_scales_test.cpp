// The FIT profile's scales, offsets and units: known raw values decode to the expected physical
// values; invalid values are missing; cadence is doubled for running; session and lap totals.

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "fit_test_support.hpp"

namespace stride::testing {
namespace {

using core::ActivitySample;
using core::present;
using namespace fit_type;

constexpr std::int64_t kStart = 1714806000;

struct ScaleCase {
  const char* name;
  FitField field;
  std::int64_t raw;
  double ActivitySample::*member;
  double expected;
};

class FitScaleTest : public ::testing::TestWithParam<ScaleCase> {};

TEST_P(FitScaleTest, RawValueDecodesToThePhysicalValue) {
  const ScaleCase& scale = GetParam();
  const auto decoded = decode(records_file({scale.field}, {{fit_seconds(kStart), scale.raw}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->samples.size(), 1u);
  EXPECT_DOUBLE_EQ(decoded->samples[0].*scale.member, scale.expected);
  EXPECT_EQ(decoded->samples[0].time_s, static_cast<double>(kStart));
}

INSTANTIATE_TEST_SUITE_P(
    Record, FitScaleTest,
    ::testing::Values(
        ScaleCase{"LatitudeNorth", {0, 4, kSint32}, 1073741824, &ActivitySample::latitude_deg, 90.0},
        ScaleCase{"LatitudeSouth", {0, 4, kSint32}, -536870912, &ActivitySample::latitude_deg, -45.0},
        ScaleCase{"Longitude", {1, 4, kSint32}, 174762667, &ActivitySample::longitude_deg, 174762667 * 180.0 / 2147483648.0},
        ScaleCase{"AltitudeOffset", {2, 2, kUint16}, 2500, &ActivitySample::altitude_m, 0.0},
        ScaleCase{"AltitudeHigh", {2, 2, kUint16}, 3001, &ActivitySample::altitude_m, 100.2},
        ScaleCase{"AltitudeLowest", {2, 2, kUint16}, 0, &ActivitySample::altitude_m, -500.0},
        ScaleCase{"EnhancedAltitude", {78, 4, kUint32}, 70000, &ActivitySample::altitude_m, 13500.0},
        ScaleCase{"HeartRate", {3, 1, kUint8}, 172, &ActivitySample::heart_rate_bpm, 172.0},
        ScaleCase{"Distance", {5, 4, kUint32}, 1234567, &ActivitySample::distance_m, 12345.67},
        ScaleCase{"Speed", {6, 2, kUint16}, 3456, &ActivitySample::speed_m_s, 3.456},
        ScaleCase{"EnhancedSpeed", {73, 4, kUint32}, 70000, &ActivitySample::speed_m_s, 70.0},
        ScaleCase{"Power", {7, 2, kUint16}, 312, &ActivitySample::power_w, 312.0},
        ScaleCase{"VerticalOscillation", {39, 2, kUint16}, 856, &ActivitySample::vertical_oscillation_mm, 85.6},
        ScaleCase{"StanceTime", {41, 2, kUint16}, 2455, &ActivitySample::stance_time_ms, 245.5},
        ScaleCase{"VerticalRatio", {83, 2, kUint16}, 812, &ActivitySample::vertical_ratio_percent, 8.12},
        ScaleCase{"StanceTimeBalance", {84, 2, kUint16}, 4987, &ActivitySample::stance_time_balance_left_percent, 49.87},
        ScaleCase{"StepLength", {85, 2, kUint16}, 10235, &ActivitySample::step_length_mm, 1023.5},
        // The definition's base type is what is read: a float32 power, a uint32 heart rate.
        ScaleCase{"PowerAsFloat", {7, 4, kFloat32}, 0x437A8000, &ActivitySample::power_w, 250.5},
        ScaleCase{"HeartRateAsUint32", {3, 4, kUint32}, 150, &ActivitySample::heart_rate_bpm, 150.0},
        ScaleCase{"ArrayTakesTheFirstValue", {3, 3, kUint8}, 133, &ActivitySample::heart_rate_bpm, 133.0}),
    [](const auto& test) { return std::string(test.param.name); });

struct InvalidCase {
  const char* name;
  FitField field;
  std::int64_t raw;
  double ActivitySample::*member;
};

class FitInvalidValueTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(FitInvalidValueTest, IsMissing) {
  const InvalidCase& invalid = GetParam();
  const auto decoded = decode(records_file({invalid.field}, {{fit_seconds(kStart), invalid.raw}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->samples.size(), 1u);
  EXPECT_FALSE(present(decoded->samples[0].*invalid.member)) << decoded->samples[0].*invalid.member;
}

INSTANTIATE_TEST_SUITE_P(
    BaseTypes, FitInvalidValueTest,
    ::testing::Values(InvalidCase{"Uint8", {3, 1, kUint8}, 0xFF, &ActivitySample::heart_rate_bpm},
                      InvalidCase{"Enum", {3, 1, kEnum}, 0xFF, &ActivitySample::heart_rate_bpm},
                      InvalidCase{"Sint8", {3, 1, kSint8}, 0x7F, &ActivitySample::heart_rate_bpm},
                      InvalidCase{"Uint8z", {3, 1, kUint8z}, 0, &ActivitySample::heart_rate_bpm},
                      InvalidCase{"Uint16", {6, 2, kUint16}, 0xFFFF, &ActivitySample::speed_m_s},
                      InvalidCase{"Sint16", {2, 2, kSint16}, 0x7FFF, &ActivitySample::altitude_m},
                      InvalidCase{"Uint16z", {7, 2, kUint16z}, 0, &ActivitySample::power_w},
                      InvalidCase{"Sint32", {0, 4, kSint32}, 0x7FFFFFFF, &ActivitySample::latitude_deg},
                      InvalidCase{"Uint32", {5, 4, kUint32}, 0xFFFFFFFF, &ActivitySample::distance_m},
                      InvalidCase{"Uint32z", {5, 4, kUint32z}, 0, &ActivitySample::distance_m},
                      InvalidCase{"Float32", {7, 4, kFloat32}, 0xFFFFFFFF, &ActivitySample::power_w},
                      InvalidCase{"Byte", {3, 1, kByte}, 0xFF, &ActivitySample::heart_rate_bpm},
                      InvalidCase{"StringIsNotANumber", {3, 1, kString}, 0x41, &ActivitySample::heart_rate_bpm},
                      InvalidCase{"TooSmallForItsType", {6, 1, kUint16}, 0x12, &ActivitySample::speed_m_s}),
    [](const auto& test) { return std::string(test.param.name); });

struct CadenceCase {
  const char* name;
  std::optional<std::uint8_t> sport;
  std::int64_t cadence;
  FitValue fraction;
  double expected;
};

class FitCadenceTest : public ::testing::TestWithParam<CadenceCase> {};

TEST_P(FitCadenceTest, IsStepsPerMinuteWhenRunningAndRpmOtherwise) {
  const CadenceCase& cadence = GetParam();
  const auto decoded = decode(records_file({{4, 1, kUint8}, {53, 1, kUint8}},
                                           {{fit_seconds(kStart), cadence.cadence, cadence.fraction}}, cadence.sport));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_DOUBLE_EQ(decoded->samples.at(0).cadence_spm, cadence.expected);
}

INSTANTIATE_TEST_SUITE_P(Sports, FitCadenceTest,
                         ::testing::Values(CadenceCase{"RunningWithFraction", 1, 85, 64, 171.0},
                                           CadenceCase{"RunningQuarter", 1, 88, 32, 176.5},
                                           CadenceCase{"RunningWithoutFraction", 1, 90, FitValue{}, 180.0},
                                           CadenceCase{"CyclingKeepsRpm", 2, 90, 64, 90.5},
                                           CadenceCase{"WalkingKeepsTheFileValue", 11, 55, FitValue{}, 55.0},
                                           CadenceCase{"NoSportKeepsTheFileValue", std::nullopt, 80, FitValue{}, 80.0}),
                         [](const auto& test) { return std::string(test.param.name); });

TEST(FitScales, EnhancedFieldsWinOverTheirShortForms) {
  const auto decoded = decode(records_file({{2, 2, kUint16}, {78, 4, kUint32}, {6, 2, kUint16}, {73, 4, kUint32}},
                                           {{fit_seconds(kStart), 3000, 3500, 1000, 2000},
                                            {fit_seconds(kStart + 1), 3000, FitValue{}, 1000, FitValue{}}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_DOUBLE_EQ(decoded->samples[0].altitude_m, 200.0);
  EXPECT_DOUBLE_EQ(decoded->samples[0].speed_m_s, 2.0);
  EXPECT_DOUBLE_EQ(decoded->samples[1].altitude_m, 100.0);
  EXPECT_DOUBLE_EQ(decoded->samples[1].speed_m_s, 1.0);
}

TEST(FitScales, EnhancedFieldsWinWhereverTheDefinitionPutsThem) {
  const auto decoded = decode(records_file({{78, 4, kUint32}, {73, 4, kUint32}, {2, 2, kUint16}, {6, 2, kUint16}},
                                           {{fit_seconds(kStart), 3500, 2000, 3000, 1000},
                                            {fit_seconds(kStart + 1), FitValue{}, FitValue{}, 3000, 1000}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_DOUBLE_EQ(decoded->samples[0].altitude_m, 200.0);
  EXPECT_DOUBLE_EQ(decoded->samples[0].speed_m_s, 2.0);
  EXPECT_DOUBLE_EQ(decoded->samples[1].altitude_m, 100.0);
  EXPECT_DOUBLE_EQ(decoded->samples[1].speed_m_s, 1.0);
}

// A field the definition repeats (here with two base types) keeps its last valid value.
TEST(FitScales, RepeatedFieldKeepsItsLastValidValue) {
  const auto decoded = decode(records_file({{3, 2, kUint16}, {3, 1, kUint8}, {4, 1, kUint8}, {4, 2, kUint16}},
                                           {{fit_seconds(kStart), 150, 160, 80, 81},
                                            {fit_seconds(kStart + 1), 150, FitValue{}, FitValue{}, 82}},
                                           std::nullopt));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_DOUBLE_EQ(decoded->samples[0].heart_rate_bpm, 160.0);
  EXPECT_DOUBLE_EQ(decoded->samples[0].cadence_spm, 81.0);
  EXPECT_DOUBLE_EQ(decoded->samples[1].heart_rate_bpm, 150.0);
  EXPECT_DOUBLE_EQ(decoded->samples[1].cadence_spm, 82.0);
}

// compressed_speed_distance: 12 bits of speed (1/100 m/s) and 12 bits of distance (1/16 m) that
// accumulate across records, rolling over at 4096.
FitValue packed_speed_distance(std::uint32_t speed, std::uint32_t distance) {
  const std::uint32_t bits = (speed & 0xFFF) | ((distance & 0xFFF) << 12);
  return FitValue::bytes({static_cast<std::uint8_t>(bits & 0xFF), static_cast<std::uint8_t>((bits >> 8) & 0xFF),
                          static_cast<std::uint8_t>(bits >> 16)});
}

TEST(FitScales, CompressedSpeedDistanceAccumulatesDistance) {
  const auto decoded = decode(records_file({{8, 3, kByte}}, {{fit_seconds(kStart), packed_speed_distance(354, 100)},
                                                             {fit_seconds(kStart + 1), packed_speed_distance(360, 4000)},
                                                             {fit_seconds(kStart + 2), packed_speed_distance(0, 50)},
                                                             {fit_seconds(kStart + 3), FitValue{}}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->samples.size(), 4u);
  EXPECT_DOUBLE_EQ(decoded->samples[0].speed_m_s, 3.54);
  EXPECT_DOUBLE_EQ(decoded->samples[0].distance_m, 100.0 / 16);
  EXPECT_DOUBLE_EQ(decoded->samples[1].speed_m_s, 3.6);
  EXPECT_DOUBLE_EQ(decoded->samples[1].distance_m, 4000.0 / 16);
  EXPECT_DOUBLE_EQ(decoded->samples[2].speed_m_s, 0.0);
  EXPECT_DOUBLE_EQ(decoded->samples[2].distance_m, (4096.0 + 50) / 16);
  EXPECT_FALSE(present(decoded->samples[3].speed_m_s));
  EXPECT_FALSE(present(decoded->samples[3].distance_m));
}

TEST(FitScales, TimestampsAreSecondsSinceTheFitEpoch) {
  const auto decoded = decode(records_file({}, {{0}, {1000000000}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->samples[0].time_s, 631065600.0);
  EXPECT_EQ(core::format_utc_time(decoded->samples[1].time_s), "2021-09-08T01:46:40Z");
}

// A file whose only messages are one session and one lap with every totals field.
FitBytes totals_file(std::uint8_t sport) {
  FitWriter writer;
  const std::vector<FitField> session{{2, 4, kUint32},  {5, 1, kEnum},    {7, 4, kUint32},  {8, 4, kUint32},
                                      {9, 4, kUint32},  {16, 1, kUint8},  {17, 1, kUint8},  {18, 1, kUint8},
                                      {92, 1, kUint8},  {20, 2, kUint16}, {89, 2, kUint16}, {91, 2, kUint16},
                                      {134, 2, kUint16}, {132, 2, kUint16}, {133, 2, kUint16}};
  writer.define(0, 18, session, FitEndian::Big);
  writer.data(0, {fit_seconds(kStart), sport, 3723456, 3600000, 1000012, 151, 178, 85, 96, 245, 862, 2471, 10345, 833,
                  4962});
  writer.define(1, 19,
                {{2, 4, kUint32}, {7, 4, kUint32}, {8, 4, kUint32}, {9, 4, kUint32}, {15, 1, kUint8}, {16, 1, kUint8},
                 {17, 1, kUint8}, {80, 1, kUint8}});
  writer.data(1, {fit_seconds(kStart), 1800500, 1790250, 500000, 148, 170, 86, 32});
  return writer.finish();
}

TEST(FitScales, SessionAndLapTotals) {
  const auto decoded = decode(totals_file(1));
  ASSERT_TRUE(decoded) << decoded.error().message;
  const auto& summary = decoded->summary;
  EXPECT_EQ(summary.sport, "running");
  EXPECT_EQ(summary.start_time_s, static_cast<double>(kStart));
  EXPECT_DOUBLE_EQ(*summary.elapsed_s, 3723.456);
  EXPECT_DOUBLE_EQ(*summary.timer_s, 3600.0);
  EXPECT_DOUBLE_EQ(*summary.distance_m, 10000.12);
  EXPECT_EQ(summary.avg_heart_rate_bpm, 151.0);
  EXPECT_EQ(summary.max_heart_rate_bpm, 178.0);
  EXPECT_DOUBLE_EQ(*summary.avg_cadence_spm, 2 * (85 + 96.0 / 128));
  EXPECT_EQ(summary.avg_power_w, 245.0);
  EXPECT_DOUBLE_EQ(*summary.avg_vertical_oscillation_mm, 86.2);
  EXPECT_DOUBLE_EQ(*summary.avg_stance_time_ms, 247.1);
  EXPECT_DOUBLE_EQ(*summary.avg_step_length_mm, 1034.5);
  EXPECT_DOUBLE_EQ(*summary.avg_vertical_ratio_percent, 8.33);
  EXPECT_DOUBLE_EQ(*summary.avg_stance_time_balance_left_percent, 49.62);
  ASSERT_EQ(decoded->laps.size(), 1u);
  const auto& lap = decoded->laps[0];
  EXPECT_EQ(lap.start_time_s, static_cast<double>(kStart));
  EXPECT_DOUBLE_EQ(lap.elapsed_s, 1800.5);
  EXPECT_DOUBLE_EQ(lap.timer_s, 1790.25);
  EXPECT_DOUBLE_EQ(lap.distance_m, 5000.0);
  EXPECT_EQ(lap.avg_heart_rate_bpm, 148.0);
  EXPECT_EQ(lap.max_heart_rate_bpm, 170.0);
  EXPECT_DOUBLE_EQ(lap.avg_cadence_spm, 172.5);

  const auto cycling = decode(totals_file(2));
  ASSERT_TRUE(cycling);
  EXPECT_EQ(cycling->summary.sport, "cycling");
  EXPECT_DOUBLE_EQ(*cycling->summary.avg_cadence_spm, 85.75);
  EXPECT_DOUBLE_EQ(cycling->laps.at(0).avg_cadence_spm, 86.25);
}

TEST(FitScales, SportNamesOfTheProfile) {
  const std::vector<std::pair<std::uint8_t, std::optional<std::string>>> sports{
      {0, "generic"}, {1, "running"}, {2, "cycling"}, {5, "swimming"}, {11, "walking"},
      {17, "hiking"}, {48, "floor_climbing"}, {49, std::nullopt}, {254, std::nullopt}};
  for (const auto& [number, name] : sports) {
    const auto decoded = decode(totals_file(number));
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->summary.sport, name) << int{number};
  }
}

TEST(FitScales, SportOutsideAByteIsNoSport) {
  for (const auto& [type, value] : std::vector<std::pair<std::uint8_t, std::int64_t>>{
           {kUint32, 4000000000}, {kSint8, -1}, {kFloat32, 0x3FC00000 /* 1.5f */}}) {
    FitWriter writer;
    writer.define(0, 18, {{5, static_cast<std::uint8_t>(type == kSint8 ? 1 : 4), type}});
    writer.data(0, {value});
    writer.define(1, 20, {{253, 4, kUint32}, {4, 1, kUint8}});
    writer.data(1, {fit_seconds(kStart), 80});
    const auto decoded = decode(writer.finish());
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_FALSE(decoded->summary.sport) << int{type};
    EXPECT_EQ(decoded->samples.at(0).cadence_spm, 80.0);
  }
}

TEST(FitScales, SportMessageStandsInForAMissingSession) {
  FitWriter writer;
  writer.define(0, 12, {{0, 1, kEnum}, {1, 1, kEnum}});
  writer.data(0, {1, 0});
  writer.define(1, 20, {{253, 4, kUint32}, {4, 1, kUint8}});
  writer.data(1, {fit_seconds(kStart), 80});
  const auto decoded = decode(writer.finish());
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->summary.sport, "running");
  EXPECT_EQ(decoded->samples.at(0).cadence_spm, 160.0);
}

TEST(FitScales, SummaryFieldsTheSessionLacksComeFromTheSamples) {
  const auto decoded =
      decode(records_file({{3, 1, kUint8}, {5, 4, kUint32}}, {{fit_seconds(kStart), 120, 0}, {fit_seconds(kStart + 10), 140, 5000}}));
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->summary.avg_heart_rate_bpm, 130.0);
  EXPECT_EQ(decoded->summary.max_heart_rate_bpm, 140.0);
  EXPECT_EQ(decoded->summary.distance_m, 50.0);
  EXPECT_EQ(decoded->summary.elapsed_s, 10.0);
  EXPECT_EQ(decoded->summary.start_time_s, static_cast<double>(kStart));
}

}  // namespace
}  // namespace stride::testing
