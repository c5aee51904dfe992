#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string_view>

namespace stride::documents::detail {

// Whether the member `key` of an object is left out; `depth` counts the objects and arrays that
// hold the member, 1 for a member of the root object.
using LeftOut = std::function<bool(std::size_t depth, std::string_view key)>;

// Parses `text` as nlohmann::json::parse does (a discarded value when the text is not JSON; a
// repeated key keeps its last value), except that a left-out member whose value is an object or
// an array reads as null: of that value only the brackets and the strings' ends are read, so that
// a reader of a document's head neither builds nor lexes its bulk. Text that is not JSON only
// inside such a value (a bad escape, a control character, bytes that are not UTF-8) is read as if
// it were; when its brackets do not match, the text is parsed whole and fails as nlohmann fails.
// Never throws for bad text.
[[nodiscard]] nlohmann::json parse_leaving_out(std::string_view text, const LeftOut& left_out);

}  // namespace stride::documents::detail
