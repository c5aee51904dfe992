#include "json_text.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <utility>

#include "stride/core/display_text.hpp"

namespace stride::json::detail {
namespace {

// The code point of the UTF-8 sequence that starts at `index` and its length; nlohmann writes only
// valid UTF-8, so a lead byte is always followed by its continuation bytes.
std::pair<char32_t, std::size_t> code_point_at(const std::string& text, std::size_t index) {
  const auto lead = static_cast<unsigned char>(text[index]);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5U) == 0x6 ? 2 : (lead >> 4U) == 0xE ? 3 : 4;
  char32_t value = length == 1 ? lead : length == 2 ? (lead & 0x1FU) : length == 3 ? (lead & 0x0FU) : (lead & 0x07U);
  for (std::size_t next = 1; next < length && index + next < text.size(); ++next) {
    value = (value << 6U) | (static_cast<unsigned char>(text[index + next]) & 0x3FU);
  }
  return {value, length};
}

}  // namespace

std::string dump_document(const nlohmann::ordered_json& document) {
  const std::string raw = document.dump(2) + "\n";
  std::string text;
  text.reserve(raw.size());
  for (std::size_t index = 0; index < raw.size();) {
    if (static_cast<unsigned char>(raw[index]) < 0x7F) {  // ASCII other than DEL: always safe here
      text.push_back(raw[index++]);
      continue;
    }
    const auto [code_point, length] = code_point_at(raw, index);
    if (core::is_unsafe_character(code_point)) {
      text += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(code_point));
    } else {
      text.append(raw, index, length);
    }
    index += length;
  }
  return text;
}

}  // namespace stride::json::detail
