#include "text_format.hpp"

namespace stride::cli {

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c == '_') c = ' ';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return result;
}

std::string spaced(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c == '_') c = ' ';
  }
  return result;
}

std::string wrap(std::string_view text, std::string_view indent, std::string_view first) {
  constexpr std::size_t kWidth = 96;
  std::string result;
  std::string line(first);
  bool line_has_words = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (line_has_words && line.size() + 1 + word.size() > kWidth) {
      result += line + "\n";
      line = std::string(indent);
      line_has_words = false;
    }
    if (line_has_words) line += ' ';
    line += word;
    line_has_words = true;
    start = end + 1;
  }
  if (line_has_words) result += line + "\n";
  return result;
}

std::string wrap(std::string_view text, std::string_view indent) { return wrap(text, indent, indent); }

}  // namespace stride::cli
