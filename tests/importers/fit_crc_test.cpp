// The decoder's FIT CRC (src/importers/fit_crc.cpp), both with carry-less multiplication where the
// processor has it and with tables alone, against the writer's bit-by-bit CRC, on every length
// around the 16- and 64-byte blocks of the two methods.

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "fit_stream.hpp"
#include "fit_writer.hpp"

namespace stride::testing {
namespace {

std::vector<std::uint8_t> random_bytes(std::size_t size, std::mt19937& engine) {
  std::vector<std::uint8_t> bytes(size);
  for (auto& byte : bytes) byte = static_cast<std::uint8_t>(engine());
  return bytes;
}

TEST(FitCrc, BothMethodsMatchTheBitByBitCrcAtEveryLength) {
  std::mt19937 engine(20260512);
  for (std::size_t size = 0; size <= 1100; ++size) {
    const auto bytes = random_bytes(size, engine);
    const std::uint16_t expected = fit_crc16(bytes);
    ASSERT_EQ(importers::fit::fit_crc(bytes), expected) << size << " bytes";
    ASSERT_EQ(importers::fit::fit_crc_with_tables(bytes), expected) << size << " bytes";
  }
}

TEST(FitCrc, BothMethodsMatchOnUniformBytes) {
  for (const std::uint8_t value : {std::uint8_t{0x00}, std::uint8_t{0xFF}, std::uint8_t{0x80}, std::uint8_t{0x01}}) {
    for (const std::size_t size : {std::size_t{64}, std::size_t{80}, std::size_t{127}, std::size_t{4096}}) {
      const std::vector<std::uint8_t> bytes(size, value);
      EXPECT_EQ(importers::fit::fit_crc(bytes), fit_crc16(bytes)) << size << " bytes of " << int{value};
      EXPECT_EQ(importers::fit::fit_crc_with_tables(bytes), fit_crc16(bytes)) << size << " bytes of " << int{value};
    }
  }
}

// A large input, beyond any block count a shorter test reaches.
TEST(FitCrc, MatchesOnAMegabyte) {
  std::mt19937 engine(7);
  const auto bytes = random_bytes(1'000'003, engine);
  EXPECT_EQ(importers::fit::fit_crc(bytes), fit_crc16(bytes));
}

}  // namespace
}  // namespace stride::testing
