// The FIT decoder's framing: header sizes, CRCs, byte orders, compressed timestamps, developer
// fields, unknown messages, chained segments and the errors of malformed structure.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "fit_test_support.hpp"

namespace stride::testing {
namespace {

using core::present;
using namespace fit_type;

constexpr std::int64_t kStart = 1714806000;  // 2024-05-04T07:00:00Z

const core::RecordedActivity& short_run() {
  static const core::RecordedActivity run = synthetic_run(60, 11);
  return run;
}

void expect_same_times_and_heart_rates(const core::RecordedActivity& decoded, const core::RecordedActivity& written) {
  ASSERT_EQ(decoded.samples.size(), written.samples.size());
  for (std::size_t index = 0; index < written.samples.size(); ++index) {
    EXPECT_DOUBLE_EQ(decoded.samples[index].time_s, written.samples[index].time_s) << index;
    EXPECT_DOUBLE_EQ(decoded.samples[index].heart_rate_bpm, written.samples[index].heart_rate_bpm) << index;
  }
}

struct HeaderCase {
  const char* name;
  bool long_header;
  bool header_crc;
  FitEndian endian;
};

class FitHeaderTest : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(FitHeaderTest, DecodesEveryRecord) {
  const HeaderCase& header = GetParam();
  FitActivityOptions options;
  options.header.long_header = header.long_header;
  options.header.header_crc = header.header_crc;
  options.endian = header.endian;
  const FitBytes file = write_fit_activity(short_run(), options);
  EXPECT_EQ(header_size(file), header.long_header ? 14u : 12u);
  const auto decoded = decode(file);
  ASSERT_TRUE(decoded) << decoded.error().message;
  expect_same_times_and_heart_rates(*decoded, short_run());
  EXPECT_TRUE(decoded->warnings.empty());
  EXPECT_EQ(decoded->summary.sport, "running");
}

INSTANTIATE_TEST_SUITE_P(Headers, FitHeaderTest,
                         ::testing::Values(HeaderCase{"Long", true, true, FitEndian::Little},
                                           HeaderCase{"LongWithoutCrc", true, false, FitEndian::Little},
                                           HeaderCase{"Short", false, false, FitEndian::Little},
                                           HeaderCase{"LongBigEndian", true, true, FitEndian::Big},
                                           HeaderCase{"ShortBigEndian", false, false, FitEndian::Big}),
                         [](const auto& test) { return std::string(test.param.name); });

struct CorruptionCase {
  const char* name;
  std::size_t offset;  // from the start (or, when from_end, from the end) of the file
  bool from_end;
  std::string expected;
};

class FitCrcTest : public ::testing::TestWithParam<CorruptionCase> {};

TEST_P(FitCrcTest, IsAnErrorNamingTheOffset) {
  const CorruptionCase& corruption = GetParam();
  FitBytes file = write_fit_activity(short_run(), {});
  const std::size_t offset = corruption.from_end ? file.size() - 1 - corruption.offset : corruption.offset;
  file[offset] ^= 0x10;
  std::string expected = corruption.expected;
  if (const auto at = expected.find("{end}"); at != std::string::npos) {
    expected.replace(at, 5, std::to_string(file.size() - 2));
  }
  const std::string message = error_of(file);
  EXPECT_TRUE(message.starts_with(expected)) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Crcs, FitCrcTest,
    ::testing::Values(CorruptionCase{"HeaderCrc", 12, false, "wrong header CRC at byte 12: "},
                      CorruptionCase{"HeaderByte", 1, false, "wrong header CRC at byte 12: "},
                      CorruptionCase{"FileCrc", 0, true, "wrong file CRC at byte {end}: "},
                      CorruptionCase{"RecordByte", 40, false, "wrong file CRC at byte {end}: "}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(FitFraming, ShortHeaderHasNoHeaderCrcButAFileCrc) {
  FitActivityOptions options;
  options.header.long_header = false;
  FitBytes file = write_fit_activity(short_run(), options);
  file[1] ^= 0x01;  // the protocol version, covered by the file CRC
  const std::string message = error_of(file);
  EXPECT_TRUE(message.starts_with("wrong file CRC at byte " + std::to_string(file.size() - 2) + ":")) << message;
}

TEST(FitFraming, DataSizeBeyondTheFileIsAnError) {
  FitBytes file = write_fit_activity(short_run(), {});
  const std::size_t declared = file.size() - 16 + 100;
  for (std::size_t index = 0; index < 4; ++index) file[4 + index] = static_cast<std::uint8_t>((declared >> (8 * index)) & 0xFF);
  refresh_crcs(file);
  EXPECT_EQ(error_of(file),
            "truncated at byte " + std::to_string(file.size()) + ": the FIT header at byte 0 declares " +
                std::to_string(declared) + " data bytes and a CRC, which end at byte " + std::to_string(file.size() + 100));
}

TEST(FitFraming, NotAFitFile) {
  EXPECT_EQ(error_of({}), "not a FIT file: 0 bytes, fewer than a FIT header's 12");
  EXPECT_EQ(error_of({14, 0x20, 0, 0, 0, 0, 0, 0, '.', 'F', 'I'}), "not a FIT file: 11 bytes, fewer than a FIT header's 12");
  FitBytes file = write_fit_activity(short_run(), {});
  file[9] = 'X';
  EXPECT_EQ(error_of(file), "no \".FIT\" signature at byte 8");
  file = write_fit_activity(short_run(), {});
  file[0] = 13;
  EXPECT_EQ(error_of(file), "FIT header at byte 0 declares 13 bytes; 12 or 14 expected");
}

TEST(FitFraming, StrayBytesAfterTheLastSegmentAreAnError) {
  FitBytes file = write_fit_activity(short_run(), {});
  const std::size_t end = file.size();
  file.insert(file.end(), {0, 0, 0});
  EXPECT_EQ(error_of(file), "3 stray bytes at byte " + std::to_string(end) + " after the last FIT segment");
}

TEST(FitFraming, BothByteOrdersDecodeAlike) {
  FitActivityOptions big;
  big.endian = FitEndian::Big;
  const auto little_decoded = decode(write_fit_activity(short_run(), {}));
  const auto big_decoded = decode(write_fit_activity(short_run(), big));
  ASSERT_TRUE(little_decoded && big_decoded);
  ASSERT_EQ(little_decoded->samples.size(), big_decoded->samples.size());
  for (std::size_t index = 0; index < little_decoded->samples.size(); ++index) {
    const auto& little = little_decoded->samples[index];
    const auto& big_sample = big_decoded->samples[index];
    EXPECT_EQ(little.latitude_deg, big_sample.latitude_deg);
    EXPECT_EQ(little.distance_m, big_sample.distance_m);
    EXPECT_EQ(little.speed_m_s, big_sample.speed_m_s);
    EXPECT_EQ(little.step_length_mm, big_sample.step_length_mm);
  }
  EXPECT_EQ(little_decoded->summary.timer_s, big_decoded->summary.timer_s);
}

// Records of heart rate only: a full timestamp, then compressed-timestamp records at `times`.
FitBytes compressed_records(std::int64_t first, const std::vector<std::int64_t>& times) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}, {3, 1, kUint8}});
  writer.define(1, 20, {{3, 1, kUint8}});
  writer.data(0, {fit_seconds(first), 100});
  for (const std::int64_t time : times) writer.compressed(1, static_cast<std::uint32_t>(fit_seconds(time)), {101});
  return writer.finish();
}

