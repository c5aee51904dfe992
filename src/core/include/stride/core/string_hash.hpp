#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace stride::core {

// A hash for string keys that also accepts string_view and C strings, so that look-ups in an
// unordered container keyed by std::string need no temporary string.
struct StringHash {
  using is_transparent = void;
  [[nodiscard]] std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

// An unordered map from strings that can be searched with a string_view.
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace stride::core
