// The FIT CRC (CRC-16/ARC), computed two ways that give the same value:
//
// - With tables, sixteen bytes at a time ("slicing by 16"), on every processor. Boost.CRC
//   (boost::crc_16_type, one byte at a time) computes the same CRC at about a tenth of the speed.
// - With carry-less multiplication (the x86-64 PCLMULQDQ instruction), when the processor has it,
//   for 64 bytes or more: 16-byte blocks are folded into 128-bit remainders that have the same CRC
//   as the bytes they stand for, and the tables finish with the last remainder and the last bytes.
//   This is several times faster than the tables (bench/fit_benchmark.cpp, docs/formats/fit.md).
//
// The tests check both against a bit-by-bit CRC (tests/support/fit_writer.cpp).

#include <array>
#include <cstddef>
#include <cstdint>

#include "fit_stream.hpp"

#if defined(__x86_64__)
#include <immintrin.h>
#define STRIDE_FIT_CRC_FOLDING 1
#endif

namespace stride::importers::fit {
namespace {

// The CRC polynomial P = x^16 + x^15 + x^2 + 1, the coefficient of x^d in bit d.
constexpr std::uint32_t kPolynomial = 0x18005;
constexpr std::uint16_t kReflectedPolynomial = 0xA001;  // 0x8005 reflected
constexpr std::size_t kSlices = 16;

using CrcTables = std::array<std::array<std::uint16_t, 256>, kSlices>;

// tables[0][b]: the CRC register after byte b enters an empty register; tables[k][b]: after byte b
// and then k zero bytes.
constexpr CrcTables make_crc_tables() {
  CrcTables tables{};
  for (std::size_t byte = 0; byte < 256; ++byte) {
    auto crc = static_cast<std::uint16_t>(byte);
    for (int bit = 0; bit < 8; ++bit) {
      crc = static_cast<std::uint16_t>((crc & 1u) != 0 ? (crc >> 1) ^ kReflectedPolynomial : crc >> 1);
    }
    tables[0][byte] = crc;
  }
  for (std::size_t slice = 1; slice < kSlices; ++slice) {
    for (std::size_t byte = 0; byte < 256; ++byte) {
      const std::uint16_t previous = tables[slice - 1][byte];
      tables[slice][byte] = static_cast<std::uint16_t>((previous >> 8) ^ tables[0][previous & 0xFFu]);
    }
  }
  return tables;
}

constexpr CrcTables kCrcTables = make_crc_tables();

// The CRC register, starting at `start`, after the `left` bytes at `byte`.
std::uint16_t table_crc(std::uint16_t start, const std::uint8_t* byte, std::size_t left) {
  const auto& table = kCrcTables;
  std::uint32_t crc = start;
  for (; left >= kSlices; left -= kSlices, byte += kSlices) {
    // The register meets the first two bytes; each byte then travels through the rest of the block.
    const std::uint32_t first = (crc ^ byte[0]) & 0xFFu;
    const std::uint32_t second = ((crc >> 8) ^ byte[1]) & 0xFFu;
    crc = static_cast<std::uint32_t>(table[15][first]) ^ table[14][second];
    for (std::size_t index = 2; index < kSlices; ++index) crc ^= table[kSlices - 1 - index][byte[index]];
  }
  for (; left > 0; --left, ++byte) crc = (crc >> 8) ^ table[0][(crc ^ *byte) & 0xFFu];
  return static_cast<std::uint16_t>(crc);
}

#ifdef STRIDE_FIT_CRC_FOLDING

// The folding works on the message as a polynomial over GF(2), first bit highest: a 16-byte block
// loaded little-endian holds the coefficient of x^(127 − i) in bit i, the bit order of the
// reflected CRC. The CRC of a message M is M · x^16 mod P (initial value 0, nothing xored out), so
// any part of M may be replaced by a polynomial congruent to it modulo P without changing the CRC.

// x^power mod P, the coefficient of x^d in bit d.
constexpr std::uint32_t power_of_x_mod_p(unsigned power) {
  std::uint32_t remainder = 1;
  for (unsigned step = 0; step < power; ++step) {
    remainder <<= 1;
    if ((remainder & 0x10000u) != 0) remainder ^= kPolynomial;
  }
  return remainder;
}

// A polynomial of degree below 32 as one 64-bit half of a block holds it: x^d in bit 63 − d.
constexpr std::uint64_t reflected(std::uint32_t polynomial) {
  std::uint64_t value = 0;
  for (unsigned degree = 0; degree < 32; ++degree) {
    if (((polynomial >> degree) & 1u) != 0) value |= std::uint64_t{1} << (63 - degree);
  }
  return value;
}

// The constants that move a 128-bit remainder R `distance` bits further along the message. R is
// R_low · x^64 + R_high (its low half holds the higher powers); R · x^distance is congruent to
// R_low · (x^(distance + 63) mod P) · x + R_high · (x^(distance − 1) mod P) · x, and the carry-less
// product of two halves comes out multiplied by x, which supplies the last factor. Both products
// have degree below 80, so the sum fits in 128 bits.
struct FoldConstants {
  std::uint64_t for_low;
  std::uint64_t for_high;
};

constexpr FoldConstants fold_constants(unsigned distance) {
  return {reflected(power_of_x_mod_p(distance + 63)), reflected(power_of_x_mod_p(distance - 1))};
}

constexpr FoldConstants kFoldBy128 = fold_constants(128);
constexpr FoldConstants kFoldBy512 = fold_constants(512);

__attribute__((target("pclmul"))) __m128i fold(__m128i remainder, __m128i constants) {
  const __m128i low = _mm_clmulepi64_si128(remainder, constants, 0x00);
  const __m128i high = _mm_clmulepi64_si128(remainder, constants, 0x11);
  return _mm_xor_si128(low, high);
}

__attribute__((target("pclmul"))) __m128i load_block(const std::uint8_t* bytes) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
}

// The CRC of the `size` bytes at `bytes`, size at least 64. Four remainders fold 64 bytes a step,
// independently, so that the multiplications overlap; they are then folded into one.
__attribute__((target("pclmul"))) std::uint16_t folded_crc(const std::uint8_t* byte, std::size_t left) {
  const __m128i by_512 = _mm_set_epi64x(static_cast<long long>(kFoldBy512.for_high),
                                        static_cast<long long>(kFoldBy512.for_low));
  const __m128i by_128 = _mm_set_epi64x(static_cast<long long>(kFoldBy128.for_high),
                                        static_cast<long long>(kFoldBy128.for_low));
  constexpr std::size_t kLanes = 4;
  __m128i remainders[kLanes];  // a C array: std::array drops the vector type's attributes
  for (std::size_t lane = 0; lane < kLanes; ++lane) remainders[lane] = load_block(byte + 16 * lane);
  for (byte += 64, left -= 64; left >= 64; byte += 64, left -= 64) {
    for (std::size_t lane = 0; lane < kLanes; ++lane) {
      remainders[lane] = _mm_xor_si128(fold(remainders[lane], by_512), load_block(byte + 16 * lane));
    }
  }
  __m128i remainder = remainders[0];
  for (std::size_t lane = 1; lane < kLanes; ++lane) {
    remainder = _mm_xor_si128(fold(remainder, by_128), remainders[lane]);
  }
  for (; left >= 16; byte += 16, left -= 16) remainder = _mm_xor_si128(fold(remainder, by_128), load_block(byte));
  std::array<std::uint8_t, 16> remainder_bytes;
  _mm_storeu_si128(reinterpret_cast<__m128i*>(remainder_bytes.data()), remainder);
  return table_crc(table_crc(0, remainder_bytes.data(), remainder_bytes.size()), byte, left);
}

bool has_carryless_multiplication() {
  static const bool has = __builtin_cpu_supports("pclmul") != 0;
  return has;
}

#endif

}  // namespace

std::uint16_t fit_crc(Bytes bytes) {
#ifdef STRIDE_FIT_CRC_FOLDING
  if (bytes.size() >= 64 && has_carryless_multiplication()) return folded_crc(bytes.data(), bytes.size());
#endif
  return table_crc(0, bytes.data(), bytes.size());
}

std::uint16_t fit_crc_with_tables(Bytes bytes) { return table_crc(0, bytes.data(), bytes.size()); }

}  // namespace stride::importers::fit
