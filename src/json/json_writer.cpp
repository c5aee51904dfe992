#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#include "stride/core/display_text.hpp"
#include "stride/json/output_encoders.hpp"

namespace stride::json::detail {
namespace {

// Bytes written as they are inside a string: printable ASCII other than '"' and '\'.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int byte = 0x20; byte < 0x7F; ++byte) plain[static_cast<std::size_t>(byte)] = byte != '"' && byte != '\\';
  return plain;
}();

// Eight bytes at a time: whether any byte of `word` is not plain (below 0x20, '"', '\\', 0x7F or
// above). Each test is exact about whether such a byte exists, which is all the writer asks.
constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

constexpr std::uint64_t zero_bytes(std::uint64_t word) { return (word - kEveryByte) & ~word & kHighBits; }

constexpr bool has_special_byte(std::uint64_t word) {
  const std::uint64_t below_space = (word - kEveryByte * 0x20U) & ~word & kHighBits;
  const std::uint64_t quote = zero_bytes(word ^ (kEveryByte * 0x22U));
  const std::uint64_t backslash = zero_bytes(word ^ (kEveryByte * 0x5CU));
  const std::uint64_t del = zero_bytes(word ^ (kEveryByte * 0x7FU));
  return (below_space | quote | backslash | del | (word & kHighBits)) != 0;
}

// Checked for every byte value at every position of a word of otherwise plain bytes.
static_assert([] {
  for (std::uint64_t byte = 0; byte < 256; ++byte) {
    for (unsigned position = 0; position < 8; ++position) {
      const std::uint64_t word = ((kEveryByte * 0x61U) & ~(std::uint64_t{0xFF} << (8 * position))) | (byte << (8 * position));
      if (has_special_byte(word) == kPlainBytes[byte]) return false;
    }
  }
  return true;
}());

constexpr std::string_view kHexDigits = "0123456789abcdef";

void append_unicode_escape(std::string& text, char32_t code_point) {
  assert(code_point <= 0xFFFF && "JsonWriter: only code points of the basic plane are escaped");
  const auto value = static_cast<std::uint32_t>(code_point);
  const std::array<char, 6> escape{'\\', 'u', kHexDigits[(value >> 12U) & 0xFU], kHexDigits[(value >> 8U) & 0xFU],
                                   kHexDigits[(value >> 4U) & 0xFU], kHexDigits[value & 0xFU]};
  text.append(escape.data(), escape.size());
}

std::string upper_hex_byte(unsigned char byte) {
  constexpr std::string_view kUpper = "0123456789ABCDEF";
  return {kUpper[byte >> 4U], kUpper[byte & 0xFU]};
}

// The exceptions nlohmann's serializer throws for text that is not UTF-8 (strict handler).
[[noreturn]] void throw_invalid_byte(std::size_t index, unsigned char byte) {
  throw nlohmann::json::type_error::create(
      316, "invalid UTF-8 byte at index " + std::to_string(index) + ": 0x" + upper_hex_byte(byte), nullptr);
}

[[noreturn]] void throw_incomplete(unsigned char last_byte) {
  throw nlohmann::json::type_error::create(316, "incomplete UTF-8 string; last byte: 0x" + upper_hex_byte(last_byte),
                                           nullptr);
}

// How an ASCII byte that is not plain is written (nlohmann's escapes, plus \u007f for DEL).
void append_ascii_escape(std::string& text, char byte) {
  switch (byte) {
    case '"': text.append("\\\""); break;
    case '\\': text.append("\\\\"); break;
    case '\b': text.append("\\b"); break;
    case '\t': text.append("\\t"); break;
    case '\n': text.append("\\n"); break;
    case '\f': text.append("\\f"); break;
    case '\r': text.append("\\r"); break;
    default: append_unicode_escape(text, static_cast<unsigned char>(byte)); break;
  }
}

// The multi-byte UTF-8 sequence starting at `index` (its lead byte is 0x80 or above): its code
// point and length. Throws as nlohmann does, at the first byte that cannot belong to a well-formed
// sequence (overlong forms, surrogates and code points above U+10FFFF are not well formed), or when
// the text ends inside the sequence.
std::pair<char32_t, std::size_t> decode_sequence(std::string_view text, std::size_t index) {
  const auto lead = static_cast<unsigned char>(text[index]);
  if (lead < 0xC2 || lead > 0xF4) throw_invalid_byte(index, lead);
  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t code_point = lead & (length == 2 ? 0x1FU : length == 3 ? 0x0FU : 0x07U);
  // The second byte's range depends on the lead byte; the others are always 80..BF.
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead == 0xE0) low = 0xA0;
  if (lead == 0xED) high = 0x9F;
  if (lead == 0xF0) low = 0x90;
  if (lead == 0xF4) high = 0x8F;
  for (std::size_t next = 1; next < length; ++next) {
    if (index + next >= text.size()) throw_incomplete(static_cast<unsigned char>(text.back()));
    const auto byte = static_cast<unsigned char>(text[index + next]);
    if (byte < low || byte > high) throw_invalid_byte(index + next, byte);
    code_point = (code_point << 6U) | (byte & 0x3FU);
    low = 0x80;
    high = 0xBF;
  }
  return {code_point, length};
}

