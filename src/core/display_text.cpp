#include "stride/core/display_text.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace stride::core {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// One decoded character: its code point (kReplacement for an invalid sequence) and its length in
// bytes (1 for an invalid byte, so decoding always moves on).
struct Decoded {
  char32_t code_point;
  std::size_t length;
  bool valid;
};

Decoded decode_at(std::string_view text, std::size_t index) {
  const auto lead = static_cast<unsigned char>(text[index]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    value = lead & 0x1FU;
    minimum = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    value = lead & 0x0FU;
    minimum = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    value = lead & 0x07U;
    minimum = 0x10000;
  } else {
    return {kReplacement, 1, false};
  }
  if (index + length > text.size()) return {kReplacement, 1, false};
  for (std::size_t next = 1; next < length; ++next) {
    const auto byte = static_cast<unsigned char>(text[index + next]);
    if ((byte & 0xC0U) != 0x80U) return {kReplacement, 1, false};
    value = (value << 6U) | (byte & 0x3FU);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {kReplacement, 1, false};
  return {value, length, true};
}

}  // namespace

bool is_unsafe_character(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F) || code_point == 0x061C ||
         code_point == 0x200E || code_point == 0x200F || code_point == 0x2028 || code_point == 0x2029 ||
         (code_point >= 0x202A && code_point <= 0x202E) || (code_point >= 0x2066 && code_point <= 0x2069);
}

std::optional<UnsafeCharacter> find_unsafe_character(std::string_view text) {
  std::size_t position = 0;
  for (std::size_t index = 0; index < text.size();) {
    const Decoded decoded = decode_at(text, index);
    ++position;
    if (!decoded.valid || is_unsafe_character(decoded.code_point)) return UnsafeCharacter{decoded.code_point, position};
    index += decoded.length;
  }
  return std::nullopt;
}

std::string describe_code_point(char32_t code_point) {
  std::string_view name;
  switch (code_point) {
    case 0x09: name = "tab"; break;
    case 0x0A: name = "line feed"; break;
    case 0x0D: name = "carriage return"; break;
    case 0x1B: name = "escape"; break;
    case 0x7F: name = "delete"; break;
    case 0x061C: name = "Arabic letter mark"; break;
    case 0x200E: name = "left-to-right mark"; break;
    case 0x200F: name = "right-to-left mark"; break;
    case 0x2028: name = "line separator"; break;
    case 0x2029: name = "paragraph separator"; break;
    case 0x202A: name = "left-to-right embedding"; break;
    case 0x202B: name = "right-to-left embedding"; break;
    case 0x202C: name = "pop directional formatting"; break;
    case 0x202D: name = "left-to-right override"; break;
    case 0x202E: name = "right-to-left override"; break;
    case 0x2066: name = "left-to-right isolate"; break;
    case 0x2067: name = "right-to-left isolate"; break;
    case 0x2068: name = "first strong isolate"; break;
    case 0x2069: name = "pop directional isolate"; break;
    case kReplacement: name = "not UTF-8"; break;
    default: name = code_point < 0xA0 ? "control character" : ""; break;
  }
  if (name.empty()) return fmt::format("U+{:04X}", static_cast<std::uint32_t>(code_point));
  return fmt::format("U+{:04X} ({})", static_cast<std::uint32_t>(code_point), name);
}

std::string neutralised(std::string_view text) {
  if (!find_unsafe_character(text)) return std::string(text);
  std::string safe;
  safe.reserve(text.size() + 8);
  for (std::size_t index = 0; index < text.size();) {
    const Decoded decoded = decode_at(text, index);
    if (!decoded.valid || is_unsafe_character(decoded.code_point)) {
      safe.append(kReplacementUtf8);
    } else {
      safe.append(text.substr(index, decoded.length));
    }
    index += decoded.length;
  }
  return safe;
}

}  // namespace stride::core
