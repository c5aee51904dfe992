#include "stride/documents/document_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace stride::documents {
namespace {

// The deepest nesting of arrays and objects outside strings; stops counting past the limit.
std::size_t nesting_depth(std::string_view text) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaximumNestingDepth) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error "; keep the rest.
std::string describe_parse_error(const std::string& what) {
  std::string_view message = what;
  if (auto bracket = message.find("] "); bracket != std::string_view::npos) message.remove_prefix(bracket + 2);
  constexpr std::string_view kPrefix = "parse error ";
  if (message.starts_with(kPrefix)) message.remove_prefix(kPrefix.size());
  return fmt::format("malformed JSON {}", message);
}

bool is_member_key_simple(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    const bool simple = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!simple) return false;
  }
  return true;
}

void append_member(std::string& path, std::string_view key) {
  if (is_member_key_simple(key)) {
    path += '.';
    path += key;
  } else {
    path += '[';
    path += nlohmann::json(std::string(key)).dump();
    path += ']';
  }
}

// One step of a path: a member's key, or an element's index when `key` is null.
struct PathStep {
  const std::string* key;
  std::size_t index;
};

// Pushes onto `steps` the steps from `node` down to `target` and returns true, or leaves `steps`
// unchanged and returns false when `target` is not `node` or inside it.
bool find_steps(const nlohmann::ordered_json& node, const nlohmann::ordered_json* target, std::vector<PathStep>& steps) {
  if (&node == target) return true;
  if (node.is_object()) {
    for (auto member = node.begin(); member != node.end(); ++member) {
      steps.push_back({&member.key(), 0});
      if (find_steps(member.value(), target, steps)) return true;
      steps.pop_back();
    }
  } else if (node.is_array()) {
    for (std::size_t index = 0; index < node.size(); ++index) {
      steps.push_back({nullptr, index});
      if (find_steps(node[index], target, steps)) return true;
      steps.pop_back();
    }
  }
  return false;
}

// A comma-separated list of the allowed keys, for the unknown-field message.
std::string unknown_field_message(std::initializer_list<std::string_view> allowed) {
  std::string expected;
  for (auto name : allowed) {
    if (!expected.empty()) expected += ", ";
    expected += name;
  }
  return fmt::format("unknown field; expected one of {}", expected);
}

bool is_allowed(std::initializer_list<std::string_view> allowed, std::string_view key) {
  return allowed.size() == 0 || std::find(allowed.begin(), allowed.end(), key) != allowed.end();
}

}  // namespace

std::string member_path(std::string parent, std::string_view key) {
  append_member(parent, key);
  return parent;
}

core::Result<Document> parse_document(std::string_view text, std::string source) {
  return parse_document(text, std::move(source), kMaximumDocumentBytes);
}

core::Result<Document> parse_document(std::string_view text, std::string source, std::size_t maximum_bytes) {
  if (text.size() > maximum_bytes) {
    return std::unexpected(core::invalid_input(
        source, "$", fmt::format("file is {} bytes; the limit is {} bytes", text.size(), maximum_bytes)));
  }
  if (const auto zero = text.find('\0'); zero != std::string_view::npos) {
    return std::unexpected(core::invalid_input(
        source, "$", fmt::format("not a JSON text file: it has a zero byte at offset {}", zero)));
  }
  if (nesting_depth(text) > kMaximumNestingDepth) {
    return std::unexpected(
        core::invalid_input(source, "$", fmt::format("nested more than {} levels deep", kMaximumNestingDepth)));
  }
  try {
    return Document{nlohmann::ordered_json::parse(text.begin(), text.end()), std::move(source)};
  } catch (const nlohmann::json::exception& exception) {
    return std::unexpected(core::invalid_input(std::move(source), "$", describe_parse_error(exception.what())));
  }
}

std::string Field::path() const {
  std::vector<PathStep> steps;
  find_steps(m_document->root, m_value, steps);
  std::string path = "$";
  for (const auto& step : steps) {
    if (step.key != nullptr) {
      append_member(path, *step.key);
    } else {
      fmt::format_to(std::back_inserter(path), "[{}]", step.index);
    }
  }
  return path;
}

core::Error Field::error(std::string_view problem) const {
  return core::invalid_input(m_document->source, path(), std::string(problem));
}

std::string Field::type_name() const {
  if (m_value->is_number()) return "a number";
  if (m_value->is_string()) return fmt::format("the string {}", m_value->dump());
  if (m_value->is_boolean()) return m_value->get<bool>() ? "true" : "false";
  if (m_value->is_null()) return "null";
  if (m_value->is_array()) return "an array";
  return "an object";
}

std::string Field::unknown_value_message(std::string_view value, std::string_view choices) {
  return fmt::format("unknown value \"{}\"; expected one of {}", value, choices);
}

