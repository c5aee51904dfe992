#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <string_view>

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

}  // namespace

std::string RoutineWording::join(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t index = 0; index < words.size(); ++index) {
    if (index > 0) text += index + 1 == words.size() ? " and " : ", ";
    text += words[index];
  }
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

std::string RoutineWording::seen_alone(std::size_t index) const {
  const auto& finding = m_findings.findings[index];
  std::string phrase = m_table.wording(finding.test, finding.compensation).seen;
  if (finding.side == core::Side::Left || finding.side == core::Side::Right) {
    append_all(phrase, {" (", core::enum_name(finding.side), " side)"});
  }
  return phrase;
}

std::string RoutineWording::seen(const std::vector<std::size_t>& finding_indexes) const {
  // The findings' phrases, each once, joined as join() joins words.
  std::vector<std::string_view> phrases;
  phrases.reserve(finding_indexes.size());
  for (auto index : finding_indexes) {
    const std::string_view phrase = m_seen_alone[index];
    if (std::find(phrases.begin(), phrases.end(), phrase) == phrases.end()) phrases.push_back(phrase);
  }
  const bool more = phrases.size() > 3;
  if (more) phrases.resize(3);
  std::string text;
  for (std::size_t index = 0; index < phrases.size(); ++index) {
    if (index > 0) text += index + 1 == phrases.size() ? " and " : ", ";
    text += phrases[index];
  }
  if (more) text += " and more";
  return text;
}

std::string RoutineWording::why(core::Role role, const std::vector<std::string>& targets,
                                const std::vector<std::size_t>& finding_indexes, core::Side side) const {
  // The targets' plain names, joined as join() joins words.
  std::string muscles;
  for (std::size_t index = 0; index < targets.size(); ++index) {
    if (index > 0) muscles += index + 1 == targets.size() ? " and " : ", ";
    muscles += m_muscles.plain_name(targets[index]);
  }
  std::string seen_together;
  const std::string& because =
      finding_indexes.size() == 1 ? m_seen_alone[finding_indexes.front()] : (seen_together = seen(finding_indexes));
  const bool plural = targets.size() > 1 || (targets.size() == 1 && names_plural(muscles));
  const std::string_view tend = plural ? "tend" : "tends";
  // The sentences are appended piece by piece (an item's reason is written for every item the
  // routine and its covers make).
  std::string text;
  switch (role) {
    case core::Role::Inhibit:
      append_all(text, {"Rolling settles the ", muscles, ", which ", tend, " to be overactive when ", because, "."});
      break;
    case core::Role::Lengthen:
      append_all(text, {"Stretches the ", muscles, ", which ", tend, " to be tight and overactive when ", because, "."});
      break;
    case core::Role::Activate:
      append_all(text, {"Wakes up the ", muscles, ", which ", tend, " to be underactive when ", because,
                        "; the slow tempo makes the right muscles do the work."});
      break;
    case core::Role::Integrate:
      append_all(text, {"Puts the new range and control to work in one whole-body movement that challenges the fault: ",
                        because, "."});
      break;
    default:
      append_all(text, {"Addresses what the assessment found: ", because, "."});
      break;
  }
  if (side == core::Side::Left || side == core::Side::Right) {
    append_all(text, {" Start with your ", core::enum_name(side),
                      " side and give it an extra set: that is where the fault showed."});
  }
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
