#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Text that people type and Stride shows again, such as a runner's name: which characters may not
// be in it, and how stored text that holds them is shown harmlessly (docs/input-checks.md). Pure.
namespace stride::core {

// A character that may not be in a name, and where it is: `position` counts characters from 1.
struct UnsafeCharacter {
  char32_t code_point = 0;
  std::size_t position = 0;
};

// True for control characters (U+0000–U+001F, U+007F–U+009F), the line and paragraph separators
// (U+2028, U+2029) and the bidirectional formatting characters that can reorder the text around
// them (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
[[nodiscard]] bool is_unsafe_character(char32_t code_point);

// The first unsafe character of UTF-8 `text`, or nullopt. A byte that is not part of a valid UTF-8
// sequence counts as unsafe too (reported as U+FFFD).
[[nodiscard]] std::optional<UnsafeCharacter> find_unsafe_character(std::string_view text);

// "U+202E (right-to-left override)", "U+000A (line feed)": a character as a message names it.
[[nodiscard]] std::string describe_code_point(char32_t code_point);

// `text` with every unsafe character (and every invalid UTF-8 byte) replaced by U+FFFD, the
// replacement character, so it can neither break a line nor turn the text around it.
[[nodiscard]] std::string neutralised(std::string_view text);

}  // namespace stride::core
