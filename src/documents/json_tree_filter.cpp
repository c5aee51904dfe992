#include "json_tree_filter.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stride::documents::detail {
namespace {

using Json = nlohmann::json;

bool is_space(char character) { return character == ' ' || character == '\n' || character == '\r' || character == '\t'; }

std::size_t after_spaces(std::string_view text, std::size_t index) {
  while (index < text.size() && is_space(text[index])) ++index;
  return index;
}

// The index after the string whose opening quote is at `index`, or npos when the text ends inside
// it. Reads only quotes and backslashes.
std::size_t after_string(std::string_view text, std::size_t index) {
  for (std::size_t at = index + 1; at < text.size(); ++at) {
    if (text[at] == '\\') {
      ++at;
    } else if (text[at] == '"') {
      return at + 1;
    }
  }
  return std::string_view::npos;
}

// The index after the object or array that opens at `index`, or npos when its brackets do not
// match. Reads only brackets and strings' ends.
std::size_t after_container(std::string_view text, std::size_t index) {
  std::vector<char> open;
  for (std::size_t at = index; at < text.size(); ++at) {
    const char character = text[at];
    if (character == '"') {
      at = after_string(text, at);
      if (at == std::string_view::npos) return at;
      --at;
    } else if (character == '{' || character == '[') {
      open.push_back(character == '{' ? '}' : ']');
    } else if (character == '}' || character == ']') {
      if (open.empty() || open.back() != character) return std::string_view::npos;
      open.pop_back();
      if (open.empty()) return at + 1;
    }
  }
  return std::string_view::npos;
}

// `text` with the value of every left-out member that is an object or an array replaced by null,
// found by reading only brackets, quotes, colons and commas: the parser then reads that much less.
// nullopt when nothing is replaced or the brackets do not match (the caller parses the text as it
// is: in the second case for nlohmann's own answer). A key with an escape is never taken for a
// left-out one.
std::optional<std::string> without_left_out_containers(std::string_view text, const LeftOut& left_out) {
  std::string reduced;
  std::size_t copied = 0;  // text before this index is in `reduced` or replaced
  std::vector<char> open;  // '{' or '[' of each container around the cursor
  bool expecting_key = false;
  std::size_t at = 0;
  while (at < text.size()) {
    const char character = text[at];
    if (character == '"') {
      const std::size_t end = after_string(text, at);
      if (end == std::string_view::npos) return std::nullopt;
      const bool is_key = expecting_key && !open.empty() && open.back() == '{';
      expecting_key = false;
      const std::string_view key = text.substr(at + 1, end - at - 2);
      at = end;
      if (!is_key || key.find('\\') != std::string_view::npos || !left_out(open.size(), key)) continue;
      const std::size_t colon = after_spaces(text, at);
      if (colon >= text.size() || text[colon] != ':') continue;
      const std::size_t value = after_spaces(text, colon + 1);
      if (value >= text.size() || (text[value] != '{' && text[value] != '[')) continue;
      const std::size_t value_end = after_container(text, value);
      if (value_end == std::string_view::npos) return std::nullopt;
      reduced.append(text.substr(copied, value - copied));
      reduced += "null";
      copied = value_end;
      at = value_end;
      continue;
    }
    if (character == '{' || character == '[') {
      open.push_back(character);
      expecting_key = character == '{';
    } else if (character == '}' || character == ']') {
      if (open.empty() || open.back() != (character == '}' ? '{' : '[')) return std::nullopt;
      open.pop_back();
      expecting_key = false;
    } else if (character == ',') {
      expecting_key = !open.empty() && open.back() == '{';
    } else if (!is_space(character)) {
      expecting_key = false;
    }
    ++at;
  }
  if (!open.empty() || copied == 0) return std::nullopt;
  reduced.append(text.substr(copied));
  return reduced;
}

}  // namespace

Json parse_leaving_out(std::string_view text, const LeftOut& left_out) {
  const auto reduced = without_left_out_containers(text, left_out);
  const std::string_view parsed = reduced ? std::string_view(*reduced) : text;
  return Json::parse(parsed.begin(), parsed.end(), nullptr, false);
}

}  // namespace stride::documents::detail