core::Result<std::string> Field::string() const {
  if (!m_value->is_string()) return std::unexpected(error(fmt::format("expected a string, found {}", type_name())));
  return m_value->get<std::string>();
}

core::Result<std::string> Field::text(std::size_t max_length) const {
  if (!m_value->is_string()) return std::unexpected(error(fmt::format("expected a string, found {}", type_name())));
  std::string_view value = m_value->get_ref<const std::string&>();
  const auto first = value.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::unexpected(error("must not be empty"));
  const auto last = value.find_last_not_of(" \t\r\n");
  value = value.substr(first, last - first + 1);
  if (value.size() > max_length) {
    return std::unexpected(error(fmt::format("is {} characters long; the limit is {}", value.size(), max_length)));
  }
  return std::string(value);
}

core::Result<bool> Field::boolean() const {
  if (!m_value->is_boolean()) return std::unexpected(error(fmt::format("expected true or false, found {}", type_name())));
  return m_value->get<bool>();
}

core::Result<double> Field::number(double minimum, double maximum) const {
  if (!m_value->is_number()) return std::unexpected(error(fmt::format("expected a number, found {}", type_name())));
  const double value = m_value->get<double>();
  if (!std::isfinite(value) || value < minimum || value > maximum) {
    return std::unexpected(error(fmt::format("{} is outside the allowed range {} to {}", m_value->dump(), minimum, maximum)));
  }
  return value;
}

core::Result<int> Field::integer(int minimum, int maximum) const {
  if (!m_value->is_number()) {
    return std::unexpected(error(fmt::format("expected a whole number, found {}", type_name())));
  }
  const double value = m_value->get<double>();
  if (!std::isfinite(value) || std::floor(value) != value) {
    return std::unexpected(error(fmt::format("expected a whole number, found {}", m_value->dump())));
  }
  if (value < minimum || value > maximum) {
    return std::unexpected(error(fmt::format("{} is outside the allowed range {} to {}", m_value->dump(), minimum, maximum)));
  }
  return static_cast<int>(value);
}

core::Result<core::Date> Field::date() const {
  auto value = string();
  if (!value) return std::unexpected(value.error());
  if (auto date = core::parse_iso_date(*value)) return *date;
  return std::unexpected(error(fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", *value)));
}

core::Result<std::vector<std::pair<std::string_view, Field>>> Field::members(
    std::initializer_list<std::string_view> allowed) const {
  STRIDE_TRY_STATUS(allow_only(allowed));
  std::vector<std::pair<std::string_view, Field>> result;
  result.reserve(m_value->size());
  for (auto member = m_value->begin(); member != m_value->end(); ++member) {
    result.emplace_back(member.key(), Field(*m_document, member.value()));
  }
  return result;
}

core::Status Field::allow_only(std::initializer_list<std::string_view> allowed) const {
  if (!m_value->is_object()) return std::unexpected(error(fmt::format("expected an object, found {}", type_name())));
  for (auto member = m_value->begin(); member != m_value->end(); ++member) {
    if (!is_allowed(allowed, member.key())) {
      return std::unexpected(
          core::invalid_input(m_document->source, member_path(path(), member.key()), unknown_field_message(allowed)));
    }
  }
  return {};
}

core::Result<Field> Field::required(std::string_view key) const {
  auto found = optional(key);
  if (!found) return std::unexpected(found.error());
  if (!*found) {
    return std::unexpected(core::invalid_input(m_document->source, member_path(path(), key), "required field is missing"));
  }
  return **found;
}

core::Result<std::optional<Field>> Field::optional(std::string_view key) const {
  if (!m_value->is_object()) return std::unexpected(error(fmt::format("expected an object, found {}", type_name())));
  auto found = m_value->find(key);
  if (found == m_value->end() || found->is_null()) return std::optional<Field>{};
  return std::optional<Field>{Field(*m_document, *found)};
}

core::Result<std::vector<Field>> Field::elements(std::size_t max_size) const {
  if (!m_value->is_array()) return std::unexpected(error(fmt::format("expected an array, found {}", type_name())));
  if (m_value->size() > max_size) {
    return std::unexpected(error(fmt::format("has {} entries; the limit is {}", m_value->size(), max_size)));
  }
  std::vector<Field> result;
  result.reserve(m_value->size());
  for (std::size_t index = 0; index < m_value->size(); ++index) {
    result.emplace_back(*m_document, (*m_value)[index]);
  }
  return result;
}

core::Result<std::vector<std::string>> Field::strings(std::size_t max_size) const {
  auto items = elements(max_size);
  if (!items) return std::unexpected(items.error());
  std::vector<std::string> values;
  values.reserve(items->size());
  for (const auto& item : *items) {
    auto value = item.string();
    if (!value) return std::unexpected(value.error());
    values.push_back(std::move(*value));
  }
  return values;
}

}  // namespace stride::documents