TEST(FitFraming, CompressedTimestampsRollOverAgainstTheLastTimestamp) {
  // The first time's five low bits are 29; the offsets wrap past 31 several times, the largest gap
  // (31 s) still fits the five bits.
  std::int64_t first = kStart;
  while (fit_seconds(first) % 32 != 29) ++first;
  const std::vector<std::int64_t> times{first + 1, first + 2, first + 3, first + 4, first + 35, first + 36, first + 66};
  const auto decoded = decode(compressed_records(first, times));
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->samples.size(), times.size() + 1);
  EXPECT_EQ(decoded->samples[0].time_s, static_cast<double>(first));
  for (std::size_t index = 0; index < times.size(); ++index) {
    EXPECT_EQ(decoded->samples[index + 1].time_s, static_cast<double>(times[index])) << index;
    EXPECT_EQ(decoded->samples[index + 1].heart_rate_bpm, 101);
  }
}

TEST(FitFraming, CompressedTimestampNeedsAnEarlierTimestampAndADefinition) {
  FitWriter writer;
  writer.define(1, 20, {{3, 1, kUint8}});
  writer.compressed(1, 5, {100});
  EXPECT_EQ(error_of(writer.finish()), "compressed-timestamp message at byte " +
                                           std::to_string(writer.message_offsets()[1]) +
                                           " comes before any full timestamp");

  FitWriter undefined;
  undefined.define(0, 20, {{253, 4, kUint32}});
  undefined.data(0, {fit_seconds(kStart)});
  undefined.raw(std::vector<std::uint8_t>{0xC5});  // local type 2
  EXPECT_EQ(error_of(undefined.finish()), "compressed-timestamp message at byte " +
                                              std::to_string(undefined.message_offsets()[2]) +
                                              " uses local message type 2, which has no definition");
}

