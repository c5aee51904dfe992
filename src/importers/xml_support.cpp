#include "xml_support.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "stride/core/recorded_activity.hpp"

namespace stride::importers::xml {
namespace {

bool is_xml_space(char character) {
  return character == ' ' || character == '\t' || character == '\r' || character == '\n';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

char lower_ascii(char character) {
  return character >= 'A' && character <= 'Z' ? static_cast<char>(character - 'A' + 'a') : character;
}

bool equal_ignoring_case(std::string_view left, std::string_view right) {
  return left.size() == right.size() &&
         std::equal(left.begin(), left.end(), right.begin(),
                    [](char a, char b) { return lower_ascii(a) == lower_ascii(b); });
}

// Printable ASCII stays, anything else becomes '?'.
void append_printable(std::string& out, std::string_view text) {
  for (const char character : text) out += character >= ' ' && character <= '~' ? character : '?';
}

// 1-based position of `element` among the preceding element siblings with the same name.
std::size_t position_among_siblings(pugi::xml_node element) {
  std::size_t position = 1;
  for (auto sibling = element.previous_sibling(); sibling; sibling = sibling.previous_sibling()) {
    if (sibling.type() == pugi::node_element && std::strcmp(sibling.name(), element.name()) == 0) ++position;
  }
  return position;
}

std::string range_message(std::string_view text, ValueRange range) {
  if (range.minimum == 0.0 && range.maximum == kNonNegative.maximum) return quoted(text) + " is negative";
  return fmt::format("{} is outside the range {} to {}", quoted(text), range.minimum, range.maximum);
}

}  // namespace

std::string_view local_name(const char* qualified_name) {
  const std::string_view name(qualified_name);
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_element(pugi::xml_node node, std::string_view name) {
  return node.type() == pugi::node_element && local_name(node.name()) == name;
}

bool is_element_ignoring_case(pugi::xml_node node, std::string_view name) {
  return node.type() == pugi::node_element && equal_ignoring_case(local_name(node.name()), name);
}

pugi::xml_node child_element(pugi::xml_node parent, std::string_view name) {
  for (auto child = parent.first_child(); child; child = child.next_sibling()) {
    if (is_element(child, name)) return child;
  }
  return {};
}

pugi::xml_node next_in_subtree(pugi::xml_node node, pugi::xml_node top) {
  if (auto child = node.first_child()) return child;
  while (node && node != top) {
    if (auto sibling = node.next_sibling()) return sibling;
    node = node.parent();
  }
  return {};
}

std::string_view trimmed_text(pugi::xml_node element) { return trim(element.text().get()); }

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  // std::from_chars takes no '+'; XML Schema allows one before a digit or a point.
  if (text.size() > 1 && text.front() == '+' && text[1] != '-' && text[1] != '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::string element_path(pugi::xml_node element) {
  std::vector<pugi::xml_node> chain;
  for (auto node = element; node && node.type() == pugi::node_element; node = node.parent()) chain.push_back(node);
  std::string path;
  for (auto node = chain.rbegin(); node != chain.rend(); ++node) {
    if (!path.empty()) path += '/';
    append_printable(path, node->name());
    if (node->parent().type() == pugi::node_element) path += fmt::format("[{}]", position_among_siblings(*node));
  }
  return path;
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kLongest = 40;
  std::string out = "'";
  append_printable(out, text.substr(0, kLongest));
  if (text.size() > kLongest) out += "...";
  out += '\'';
  return out;
}

core::Status load_document(pugi::xml_document& document, Bytes bytes, std::string_view source) {
  const pugi::xml_parse_result result =
      document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_auto);
  if (!result) {
    return std::unexpected(core::invalid_input(
        std::string(source), "", fmt::format("malformed XML at byte {}: {}", result.offset, result.description())));
  }
  return {};
}

core::Result<pugi::xml_node> root_element(const pugi::xml_document& document, std::string_view root_name,
                                          std::string_view format_name, std::string_view source) {
  const pugi::xml_node root = document.document_element();
  if (!is_element(root, root_name)) {
    return std::unexpected(core::invalid_input(
        std::string(source), "", fmt::format("not a {} document: the root element is {}", format_name, quoted(root.name()))));
  }
  return root;
}

core::Result<double> ElementReader::optional_number(pugi::xml_node element, ValueRange range) const {
  if (!element) return core::kMissing;
  const std::string_view text = trimmed_text(element);
  if (text.empty()) return core::kMissing;
  return number_in(text, range, element, nullptr);
}

core::Result<double> ElementReader::required_attribute_number(pugi::xml_node element, const char* name,
                                                              ValueRange range) const {
  const pugi::xml_attribute attribute = element.attribute(name);
  if (!attribute) return std::unexpected(error_at(element, fmt::format("missing attribute '{}'", name)));
  return number_in(attribute.value(), range, element, name);
}

core::Result<double> ElementReader::optional_time(pugi::xml_node element) const {
  if (!element) return core::kMissing;
  const std::string_view text = trimmed_text(element);
  if (text.empty()) return core::kMissing;
  return time_in(text, element, nullptr);
}

core::Result<double> ElementReader::optional_attribute_time(pugi::xml_node element, const char* name) const {
  const pugi::xml_attribute attribute = element.attribute(name);
  if (!attribute) return core::kMissing;
  return time_in(trim(attribute.value()), element, name);
}

core::Error ElementReader::error_at(pugi::xml_node element, std::string message) const {
  return core::invalid_input(std::string(source_), element_path(element), std::move(message));
}

core::Error ElementReader::error_at_attribute(pugi::xml_node element, const char* name, std::string message) const {
  std::string path = element_path(element) + "/@";
  append_printable(path, name);
  return core::invalid_input(std::string(source_), std::move(path), std::move(message));
}

core::Result<double> ElementReader::number_in(std::string_view text, ValueRange range, pugi::xml_node element,
                                              const char* attribute) const {
  const auto fail = [&](std::string message) {
    return std::unexpected(attribute == nullptr ? error_at(element, std::move(message))
                                                : error_at_attribute(element, attribute, std::move(message)));
  };
  const auto value = parse_number(text);
  if (!value) return fail(quoted(trim(text)) + " is not a number");
  if (*value < range.minimum || *value > range.maximum) return fail(range_message(trim(text), range));
  return *value;
}

core::Result<double> ElementReader::time_in(std::string_view text, pugi::xml_node element, const char* attribute) const {
  if (const auto seconds = core::parse_utc_time(text)) return *seconds;
  std::string message = quoted(text) + " is not an ISO 8601 date-time";
  return std::unexpected(attribute == nullptr ? error_at(element, std::move(message))
                                              : error_at_attribute(element, attribute, std::move(message)));
}

std::optional<std::string> sport_from_text(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  constexpr std::size_t kLongestWord = 40;
  std::string word;
  for (const char character : text.substr(0, kLongestWord + 1)) {
    word += character == ' ' || character == '-' ? '_' : lower_ascii(character);
  }
  struct Alias {
    std::string_view spelling;
    std::string_view sport;
  };
  static constexpr std::array kAliases{
      Alias{"running", "running"},       Alias{"run", "running"},
      Alias{"trail_running", "running"}, Alias{"trailrun", "running"},
      Alias{"treadmill_running", "running"}, Alias{"track_running", "running"},
      Alias{"street_running", "running"}, Alias{"indoor_running", "running"},
      Alias{"virtual_run", "running"},   Alias{"virtualrun", "running"},
      Alias{"9", "running"},             Alias{"cycling", "cycling"},
      Alias{"biking", "cycling"},        Alias{"bike", "cycling"},
      Alias{"ride", "cycling"},          Alias{"road_biking", "cycling"},
      Alias{"mountain_biking", "cycling"}, Alias{"virtualride", "cycling"},
      Alias{"virtual_ride", "cycling"},  Alias{"1", "cycling"},
      Alias{"walking", "walking"},       Alias{"walk", "walking"},
      Alias{"hiking", "hiking"},         Alias{"hike", "hiking"},
      Alias{"swimming", "swimming"},     Alias{"swim", "swimming"},
  };
  for (const auto& alias : kAliases) {
    if (word == alias.spelling) return std::string(alias.sport);
  }
  const bool is_word = word.size() <= kLongestWord && (word.front() >= 'a' && word.front() <= 'z') &&
                       std::all_of(word.begin(), word.end(), [](char character) {
                         return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') ||
                                character == '_';
                       });
  return is_word ? word : std::string("other");
}

}  // namespace stride::importers::xml
