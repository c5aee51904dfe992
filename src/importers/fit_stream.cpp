#include "fit_stream.hpp"

#include <array>

#include <fmt/format.h>

namespace stride::importers::fit {
namespace {

// The CRC is computed sixteen bytes at a time ("slicing by 16") with tables built at compile time.
// Boost.CRC (boost::crc_16_type, one byte at a time) computes the same CRC, but measured at about
// 400 MB/s against 4.4 GB/s for these tables, and with it the CRC took two thirds of the decoding
// time (bench/fit_benchmark.cpp, docs/formats/fit.md). The tests check this function against files
// written with a bit-by-bit CRC (tests/support/fit_writer.cpp).
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

constexpr std::size_t kShortHeaderSize = 12;
constexpr std::size_t kLongHeaderSize = 14;
constexpr std::size_t kCrcSize = 2;

bool has_signature(const std::uint8_t* header) {
  return header[8] == '.' && header[9] == 'F' && header[10] == 'I' && header[11] == 'T';
}

}  // namespace

std::uint16_t fit_crc(Bytes bytes) {
  const auto& table = kCrcTables;
  std::uint32_t crc = 0;
  const std::uint8_t* byte = bytes.data();
  std::size_t left = bytes.size();
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

core::Error fit_error(std::string_view source, std::string message) {
  return core::invalid_input(std::string(source), "", std::move(message));
}

core::Result<Segment> read_segment(Bytes file, std::size_t start, std::string_view source) {
  const std::size_t available = file.size() - start;
  if (available < kShortHeaderSize) {
    if (start == 0) {
      return std::unexpected(fit_error(
          source, fmt::format("not a FIT file: {} bytes, fewer than a FIT header's {}", available, kShortHeaderSize)));
    }
    return std::unexpected(fit_error(
        source, fmt::format("{} stray bytes at byte {} after the last FIT segment", available, start)));
  }
  const std::uint8_t* header = file.data() + start;
  if (!has_signature(header)) {
    return std::unexpected(fit_error(source, fmt::format("no \".FIT\" signature at byte {}", start + 8)));
  }
  const std::size_t header_size = header[0];
  if (header_size != kShortHeaderSize && header_size != kLongHeaderSize) {
    return std::unexpected(fit_error(
        source, fmt::format("FIT header at byte {} declares {} bytes; 12 or 14 expected", start, header_size)));
  }
  if (available < header_size) {
    return std::unexpected(fit_error(source, fmt::format("truncated FIT header at byte {}", start)));
  }
  if (header_size == kLongHeaderSize) {
    const auto stored = read_unsigned<std::uint16_t>(header + 12, ByteOrder::LittleEndian);
    if (stored != 0) {
      const std::uint16_t computed = fit_crc(Bytes(header, 12));
      if (stored != computed) {
        return std::unexpected(fit_error(
            source, fmt::format("wrong header CRC at byte {}: 0x{:04X} stored, 0x{:04X} computed", start + 12,
                                stored, computed)));
      }
    }
  }
  const std::size_t data_size = read_unsigned<std::uint32_t>(header + 4, ByteOrder::LittleEndian);
  const std::size_t needed = header_size + data_size + kCrcSize;
  if (needed > available) {
    return std::unexpected(fit_error(
        source, fmt::format("truncated at byte {}: the FIT header at byte {} declares {} data bytes and a CRC, "
                            "which end at byte {}",
                            start + available, start, data_size, start + needed)));
  }
  Segment segment;
  segment.start = start;
  segment.records_begin = start + header_size;
  segment.records_end = segment.records_begin + data_size;
  segment.end = segment.records_end + kCrcSize;
  const auto stored = read_unsigned<std::uint16_t>(file.data() + segment.records_end, ByteOrder::LittleEndian);
  const std::uint16_t computed = fit_crc(file.subspan(start, header_size + data_size));
  if (stored != computed) {
    return std::unexpected(fit_error(
        source, fmt::format("wrong file CRC at byte {}: 0x{:04X} stored, 0x{:04X} computed over bytes {} to {}",
                            segment.records_end, stored, computed, start, segment.records_end - 1)));
  }
  return segment;
}

}  // namespace stride::importers::fit
