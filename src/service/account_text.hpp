#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "stride/core/error.hpp"

// Checks of the short texts people type into account forms (private to stride::service).
namespace stride::service::detail {

// `text` without surrounding spaces, tabs and line breaks.
[[nodiscard]] std::string_view trimmed(std::string_view text);

// The number of characters (UTF-8 code points) of `text`.
[[nodiscard]] std::size_t character_count(std::string_view text);

// InvalidInput naming `field` when `text` is empty, longer than `maximum` characters, or holds a
// control or bidirectional-formatting character or invalid UTF-8 (core::find_unsafe_character), as
// athlete names may not.
[[nodiscard]] core::Status check_name_text(std::string_view field, std::string_view text, std::size_t maximum);

}  // namespace stride::service::detail