TEST(FitFraming, DataMessageOfAnUndefinedLocalTypeIsAnError) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}});
  writer.data(0, {fit_seconds(kStart)});
  writer.raw(std::vector<std::uint8_t>{0x0B, 1, 2, 3});
  EXPECT_EQ(error_of(writer.finish()), "data message at byte " + std::to_string(writer.message_offsets()[2]) +
                                           " uses local message type 11, which has no definition");
}

TEST(FitFraming, DefinitionWithAnUnknownArchitectureIsAnError) {
  FitWriter writer;
  writer.raw(std::vector<std::uint8_t>{0x40, 0, 2, 20, 0, 0});
  EXPECT_EQ(error_of(writer.finish()),
            "definition message at byte 14 has architecture 2; 0 (little-endian) or 1 (big-endian) expected");
}

TEST(FitFraming, DefinitionOrDataPastTheEndIsAnError) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}, {3, 1, kUint8}});
  writer.data(0, {fit_seconds(kStart), 120});
  const FitBytes file = writer.finish();
  // The definition is bytes 14 to 25 (12 bytes), the data message 26 to 31.
  ASSERT_EQ(writer.message_offsets()[0], 14u);
  ASSERT_EQ(writer.message_offsets()[1], 26u);
  EXPECT_EQ(error_of(cut_records(file, 10)), "definition message at byte 14 runs past the end of the data at byte 24");
  EXPECT_EQ(error_of(cut_records(file, 3)), "definition message at byte 14 runs past the end of the data at byte 17");
  EXPECT_EQ(error_of(cut_records(file, 15)), "truncated data message at byte 26");
  EXPECT_EQ(error_of(cut_records(file, 12)), "(decoded)");  // ends after the definition
  EXPECT_EQ(error_of(cut_records(file, 18)), "(decoded)");
}

TEST(FitFraming, DeveloperFieldsAreSkippedByTheirSize) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}, {3, 1, kUint8}}, FitEndian::Big, {{0, 1, 0}, {1, 3, 0}, {2, 16, 1}});
  writer.data(0, {fit_seconds(kStart), 140}, {5, FitValue::bytes({1, 2, 3}), FitValue::bytes(FitBytes(16, 0xAB))});
  writer.data(0, {fit_seconds(kStart + 1), 141}, {6, FitValue::bytes({4, 5, 6}), FitValue::bytes(FitBytes(16, 0xCD))});
  writer.define(1, 20, {{253, 4, kUint32}, {3, 1, kUint8}});
  writer.data(1, {fit_seconds(kStart + 2), 142});
  const auto decoded = decode(writer.finish());
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->samples.size(), 3u);
  for (std::size_t index = 0; index < 3; ++index) {
    EXPECT_EQ(decoded->samples[index].time_s, static_cast<double>(kStart) + static_cast<double>(index));
    EXPECT_EQ(decoded->samples[index].heart_rate_bpm, 140.0 + static_cast<double>(index));
    EXPECT_FALSE(present(decoded->samples[index].power_w));
  }
}

