#include "fit_stream.hpp"

#include <fmt/format.h>

namespace stride::importers::fit {
namespace {

constexpr std::size_t kShortHeaderSize = 12;
constexpr std::size_t kLongHeaderSize = 14;
constexpr std::size_t kCrcSize = 2;

bool has_signature(const std::uint8_t* header) {
  return header[8] == '.' && header[9] == 'F' && header[10] == 'I' && header[11] == 'T';
}

}  // namespace

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
