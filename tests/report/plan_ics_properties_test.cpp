// rapidcheck properties of the calendar's UIDs: two or more runners with random Unicode names (Latin,
// CJK, kana, Hangul, Arabic, Hebrew, combining marks, emoji with joiners) get disjoint sets of UIDs,
// and so do stored runners with the same name; within a calendar every UID is unique.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "sample_plan.hpp"
#include "stride/report/plan_ics.hpp"

namespace stride::report {
namespace {

std::string utf8(char32_t code_point) {
  std::string text;
  if (code_point < 0x80) {
    text += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    text += static_cast<char>(0xC0 | (code_point >> 6));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    text += static_cast<char>(0xE0 | (code_point >> 12));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    text += static_cast<char>(0xF0 | (code_point >> 18));
    text += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return text;
}

rc::Gen<char32_t> between(char32_t first, char32_t last) { return rc::gen::inRange<char32_t>(first, last + 1); }

// One character of a name in the scripts runners write them in.
rc::Gen<char32_t> name_character() {
  return rc::gen::oneOf(between(U'A', U'Z'), between(U'a', U'z'), between(0xC0, 0x17F),  // Latin
                        between(0x4E00, 0x9FFF),                                          // CJK ideographs
                        between(0x3040, 0x30FF), between(0xAC00, 0xD7A3),                 // kana, Hangul
                        between(0x0620, 0x064A), between(0x05D0, 0x05EA),                 // Arabic, Hebrew (RTL)
                        between(0x0300, 0x036F),                                          // combining marks
                        between(0x1F300, 0x1FAFF),                                        // emoji
                        rc::gen::element(char32_t{0x200D}, char32_t{0xFE0F}, U' ', U'\'', U'-'));  // joiner, selector
}

rc::Gen<std::string> unicode_name() {
  return rc::gen::map(rc::gen::container<std::vector<char32_t>>(name_character()), [](const std::vector<char32_t>& points) {
    std::string name;
    for (const char32_t point : points) name += utf8(point);
    return name;
  });
}

// The UIDs of a calendar, read from its unfolded content lines.
std::vector<std::string> uids_of(const std::string& calendar) {
  std::string unfolded;
  for (std::size_t index = 0; index < calendar.size(); ++index) {
    if (calendar.compare(index, 3, "\r\n ") == 0) {
      index += 2;
      continue;
    }
    unfolded += calendar[index];
  }
  std::vector<std::string> uids;
  std::size_t at = 0;
  while ((at = unfolded.find("\r\nUID:", at)) != std::string::npos) {
    at += 6;
    uids.push_back(unfolded.substr(at, unfolded.find("\r\n", at) - at));
  }
  return uids;
}

// Every UID of every runner's calendar, failing the property on any UID seen twice.
void check_disjoint(const std::vector<std::string>& names, const std::vector<std::optional<core::AthleteId>>& ids) {
  std::set<std::string> seen;
  std::size_t total = 0;
  for (std::size_t runner = 0; runner < names.size(); ++runner) {
    auto plan = testing::sample_plan();
    plan.athlete = names[runner];
    const auto uids = uids_of(render_plan_ics(plan, testing::sample_library(), IcsOptions{ids[runner]}));
    RC_ASSERT(uids.size() == testing::sample_sessions(plan).size());
    for (const auto& uid : uids) {
      RC_ASSERT(uid.ends_with("@stride.invalid"));
      seen.insert(uid);
    }
    total += uids.size();
  }
  RC_ASSERT(seen.size() == total);
}

RC_GTEST_PROP(PlanIcsUids, RunnersWithDifferentNamesGetDisjointUids, ()) {
  const auto names = *rc::gen::unique<std::vector<std::string>>(unicode_name());
  RC_PRE(names.size() >= 2u);
  check_disjoint(names, std::vector<std::optional<core::AthleteId>>(names.size()));
}

RC_GTEST_PROP(PlanIcsUids, StoredRunnersGetDisjointUidsWhateverTheirNames, ()) {
  const auto count = *rc::gen::inRange<std::size_t>(2, 7);
  const auto name = *unicode_name();
  std::vector<std::string> names;
  std::vector<std::optional<core::AthleteId>> ids;
  for (std::size_t runner = 0; runner < count; ++runner) {
    names.push_back(*rc::gen::arbitrary<bool>() ? name : *unicode_name());  // often the same name
    ids.emplace_back(core::AthleteId{static_cast<std::int64_t>(runner) + 1});
  }
  check_disjoint(names, ids);
}

}  // namespace
}  // namespace stride::report