// A record file whose developer field 0 of developer 0 is described with `name` and `units`, and
// whose records carry it (250) and, when `native_power` is set, a native power.
FitBytes developer_power_file(std::string_view name, std::string_view units, std::optional<int> native_power) {
  FitWriter writer;
  writer.define(0, 207, {{1, 16, kByte}, {3, 1, kUint8}});
  writer.data(0, {FitValue::bytes(FitBytes(16, 7)), 0});
  writer.define(0, 206, {{0, 1, kUint8}, {1, 1, kUint8}, {2, 1, kUint8}, {3, 12, kString}, {8, 8, kString}});
  writer.data(0, {0, 0, kUint16, FitValue::text(name), FitValue::text(units)});
  writer.define(1, 20, {{253, 4, kUint32}, {7, 2, kUint16}}, FitEndian::Little, {{0, 2, 0}});
  writer.data(1, {fit_seconds(kStart), native_power ? FitValue(*native_power) : FitValue{}}, {250});
  return writer.finish();
}

TEST(FitFraming, DeveloperPowerInWattsStandsInForMissingNativePower) {
  const auto developer = decode(developer_power_file("Power", "Watts", std::nullopt));
  ASSERT_TRUE(developer) << developer.error().message;
  EXPECT_EQ(developer->samples.at(0).power_w, 250);
  const auto native = decode(developer_power_file("Power", "watts", 300));
  ASSERT_TRUE(native);
  EXPECT_EQ(native->samples.at(0).power_w, 300);
  const auto other_units = decode(developer_power_file("Power", "%", std::nullopt));
  ASSERT_TRUE(other_units);
  EXPECT_FALSE(present(other_units->samples.at(0).power_w));
  const auto other_name = decode(developer_power_file("Form Power", "Watts", std::nullopt));
  ASSERT_TRUE(other_name);
  EXPECT_FALSE(present(other_name->samples.at(0).power_w));
}

TEST(FitFraming, UnknownMessagesGiveOneWarningPerMessageNumber) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}, {3, 1, kUint8}});
  writer.define(1, 233, {{0, 2, kUint16}, {253, 4, kUint32}});
  writer.define(2, 65000, {{0, 1, kUint8}});
  writer.define(3, 21, {{0, 1, kEnum}});  // event: in the profile, skipped in silence
  writer.data(0, {fit_seconds(kStart), 100});
  writer.data(1, {1, fit_seconds(kStart)});
  writer.data(2, {1});
  writer.data(1, {2, fit_seconds(kStart + 1)});
  writer.data(3, {0});
  writer.data(1, {3, fit_seconds(kStart + 2)});
  const auto offsets = writer.message_offsets();
  const auto decoded = decode(writer.finish());
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_EQ(decoded->warnings[0], "skipped 4 messages of 2 types the FIT profile does not define: 233 (3, the first "
                                  "at byte " + std::to_string(offsets[5]) + "), 65000 (at byte " +
                                      std::to_string(offsets[6]) + ")");
  EXPECT_EQ(decoded->samples.size(), 1u);
}

