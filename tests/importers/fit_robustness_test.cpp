// The FIT decoder on damaged files: every truncation is an error, never a crash or half an
// activity; every byte flip gives an error or a decode; memory stays proportional to the file.

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fit_test_support.hpp"

namespace stride::testing {
namespace {

using namespace fit_type;

// A small file that has a bit of everything: developer fields, compressed timestamps, unknown
// messages, laps and a session, in big-endian order.
FitBytes small_file() {
  FitActivityOptions options;
  options.endian = FitEndian::Big;
  options.compressed_timestamps = true;
  options.developer_power = true;
  options.unknown_messages = true;
  return write_fit_activity(synthetic_run(24, 3), options);
}

bool names_a_byte_offset(const std::string& message) { return message.find("at byte ") != std::string::npos; }

TEST(FitRobustness, EveryPrefixOfAFileIsAnError) {
  const FitBytes file = small_file();
  for (std::size_t length = 0; length < file.size(); ++length) {
    const auto decoded = decode(truncated(file, length));
    ASSERT_FALSE(decoded) << "a prefix of " << length << " bytes decoded";
    EXPECT_EQ(decoded.error().code, core::ErrorCode::InvalidInput);
  }
  EXPECT_TRUE(decode(file));
}

TEST(FitRobustness, RecordsCutAnywhereAreAnErrorUnlessCutBetweenMessages) {
  FitActivityOptions options;
  options.compressed_timestamps = true;
  options.developer_power = true;
  options.unknown_messages = true;
  const auto run = synthetic_run(24, 3);
  const FitBytes file = write_fit_activity(run, options);
  const std::size_t header = header_size(file);
  const std::size_t data_size = file.size() - header - 2;
  const auto full = decode(file);
  ASSERT_TRUE(full);
  std::size_t decoded_cuts = 0;
  for (std::size_t data_bytes = 0; data_bytes < data_size; ++data_bytes) {
    const auto decoded = decode(cut_records(file, data_bytes));
    if (decoded) {
      // A cut between two messages leaves a valid, shorter file: never more than the whole.
      ++decoded_cuts;
      EXPECT_LE(decoded->samples.size(), full->samples.size());
    } else {
      EXPECT_TRUE(names_a_byte_offset(decoded.error().message)) << decoded.error().message;
    }
  }
  EXPECT_GT(decoded_cuts, 0u);
  EXPECT_LT(decoded_cuts, data_size / 4);
}

TEST(FitRobustness, EveryByteFlipGivesAnErrorOrADecode) {
  const FitBytes file = small_file();
  std::size_t errors = 0;
  for (std::size_t offset = 0; offset < file.size(); ++offset) {
    for (const std::uint8_t mask : {std::uint8_t{0x01}, std::uint8_t{0x80}, std::uint8_t{0xFF}}) {
      FitBytes flipped = file;
      flipped[offset] ^= mask;
      // With the CRCs left alone the CRC catches the flip; with them refreshed the messages are
      // decoded from damaged bytes, which must end in an error or an activity, never a crash.
      if (!decode(flipped)) ++errors;
      refresh_crcs(flipped);
      const auto decoded = decode(flipped);
      if (!decoded) {
        const std::string& message = decoded.error().message;
        EXPECT_TRUE(names_a_byte_offset(message) || message.starts_with("not a FIT file")) << message;
      }
    }
  }
  EXPECT_EQ(errors, 3 * file.size());
}

RC_GTEST_PROP(FitRobustness, RandomDamageNeverCrashes, (std::vector<std::pair<std::size_t, std::uint8_t>> damage)) {
  FitBytes file = small_file();
  for (const auto& [position, value] : damage) file[position % file.size()] = value;
  refresh_crcs(file);
  const auto decoded = decode(file);
  if (decoded) RC_ASSERT(decoded->samples.size() <= file.size());
}

TEST(FitRobustness, SamplesStayProportionalToTheFileSize) {
  // A worst case: one-byte compressed-timestamp records of a definition without fields.
  FitWriter writer;
  writer.define(0, 20, {{253, 4, kUint32}});
  writer.define(1, 20, {});
  writer.data(0, {fit_seconds(1714806000)});
  const auto first = static_cast<std::uint32_t>(fit_seconds(1714806000));
  for (std::uint32_t second = 1; second <= 20000; ++second) writer.compressed(1, first + second, {});
  const FitBytes file = writer.finish();
  const auto decoded = decode(file);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->samples.size(), 20001u);
  EXPECT_LE(decoded->samples.capacity(), 2 * decoded->samples.size());
  // A big record definition followed by small records does not reserve more than the file holds.
  const auto big = decode(write_fit_activity(synthetic_run(3000, 9), {}));
  ASSERT_TRUE(big);
  EXPECT_LE(big->samples.capacity(), 2 * big->samples.size());
}

}  // namespace
}  // namespace stride::testing
