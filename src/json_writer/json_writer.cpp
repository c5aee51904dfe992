#include "stride/json_writer/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#include "stride/core/display_text.hpp"

namespace stride::json_writer {
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

std::array<char, 6> unicode_escape(char32_t code_point) {
  assert(code_point <= 0xFFFF && "JsonWriter: only code points of the basic plane are escaped");
  const auto value = static_cast<std::uint32_t>(code_point);
  return {'\\', 'u', kHexDigits[(value >> 12U) & 0xFU], kHexDigits[(value >> 8U) & 0xFU],
          kHexDigits[(value >> 4U) & 0xFU], kHexDigits[value & 0xFU]};
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
std::string_view short_escape(char byte) {
  switch (byte) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\f': return "\\f";
    case '\r': return "\\r";
    default: return {};
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

// A line break and the indentation of up to seven levels: copied whole (one 16-byte copy), of which
// only the bytes needed are kept.
constexpr std::array<char, 16> kBreakAndSpaces{'\n', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                               ' ',  ' ', ' ', ' ', ' ', ' ', ' ', ' '};

// Writes "\n" and `indentation` spaces at `out` (which has room for at least 16 bytes more than
// that) and returns the end.
char* write_break(char* out, std::size_t indentation) {
  if (1 + indentation <= kBreakAndSpaces.size()) {
    std::memcpy(out, kBreakAndSpaces.data(), kBreakAndSpaces.size());
  } else {
    *out = '\n';
    std::memset(out + 1, ' ', indentation);
  }
  return out + 1 + indentation;
}

}  // namespace

double round_to_thousandths(double value) {
  const double rounded = std::round(value * 1000.0) / 1000.0;
  return rounded == 0.0 ? 0.0 : rounded;  // no negative zero
}

std::string with_invalid_bytes_replaced(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string result;
  result.reserve(text.size());
  std::size_t index = 0;
  while (index < text.size()) {
    if (static_cast<unsigned char>(text[index]) < 0x80) {
      result += text[index++];
      continue;
    }
    std::size_t length = 0;
    try {
      length = decode_sequence(text, index).second;
    } catch (const nlohmann::json::type_error&) {
      result += kReplacement;
      ++index;
      continue;
    }
    result += text.substr(index, length);
    index += length;
  }
  return result;
}

JsonWriter::JsonWriter(std::size_t expected_size, Layout layout) : m_layout(layout) {
  grow(expected_size);
  m_open.reserve(16);
}

void JsonWriter::grow(std::size_t count) {
  const std::size_t size = std::max({m_text.size() * 2, m_size + count, std::size_t{256}});
  // The bytes past m_size are written before they are read: no need to clear them.
  m_text.resize_and_overwrite(size, [](char*, std::size_t length) { return length; });
}

void JsonWriter::put(std::string_view text) {
  std::memcpy(room_for(text.size()), text.data(), text.size());
  m_size += text.size();
}

void JsonWriter::new_line(std::size_t depth) {
  if (m_layout == Layout::Compact) return;
  char* const start = room_for(1 + 2 * depth + kBreakAndSpaces.size());
  m_size += static_cast<std::size_t>(write_break(start, 2 * depth) - start);
}

void JsonWriter::before_value() {
  if (m_open.empty()) return;
  Open& innermost = m_open.back();  // in an object, key() has written what comes before the value
  if (innermost == Open::Array) put(',');
  if (innermost == Open::Array || innermost == Open::EmptyArray) {
    new_line(m_open.size());
    innermost = Open::Array;
  }
}

void JsonWriter::begin_object() {
  before_value();
  put('{');
  m_open.push_back(Open::EmptyObject);
}

void JsonWriter::end_object() {
  assert(!m_open.empty() && (m_open.back() == Open::EmptyObject || m_open.back() == Open::Object) &&
         "JsonWriter: end_object without an open object");
  const bool empty = m_open.back() == Open::EmptyObject;
  m_open.pop_back();
  if (!empty) new_line(m_open.size());
  put('}');
}

void JsonWriter::begin_array() {
  before_value();
  put('[');
  m_open.push_back(Open::EmptyArray);
}

void JsonWriter::end_array() {
  assert(!m_open.empty() && (m_open.back() == Open::EmptyArray || m_open.back() == Open::Array) &&
         "JsonWriter: end_array without an open array");
  const bool empty = m_open.back() == Open::EmptyArray;
  m_open.pop_back();
  if (!empty) new_line(m_open.size());
  put(']');
}

void JsonWriter::before_key() {
  assert(!m_open.empty() && (m_open.back() == Open::EmptyObject || m_open.back() == Open::Object) &&
         "JsonWriter: a key outside an object");
  Open& innermost = m_open.back();
  if (innermost == Open::Object) put(',');
  new_line(m_open.size());
  innermost = Open::Object;
}

void JsonWriter::key(JsonKey name) {
  // Separator, line break, indentation, quoted name and ": " with fixed-size copies.
  assert(!m_open.empty() && (m_open.back() == Open::EmptyObject || m_open.back() == Open::Object) &&
         "JsonWriter: a key outside an object");
  Open& innermost = m_open.back();
  const bool indented = m_layout == Layout::Indented;
  const std::size_t indentation = indented ? 2 * m_open.size() : 0;
  char* const start = room_for(2 + indentation + kBreakAndSpaces.size() + name.quoted().size());
  char* out = start;
  if (innermost == Open::Object) *out++ = ',';
  innermost = Open::Object;
  if (indented) out = write_break(out, indentation);
  std::memcpy(out, name.quoted().data(), name.quoted().size());
  // The compact layout leaves out the space after the colon.
  out += indented ? name.length() : name.length() - 1;
  m_size += static_cast<std::size_t>(out - start);
}

void JsonWriter::key_text(std::string_view name) {
  before_key();
  put('"');
  write_escaped(name);
  put(m_layout == Layout::Indented ? std::string_view("\": ") : std::string_view("\":"));
}

void JsonWriter::string(std::string_view text) {
  before_value();
  put('"');
  write_escaped(text);
  put('"');
}

void JsonWriter::integer(std::int64_t value) {
  before_value();
  char* const start = room_for(24);
  m_size += static_cast<std::size_t>(std::to_chars(start, start + 24, value).ptr - start);
}

void JsonWriter::unsigned_integer(std::uint64_t value) {
  before_value();
  char* const start = room_for(24);
  m_size += static_cast<std::size_t>(std::to_chars(start, start + 24, value).ptr - start);
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    put("null");
    return;
  }
  // nlohmann's serializer gives to_chars a buffer of 64 bytes.
  char* const start = room_for(64);
  m_size += static_cast<std::size_t>(nlohmann::detail::to_chars(start, start + 64, value) - start);
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
  // Sign, whole part, point, then the fraction's digits without trailing zeros ("0" for none).
  const bool negative = thousandths < 0;
  const auto magnitude = negative ? static_cast<std::uint64_t>(-thousandths) : static_cast<std::uint64_t>(thousandths);
  const auto fraction = static_cast<unsigned>(magnitude % 1000);
  char* const start = room_for(32);
  char* out = start;
  if (negative) *out++ = '-';
  out = std::to_chars(out, start + 24, magnitude / 1000).ptr;
  *out++ = '.';
  const unsigned tenths = fraction / 100;
  const unsigned hundredths = fraction / 10 % 10;
  const unsigned thousandths_digit = fraction % 10;
  *out++ = static_cast<char>('0' + tenths);
  if (hundredths != 0 || thousandths_digit != 0) *out++ = static_cast<char>('0' + hundredths);
  if (thousandths_digit != 0) *out++ = static_cast<char>('0' + thousandths_digit);
  m_size += static_cast<std::size_t>(out - start);
}

void JsonWriter::boolean(bool value) {
  before_value();
  put(value ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null() {
  before_value();
  put("null");
}

std::string JsonWriter::finish() {
  assert(m_open.empty() && "JsonWriter: finish with a container still open");
  if (m_layout == Layout::Indented) put('\n');
  m_text.resize(m_size);
  std::string text = std::move(m_text);
  m_text.clear();
  m_size = 0;
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
    // nlohmann writes DEL as it is; the indented layout escapes it as an unsafe character.
    if (kPlainBytes[byte] || (byte == 0x7F && m_layout == Layout::Compact)) {
      ++index;
      continue;
    }
    if (byte < 0x80) {
      put(text.substr(run_start, index - run_start));
      const std::string_view escape = short_escape(static_cast<char>(byte));
      if (escape.empty()) {
        const auto unicode = unicode_escape(byte);
        put(std::string_view(unicode.data(), unicode.size()));
      } else {
        put(escape);
      }
      run_start = ++index;
      continue;
    }
    const auto [code_point, length] = decode_sequence(text, index);
    if (m_layout == Layout::Indented && core::is_unsafe_character(code_point)) {
      put(text.substr(run_start, index - run_start));
      const auto unicode = unicode_escape(code_point);
      put(std::string_view(unicode.data(), unicode.size()));
      run_start = index + length;
    }
    index += length;
  }
  put(text.substr(run_start));
}

}  // namespace stride::json_writer
