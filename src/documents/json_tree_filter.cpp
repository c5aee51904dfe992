#include "json_tree_filter.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stride::documents::detail {
namespace {

using Json = nlohmann::json;

// nlohmann's SAX interface: builds the tree of every value outside the left-out members.
class FilteringTreeBuilder {
 public:
  explicit FilteringTreeBuilder(const LeftOut& left_out) : m_left_out(&left_out) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool value) { return add(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t& /*text*/) { return add(Json(value)); }
  bool string(Json::string_t& value) { return add(Json(std::move(value))); }
  bool binary(Json::binary_t& value) { return add(Json::binary(std::move(value))); }

  bool start_object(std::size_t /*elements*/) { return open(Json::object()); }
  bool start_array(std::size_t /*elements*/) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(Json::string_t& name) {
    if (m_skipped_depth > 0) return true;
    m_skip_next = (*m_left_out)(m_open.size(), name);
    m_key = std::move(name);
    return true;
  }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& /*error*/) {
    return false;
  }

  Json take() { return std::move(m_root); }

 private:
  // Puts `value` where the parser is: the root, the next element of the open array, or the open
  // object's member of the last key. Returns where it went.
  Json* place(Json value) {
    if (m_open.empty()) {
      m_root = std::move(value);
      return &m_root;
    }
    Json& parent = *m_open.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[m_key];
    slot = std::move(value);
    return &slot;
  }

  bool add(Json value) {
    if (m_skipped_depth > 0) return true;
    if (m_skip_next) {
      m_skip_next = false;
      return true;
    }
    place(std::move(value));
    return true;
  }

  bool open(Json container) {
    if (m_skipped_depth > 0 || m_skip_next) {
      m_skip_next = false;
      ++m_skipped_depth;
      return true;
    }
    m_open.push_back(place(std::move(container)));
    return true;
  }

  bool close() {
    if (m_skipped_depth > 0) {
      --m_skipped_depth;
    } else {
      m_open.pop_back();
    }
    return true;
  }

  const LeftOut* m_left_out;
  Json m_root;
  std::vector<Json*> m_open;     // the containers being filled, the innermost last
  std::string m_key;             // the key of the open object's member being read
  bool m_skip_next = false;      // the value about to be read is a left-out member's
  std::size_t m_skipped_depth = 0;  // containers open inside a left-out member
};

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
// nullopt when the brackets do not match (the caller parses the text as it is, for nlohmann's own
// answer). A key with an escape is never taken for a left-out one.
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
  if (!open.empty()) return std::nullopt;
  reduced.append(text.substr(copied));
  return reduced;
}

}  // namespace

Json parse_leaving_out(std::string_view text, const LeftOut& left_out) {
  const auto reduced = without_left_out_containers(text, left_out);
  const std::string_view parsed = reduced ? std::string_view(*reduced) : text;
  FilteringTreeBuilder builder(left_out);
  if (!Json::sax_parse(parsed.begin(), parsed.end(), &builder, Json::input_format_t::json, true)) {
    return Json(Json::value_t::discarded);
  }
  return builder.take();
}

}  // namespace stride::documents::detail
