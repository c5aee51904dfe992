#include "archive_codec.hpp"

#include <bit>
#include <cstdlib>
#include <limits>

namespace stride::archive {

void ArchiveWriter::unsigned_bytes(std::uint64_t value, std::size_t width) {
  for (std::size_t index = 0; index < width; ++index) {
    m_bytes.push_back(static_cast<char>(static_cast<unsigned char>(value >> (8 * index))));
  }
}

void ArchiveWriter::operator()(bool value) { unsigned_bytes(value ? 1 : 0, 1); }

void ArchiveWriter::operator()(int value) { unsigned_bytes(static_cast<std::uint32_t>(value), 4); }

void ArchiveWriter::operator()(double value) { unsigned_bytes(std::bit_cast<std::uint64_t>(value), 8); }

void ArchiveWriter::operator()(const std::string& value) {
  count(value.size());
  m_bytes.append(value);
}

void ArchiveWriter::count(std::size_t value) {
  // Nothing in the data tree comes near 2^32 elements or bytes; a larger count is a bug here.
  if (value > std::numeric_limits<std::uint32_t>::max()) std::abort();
  unsigned_bytes(value, 4);
}

void ArchiveReader::fail() {
  m_failed = true;
  m_rest = {};
}

std::uint64_t ArchiveReader::number(std::size_t width) {
  if (m_rest.size() < width) {
    fail();
    return 0;
  }
  std::uint64_t value = 0;
  for (std::size_t index = 0; index < width; ++index) {
    value |= std::uint64_t{static_cast<unsigned char>(m_rest[index])} << (8 * index);
  }
  m_rest.remove_prefix(width);
  return value;
}

void ArchiveReader::operator()(bool& value) {
  const auto byte = number(1);
  if (byte > 1) fail();
  value = byte == 1;
}

void ArchiveReader::operator()(int& value) {
  value = static_cast<int>(static_cast<std::int32_t>(static_cast<std::uint32_t>(number(4))));
}

void ArchiveReader::operator()(double& value) { value = std::bit_cast<double>(number(8)); }

void ArchiveReader::operator()(std::string& value) {
  const std::size_t length = count();
  // Constructing the string costs less than assigning into it (no capacity check and growth).
  value = std::string(m_rest.substr(0, length));
  m_rest.remove_prefix(length);
}

std::size_t ArchiveReader::count() {
  const auto value = number(4);
  if (value > m_rest.size()) {
    fail();
    return 0;
  }
  return static_cast<std::size_t>(value);
}

}  // namespace stride::archive