template <class Integer>
void append_integer(std::string& text, Integer value) {
  std::array<char, 24> digits{};
  const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
  text.append(digits.data(), static_cast<std::size_t>(result.ptr - digits.data()));
}

}  // namespace

JsonWriter::JsonWriter(std::size_t expected_size) {
  m_text.reserve(expected_size);
  m_open.reserve(16);
}

void JsonWriter::new_line(std::size_t depth) {
  // A line break and the indentation of up to 63 levels in one copy.
  static constexpr std::array<char, 128> kBreakAndSpaces = [] {
    std::array<char, 128> text{};
    text.fill(' ');
    text[0] = '\n';
    return text;
  }();
  const std::size_t length = 1 + 2 * depth;
  if (length <= kBreakAndSpaces.size()) {
    m_text.append(kBreakAndSpaces.data(), length);
  } else {
    m_text.push_back('\n');
    m_text.append(2 * depth, ' ');
  }
}

void JsonWriter::before_value() {
  if (m_open.empty()) return;
  Open& innermost = m_open.back();  // in an object, key() has written what comes before the value
  if (innermost == Open::Array) m_text.push_back(',');
  if (innermost == Open::Array || innermost == Open::EmptyArray) {
    new_line(m_open.size());
    innermost = Open::Array;
  }
}

void JsonWriter::begin_object() {
  before_value();
  m_text.push_back('{');
  m_open.push_back(Open::EmptyObject);
}

void JsonWriter::end_object() {
  assert(!m_open.empty() && (m_open.back() == Open::EmptyObject || m_open.back() == Open::Object) &&
         "JsonWriter: end_object without an open object");
  const bool empty = m_open.back() == Open::EmptyObject;
  m_open.pop_back();
  if (!empty) new_line(m_open.size());
  m_text.push_back('}');
}

void JsonWriter::begin_array() {
  before_value();
  m_text.push_back('[');
  m_open.push_back(Open::EmptyArray);
}

void JsonWriter::end_array() {
  assert(!m_open.empty() && (m_open.back() == Open::EmptyArray || m_open.back() == Open::Array) &&
         "JsonWriter: end_array without an open array");
  const bool empty = m_open.back() == Open::EmptyArray;
  m_open.pop_back();
  if (!empty) new_line(m_open.size());
  m_text.push_back(']');
}

void JsonWriter::before_key() {
  assert(!m_open.empty() && (m_open.back() == Open::EmptyObject || m_open.back() == Open::Object) &&
         "JsonWriter: a key outside an object");
  Open& innermost = m_open.back();
  if (innermost == Open::Object) m_text.push_back(',');
  new_line(m_open.size());
  innermost = Open::Object;
}

void JsonWriter::key(JsonKey name) {
  // Separator, line break, indentation, quoted name and ": " in one copy when they fit the buffer.
  std::array<char, 160> prefix;  // NOLINT(cppcoreguidelines-pro-type-member-init): written before it is read
  const std::size_t indentation = 2 * m_open.size();
  if (m_open.empty() || 2 + indentation + 1 + name.text().size() + 3 > prefix.size()) {
    before_key();
    m_text.push_back('"');
    m_text.append(name.text());
    m_text.append("\": ");
    return;
  }
  Open& innermost = m_open.back();
  assert((innermost == Open::EmptyObject || innermost == Open::Object) && "JsonWriter: a key outside an object");
  char* end = prefix.data();
  if (innermost == Open::Object) *end++ = ',';
  innermost = Open::Object;
  *end++ = '\n';
  std::memset(end, ' ', indentation);
  end += indentation;
  *end++ = '"';
  std::memcpy(end, name.text().data(), name.text().size());
  end += name.text().size();
  std::memcpy(end, "\": ", 3);
  end += 3;
  m_text.append(prefix.data(), static_cast<std::size_t>(end - prefix.data()));
}

