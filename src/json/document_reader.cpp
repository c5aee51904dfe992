#include "stride/json/document_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stride::json {
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

std::string member_path(const std::string& parent, std::string_view key) {
  if (is_member_key_simple(key)) return fmt::format("{}.{}", parent, key);
  return fmt::format("{}[{}]", parent, nlohmann::json(std::string(key)).dump());
}

}  // namespace

core::Result<Document> parse_document(std::string_view text, std::string source) {
  if (text.size() > kMaximumDocumentBytes) {
    return std::unexpected(core::invalid_input(
        source, "$", fmt::format("file is {} bytes; the limit is {} bytes", text.size(), kMaximumDocumentBytes)));
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

core::Error Field::error(std::string_view problem) const {
  return core::invalid_input(m_document->source, m_path, std::string(problem));
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
  auto value = string();
  if (!value) return value;
  const auto first = value->find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return std::unexpected(error("must not be empty"));
  const auto last = value->find_last_not_of(" \t\r\n");
  std::string trimmed = value->substr(first, last - first + 1);
  if (trimmed.size() > max_length) {
    return std::unexpected(error(fmt::format("is {} characters long; the limit is {}", trimmed.size(), max_length)));
  }
  return trimmed;
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

core::Result<std::vector<std::pair<std::string, Field>>> Field::members(
    std::initializer_list<std::string_view> allowed) const {
  if (!m_value->is_object()) return std::unexpected(error(fmt::format("expected an object, found {}", type_name())));
  std::vector<std::pair<std::string, Field>> result;
  for (const auto& [key, value] : m_value->items()) {
    if (allowed.size() != 0 && std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string expected;
      for (auto name : allowed) expected += fmt::format("{}{}", expected.empty() ? "" : ", ", name);
      return std::unexpected(core::invalid_input(m_document->source, member_path(m_path, key),
                                                 fmt::format("unknown field; expected one of {}", expected)));
    }
    result.emplace_back(key, Field(*m_document, value, member_path(m_path, key)));
  }
  return result;
}

core::Status Field::allow_only(std::initializer_list<std::string_view> allowed) const {
  auto checked = members(allowed);
  if (!checked) return std::unexpected(checked.error());
  return {};
}

core::Result<Field> Field::required(std::string_view key) const {
  auto found = optional(key);
  if (!found) return std::unexpected(found.error());
  if (!*found) {
    return std::unexpected(core::invalid_input(m_document->source, member_path(m_path, key), "required field is missing"));
  }
  return **found;
}

core::Result<std::optional<Field>> Field::optional(std::string_view key) const {
  if (!m_value->is_object()) return std::unexpected(error(fmt::format("expected an object, found {}", type_name())));
  auto found = m_value->find(key);
  if (found == m_value->end() || found->is_null()) return std::optional<Field>{};
  return std::optional<Field>{Field(*m_document, *found, member_path(m_path, key))};
}

core::Result<std::vector<Field>> Field::elements(std::size_t max_size) const {
  if (!m_value->is_array()) return std::unexpected(error(fmt::format("expected an array, found {}", type_name())));
  if (m_value->size() > max_size) {
    return std::unexpected(error(fmt::format("has {} entries; the limit is {}", m_value->size(), max_size)));
  }
  std::vector<Field> result;
  result.reserve(m_value->size());
  for (std::size_t index = 0; index < m_value->size(); ++index) {
    result.emplace_back(*m_document, (*m_value)[index], fmt::format("{}[{}]", m_path, index));
  }
  return result;
}

core::Result<std::vector<std::string>> Field::strings(std::size_t max_size) const {
  auto items = elements(max_size);
  if (!items) return std::unexpected(items.error());
  std::vector<std::string> values;
  for (const auto& item : *items) {
    auto value = item.string();
    if (!value) return std::unexpected(value.error());
    values.push_back(std::move(*value));
  }
  return values;
}

}  // namespace stride::json
