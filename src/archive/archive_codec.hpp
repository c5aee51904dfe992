#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "catalog_fields.hpp"
#include "stride/core/enum_names.hpp"

// The encoding of a catalog archive, one writer and one reader that mirror each other:
//
//   bool         one byte, 0 or 1
//   int          four bytes, little-endian two's complement
//   double       eight bytes, the little-endian IEEE 754 bits (read back bit for bit)
//   enumerator   its index in core::EnumNames, as a count
//   count        four bytes, little-endian unsigned
//   string       its length as a count, then its bytes
//   optional     a bool, then the value when the bool is true
//   vector, set  the number of elements as a count, then each element in order
//   map          the number of entries as a count, then each key followed by its value
//   record       each field that its fields() function names, in that order
//
// A record is a plain struct with a fields(record, visit) function (catalog_fields.hpp) that calls
// visit on every field; the same function serves the writer (a const record) and the reader.
namespace stride::archive {

// Appends values to a byte string. Not thread-safe; one writer per archive.
class ArchiveWriter {
 public:
  void operator()(bool value);
  void operator()(int value);
  void operator()(double value);
  void operator()(const std::string& value);
  void count(std::size_t value);

  template <class Enum>
    requires std::is_enum_v<Enum>
  void operator()(Enum value) {
    count(static_cast<std::size_t>(value));
  }
  template <class Value>
  void operator()(const std::optional<Value>& value) {
    (*this)(value.has_value());
    if (value) (*this)(*value);
  }
  template <class Value>
  void operator()(const std::vector<Value>& values) {
    elements(values);
  }
  template <class Value, class Compare>
  void operator()(const std::set<Value, Compare>& values) {
    elements(values);
  }
  template <class Key, class Value, class Compare>
  void operator()(const std::map<Key, Value, Compare>& values) {
    count(values.size());
    for (const auto& [key, value] : values) {
      (*this)(key);
      (*this)(value);
    }
  }
  template <class Record>
    requires HasFields<const Record, ArchiveWriter>
  void operator()(const Record& record) {
    fields(record, *this);
  }

  // The bytes written so far; the writer is left empty.
  [[nodiscard]] std::string take_bytes() { return std::exchange(m_bytes, {}); }

 private:
  template <class Container>
  void elements(const Container& values) {
    count(values.size());
    for (const auto& value : values) (*this)(value);
  }
  void unsigned_bytes(std::uint64_t value, std::size_t width);

  std::string m_bytes;
};

// Reads values back from bytes an ArchiveWriter wrote, in the same order. A read past the end, a
// count larger than the bytes left, a bool other than 0 or 1 or an unknown enumerator marks the
// reader failed: every later read finds no bytes, failed() says so, and what the reads filled is
// incomplete and must be discarded. Never reads outside `bytes`, whatever they hold, and reserves
// room for at most as many elements of a list as bytes are left. Not thread-safe; `bytes` must
// outlive the reader.
class ArchiveReader {
 public:
  explicit ArchiveReader(std::string_view bytes) : m_rest(bytes) {}

  void operator()(bool& value);
  void operator()(int& value);
  void operator()(double& value);
  void operator()(std::string& value);
  // A count of elements that follow, each at least one byte long: 0 and failed when the count is
  // larger than the bytes left.
  [[nodiscard]] std::size_t count();

  template <class Enum>
    requires std::is_enum_v<Enum>
  void operator()(Enum& value) {
    const std::size_t index = number(4);
    if (index >= core::EnumNames<Enum>::names.size()) {
      fail();
      value = Enum{};
      return;
    }
    value = static_cast<Enum>(index);
  }
  template <class Value>
  void operator()(std::optional<Value>& value) {
    bool present = false;
    (*this)(present);
    if (!present) {
      value.reset();
      return;
    }
    (*this)(value.emplace());
  }
  template <class Value>
  void operator()(std::vector<Value>& values) {
    values.clear();
    const std::size_t size = count();
    values.reserve(size);
    for (std::size_t index = 0; index < size && !m_failed; ++index) (*this)(values.emplace_back());
  }
  template <class Value, class Compare>
  void operator()(std::set<Value, Compare>& values) {
    values.clear();
    for (std::size_t left = count(); left > 0 && !m_failed; --left) {
      Value value{};
      (*this)(value);
      values.insert(values.end(), std::move(value));
    }
  }
  template <class Key, class Value, class Compare>
  void operator()(std::map<Key, Value, Compare>& values) {
    values.clear();
    for (std::size_t left = count(); left > 0 && !m_failed; --left) {
      Key key{};
      (*this)(key);
      Value value{};
      (*this)(value);
      values.emplace_hint(values.end(), std::move(key), std::move(value));
    }
  }
  template <class Record>
    requires HasFields<Record, ArchiveReader>
  void operator()(Record& record) {
    fields(record, *this);
  }

  // True once a read found its bytes missing or impossible.
  [[nodiscard]] bool failed() const { return m_failed; }
  // True when every byte has been read.
  [[nodiscard]] bool at_end() const { return m_rest.empty(); }

 private:
  // The next `width` bytes as a little-endian unsigned number; 0 and failed when fewer are left.
  [[nodiscard]] std::uint64_t number(std::size_t width);
  void fail();

  std::string_view m_rest;
  bool m_failed = false;
};

}  // namespace stride::archive
