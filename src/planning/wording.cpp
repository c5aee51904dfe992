#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <string_view>

#include <boost/container/small_vector.hpp>

namespace stride::planning {

namespace {

// True when a muscle's plain name is a plural noun ("hamstrings", "glutes", "foot muscles"): its head word,
// before any bracketed gloss, ends in "s" but not in the Latin singular endings "-us", "-is", "-as", "-ps"
// ("soleus", "gracilis", "psoas", "biceps").
bool names_plural(std::string_view plain_name) {
  const auto gloss = plain_name.find(" (");
  std::string_view head = plain_name.substr(0, gloss);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  if (head.size() < 2 || head.back() != 's') return false;
  const char before = head[head.size() - 2];
  return before != 'u' && before != 'i' && before != 'a' && before != 'p';
}

// Appends the pieces to `text`, with room for all of them made once.
void append_all(std::string& text, std::initializer_list<std::string_view> pieces) {
  std::size_t size = text.size();
  for (const auto piece : pieces) size += piece.size();
  text.reserve(size);
  for (const auto piece : pieces) text += piece;
}

// What goes before word `index` of `count` words joined as "a, b and c".
std::string_view separator_before(std::size_t index, std::size_t count) {
  if (index == 0) return "";
  return index + 1 == count ? " and " : ", ";
}

// The length of `words` joined as "a, b and c".
std::size_t joined_size(const auto& words) {
  std::size_t size = 0;
  for (std::size_t index = 0; index < words.size(); ++index) {
    size += separator_before(index, words.size()).size() + std::string_view(words[index]).size();
  }
  return size;
}

// Appends `words` to `text`, joined as "a, b and c".
void append_joined(std::string& text, const auto& words) {
  for (std::size_t index = 0; index < words.size(); ++index) {
    text += separator_before(index, words.size());
    text += words[index];
  }
}

}  // namespace

std::string RoutineWording::join(const std::vector<std::string>& words) {
  std::string text;
  append_joined(text, words);
  return text;
}

std::string RoutineWording::equipment_list(const std::set<core::Equipment>& equipment) {
  std::vector<std::string> names;
  for (auto item : equipment) {
    std::string name(core::enum_name(item));
    for (char& c : name) {
      if (c == '_') c = ' ';
    }
    names.push_back(name);
  }
  return join(names);
}

std::string RoutineWording::seen_alone(const analytics::Finding& finding, const core::CompensationTable& table) {
  std::string phrase = table.wording(finding.test, finding.compensation).seen;
  if (finding.side == core::Side::Left || finding.side == core::Side::Right) {
    append_all(phrase, {" (", core::enum_name(finding.side), " side)"});
  }
  return phrase;
}

std::string RoutineWording::seen(const std::vector<std::size_t>& finding_indexes) const {
  // The findings' phrases, each once, joined as join() joins words.
  boost::container::small_vector<std::string_view, 8> phrases;
  for (auto index : finding_indexes) {
    const std::string_view phrase = m_seen_alone[index];
    if (std::find(phrases.begin(), phrases.end(), phrase) == phrases.end()) phrases.push_back(phrase);
  }
  const bool more = phrases.size() > 3;
  if (more) phrases.resize(3);
  constexpr std::string_view kMore = " and more";
  std::string text;
  text.reserve(joined_size(phrases) + (more ? kMore.size() : 0));
  append_joined(text, phrases);
  if (more) text += kMore;
  return text;
}

std::string RoutineWording::why(core::Role role, const std::vector<std::string>& targets,
                                const std::vector<std::size_t>& finding_indexes, core::Side side) const {
  // The sentence around the muscles and the findings, by role.
  struct Sentence {
    std::string_view opening;
    bool names_muscles;  // then ", which tend(s)" follows the muscles
    std::string_view middle;
    std::string_view closing;
  };
  Sentence sentence;
  switch (role) {
    case core::Role::Inhibit:
      sentence = {"Rolling settles the ", true, " to be overactive when ", "."};
      break;
    case core::Role::Lengthen:
      sentence = {"Stretches the ", true, " to be tight and overactive when ", "."};
      break;
    case core::Role::Activate:
      sentence = {"Wakes up the ", true, " to be underactive when ",
                  "; the slow tempo makes the right muscles do the work."};
      break;
    case core::Role::Integrate:
      sentence = {"Puts the new range and control to work in one whole-body movement that challenges the fault: ",
                  false, "", "."};
      break;
    default:
      sentence = {"Addresses what the assessment found: ", false, "", "."};
      break;
  }
  // The targets' plain names: views of the vocabulary's, or of names spelled out here for an id it
  // does not hold (`spelled` has room for all of them first, so no view moves).
  std::vector<std::string_view> names;
  std::vector<std::string> spelled;
  if (sentence.names_muscles) {
    names.reserve(targets.size());
    for (const auto& target : targets) {
      auto name = m_muscles.known_plain_name(target);
      if (name.empty()) {
        spelled.reserve(targets.size());
        name = spelled.emplace_back(m_muscles.plain_name(target));
      }
      names.push_back(name);
    }
  }
  std::string seen_together;
  const std::string& because =
      finding_indexes.size() == 1 ? m_seen_alone[finding_indexes.front()] : (seen_together = seen(finding_indexes));
  const bool plural = names.size() > 1 || (names.size() == 1 && names_plural(names.front()));
  const std::string_view which = plural ? ", which tend" : ", which tends";
  constexpr std::string_view kSideOpening = " Start with your ";
  constexpr std::string_view kSideClosing = " side and give it an extra set: that is where the fault showed.";
  const bool one_side = side == core::Side::Left || side == core::Side::Right;
  // The muscles are joined as join() joins words. The text is written into room made once.
  std::size_t size = sentence.opening.size() + sentence.middle.size() + because.size() + sentence.closing.size();
  if (sentence.names_muscles) size += joined_size(names) + which.size();
  if (one_side) size += kSideOpening.size() + core::enum_name(side).size() + kSideClosing.size();
  std::string text;
  text.reserve(size);
  text += sentence.opening;
  if (sentence.names_muscles) {
    append_joined(text, names);
    text += which;
  }
  append_all(text, {sentence.middle, because, sentence.closing});
  if (one_side) append_all(text, {kSideOpening, core::enum_name(side), kSideClosing});
  return text;
}

std::string RoutineWording::balance_why(const analytics::Imbalance& imbalance) const {
  const double left = imbalance.left_seconds.value_or(0);
  const double right = imbalance.right_seconds.value_or(0);
  return fmt::format(
      "You balanced {:g} s on the left and {:g} s on the right, a {:.0f} % gap; running is a series of single-leg "
      "landings, so the {} side goes first and gets an extra set.",
      left, right, std::round(imbalance.difference_percent.value_or(0)), core::enum_name(imbalance.weaker_side));
}

}  // namespace stride::planning
