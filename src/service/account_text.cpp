#include "account_text.hpp"

#include <fmt/format.h>

#include "stride/core/display_text.hpp"

namespace stride::service::detail {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (const char byte : text) {
    if ((static_cast<unsigned char>(byte) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

core::Status check_name_text(std::string_view field, std::string_view text, std::size_t maximum) {
  if (text.empty()) return std::unexpected(core::invalid_field(std::string(field), "must not be empty"));
  if (const auto length = character_count(text); length > maximum) {
    return std::unexpected(core::invalid_field(
        std::string(field), fmt::format("is {} characters long; the limit is {}", length, maximum)));
  }
  if (const auto unsafe = core::find_unsafe_character(text)) {
    return std::unexpected(core::invalid_field(
        std::string(field),
        fmt::format("holds {} at character {}; it may not hold control characters or characters that change the "
                    "direction of the text around it",
                    core::describe_code_point(unsafe->code_point), unsafe->position)));
  }
  return {};
}

}  // namespace stride::service::detail
