#include "stride/report/dose.hpp"

#include <fmt/format.h>

#include <cmath>

#include "stride/core/vocabulary.hpp"

namespace stride::report {
namespace {

// 7.5 -> "7.5", 7.0 -> "7", 7.26 -> "7.3".
std::string one_decimal(double value) {
  std::string text = fmt::format("{:.1f}", value);
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

}  // namespace

std::string volume_words(const core::Prescription& item) {
  const std::string each = item.per_side ? " each side" : "";
  if (item.hold_seconds) {
    return item.sets > 1 ? fmt::format("{} × {} s{}", item.sets, *item.hold_seconds, each)
                         : fmt::format("{} s{}", *item.hold_seconds, each);
  }
  if (item.reps) return fmt::format("{} × {}{}", item.sets, *item.reps, each);
  if (item.contacts) return fmt::format("{} × {} contacts{}", item.sets, *item.contacts, each);
  return {};
}

std::string side_words(const core::Prescription& item) {
  std::string words;
  // A one-sided item (per_side false) with a side is done on that side only (an injured side's rehab).
  if (item.side_first) {
    words += fmt::format("{} side {}", core::enum_name(*item.side_first), item.per_side ? "first" : "only");
  }
  if (item.extra_sets_side) {
    words += fmt::format("{}+1 set on the {}", words.empty() ? "" : ", ", core::enum_name(*item.extra_sets_side));
  }
  return words;
}

std::string effort_words(const core::Prescription& item) {
  std::string words;
  if (item.rpe) words += fmt::format("RPE {}", one_decimal(*item.rpe));
  if (item.pct_1rm) words += fmt::format("{}(~{} % 1RM)", words.empty() ? "" : " ", std::lround(*item.pct_1rm));
  if (item.load_kg) words += fmt::format("{}at {} kg", words.empty() ? "" : " ", one_decimal(*item.load_kg));
  return words;
}

std::string describe_dose(const core::Prescription& item) {
  std::string dose = volume_words(item);
  if (item.tempo) dose += fmt::format(", tempo {}", *item.tempo);
  if (const auto sides = side_words(item); !sides.empty()) dose += ", " + sides;
  if (const auto effort = effort_words(item); !effort.empty()) dose += (item.rpe ? ", " : " ") + effort;
  return dose;
}

}  // namespace stride::report