TEST(FitFraming, ChainedSegmentsGiveOneActivityWithAllRecords) {
  FitActivityOptions options;
  options.segments = 3;
  const auto decoded = decode(write_fit_activity(short_run(), options));
  ASSERT_TRUE(decoded) << decoded.error().message;
  expect_same_times_and_heart_rates(*decoded, short_run());

  // Two whole files back to back, the second with a 12-byte header and cycling.
  const auto first = synthetic_run(30, 1);
  auto second = synthetic_run(20, 2);
  for (auto& sample : second.samples) sample.time_s += 3600;
  second.summary.start_time_s = *second.summary.start_time_s + 3600;
  FitActivityOptions cycling;
  cycling.sport = 2;
  cycling.header.long_header = false;
  FitBytes chained = write_fit_activity(first, {});
  const FitBytes appended = write_fit_activity(second, cycling);
  chained.insert(chained.end(), appended.begin(), appended.end());
  const auto both = decode(chained);
  ASSERT_TRUE(both) << both.error().message;
  ASSERT_EQ(both->samples.size(), 50u);
  EXPECT_EQ(both->summary.sport, "running");
  EXPECT_EQ(both->summary.timer_s, 50.0);
  EXPECT_EQ(both->summary.start_time_s, first.summary.start_time_s);
  // Running cadence is doubled back to steps per minute; the ride's is rpm as written.
  EXPECT_NEAR(both->samples[0].cadence_spm, first.samples[0].cadence_spm, 1.0 / 64);
  EXPECT_NEAR(both->samples[30].cadence_spm, second.samples[0].cadence_spm, 1.0 / 128);
  EXPECT_EQ(both->laps.size(), first.laps.size() + second.laps.size());

  FitBytes broken = chained;
  broken[broken.size() - 1] ^= 0xFF;
  const std::string message = error_of(broken);
  EXPECT_TRUE(message.starts_with("wrong file CRC at byte " + std::to_string(broken.size() - 2) + ":")) << message;
}

TEST(FitFraming, HeartRateOfChainedHrMessagesIsMergedIntoRecordsByTime) {
  auto run = synthetic_run(40, 5);
  auto without = run;
  for (auto& sample : without.samples) sample.heart_rate_bpm = core::kMissing;
  without.samples[10].heart_rate_bpm = 77;  // a record's own heart rate is kept
  FitBytes file = write_fit_activity(without, {});
  FitWriter writer;
  std::vector<FitHeartBeat> beats;
  for (const auto& sample : run.samples) beats.push_back({sample.time_s - 0.25, static_cast<int>(sample.heart_rate_bpm)});
  write_heart_rate_messages(writer, beats);
  const FitBytes heart_rate = writer.finish();
  file.insert(file.end(), heart_rate.begin(), heart_rate.end());
  const auto decoded = decode(file);
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->samples.size(), run.samples.size());
  for (std::size_t index = 0; index < run.samples.size(); ++index) {
    const double expected = index == 10 ? 77.0 : run.samples[index].heart_rate_bpm;
    EXPECT_EQ(decoded->samples[index].heart_rate_bpm, expected) << index;
  }
  EXPECT_TRUE(decoded->warnings.empty());
}

TEST(FitFraming, HrValuesBeforeAnyAnchorAreDroppedWithAWarning) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}});
  writer.data(0, {fit_seconds(kStart)});
  writer.define(1, 132, {{6, 8, kUint8}, {10, 12, kByte}});
  writer.data(1, {FitValue::array({90, 91, 92, 93, 94, 95, 96, 97}), FitValue::bytes(FitBytes(12, 0))});
  const auto offsets = writer.message_offsets();
  const auto decoded = decode(writer.finish());
  ASSERT_TRUE(decoded) << decoded.error().message;
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_EQ(decoded->warnings[0], "skipped 8 heart-rate values of hr messages without a time anchor, the first at byte " +
                                      std::to_string(offsets[3]));
}

TEST(FitFraming, RecordsWithoutTimeOrReadFieldsMakeNoSample) {
  FitWriter writer;
  writer.define(0, 20, {{9, 2, kSint16}, {13, 1, kSint8}});  // grade and temperature: not read
  for (int index = 0; index < 100; ++index) writer.data(0, {index, 20});
  writer.define(1, 20, {{253, 4, kUint32}});
  writer.data(1, {fit_seconds(kStart)});
  const auto decoded = decode(writer.finish());
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->samples.size(), 1u);
}

TEST(FitFraming, DeviceTimesAreFlagged) {
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}});
  writer.data(0, {17217864});  // seconds since the device was switched on
  const auto decoded = decode(writer.finish());
  ASSERT_TRUE(decoded);
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_EQ(decoded->warnings[0], "record at byte " + std::to_string(writer.message_offsets()[1]) +
                                      " has a device time (seconds since it was switched on), not a date: its times "
                                      "are not UTC");
}

}  // namespace
}  // namespace stride::testing