void JsonWriter::key_text(std::string_view name) {
  before_key();
  m_text.push_back('"');
  write_escaped(name);
  m_text.append("\": ");
}

void JsonWriter::string(std::string_view text) {
  before_value();
  m_text.push_back('"');
  write_escaped(text);
  m_text.push_back('"');
}

void JsonWriter::integer(std::int64_t value) {
  before_value();
  append_integer(m_text, value);
}

void JsonWriter::unsigned_integer(std::uint64_t value) {
  before_value();
  append_integer(m_text, value);
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    m_text.append("null");
    return;
  }
  std::array<char, 64> digits{};
  const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), value);
  m_text.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

void JsonWriter::rounded(double value) {
  // round_to_thousandths(value) is thousandths / 1000 for this whole number of thousandths. Below
  // 10^14 thousandths the shortest text of that double is the whole number with its decimal point
  // moved three places and trailing zeros dropped, which is what nlohmann's to_chars writes (tested
  // in json_writer_properties_test.cpp); anything else takes the general path.
  const double scaled = value * 1000.0;
  if (!(std::abs(scaled) < 1e14)) {  // NaN and infinities included
    number(round_to_thousandths(value));
    return;
  }
  // std::round(scaled): below 2^53 the truncation and the fraction left are exact, and a half
  // rounds away from zero.
  auto thousandths = static_cast<std::int64_t>(scaled);
  const double fraction_left = scaled - static_cast<double>(thousandths);
  if (fraction_left >= 0.5) ++thousandths;
  if (fraction_left <= -0.5) --thousandths;
  before_value();
  // Written backwards from the end of `digits`: the fraction without trailing zeros (or "0"),
  // the point, the whole part, the sign.
  std::array<char, 24> digits{};
  char* start = digits.data() + digits.size();
  const bool negative = thousandths < 0;
  auto magnitude = negative ? static_cast<std::uint64_t>(-thousandths) : static_cast<std::uint64_t>(thousandths);
  unsigned fraction = static_cast<unsigned>(magnitude % 1000);
  magnitude /= 1000;
  if (fraction == 0) {
    *--start = '0';
  } else {
    int fraction_digits = 3;
    while (fraction % 10 == 0) {
      fraction /= 10;
      --fraction_digits;
    }
    for (; fraction_digits > 0; --fraction_digits) {
      *--start = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
  }
  *--start = '.';
  do {
    *--start = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (negative) *--start = '-';
  m_text.append(start, static_cast<std::size_t>(digits.data() + digits.size() - start));
}

void JsonWriter::boolean(bool value) {
  before_value();
  m_text.append(value ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  m_text.append("null");
}

std::string JsonWriter::finish() {
  assert(m_open.empty() && "JsonWriter: finish with a container still open");
  m_text.push_back('\n');
  std::string text = std::move(m_text);
  m_text.clear();
  return text;
}

void JsonWriter::write_escaped(std::string_view text) {
  std::size_t run_start = 0;  // the start of the bytes not yet copied
  std::size_t index = 0;
  while (index < text.size()) {
    // The next eight bytes all plain: copied later with the rest of the run.
    if (index + sizeof(std::uint64_t) <= text.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + index, sizeof word);
      if (!has_special_byte(word)) {
        index += sizeof word;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(text[index]);
    if (kPlainBytes[byte]) {
      ++index;
      continue;
    }
    if (byte < 0x80) {
      m_text.append(text.data() + run_start, index - run_start);
      append_ascii_escape(m_text, static_cast<char>(byte));
      run_start = ++index;
      continue;
    }
    const auto [code_point, length] = decode_sequence(text, index);
    if (core::is_unsafe_character(code_point)) {
      m_text.append(text.data() + run_start, index - run_start);
      append_unicode_escape(m_text, code_point);
      run_start = index + length;
    }
    index += length;
  }
  m_text.append(text.data() + run_start, text.size() - run_start);
}

}  // namespace stride::json::detail
