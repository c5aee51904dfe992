#include "stride/core/suggestions.hpp"

#include <algorithm>
#include <tuple>

namespace stride::core {
namespace {

std::string lower_case(std::string_view text) {
  std::string lowered(text);
  for (char& character : lowered) {
    if (character >= 'A' && character <= 'Z') character = static_cast<char>(character - 'A' + 'a');
  }
  return lowered;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const auto end = text.find_first_of("_- ", begin);
    const auto stop = end == std::string_view::npos ? text.size() : end;
    if (stop > begin) words.push_back(text.substr(begin, stop - begin));
    begin = stop + 1;
  }
  return words;
}

bool same_word(std::string_view a, std::string_view b) {
  if (a == b) return true;
  return a.size() >= 4 && b.size() >= 4 && edit_distance(a, b) <= 1;
}

std::size_t shared_words(const std::vector<std::string_view>& query, const std::vector<std::string_view>& candidate) {
  return static_cast<std::size_t>(std::count_if(query.begin(), query.end(), [&](std::string_view word) {
    return std::any_of(candidate.begin(), candidate.end(), [&](std::string_view other) { return same_word(word, other); });
  }));
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t column = 0; column <= b.size(); ++column) row[column] = column;
  for (std::size_t line = 1; line <= a.size(); ++line) {
    std::size_t diagonal = row[0];
    row[0] = line;
    for (std::size_t column = 1; column <= b.size(); ++column) {
      const std::size_t above = row[column];
      row[column] = std::min({above + 1, row[column - 1] + 1, diagonal + (a[line - 1] == b[column - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> closest_matches(std::string_view query, std::span<const std::string> candidates,
                                         std::size_t limit) {
  const std::string wanted = lower_case(query);
  const auto wanted_words = words_of(wanted);
  const std::size_t reach = std::max<std::size_t>(2, wanted.size() / 3);
  struct Scored {
    std::size_t shared;
    std::size_t edits;
    const std::string* candidate;
  };
  std::vector<Scored> scored;
  for (const auto& candidate : candidates) {
    const std::string lowered = lower_case(candidate);
    const std::size_t shared = shared_words(wanted_words, words_of(lowered));
    const std::size_t edits = edit_distance(wanted, lowered);
    if (shared == 0 && edits > reach) continue;
    scored.push_back({shared, edits, &candidate});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return std::make_tuple(b.shared, a.edits, std::string_view(*a.candidate)) <
           std::make_tuple(a.shared, b.edits, std::string_view(*b.candidate));
  });
  std::vector<std::string> best;
  for (const auto& entry : scored) {
    if (best.size() == limit) break;
    best.push_back(*entry.candidate);
  }
  return best;
}

std::string or_list(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t index = 0; index < items.size(); ++index) {
    if (index > 0) text += index + 1 == items.size() ? " or " : ", ";
    text += items[index];
  }
  return text;
}

}  // namespace stride::core
