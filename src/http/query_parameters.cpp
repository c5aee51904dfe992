#include "query_parameters.hpp"

#include <algorithm>

namespace stride::http {
namespace {

int hex_value(char digit) {
  if (digit >= '0' && digit <= '9') return digit - '0';
  if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
  if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
  return -1;
}

core::Result<std::string> decoded(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t index = 0; index < text.size(); ++index) {
    const char c = text[index];
    if (c == '+') {
      result += ' ';
    } else if (c != '%') {
      result += c;
    } else {
      const int high = index + 1 < text.size() ? hex_value(text[index + 1]) : -1;
      const int low = index + 2 < text.size() ? hex_value(text[index + 2]) : -1;
      if (high < 0 || low < 0) {
        return std::unexpected(core::invalid_field("query", "a % escape is not followed by two hexadecimal digits"));
      }
      result += static_cast<char>(high * 16 + low);
      index += 2;
    }
  }
  return result;
}

}  // namespace

core::Result<QueryParameters> parse_query(std::string_view query) {
  QueryParameters parameters;
  std::size_t start = 0;
  while (start < query.size()) {
    const std::size_t end = std::min(query.find('&', start), query.size());
    const std::string_view pair = query.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    const std::size_t equals = pair.find('=');
    STRIDE_TRY(std::string name, decoded(pair.substr(0, equals)));
    if (name.empty()) return std::unexpected(core::invalid_field("query", "a parameter has no name"));
    std::string value;
    if (equals != std::string_view::npos) {
      STRIDE_TRY(value, decoded(pair.substr(equals + 1)));
    }
    parameters.emplace_back(std::move(name), std::move(value));
  }
  return parameters;
}

std::optional<std::string> query_value(const QueryParameters& parameters, std::string_view name) {
  std::optional<std::string> found;
  for (const auto& [key, value] : parameters) {
    if (key == name) found = value;
  }
  return found;
}

std::vector<std::string> query_list(const QueryParameters& parameters, std::string_view name) {
  std::vector<std::string> items;
  for (const auto& [key, value] : parameters) {
    if (key != name) continue;
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t end = std::min(value.find(',', start), value.size());
      if (end > start) items.push_back(value.substr(start, end - start));
      start = end + 1;
    }
  }
  return items;
}

}  // namespace stride::http
