#pragma once

// The framing of FIT files: segment headers (12 or 14 bytes), the header and file CRCs, chained
// segments, and reading integers in either byte order. See docs/formats/fit.md.

#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/importers/activity_files.hpp"

namespace stride::importers::fit {

enum class ByteOrder : std::uint8_t { LittleEndian, BigEndian };

// The unsigned integer stored in the sizeof(T) bytes at `bytes` in `order`. The caller guarantees
// the bytes exist.
template <std::unsigned_integral T, ByteOrder order>
[[nodiscard]] inline T read_unsigned(const std::uint8_t* bytes) {
  T value;
  std::memcpy(&value, bytes, sizeof(T));
  constexpr bool native_little = std::endian::native == std::endian::little;
  if constexpr (sizeof(T) > 1 && (order == ByteOrder::LittleEndian) != native_little) value = std::byteswap(value);
  return value;
}

// The same with the byte order known only at run time.
template <std::unsigned_integral T>
[[nodiscard]] inline T read_unsigned(const std::uint8_t* bytes, ByteOrder order) {
  return order == ByteOrder::LittleEndian ? read_unsigned<T, ByteOrder::LittleEndian>(bytes)
                                          : read_unsigned<T, ByteOrder::BigEndian>(bytes);
}

// The FIT CRC-16 (CRC-16/ARC: polynomial 0x8005 reflected, initial value 0, as Boost's
// crc_16_type) of `bytes`, with carry-less multiplication where the processor has it (fit_crc.cpp).
[[nodiscard]] std::uint16_t fit_crc(Bytes bytes);

// The same CRC computed with tables alone, whatever the processor (for the tests).
[[nodiscard]] std::uint16_t fit_crc_with_tables(Bytes bytes);

// One FIT segment of a file: a header, data records and a file CRC. A chained file holds several
// segments back to back.
struct Segment {
  std::size_t start = 0;          // the byte offset of the header in the file
  std::size_t records_begin = 0;  // the first byte of the data records
  std::size_t records_end = 0;    // one past the last byte of the data records: the file CRC
  std::size_t end = 0;            // one past the file CRC: where a chained segment may begin
};

// Reads and checks the segment whose header starts at byte `start` of `file`: the header size (12
// or 14), the ".FIT" signature, the header CRC when a 14-byte header sets one (0 means not set),
// that the declared data and the file CRC lie inside the file, and the file CRC over the header
// and the data. A failure is an InvalidInput error naming `source` whose message names the byte
// offset.
[[nodiscard]] core::Result<Segment> read_segment(Bytes file, std::size_t start, std::string_view source);

// The error every FIT decoding failure returns: InvalidInput from `source`, no JSON path.
[[nodiscard]] core::Error fit_error(std::string_view source, std::string message);

}  // namespace stride::importers::fit
