#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string_view>

namespace stride::documents::detail {

// Whether the member `key` of an object is left out of the tree; `depth` counts the objects and
// arrays that hold the member, 1 for a member of the root object.
using LeftOut = std::function<bool(std::size_t depth, std::string_view key)>;

// Parses `text` as nlohmann::json::parse does, with the same result for valid and invalid text
// (a discarded value when the text is not JSON; a repeated key keeps its last value), except that
// the members `left_out` names are read but not kept: a reader that needs a document's head does
// not build its bulk. Never throws for bad text.
[[nodiscard]] nlohmann::json parse_leaving_out(std::string_view text, const LeftOut& left_out);

}  // namespace stride::documents::detail
